"""Rolling-origin evaluation: MASE, RMSSE, sMAPE, scaled pinball loss and interval coverage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone

from mcu_nlp.errors import InputError, Shown, expected, whole_number
from mcu_nlp.trends.counts import check_counts
from mcu_nlp.trends.forecaster import TrendForecaster
from mcu_nlp.trends.panel import season_for, to_panel
from mcu_nlp.trends.simple import prefix_sums


@dataclass(frozen=True)
class Backtest:
    """Scores per series, per level and overall, and every forecast made (one row per series, cutoff, day).

    ``cutoff`` is the last day of training, as in statsforecast's cross-validation: the window
    forecasts the ``h`` periods after it. ``overall`` is one row: each level's scores weigh the
    same (as in the M5 competition), so the many bottom series do not drown the totals; with
    counts of one level it equals ``levels``.

    A series whose history up to a cutoff has no seasonal change (e.g. all zeros) has no MASE
    scale there; its scaled scores are NaN in ``series`` and left out of the ``levels`` means.
    """

    series: pd.DataFrame
    levels: pd.DataFrame
    forecasts: pd.DataFrame
    overall: pd.DataFrame


def backtest(
    counts: pd.DataFrame,
    h: int = 14,
    n_windows: int = 4,
    step: int | None = None,
    forecaster: Any = None,
) -> Backtest:
    """Refit at ``n_windows`` origins ``step`` periods apart (default one season) and score ``h`` ahead.

    ``forecaster`` is any object with ``fit(counts)`` and ``predict(h)`` returning ``unique_id, ds,
    mean`` and ``lo_<L>, hi_<L>`` columns; it is cloned for each window (default: TrendForecaster).

    >>> days = pd.date_range("2024-01-01", periods=150)
    >>> y = np.random.default_rng(1).poisson(8 + 4 * (days.day_of_week < 5))
    >>> result = backtest(pd.DataFrame({"unique_id": "a", "ds": days, "y": y}), h=7, n_windows=2)
    >>> list(result.levels.columns[:4])
    ['level', 'n_series', 'mase', 'rmsse']
    >>> str(result.forecasts["cutoff"].max().date())  # the last training day of the last window
    '2024-05-22'
    """
    h, n_windows = whole_number(h, "h"), whole_number(n_windows, "n_windows")
    step = None if step is None else whole_number(step, "step")
    forecaster = TrendForecaster(horizon=h) if forecaster is None else forecaster
    counts = check_counts(counts)
    panel = to_panel(counts)
    m = season_for(panel.freq, getattr(forecaster, "season_length", None))
    step = m if step is None else step
    steps = panel.values.shape[1]
    cutoffs = [steps - h - step * j for j in range(n_windows)][::-1]
    if cutoffs[0] <= m:
        raise InputError(expected(f"more than {h + step * (n_windows - 1) + m} periods of history",
                                  Shown(f"{steps} periods"), "lower h or n_windows"))
    frames = [_window(forecaster, counts, panel, cutoff, h) for cutoff in cutoffs]
    forecasts = pd.concat(frames, ignore_index=True)
    series = _score(forecasts, panel, m)
    levels = _by_level(series, forecasts)
    return Backtest(series=series, levels=levels, forecasts=forecasts, overall=_overall(levels))


def _window(forecaster: Any, counts: pd.DataFrame, panel: Any, cutoff: int, h: int) -> pd.DataFrame:
    train = counts[counts["ds"] < panel.dates[cutoff]]  # up to the cutoff day, the last one before the window
    fitted = clone(forecaster) if hasattr(forecaster, "get_params") else forecaster
    predicted = fitted.fit(train).predict(h)
    predicted["ds"] = pd.to_datetime(predicted["ds"])
    actual = pd.DataFrame({
        "unique_id": np.repeat(panel.ids, h), "ds": np.tile(panel.dates[cutoff:cutoff + h], len(panel.ids)),
        "y": panel.values[:, cutoff:cutoff + h].ravel(),
    })
    out = actual.merge(predicted, on=["unique_id", "ds"], how="left")
    out["cutoff"] = panel.dates[cutoff - 1]
    levels = pd.Series(panel.levels, index=panel.ids)
    out["level"] = levels.reindex(out["unique_id"]).to_numpy()
    return out.fillna({c: 0.0 for c in out.columns if c.startswith(("mean", "lo_", "hi_"))})


def _scales(panel: Any, cutoffs: pd.Series, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Seasonal-naive in-sample MAE and MSE up to each cutoff (its last training day), per (series, cutoff)."""
    diff = np.abs(panel.values[:, m:] - panel.values[:, :-m])
    abs_sum, sq_sum = prefix_sums(diff), prefix_sums(diff**2)
    index = np.maximum(panel.dates.get_indexer(cutoffs) + 1 - m, 1)  # seasonal differences in training
    return abs_sum[:, index] / index, sq_sum[:, index] / index


