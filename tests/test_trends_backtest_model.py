"""The fit's backtests share one global model, fitted only on days before every backtest window."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, models

DAYS = pd.date_range("2024-01-01", periods=240)


def busy(seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    weekday = np.where(DAYS.day_of_week < 5, 1.0, 0.4)
    frames = [pd.DataFrame({"unique_id": f"s{i}", "ds": DAYS, "y": rng.poisson(level * weekday)})
              for i, level in enumerate((3.0, 8.0, 20.0, 40.0))]
    return pd.concat(frames, ignore_index=True)


@pytest.fixture
def fits(monkeypatch: pytest.MonkeyPatch) -> list[np.ndarray]:
    """The training origins of every global model a fit draws (``models.fit_global`` recorded)."""
    seen: list[np.ndarray] = []
    real = models.fit_global

    def recorded(values: np.ndarray, origins: np.ndarray, *args: object, **kwargs: object) -> object:
        seen.append(np.asarray(origins).copy())
        return real(values, origins, *args, **kwargs)

    monkeypatch.setattr(models, "fit_global", recorded)
    return seen


def test_one_model_for_all_backtest_windows_and_one_for_the_forecast(fits: list[np.ndarray]) -> None:
    # a model for the choice's windows and another for the older, dispersion-only ones were two gradient-boosting
    # fits of three: 0.2-0.5 s of 2.1-2.4 s CPU on 1,000 series (benchmarks/forecast.py --only speed)
    forecaster = TrendForecaster(horizon=14, n_windows=4).fit(busy())
    assert len(fits) == 2
    steps, h, m = len(DAYS), 14, 7
    backtest_origins = [steps - h - m * j for j in range(8)]  # 4 for the choice, 4 older ones for the dispersion
    # the backtests' model learned only from targets before the earliest backtest window: none of its rows
    # (an origin's next h days) reaches into a day the backtests forecast
    assert fits[0].max() + h <= min(backtest_origins)
    assert fits[1].max() == steps - h  # the forecast's own model: the latest rows
    assert forecaster.model_ is not None


def test_a_history_too_short_for_a_model_still_forecasts(fits: list[np.ndarray]) -> None:
    short = busy()[lambda d: d["ds"] < DAYS[70]]
    out = TrendForecaster(horizon=14).fit(short).predict()
    assert np.isfinite(out[["mean", "lo_80", "hi_80", "lo_95", "hi_95"]].to_numpy()).all()
    assert len(fits) <= 2


def test_a_history_too_short_for_the_older_windows_model_keeps_the_global_candidate(fits: list[np.ndarray]) -> None:
    # 100 days: no model can learn before the older windows (2 training origins of 4 weeks' history needed), one can
    # before the choice's windows, as before the backtests shared a model: the global model stays a candidate
    forecaster = TrendForecaster(horizon=14).fit(busy()[lambda d: d["ds"] < DAYS[100]])
    assert "global" in forecaster.scores_.columns
    assert forecaster.model_ is not None
