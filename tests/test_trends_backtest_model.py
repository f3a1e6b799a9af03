"""The fit's backtests are forecast by a global model fitted only on days before the windows they forecast."""

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
def uses(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int | None]]:
    """Each set of candidate forecasts a fit or predict makes: ``(its earliest origin, the day after the last target
    its global model learned from)``; ``None`` without a global model."""
    learned: dict[int, tuple[object, int]] = {}  # id -> (the model, kept alive so no id is reused; its end)
    made: list[tuple[int, int | None]] = []
    real_fit, real_candidates = models.fit_global, models.candidates

    def fit(values: np.ndarray, origins: np.ndarray, h: int, *args: object, **kwargs: object) -> object:
        model = real_fit(values, origins, h, *args, **kwargs)
        learned[id(model)] = (model, int(np.max(origins)) + h)  # an origin's rows are its next h days
        return model

    def candidates(values: np.ndarray, origins: np.ndarray, h: int, m: int, calendar: np.ndarray,
                   model: object, *args: object) -> dict[str, np.ndarray]:
        made.append((int(np.min(origins)), None if model is None else learned[id(model)][1]))
        return real_candidates(values, origins, h, m, calendar, model, *args)

    monkeypatch.setattr(models, "fit_global", fit)
    monkeypatch.setattr(models, "candidates", candidates)
    return made


def test_no_backtest_window_is_forecast_by_a_model_that_learned_its_days(uses: list) -> None:
    forecaster = TrendForecaster(horizon=14, n_windows=4).fit(busy())
    forecaster.predict()
    steps = len(DAYS)
    backtests = [(first, end) for first, end in uses if first < steps]
    # the choice's 4 windows and the 4 older ones read for the dispersion, all with the global model as a candidate
    assert min(first for first, _ in backtests) == steps - 14 - 7 * 7
    assert all(end is not None and end <= first for first, end in backtests)  # no target a backtest forecasts
    assert uses[-1] == (steps, steps)  # the forecast itself: a model that learned from the latest days
    assert "global" in forecaster.scores_.columns


def test_a_history_too_short_for_a_model_still_forecasts(uses: list) -> None:
    short = busy()[lambda d: d["ds"] < DAYS[70]]
    out = TrendForecaster(horizon=14).fit(short).predict()
    assert np.isfinite(out[["mean", "lo_80", "hi_80", "lo_95", "hi_95"]].to_numpy()).all()
    assert all(end is None or end <= first for first, end in uses if first < 70)


def test_a_history_too_short_for_the_older_windows_model_keeps_the_global_candidate(uses: list) -> None:
    # 100 days: no model can learn before the older windows (2 training origins of 4 weeks' history needed), one can
    # before the choice's windows, as before the backtests shared a model: the global model stays a candidate
    forecaster = TrendForecaster(horizon=14).fit(busy()[lambda d: d["ds"] < DAYS[100]])
    assert "global" in forecaster.scores_.columns
    assert forecaster.model_ is not None