def _score(forecasts: pd.DataFrame, panel: Any, m: int) -> pd.DataFrame:
    cutoffs = pd.Series(np.sort(forecasts["cutoff"].unique()))
    mae_scale, mse_scale = _scales(panel, cutoffs, m)
    row = pd.Index(panel.ids).get_indexer(forecasts["unique_id"])
    col = cutoffs.searchsorted(forecasts["cutoff"])
    err = forecasts["y"] - forecasts["mean"]
    total = (forecasts["y"].abs() + forecasts["mean"].abs()).to_numpy()
    frame = pd.DataFrame({
        "unique_id": forecasts["unique_id"], "level": forecasts["level"], "cutoff": forecasts["cutoff"],
        "abs": err.abs(), "sq": err**2, "mae_scale": mae_scale[row, col], "mse_scale": mse_scale[row, col],
        "smape": np.divide(2 * err.abs().to_numpy(), total, out=np.zeros(len(total)), where=total > 0),
    })
    levels = sorted({int(c[3:]) for c in forecasts.columns if c.startswith("lo_")})
    for level in levels:
        low, high = forecasts[f"lo_{level}"], forecasts[f"hi_{level}"]
        frame[f"coverage_{level}"] = ((forecasts["y"] >= low) & (forecasts["y"] <= high)).astype(float)
        q = (1 - level / 100) / 2
        frame[f"pinball_{level}"] = _pinball(forecasts["y"], low, q) + _pinball(forecasts["y"], high, 1 - q)
    per = frame.groupby(["unique_id", "level", "cutoff"], sort=False).mean(numeric_only=True)
    scale = per["mae_scale"].where(per["mae_scale"] > 0)
    per["mase"] = per["abs"] / scale
    per["rmsse"] = np.sqrt(per["sq"] / per["mse_scale"].where(per["mse_scale"] > 0))
    pinball = [f"pinball_{level}" for level in levels]
    per["pinball"] = per[pinball].mean(axis=1) / 2 / scale  # two quantiles per level if pinball else np.nan
    keep = ["mase", "rmsse", "smape", "pinball", *(f"coverage_{level}" for level in levels)]
    return per[keep].groupby(level=["unique_id", "level"], sort=False).mean().reset_index()


def _pinball(y: pd.Series, quantile: pd.Series, q: float) -> pd.Series:
    diff = y - quantile
    return np.maximum(q * diff, (q - 1) * diff)


def _by_level(series: pd.DataFrame, forecasts: pd.DataFrame) -> pd.DataFrame:
    metrics = [c for c in series.columns if c not in ("unique_id", "level")]
    out = series.groupby("level")[metrics].mean()
    out.insert(0, "n_series", series.groupby("level").size())
    coverage = [c for c in metrics if c.startswith("coverage_")]
    for column in coverage:  # pooled over every forecast day, not averaged over series
        level = int(column.split("_")[1])
        inside = (forecasts["y"] >= forecasts[f"lo_{level}"]) & (forecasts["y"] <= forecasts[f"hi_{level}"])
        out[column] = inside.groupby(forecasts["level"]).mean()
    return out.reset_index()


def _overall(levels: pd.DataFrame) -> pd.DataFrame:
    """One row: the mean of the level rows (each level weighs the same), every series counted."""
    metrics = levels.drop(columns=["level", "n_series"]).mean().to_frame().T
    metrics.insert(0, "n_series", int(levels["n_series"].sum()))
    return metrics
