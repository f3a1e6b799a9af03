"""The aggregates' yearly factor: a rise that came at the same weeks of past years is forecast (session 19)."""

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.cli import main
from mcu_nlp.trends import TrendForecaster, backtest, count_series
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


def _two_towns(days: int, burst: bool = False, seed: int = 0) -> pd.DataFrame:
    """Counts of two towns at 50 a day; with ``burst``, A has 14 days at 10x a year before the last 14 weeks ahead."""
    rng, dates = np.random.default_rng(seed), pd.date_range("2023-01-01", periods=days)
    rows = []
    for town in ("A", "B"):
        lam = np.full(days, 50.0)
        if burst and town == "A":
            lam[days - 365:days - 351] = 500.0  # a flood: the same weeks a year before the forecast's
        rows.append(pd.DataFrame({"date": dates.repeat(rng.poisson(lam)), "municipality": town}))
    return count_series(pd.concat(rows).assign(topic="water"), by=("topic", "municipality"))


@pytest.mark.parametrize("run", ["predict", "fit", "backtest"])
def test_a_horizon_of_a_year_or_more_is_forecast(run):
    # review s20 #1: the past year's window read past the history's end (IndexError) from h = 365 on
    counts = _two_towns(800)
    if run == "predict":
        forecast = TrendForecaster(calendar=[]).fit(counts).predict(400)
    elif run == "fit":
        forecast = TrendForecaster(horizon=365, calendar=[]).fit(counts).predict()
    else:
        forecast = backtest(counts, h=365, n_windows=1).forecasts
    assert forecast["mean"].notna().all() and len(forecast) >= 365 * 5


def test_the_cli_forecasts_a_year_ahead(tmp_path):
    source = tmp_path / "appeals.csv"
    days = pd.date_range("2023-01-01", periods=800)
    pd.DataFrame({"date": days.repeat(3), "topic": "water"}).to_csv(source, index=False)
    assert main(["forecast", str(source), "--horizon", "365", "-o", str(tmp_path / "f.csv")]) == 0


@pytest.mark.parametrize("h", [14, 336, 365, 400])
def test_the_factor_reads_nothing_after_the_origin(h):
    rng = np.random.default_rng(1)
    y = rng.poisson(20, (3, 1200)).astype(float)
    later = y.copy()
    later[:, 800:] *= 5  # what came after the origin must not change a backtest's factor there
    first, origins = np.zeros(3, dtype=int), np.array([700, 800])
    assert np.array_equal(yearly_factor(y, first, origins, h), yearly_factor(later, first, origins, h))


def test_a_burst_of_one_past_year_reads_nothing_a_season_that_lasted_reads():
    # review s20 #12: one past year, 14 days at 10x (a flood) was read as a season and raised the forecast 1.5x
    burst = np.full(700, 10.0)
    burst[300:314] = 100.0
    assert yearly_factor(burst[None, :], np.array([0]), np.array([664]), 14).tolist() == [[1.0]]
    step = np.r_[np.full(300, 10.0), np.full(64, 20.0), np.full(336, 10.0)]  # the heating season: it stays up
    assert yearly_factor(step[None, :], np.array([0]), np.array([664]), 14).round(2).tolist() == [[1.38]]


def test_a_flood_in_one_town_a_year_ago_moves_neither_town_nor_the_total():
    forecasts = [TrendForecaster(calendar=[]).fit(_two_towns(665, burst)).predict(14) for burst in (False, True)]
    quiet, flooded = (f.groupby("unique_id")["mean"].mean() for f in forecasts)
    assert (abs(flooded / quiet - 1) < 0.03).all(), (quiet.round(1).to_dict(), flooded.round(1).to_dict())
