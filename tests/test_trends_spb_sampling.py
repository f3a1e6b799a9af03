"""benchmarks/spb_sampling.py: the corpus's share of the portal's numbered problems, per day and week, the rise per
category and the partial edge days, on a toy corpus whose answers are known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


@pytest.fixture(scope="module")
def sampling(script):
    return script("benchmarks/spb_sampling.py")


def corpus(weeks: int = 12, held: float = 0.2, late_rise: float = 3.0) -> pd.DataFrame:
    """1,000 portal problems a day numbered in order, every 5th held (``held``); in the last 5 weeks the portal gets
    three times as many of category B (held at the same share), while category A stays; the crawl ends at 10:00."""
    rows, next_id = [], 1
    days = pd.date_range("2024-01-01", periods=7 * weeks)
    for i, day in enumerate(days):
        late = i >= len(days) - 35  # the last 4 whole weeks before the (partial) last one
        per_cat = {"A": 500, "B": int(500 * (late_rise if late else 1))}
        for cat, total in per_cat.items():
            ids = next_id + np.arange(total)
            next_id += total
            keep = ids[:: round(1 / held)]
            times = day + pd.to_timedelta(np.linspace(0, 24 * 3600 - 1, len(keep)), unit="s")
            crawled = times < day + pd.Timedelta(hours=10) if i == len(days) - 1 else times == times
            rows.append(pd.DataFrame({"id": keep[crawled], "time": times[crawled], "category": cat}))
    frame = pd.concat(rows, ignore_index=True)
    return frame.assign(day=frame["time"].dt.floor("D"))


def test_a_steady_sample_holds_the_same_share_every_week(sampling) -> None:
    weeks = sampling.weekly(sampling.daily(corpus()))
    assert weeks["held"].between(0.19, 0.21).all()


def test_a_rise_in_demand_moves_the_portal_ids_not_the_share(sampling) -> None:
    appeals = corpus()
    parts = sampling.parts(sampling.weekly(sampling.daily(appeals)))
    assert parts.loc["last weeks", "portal_ids_a_day"] == pytest.approx(2000, rel=0.02)
    assert parts.loc["middle", "portal_ids_a_day"] == pytest.approx(1000, rel=0.02)
    assert parts.loc["last weeks", "held"] == pytest.approx(0.2, abs=0.01)
    rise = sampling.category_rise(appeals, sampling.weekly(sampling.daily(appeals)))
    assert rise.loc["A", "ratio"] == pytest.approx(1.0, abs=0.02)
    assert rise.loc["B", "ratio"] == pytest.approx(3.0, abs=0.05)


def test_a_crawl_that_ends_inside_a_day_shows_as_a_short_last_day(sampling) -> None:
    appeals = corpus()
    edges = sampling.edges(appeals, sampling.daily(appeals))
    assert edges.loc["last day", "last"] < "10:00"
    assert edges.loc["last day", "rows"] < edges.loc["last day", "median_rows_of_whole_days_near"] / 2
    assert edges.loc["first day", "last"] == "23:59"
