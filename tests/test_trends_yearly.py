"""The aggregates' yearly factor: a rise that came at the same weeks of past years is forecast (session 19)."""

import numpy as np
import pandas as pd

from mcu_nlp.trends import TrendForecaster, count_series
from mcu_nlp.trends.yearly import yearly_factor


def _appeals(days: pd.DatetimeIndex) -> pd.DataFrame:
    """Two districts with 10 heating appeals a day each, 20 from October to December (the heating season)."""
    per_day = np.where(days.month >= 10, 20, 10)
    rows = [(day, district) for day, n in zip(days, per_day) for district in ("Надым", "Салехард") for _ in range(n)]
    return pd.DataFrame(rows, columns=["date", "municipality"]).assign(topic="heating")


def _total_forecast(days: pd.DatetimeIndex) -> float:
    counts = count_series(_appeals(days), by=("topic", "municipality"))
    forecast = TrendForecaster(horizon=14, calendar=[]).fit(counts).predict(14)
    return float(forecast.loc[forecast.unique_id == "__total__", "mean"].mean())


def test_a_rise_seen_in_past_years_at_the_same_weeks_is_forecast():
    days = pd.date_range("2020-10-01", "2023-09-30")  # three heating seasons behind, the fourth starting tomorrow
    total = _total_forecast(days)
    assert total > 1.2 * 20  # the September level is 20 a day (two districts of 10): the parent forecast 20.0


def test_without_a_full_year_before_the_origin_there_is_no_factor():
    days = pd.date_range("2023-01-01", "2023-09-30")
    assert abs(_total_forecast(days) - 20) < 1.0
    y = np.tile(np.r_[np.full(300, 10.0), np.full(64, 20.0)], 2)[None, :]
    assert yearly_factor(y, np.array([0]), np.array([364 + 27]), 14).tolist() == [[1.0]]
    assert yearly_factor(y, np.array([400]), np.array([364 + 300]), 14).tolist() == [[1.0]]  # first count too late
