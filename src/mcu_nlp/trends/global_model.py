"""The global candidate: one Poisson gradient-boosting model over all series, with calendar and lag features.

Conventions as in :mod:`mcu_nlp.trends.simple`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

from mcu_nlp.trends.holidays import ordinary
from mcu_nlp.trends.simple import first_count, same_season_mean, same_season_mean_at, season_index, window_mean

SMOOTH = 0.1  # added to levels before ratios and logs, so that zero levels stay finite
YEAR = {7: 364, 1: 52}  # a year back in whole seasons, for daily (weekly season) and weekly data


def target_level(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """The level each target is scaled by (mean of the last four seasons, smoothed): ``(n, n_origins, h)``."""
    level = window_mean(values, origins, 4 * m)[:, :, None] + SMOOTH
    return np.broadcast_to(level, (values.shape[0], len(origins), h))


def global_features(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, calendar: np.ndarray,
    rows: tuple[np.ndarray, ...] | None = None,
) -> np.ndarray:
    """Features for the global regression: ``(n * n_origins * h, p)``, or ``(len(rows[0]), p)``.

    All history features are log-ratios to :func:`target_level`, so one model serves series of
    any size; ``calendar`` has a row per time step up to ``max(origins) + h``. ``rows`` (series,
    origin, step indices) builds only the sampled rows, which saves most of the memory and time: the features of
    each target (same-weekday means, last year's days) are read for those rows only, the same numbers.
    """
    n, n_origins = values.shape[0], len(origins)
    shape = (n, n_origins, h)
    level = target_level(values, origins, h, m)[:, :, :1]

    def flat(x: np.ndarray) -> np.ndarray:  # one value per row, from anything that broadcasts to (n, origins, h)
        x = np.broadcast_to(x, shape)
        return x.reshape(-1) if rows is None else x[rows]

    def ratio(x: np.ndarray, base: np.ndarray = level) -> np.ndarray:
        return flat(np.log((x + SMOOTH) / base))

    def per_target(x: np.ndarray, base: np.ndarray = level) -> np.ndarray:  # x already one value per row
        return np.log((x + SMOOTH) / flat(base)) if rows is not None else ratio(x.reshape(shape), base)

    def season_mean(seasons: int) -> np.ndarray:
        if rows is None:
            return same_season_mean(values, origins, h, m, seasons).reshape(-1)
        return same_season_mean_at(values, origins, h, m, seasons, rows)

    target = origins[:, None] + np.arange(h)[None, :]
    reference = np.maximum(season_index(origins, h, m, 4), 0)
    last = len(calendar) - 1
    columns = [
        *(flat(calendar[target, j]) for j in range(calendar.shape[1])),
        flat(calendar[np.maximum(target - 1, 0), 3]),
        flat(calendar[np.minimum(target + 1, last), 3]),
        flat(calendar[reference, 3].mean(axis=-1)),
        flat(np.arange(h, dtype=float)),
        flat(np.log(level)),
        per_target(season_mean(4)),
        per_target(season_mean(8)),
        per_target(season_mean(1)),  # the seasonal naive forecast
        ratio(window_mean(values, origins, 1)[:, :, None]),
        ratio(window_mean(values, origins, m)[:, :, None]),
        ratio(window_mean(values, origins, 13 * m)[:, :, None]),
        _last_year(values, origins, h, m, rows, flat, per_target),
    ]
    return np.stack(columns, axis=1)


def _last_year(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, rows: tuple[np.ndarray, ...] | None, flat: Any,
    per_target: Any,
) -> np.ndarray:
    """The same days a year earlier against that year's level (NaN without a year of history), one per row."""
    year = YEAR.get(m)
    if year is None:
        return flat(np.full((values.shape[0], len(origins), h), np.nan))
    back = np.maximum(origins - year, 0)
    then = window_mean(values, back, 4 * m)[:, :, None] + SMOOTH
    index = back[:, None, None] + np.arange(h)[None, :, None] + np.array([-m, 0, m])[None, None, :]
    index = np.clip(index, 0, values.shape[1] - 1)
    if rows is None:
        around = values[:, index].mean(axis=-1).reshape(-1)
    else:
        around = values[rows[0][:, None], index[rows[1], rows[2]]].mean(axis=-1)
    known = flat((origins - year - 4 * m >= 0)[None, :, None])
    return np.where(known, per_target(around, then), np.nan)


def trim(values: np.ndarray, origins: np.ndarray, calendar: np.ndarray, m: int) -> tuple[Any, ...]:
    """Drop the history no feature looks at (cumulative sums over 9 years cost more than the model)."""
    start = max(0, int(origins.min()) - YEAR.get(m, 0) - 13 * m - m)
    return values[:, start:], origins - start, calendar[start:]


def fit_global(
    values: np.ndarray,
    origins: np.ndarray,
    h: int,
    m: int,
    calendar: np.ndarray,
    max_rows: int = 40_000,
    random_state: int = 0,
) -> HistGradientBoostingRegressor | None:
    """Fit one Poisson gradient-boosting model on all series and training origins.

    The target is the count divided by the series level with the level as sample weight, which
    under Poisson deviance equals a log-level offset. Returns ``None`` when there is nothing to learn.
    """
    # a series' zero-filled days before its first count are no observations: rows whose four-season
    # level reaches back before it are left out (a new series' first week read as 30x its level of
    # zeros, and the model forecast other series' second week 3x: session 8)
    seen = origins[None, :] >= first_count(values)[:, None] + 4 * m
    values, origins, calendar = trim(values, origins, calendar, m)
    clean = ordinary(values, calendar, m)  # features from ordinary days; targets as they came
    level = target_level(clean, origins, h, m)
    target = values[:, origins[:, None] + np.arange(h)[None, :]].reshape(-1)
    weight = (level * seen[:, :, None]).reshape(-1)
    if target[weight > 0].sum() <= 0:
        return None
    # rows drawn with probability proportional to the level, then fitted unweighted: the same
    # objective in expectation, and binning without weights is several times faster
    rng = np.random.default_rng(random_state)
    rows = rng.choice(len(target), size=min(max_rows, int((weight > 0).sum())), replace=False, p=weight / weight.sum())
    features = global_features(clean, origins, h, m, calendar, np.unravel_index(rows, level.shape))
    features[:, np.isnan(features).all(axis=0)] = 0.0  # binning cannot take an all-missing column
    model = HistGradientBoostingRegressor(
        loss="poisson", max_iter=60, learning_rate=0.15, max_leaf_nodes=15,
        min_samples_leaf=100, early_stopping=False, random_state=random_state,
    )
    # one thread: OpenMP spinning on a shared machine made fits 10x slower, and batch jobs
    # parallelise over processes anyway
    with threadpool_limits(limits=1, user_api="openmp"):
        return model.fit(features, target[rows] / weight[rows])


def predict_global(
    model: HistGradientBoostingRegressor, values: np.ndarray, origins: np.ndarray, h: int, m: int,
    calendar: np.ndarray,
) -> np.ndarray:
    """Mean forecasts of a model from :func:`fit_global`: ``(n, n_origins, h)``; 0 for a series without a
    count before the origin (the model learned from no such rows, and has no level to scale)."""
    began = (first_count(values)[:, None] < origins[None, :])[:, :, None]
    values, origins, calendar = trim(values, origins, calendar, m)
    clean = ordinary(values, calendar, m)
    features, level = global_features(clean, origins, h, m, calendar), target_level(clean, origins, h, m)
    with threadpool_limits(limits=1, user_api="openmp"):
        return model.predict(features).reshape(level.shape) * level * began


