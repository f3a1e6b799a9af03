"""Pure numpy forecasting cores over a (series x time) matrix, for many series and origins at once.

Conventions: ``values`` is ``(n_series, T)``; an *origin* ``o`` means the history is
``values[:, :o]`` and the forecast targets are ``o + k`` for ``k = 0 .. h-1``. Every function
returns ``(n_series, n_origins, h)``. ``m`` is the season length.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

from mcu_nlp.trends.holidays import on_holidays, ordinary
from mcu_nlp.trends.smoothing import smoothed

SMOOTH = 0.1  # added to levels before ratios and logs, so that zero levels stay finite
YEAR = {7: 364, 1: 52}  # a year back in whole seasons, for daily (weekly season) and weekly data


def _cumsum(values: np.ndarray) -> np.ndarray:
    return np.concatenate([np.zeros((values.shape[0], 1)), np.cumsum(values, axis=1)], axis=1)


def window_mean(values: np.ndarray, origins: np.ndarray, width: int) -> np.ndarray:
    """Mean of the last ``width`` values before each origin (fewer at the start): ``(n, n_origins)``.

    >>> window_mean(np.array([[1.0, 2, 3, 4]]), np.array([2, 4]), 2).tolist()
    [[1.5, 3.5]]
    """
    sums = _cumsum(values)
    start = np.maximum(origins - width, 0)
    return (sums[:, origins] - sums[:, start]) / np.maximum(origins - start, 1)


def _season_index(origins: np.ndarray, h: int, m: int, seasons: int) -> np.ndarray:
    k = np.arange(h)
    first = k // m + 1  # the nearest past season that is already observed at the origin
    back = m * (first[:, None] + np.arange(seasons)[None, :])
    return origins[:, None, None] + k[None, :, None] - back[None, :, :]


def same_season_mean(values: np.ndarray, origins: np.ndarray, h: int, m: int, seasons: int) -> np.ndarray:
    """Mean of the same weekday (season position) over the last ``seasons`` seasons.

    >>> same_season_mean(np.array([[1.0, 0, 3, 0]]), np.array([4]), 2, 2, 2).tolist()
    [[[2.0, 0.0]]]
    """
    index = _season_index(origins, h, m, seasons)
    valid = index >= 0
    picked = values[:, np.maximum(index, 0)] * valid
    count = valid.sum(axis=-1)
    mean = picked.sum(axis=-1) / np.maximum(count, 1)
    if count.all():
        return mean
    return np.where(count > 0, mean, window_mean(values, origins, m * seasons)[:, :, None])


def seasonal_naive(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """The value one season back (the last observed one of the same season position)."""
    return same_season_mean(values, origins, h, m, 1)


def flat_mean(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """The mean of the last four seasons, flat over the horizon (robust for very sparse series)."""
    return np.repeat(window_mean(values, origins, 4 * m)[:, :, None], h, axis=2)


def recent_level(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """The last season's mean times the season profile of the last 8 seasons: follows level shifts.

    >>> recent_level(np.array([[2.0, 0] * 8 + [4, 0]]), np.array([18]), 2, 2).tolist()
    [[[4.0, 0.0]]]
    """
    return window_mean(values, origins, m)[:, :, None] * season_shape(values, origins, h, m)


def season_shape(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """Each target's same-weekday mean over the last 8 seasons relative to the mean of the weekdays' means.

    Only days since the series' first count are read, and each weekday weighs the same: a history shorter than
    8 seasons (a young panel, or a series whose first count came late in it) holds some weekdays once more than
    others, and zero-filled days before the first count are no observations (10 days of 10 a weekday, 2 a weekend
    day read as 9.2 / 1.8 after a whole panel, as 6.4 and 12.9 on weekdays after 70 empty days). 1 for a weekday
    with no count yet.

    >>> week = np.array([10.0, 10, 10, 10, 10, 2, 2])
    >>> season_shape(np.r_[np.zeros(70), week, week[:3]][None, :], np.array([80]), 7, 7).round(3).tolist()
    [[[1.296, 1.296, 0.259, 0.259, 1.296, 1.296, 1.296]]]
    """
    span = max(h, m)  # the first season's targets are m different weekdays, the base is their mean
    index = _season_index(origins, span, m, 8)
    valid = index[None] >= first_count(values)[:, None, None, None]
    count = valid.sum(axis=-1)
    total = (values[:, np.maximum(index, 0)] * valid).sum(axis=-1)
    profile = np.divide(total, count, out=np.zeros_like(total), where=count > 0)
    seen = count[:, :, :m] > 0
    base = ((profile[:, :, :m] * seen).sum(axis=-1) / np.maximum(seen.sum(axis=-1), 1))[:, :, None]
    shape = np.divide(profile, base, out=np.ones_like(profile), where=(base > 0) & (count > 0))
    return shape[:, :, :h]


def damped_trend(values: np.ndarray, origins: np.ndarray, h: int, m: int, damping: float = 0.8) -> np.ndarray:
    """A line through the last four season means, damped ahead, times the season profile.

    >>> damped_trend(np.array([[1.0] * 7 + [2.0] * 7 + [3.0] * 7 + [4.0] * 7]), np.array([28]), 1, 7).round(2).tolist()
    [[[4.8]]]
    """
    seasons = np.stack([window_mean(values, np.maximum(origins - j * m, 0), m) for j in range(4)], axis=-1)
    x = -np.arange(4.0) + 1.5  # centred season index, newest = +1.5
    slope = (seasons * x).sum(axis=-1) / (x**2).sum()
    last = seasons.mean(axis=-1) + 1.5 * slope
    ahead = np.cumsum(damping ** np.arange(1, h // m + 2))[np.arange(h) // m]
    trend = np.maximum(last[:, :, None] + slope[:, :, None] * ahead[None, None, :], 0.0)
    return trend * season_shape(values, origins, h, m)


def smoothed_level(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """Exponential smoothing of the season mean (a grid of constants, with and without a damped
    trend; see :mod:`mcu_nlp.trends.smoothing`) times the season profile."""
    return smoothed(values, origins, h, m) * season_shape(values, origins, h, m)


# a first count after empty periods is left out of a new series' level when it is at most this many appeals
# (or not above the periods after it): one or two appeals say that something came, not how often; more do
SMALL_FIRST = 2


def since_first(values: np.ndarray, origins: np.ndarray, h: int, m: int, whole: bool = False) -> np.ndarray:
    """The mean count a period since each series' first count before the origin, flat over the horizon.

    A small first count (at most :data:`SMALL_FIRST`, or not above the mean of the periods after it) is left
    out when periods without counts came before it: a series appears in the data because of that count, so it
    says that something came, not how often (one appeal, then nothing, would be forecast at one a period). A
    larger one is kept: 50 appeals on a new problem's first day are its level, not a sign of life. ``whole``
    keeps every first count (the level the upper bounds are drawn for). No weekday shape, which a few days
    cannot tell from chance.

    >>> v = np.array([[0.0, 0, 3, 4, 2], [1, 0, 2, 0, 0], [0, 0, 0, 0, 2], [0, 0, 0, 0, 50]])
    >>> since_first(v, np.array([5]), 2, 7).tolist()
    [[[3.0, 3.0]], [[0.6, 0.6]], [[0.0, 0.0]], [[50.0, 50.0]]]
    >>> since_first(v, np.array([5]), 1, 7, whole=True).tolist()
    [[[3.0]], [[0.6]], [[2.0]], [[50.0]]]
    """
    first, steps = first_count(values), values.shape[1]
    at_first = values[np.arange(len(values)), np.minimum(first, steps - 1)][:, None]
    sums = _cumsum(values)
    after = origins[None, :] - first[:, None] - 1  # periods after the first count, before the origin
    later = (sums[:, origins] - sums[np.arange(len(values)), np.minimum(first + 1, steps)][:, None])
    small = (at_first <= SMALL_FIRST) | ((after > 0) & (at_first * after <= later))
    began = (first > 0)[:, None] & (first[:, None] < origins[None, :]) & small & (not whole)
    periods = origins[None, :] - first[:, None] - began
    level = (sums[:, origins] - np.where(began, at_first, 0.0)) / np.maximum(periods, 1)
    return np.repeat(np.where(periods > 0, level, 0.0)[:, :, None], h, axis=2)


def first_count(values: np.ndarray) -> np.ndarray:
    """Index of each series' first non-zero period (``T`` for a series of zeros).

    >>> first_count(np.array([[0.0, 2, 0], [0, 0, 0]])).tolist()
    [1, 3]
    """
    seen = values > 0
    return np.where(seen.any(axis=1), seen.argmax(axis=1), values.shape[1])


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
    origin, step indices) builds only the sampled rows, which saves most of the memory and time.
    """
    n, n_origins = values.shape[0], len(origins)
    level = target_level(values, origins, h, m)[:, :, :1]

    def ratio(x: np.ndarray, base: np.ndarray = level) -> np.ndarray:
        return np.broadcast_to(np.log((x + SMOOTH) / base), (n, n_origins, h))

    target = origins[:, None] + np.arange(h)[None, :]
    reference = np.maximum(_season_index(origins, h, m, 4), 0)
    last = len(calendar) - 1
    columns = [
        *(np.broadcast_to(calendar[target, j], (n, n_origins, h)) for j in range(calendar.shape[1])),
        np.broadcast_to(calendar[np.maximum(target - 1, 0), 3], (n, n_origins, h)),
        np.broadcast_to(calendar[np.minimum(target + 1, last), 3], (n, n_origins, h)),
        np.broadcast_to(calendar[reference, 3].mean(axis=-1), (n, n_origins, h)),
        np.broadcast_to(np.arange(h, dtype=float), (n, n_origins, h)),
        np.broadcast_to(np.log(level), (n, n_origins, h)),
        ratio(same_season_mean(values, origins, h, m, 4)),
        ratio(same_season_mean(values, origins, h, m, 8)),
        ratio(seasonal_naive(values, origins, h, m)),
        ratio(window_mean(values, origins, 1)[:, :, None]),
        ratio(window_mean(values, origins, m)[:, :, None]),
        ratio(window_mean(values, origins, 13 * m)[:, :, None]),
        _last_year(values, origins, h, m, ratio),
    ]
    if rows is None:
        return np.stack([c.reshape(-1) for c in columns], axis=1)
    return np.stack([c[rows] for c in columns], axis=1)


