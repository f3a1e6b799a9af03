"""Every candidate forecast of :class:`~mcu_nlp.trends.TrendForecaster` at given origins, for many series at once.

The simple candidates are in :mod:`mcu_nlp.trends.simple`, the global model in :mod:`mcu_nlp.trends.global_model`;
their names are kept here too, where the rest of the package reads them.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor

from mcu_nlp.trends.daily_level import daily_level
from mcu_nlp.trends.global_model import SMOOTH, YEAR, fit_global, global_features, predict_global, target_level, trim
from mcu_nlp.trends.holidays import on_holidays, ordinary
from mcu_nlp.trends.simple import (
    SMALL_FIRST,
    damped_trend,
    first_count,
    flat_mean,
    recent_level,
    same_season_mean,
    season_shape,
    seasonal_naive,
    since_first,
    smoothed_level,
    window_mean,
)

__all__ = [
    "CANDIDATES", "SIMPLE", "SMALL_FIRST", "SMOOTH", "YEAR", "candidates", "daily_level", "damped_trend", "first_count",
    "fit_global", "flat_mean", "global_features", "global_for", "predict_global", "recent_level", "same_season_mean",
    "season_shape", "seasonal_naive", "since_first", "smoothed_level", "target_level", "trim", "window_mean",
]


def candidates(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, calendar: np.ndarray,
    model: HistGradientBoostingRegressor | None, global_rows: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Every candidate forecast (and the blends with the global model) at the given origins.

    ``global_rows`` (a mask of the series) asks the global model only for those series: the others get 0 in
    ``global`` and half their simple candidate in its blends, to be read by no one (their choice holds no global).
    Its trees took 0.22 of 1.6 s CPU of a fit + predict of 1,000 NYC series, where 53 of them chose it.

    The simple ones read the history :func:`trim` keeps, but each series' first count is that of the whole history:
    the zeros of a series silent for longer than the kept part are observations, not days before it began (an
    appeal after 15 silent months read as a new series' first, and its weekday shape from the days since: by
    ``recent_level``, one appeal 3 days before the origin was forecast at 0.43 on its weekday and 0.14 on the 4
    weekdays not seen since, where the whole history says 1 on its weekday and 0 on the others: :func:`season_shape`).
    """
    history, ahead, days = trim(values, origins, calendar, m)
    clean = ordinary(history, days, m)  # holidays are not ordinary days (mcu_nlp.trends.holidays)
    first = np.maximum(first_count(values) - (values.shape[1] - history.shape[1]), 0)
    shape = season_shape(clean, ahead, h, m, first)  # read once for the SHAPED ones
    cores = {name: partial(core, first=first, shape=shape) if name in SHAPED else core for name, core in SIMPLE.items()}
    out = on_holidays({name: core(clean, ahead, h, m) for name, core in cores.items()}, history, clean, ahead, days, m)
    if model is not None:  # from the whole history: a series' first count may come before the trimmed part
        out["global"] = global_for(model, values, origins, h, m, calendar, global_rows)
        out["global+season_mean4"] = (out["global"] + out["season_mean4"]) / 2
        out["global+flat_mean"] = (out["global"] + out["flat_mean"]) / 2
        out["global+recent_level"] = (out["global"] + out["recent_level"]) / 2
        out["global+smoothed"] = (out["global"] + out["smoothed"]) / 2
    return out


def global_for(
    model: HistGradientBoostingRegressor, values: np.ndarray, origins: np.ndarray, h: int, m: int,
    calendar: np.ndarray, rows: np.ndarray | None = None,
) -> np.ndarray:
    """:func:`predict_global` for the series ``rows`` marks (all when ``None``), 0 for the others: a series' forecast
    reads only its own history, so it is the same as from all series at once."""
    if rows is None:
        return predict_global(model, values, origins, h, m, calendar)
    rows = np.asarray(rows, dtype=bool)
    out = np.zeros((values.shape[0], len(origins), h))
    if rows.any():
        out[rows] = predict_global(model, values[rows], origins, h, m, calendar)
    return out


SIMPLE = {
    "snaive": seasonal_naive, "season_mean4": partial(same_season_mean, seasons=4),
    "season_mean8": partial(same_season_mean, seasons=8), "flat_mean": flat_mean,
    "recent_level": recent_level, "damped_trend": damped_trend, "smoothed": smoothed_level, "daily": daily_level,
}
SHAPED = ("recent_level", "damped_trend", "smoothed")  # the ones that read a weekday shape since the first count
CANDIDATES = (
    "snaive", "season_mean4", "season_mean8", "flat_mean", "recent_level", "damped_trend", "smoothed", "daily",
    "global", "global+season_mean4", "global+flat_mean", "global+recent_level", "global+smoothed",
)
