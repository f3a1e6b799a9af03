"""A history begun weeks before the New Year holidays (a Ставропольский край walkthrough, session 61, D5): its
first weeks are expected from its level and weekly shape, and a holiday was expected as the weekday it falls on
(60 on 1 January for a series of 60 a weekday and 27 a weekend day): 11 of 12 holidays were flagged as drops."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster
from mcu_nlp.trends.calendar import load_calendar

WEEK = np.array([1.15, 1.1, 1.05, 1.0, 0.95, 0.5, 0.4])  # Monday .. Sunday
HOLIDAYS = set(load_calendar(None).query("kind == 'holiday'")["date"])


def counts(seed: int, start: str = "2025-12-15") -> pd.DataFrame:
    """60 a day on the weekly shape; a holiday has the counts of a Saturday."""
    rng = np.random.default_rng(seed)
    days = pd.date_range(start, "2026-03-31")
    factor = [WEEK[5] if day in HOLIDAYS else WEEK[day.day_of_week] for day in days]
    return pd.DataFrame({"unique_id": "__total__", "ds": days, "y": rng.poisson(60 * np.array(factor))})


@pytest.fixture(scope="module")
def scored() -> list[pd.DataFrame]:
    return [TrendForecaster(season_length=7).fit(c).detect_anomalies(c, drops=True) for c in map(counts, range(4))]


def test_a_young_series_expects_a_holiday_as_a_day_off(scored) -> None:
    first_of_january = [float(a.loc[a.ds == "2026-01-01", "expected"].iloc[0]) for a in scored]
    assert all(20 < value < 40 for value in first_of_january), first_of_january  # a Saturday's 30, not Thursday's 60


def test_its_new_year_holidays_are_not_drops(scored) -> None:
    holidays = [int(a[(a.ds >= "2025-12-31") & (a.ds <= "2026-01-11")].is_anomaly.sum()) for a in scored]
    assert sum(holidays) <= 4, holidays  # 4 series x 12 days; expected as weekdays, most were flagged


def test_its_ordinary_days_are_flagged_no_more_than_the_bounds_allow(scored) -> None:
    # 95 % bounds, drops too: about 5 % of ordinary days; 14 of 428 both before the change and after it
    days = [a[(a.ds < "2025-12-31") | (a.ds > "2026-01-12")] for a in scored]
    assert sum(int(d.is_anomaly.sum()) for d in days) <= 0.05 * sum(map(len, days))
