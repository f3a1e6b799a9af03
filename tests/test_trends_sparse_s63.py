"""A Кузбасс walkthrough (session 63): sparse series' expected counts (D7), count_series' freq message (D8) and its
excluded rows counted once (D9)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.errors import InputError


@pytest.fixture(scope="module")
def sparse_hierarchy() -> tuple[pd.DataFrame, pd.DataFrame]:
    """4 towns x 10 topics, 200 days: one topic of 3 a day per town, nine of 0.2 (the smallest hierarchy found that
    showed D7: 5 of its 36 sparse series had a median expected under a third of their rate, 204 days at exactly 1.0;
    6 towns x 6 topics showed 1 and 40)."""
    rng = np.random.default_rng(0)
    days = pd.date_range("2025-01-01", periods=200)
    rows = []
    for town in range(4):
        for topic in range(10):
            y = rng.poisson(3.0 if topic == 0 else 0.2, len(days))
            rows.append(pd.DataFrame({"date": np.repeat(days, y), "topic": f"t{topic}", "municipality": f"m{town}"}))
    counts = mcu_nlp.count_series(pd.concat(rows), by=("topic", "municipality"), date_column="date")
    bottom = counts[counts.level == "topic/municipality"]
    return counts, mcu_nlp.TrendForecaster(season_length=7).fit(counts).detect_anomalies(bottom)


def test_a_sparse_series_is_expected_at_its_rate_not_its_median(sparse_hierarchy: tuple) -> None:
    _, scored = sparse_hierarchy
    scored = scored[scored.ds >= scored.ds.min() + pd.Timedelta(days=28)]
    per_series = scored.groupby("unique_id").agg(rate=("y", "mean"), median=("expected", "median"))
    sparse = per_series[per_series.rate < 0.5]
    assert len(sparse) == 36
    assert (sparse["median"] >= sparse.rate / 2).all()  # before: 5 under a third
    assert (sparse["median"] <= sparse.rate * 2).all()


def test_a_sparse_series_is_not_expected_at_exactly_one_appeal_a_week_after_one(sparse_hierarchy: tuple) -> None:
    _, scored = sparse_hierarchy
    rate = scored.groupby("unique_id").y.transform("mean")
    assert not ((rate < 0.5) & (scored.expected == 1.0)).any()  # before: 204 days, seasonal naive's last week's 1
    late = scored.ds >= scored.ds.min() + pd.Timedelta(days=28)  # the warm-up's level since a first count aside
    assert scored[(rate < 0.5) & late].expected.max() < 0.6


def test_a_dense_series_keeps_its_chosen_forecast(sparse_hierarchy: tuple) -> None:
    counts, scored = sparse_hierarchy
    dense = scored[scored.unique_id.str.startswith("t0/")]
    late = dense[dense.ds >= dense.ds.min() + pd.Timedelta(days=28)]
    assert late.groupby("unique_id").expected.median().between(2.5, 3.5).all()
    assert len(counts.unique_id.unique()) == 45


def test_five_appeals_of_a_sparse_series_score_as_rare_not_impossible() -> None:
    rng = np.random.default_rng(1)
    y = rng.poisson(0.2, 120)
    y[-1] = 5
    counts = pd.DataFrame({"unique_id": "waste/Тайгинский ГО", "ds": pd.date_range("2025-01-01", periods=120), "y": y})
    last = mcu_nlp.TrendForecaster(season_length=7).fit(counts).detect_anomalies(counts).iloc[-1]
    assert last.is_anomaly
    assert 0.1 <= last.expected <= 0.4


@pytest.mark.parametrize("freq", ["W-MON", "MS", "w"])
def test_a_refused_freq_is_echoed(freq: str) -> None:
    frame = pd.DataFrame({"date": ["2025-01-01"], "topic": ["roads"], "municipality": ["Тайга"]})
    with pytest.raises(InputError, match=f"got '{freq}'"):
        mcu_nlp.count_series(frame, freq=freq)


def test_a_long_freq_is_echoed_cut() -> None:
    frame = pd.DataFrame({"date": ["2025-01-01"], "topic": ["roads"], "municipality": ["Тайга"]})
    with pytest.raises(InputError, match=r"got 'WWWWWWWWWWWW\.\.\.'"):
        mcu_nlp.count_series(frame, freq="W" * 50)


def test_a_freq_that_is_no_string_is_refused_with_the_same_error() -> None:
    """Review s63: a list raised a bare TypeError (unhashable) from the lookup."""
    frame = pd.DataFrame({"date": ["2025-01-01"], "topic": ["roads"], "municipality": ["Тайга"]})
    with pytest.raises(InputError, match="got list of 1 items"):
        mcu_nlp.count_series(frame, freq=["D"])


def test_an_excluded_row_is_counted_once() -> None:
    """A repeated header row of an analysed CSV: an error row, and no date either. Said as an error row only."""
    frame = pd.DataFrame({
        "date": ["2025-01-01", "date", "2025-01-02", None, "2025-01-03"],
        "topic": ["roads", None, "roads", "waste", None],
        "municipality": ["Тайга"] * 5,
        "error": [None, "empty text", None, None, "empty text"],
    })
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        counts = mcu_nlp.count_series(frame)
    said = [str(w.message) for w in caught]
    assert any(text.startswith("2 of 5 rows are not counted: analyze gave them an error") for text in said), said
    assert any(text.startswith("1 of 5 rows have no readable date") for text in said), said
    assert counts[counts.level == "total"].y.sum() == 2  # 5 - 2 - 1
