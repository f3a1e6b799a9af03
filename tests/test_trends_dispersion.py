"""The forecaster's dispersion (``alpha_``) is read from its backtests: one spike there must not set it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, intervals

DAYS = pd.date_range("2024-12-01", "2025-02-28")
SPIKE = DAYS.get_loc(pd.Timestamp("2025-01-22"))  # 37 days before the end: inside the fit's backtest windows


def roads(seed: int, spike: int | None = 42) -> pd.DataFrame:
    y = np.random.default_rng(seed).poisson(1.3, len(DAYS))
    if spike is not None:
        y[SPIKE] = spike
    return pd.DataFrame({"unique_id": "roads/town", "ds": DAYS, "y": y})


@pytest.mark.parametrize("seed", range(6))
def test_one_spike_in_the_backtests_leaves_the_dispersion_near_a_calm_series(seed: int) -> None:
    # one day of 42 among ~1.3 a day made alpha_ 1.7-7.4 (0.0-0.2 without it): predict's hi_95 for the next two
    # weeks 4-6 -> 12-35, and the spike scored only 3.9-9.0 against its own inflated dispersion
    counts = roads(seed)
    fitted = TrendForecaster().fit(counts)
    calm = TrendForecaster().fit(roads(seed, spike=None))
    assert fitted.alpha_[0] < calm.alpha_[0] + 1.0
    assert fitted.detect_anomalies(counts)["score"].iloc[SPIKE] > 10


@pytest.mark.parametrize("alpha", [0.1, 0.5, 2.0])
def test_an_overdispersed_series_keeps_its_dispersion(alpha: float) -> None:
    # no spike, only a negative binomial's own spread (112 backtest days of series of 2, 10, 50 a day): the counts
    # cut are its rare far tail, and the estimate stays near the true alpha
    rng = np.random.default_rng(0)
    mu = np.repeat([[2.0], [10.0], [50.0]], 300, axis=0)
    y = rng.poisson(mu * rng.gamma(1 / alpha, alpha, (900, 112)))
    groups = np.arange(900).astype(str)  # each series alone, no pooled estimate to lean on
    estimate = intervals.dispersion(y, np.broadcast_to(mu, y.shape), groups)
    assert estimate.mean() == pytest.approx(alpha, rel=0.15)
