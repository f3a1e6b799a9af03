"""Public holidays are not ordinary days: they neither pull the ordinary forecasts down nor are forecast as them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster
from mcu_nlp.trends.calendar import add_holidays, load_calendar

RU = load_calendar()
HOLIDAYS = pd.DatetimeIndex(RU.loc[RU.kind == "holiday", "date"])


def with_holidays(end: str, weekday: float = 36, weekend: float = 15, holiday: float = 9) -> pd.DataFrame:
    """Poisson counts from 2023-09-01, with the Russian calendar's holidays (New Year's week among them)."""
    days = pd.date_range("2023-09-01", end)
    mean = np.where(days.isin(HOLIDAYS), holiday, np.where(days.day_of_week < 5, weekday, weekend))
    return pd.DataFrame({"unique_id": "a", "ds": days, "y": np.random.default_rng(0).poisson(mean)})


def ordinary_days(forecast: pd.DataFrame, weekdays: bool) -> pd.Series:
    plain = ~forecast.ds.isin(HOLIDAYS) & ((forecast.ds.dt.day_of_week < 5) == weekdays)
    return forecast.loc[plain, "mean"]


# the walkthrough's cases: weekdays were forecast 29.6 and 28.4 (true 36), weekends 10.2 (true 15)
@pytest.mark.parametrize(("end", "weekday", "weekend"), [
    ("2025-12-20", (33, 39), (12, 18)),  # the holiday days of last year in the 8-week means
    ("2026-01-20", (33, 39), (12, 18)),  # New Year's week in the 4- and 8-week means
    ("2025-06-20", (33, 39), (12, 18)),  # guard: no holiday near
])
def test_ordinary_days_after_holidays_are_forecast_at_their_level(end: str, weekday: tuple, weekend: tuple) -> None:
    forecast = TrendForecaster().fit(with_holidays(end)).predict(14)
    assert weekday[0] <= ordinary_days(forecast, True).mean() <= weekday[1]
    assert weekend[0] <= ordinary_days(forecast, False).mean() <= weekend[1]


@pytest.mark.parametrize("candidate", ["season_mean4", "recent_level", "smoothed", "snaive"])
def test_holidays_ahead_are_forecast_from_past_holidays(candidate: str) -> None:
    # Dec 31 to Jan 3 were forecast as ordinary days of their weekday: about 36 (Wednesday to Friday)
    forecast = TrendForecaster(candidates=(candidate,)).fit(with_holidays("2025-12-20")).predict(14)
    ahead = forecast[forecast.ds.isin(HOLIDAYS)]
    assert len(ahead) == 4
    assert ahead["mean"].between(6, 13).all()


def test_a_calendar_without_holidays_changes_nothing() -> None:
    counts = with_holidays("2026-01-20", holiday=36)  # holidays like weekdays, calendar says none
    none = TrendForecaster(calendar=[]).fit(counts).predict(14)
    assert 33 <= ordinary_days(none, True).mean() <= 39


def test_a_regions_own_days_off_go_on_top_of_russias_calendar() -> None:
    # a Дагестан walkthrough (session 60): calendar=["2025-06-06"] put Курбан-байрам in place of Russia's calendar
    regional = ["2024-06-17", "2025-06-06"]  # Курбан-байрам, days off in Дагестан
    days = pd.date_range("2023-09-01", "2025-06-01")
    off = days.isin(HOLIDAYS) | days.isin(pd.to_datetime(regional[:1]))
    mean = np.where(off, 9, np.where(days.day_of_week < 5, 36, 15))
    counts = pd.DataFrame({"unique_id": "a", "ds": days, "y": np.random.default_rng(0).poisson(mean)})
    forecast = TrendForecaster(calendar=add_holidays(regional)).fit(counts).predict(14).set_index("ds")["mean"]
    assert forecast["2025-06-06"] < 18 < forecast["2025-06-05"]  # a Friday off, forecast as a holiday
    assert forecast["2025-06-12"] < 18  # Russia's Day, still a holiday
    table = add_holidays(["2024-04-27"])  # a Saturday Russia's calendar made a working day, now a day off
    assert table[table.date == "2024-04-27"].kind.tolist() == ["holiday"]
    assert len(table) == len(RU) and table.date.is_monotonic_increasing
