"""Session 43: TrendForecaster's intervals on simulated Poisson counts (walkthrough D12).

On a clean Poisson(60) series the 80 % interval is about Poisson's own [50, 70] and covers near 80 %. An outlier
(a day of 180, a day of 0) inside the fit's backtest span still widens every interval of the next two weeks: the
negative-binomial dispersion is read from the backtest errors, the spike cut only at 5 standard deviations of the
dispersion it inflates, a day of 0 not cut at all. Fixes tried on real counts (benchmarks/forecast_intervals.py) did
not pass there, so those cases are strict xfails: they say what is left.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from mcu_nlp.trends import TrendForecaster, backtest

DAYS = pd.date_range("2024-01-01", periods=180)
RATE = 60.0
SEEDS = (0, 1, 2, 3)


def poisson(seed: int, outliers: tuple[tuple[int, float], ...] = ()) -> pd.DataFrame:
    y = np.random.default_rng(seed).poisson(RATE, len(DAYS)).astype(float)
    for day, count in outliers:
        y[day] = count
    return pd.DataFrame({"unique_id": "a", "ds": DAYS, "y": y})


def width_80(counts: pd.DataFrame) -> float:
    forecast = TrendForecaster().fit(counts).predict(14)
    return float((forecast["hi_80"] - forecast["lo_80"]).mean())


@pytest.fixture(scope="module")
def clean_widths() -> list[float]:
    return [width_80(poisson(seed)) for seed in SEEDS]


def test_poisson_backtest_covers_near_nominal() -> None:
    days = pd.concat([backtest(poisson(seed), h=14, n_windows=4).forecasts for seed in SEEDS])
    inside = {level: ((days.y >= days[f"lo_{level}"]) & (days.y <= days[f"hi_{level}"])).mean() for level in (80, 95)}
    assert 0.72 <= inside[80] <= 0.92, inside  # 0.83 measured (4 x 56 days)
    assert 0.90 <= inside[95] <= 0.995, inside


def test_poisson_width_is_poissons_own(clean_widths: list[float]) -> None:
    own = stats.poisson.ppf(0.9, RATE) - stats.poisson.ppf(0.1, RATE)  # [50, 70]
    assert 0.9 * own <= np.mean(clean_widths) <= 1.25 * own, clean_widths  # 21.6 measured


@pytest.mark.parametrize("outliers", [
    ((60, 180.0),),  # before the backtests: no backtest error holds it
    ((60, 180.0), (70, 0.0)),
])
def test_old_outliers_leave_widths(outliers: tuple[tuple[int, float], ...], clean_widths: list[float]) -> None:
    widths = [width_80(poisson(seed, outliers)) for seed in SEEDS]
    assert np.mean(widths) <= 1.1 * np.mean(clean_widths), (widths, clean_widths)


@pytest.mark.xfail(strict=True, reason="D12 left: an outlier inside the backtest span widens the next 14 days' "
                                        "intervals by 35-90 % (1.45x a spike, 1.35x a zero, 1.9x both)")
@pytest.mark.parametrize("outliers", [
    ((150, 180.0),),
    ((160, 0.0),),
    ((150, 180.0), (160, 0.0)),
])
def test_recent_outliers_leave_widths(outliers: tuple[tuple[int, float], ...], clean_widths: list[float]) -> None:
    widths = [width_80(poisson(seed, outliers)) for seed in SEEDS]
    assert np.mean(widths) <= 1.2 * np.mean(clean_widths), (widths, clean_widths)