def _last_year(values: np.ndarray, origins: np.ndarray, h: int, m: int, ratio: Any) -> np.ndarray:
    """The same days a year earlier against that year's level (NaN without a year of history)."""
    year = YEAR.get(m)
    if year is None:
        return np.full((values.shape[0], len(origins), h), np.nan)
    back = np.maximum(origins - year, 0)
    then = window_mean(values, back, 4 * m)[:, :, None] + SMOOTH
    index = back[:, None, None] + np.arange(h)[None, :, None] + np.array([-m, 0, m])[None, None, :]
    around = values[:, np.clip(index, 0, values.shape[1] - 1)].mean(axis=-1)
    return np.where((origins - year - 4 * m >= 0)[None, :, None], ratio(around, then), np.nan)


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


def candidates(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, calendar: np.ndarray,
    model: HistGradientBoostingRegressor | None,
) -> dict[str, np.ndarray]:
    """Every candidate forecast (and the blends with the global model) at the given origins."""
    history, ahead, days = trim(values, origins, calendar, m)
    clean = ordinary(history, days, m)  # holidays are not ordinary days (mcu_nlp.trends.holidays)
    out = on_holidays({name: core(clean, ahead, h, m) for name, core in SIMPLE.items()},
                      history, clean, ahead, days, m)
    if model is not None:  # from the whole history: a series' first count may come before the trimmed part
        out["global"] = predict_global(model, values, origins, h, m, calendar)
        out["global+season_mean4"] = (out["global"] + out["season_mean4"]) / 2
        out["global+flat_mean"] = (out["global"] + out["flat_mean"]) / 2
        out["global+recent_level"] = (out["global"] + out["recent_level"]) / 2
        out["global+smoothed"] = (out["global"] + out["smoothed"]) / 2
    return out


SIMPLE = {
    "snaive": seasonal_naive, "season_mean4": partial(same_season_mean, seasons=4),
    "season_mean8": partial(same_season_mean, seasons=8), "flat_mean": flat_mean,
    "recent_level": recent_level, "damped_trend": damped_trend, "smoothed": smoothed_level,
}
CANDIDATES = (
    "snaive", "season_mean4", "season_mean8", "flat_mean", "recent_level", "damped_trend", "smoothed",
    "global", "global+season_mean4", "global+flat_mean", "global+recent_level", "global+smoothed",
)
