"""The daily level (its smoothing constant fitted per series) and the aggregates' hedge with it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, models
from mcu_nlp.trends.daily_level import ALPHAS, daily_level, season_offsets

WEEK = np.array([1.2, 1.2, 1.1, 1.1, 1.0, 0.7, 0.7])


def test_the_offsets_and_the_level_give_back_a_steady_weekly_pattern() -> None:
    values = np.tile(40 * WEEK, 12)[None, :]
    forecast = daily_level(values, np.array([84]), 14, 7)
    np.testing.assert_allclose(forecast[0, 0], np.tile(40 * WEEK, 2), atol=1e-9)
    assert season_offsets(values, 7)[0, 0] == 0.0  # nothing before the first day to read a profile from


def test_the_constant_is_fast_for_a_moving_level_and_slow_for_a_steady_one() -> None:
    rng = np.random.default_rng(0)
    days = 300
    steady = rng.poisson(200 * np.tile(WEEK, days // 7 + 1)[:days])
    # a level that wanders (a random walk of ~3 % a day), as a city's total does over a season
    walk = 200 * np.exp(np.cumsum(rng.normal(0, 0.03, days)))
    moving = rng.poisson(walk * np.tile(WEEK, days // 7 + 1)[:days])
    values = np.vstack([steady, moving]).astype(float)
    chosen = []
    for alpha in ALPHAS:  # the forecast with one constant equals the fitted one for the constant it chose
        with_one = daily_level_with(values, alpha)
        chosen.append(np.isclose(with_one, daily_level(values, np.array([days]), 1, 7)[:, 0, 0]))
    picked = [ALPHAS[int(np.argmax(column))] for column in np.array(chosen).T]
    assert picked[0] <= 0.1 and picked[1] >= 0.3


def daily_level_with(values: np.ndarray, alpha: float) -> np.ndarray:
    import mcu_nlp.trends.daily_level as module

    kept = module.ALPHAS
    module.ALPHAS = (alpha,)
    try:
        return daily_level(values, np.array([values.shape[1]]), 1, 7)[:, 0, 0]
    finally:
        module.ALPHAS = kept


def _panel(jump_days: int, seed: int = 0) -> tuple[pd.DataFrame, float]:
    # two districts of ~150 a day for 20 weeks; `jump_days` days before the end both rose by half
    rng = np.random.default_rng(seed)
    days = pd.date_range("2024-01-01", periods=140)
    rate = np.where(np.arange(140) >= 140 - jump_days, 225.0, 150.0) * np.tile(WEEK, 20)
    frames = [pd.DataFrame({"district": name, "ds": days, "y": rng.poisson(rate)}) for name in ("a", "b")]
    bottom = pd.concat(frames)
    total = bottom.groupby("ds", as_index=False)["y"].sum().assign(unique_id="total", level="total")
    bottom = bottom.assign(unique_id=bottom["district"], level="district")
    counts = pd.concat([bottom[["unique_id", "ds", "y", "level", "district"]], total])
    return counts.assign(district=counts["district"].where(counts["level"] == "district")), 2 * 225.0 * WEEK.mean()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_an_aggregate_follows_a_jump_in_its_level_sooner_with_the_daily_level(seed: int) -> None:
    # a week into a jump of a half the choice (made on calm backtests) is still near the old level; the total's half
    # of the daily level moves it towards the new one (the districts, the bottom here, are not hedged)
    counts, new_level = _panel(jump_days=8, seed=seed)
    without = tuple(name for name in models.CANDIDATES if name != "daily")
    totals = []
    for candidates in (models.CANDIDATES, without):
        forecast = TrendForecaster(candidates=candidates).fit(counts).predict(14)
        totals.append(forecast.loc[forecast["unique_id"] == "total", "mean"].mean())
    assert totals[1] < totals[0] < new_level * 1.05


def test_candidates_without_the_daily_level_are_not_hedged() -> None:
    counts, _ = _panel(jump_days=8)
    forecast = TrendForecaster(candidates=("snaive",), reconcile="none").fit(counts).predict(7)
    last_week = counts[(counts["unique_id"] == "total")].sort_values("ds")["y"].to_numpy()[-7:]
    np.testing.assert_allclose(forecast.loc[forecast["unique_id"] == "total", "mean"], last_week)
