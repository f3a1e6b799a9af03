"""The simple candidate forecasts: each series' own history, numpy over a (series x time) matrix.

Conventions: ``values`` is ``(n_series, T)``; an *origin* ``o`` means the history is
``values[:, :o]`` and the forecast targets are ``o + k`` for ``k = 0 .. h-1``. Every forecast
returns ``(n_series, n_origins, h)``. ``m`` is the season length. A series' zero-filled periods
before its first count (``first``, :func:`first_count` of the whole history by default) are no observations.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from mcu_nlp.trends.smoothing import smoothed


def prefix_sums(values: np.ndarray) -> np.ndarray:
    """Each row's running sums with a 0 first, ``(n, T + 1)``: the sum of days ``a`` to ``b - 1`` is
    ``sums[:, b] - sums[:, a]``, for any windows at once.

    >>> prefix_sums(np.array([[1.0, 2, 3]])).tolist()
    [[0.0, 1.0, 3.0, 6.0]]
    """
    return np.concatenate([np.zeros((values.shape[0], 1)), np.cumsum(values, axis=1)], axis=1)


def window_mean(values: np.ndarray, origins: np.ndarray, width: int) -> np.ndarray:
    """Mean of the last ``width`` values before each origin (fewer at the start): ``(n, n_origins)``.

    >>> window_mean(np.array([[1.0, 2, 3, 4]]), np.array([2, 4]), 2).tolist()
    [[1.5, 3.5]]
    """
    start = np.maximum(origins - width, 0)
    if 0 < len(origins) * width < values.shape[1]:  # a few short windows: summed as they are, not the whole running sum
        total = np.stack([values[:, a:b].sum(axis=1) for a, b in zip(start, origins)], axis=1)
        return total.reshape(len(values), len(origins)) / np.maximum(origins - start, 1)
    sums = prefix_sums(values)
    return (sums[:, origins] - sums[:, start]) / np.maximum(origins - start, 1)


def season_index(origins: np.ndarray, h: int, m: int, seasons: int) -> np.ndarray:
    k = np.arange(h)
    first = k // m + 1  # the nearest past season that is already observed at the origin
    back = m * (first[:, None] + np.arange(seasons)[None, :])
    return origins[:, None, None] + k[None, :, None] - back[None, :, :]


def same_season_mean(values: np.ndarray, origins: np.ndarray, h: int, m: int, seasons: int) -> np.ndarray:
    """Mean of the same weekday (season position) over the last ``seasons`` seasons.

    >>> same_season_mean(np.array([[1.0, 0, 3, 0]]), np.array([4]), 2, 2, 2).tolist()
    [[[2.0, 0.0]]]
    """
    index = season_index(origins, h, m, seasons)
    valid = index >= 0
    picked = values[:, np.maximum(index, 0)] * valid
    return _mean_or(picked, valid, lambda: window_mean(values, origins, m * seasons)[:, :, None])


def same_season_mean_at(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, seasons: int, rows: tuple[np.ndarray, ...]
) -> np.ndarray:
    """:func:`same_season_mean` at the (series, origin, step) ``rows`` only: ``(len(rows[0]),)``, the same numbers
    (the global model's training rows are a tenth of all targets).

    >>> v = np.array([[1.0, 0, 3, 0], [2.0, 2, 2, 4]])
    >>> rows = (np.array([1, 0]), np.array([0, 0]), np.array([1, 0]))
    >>> same_season_mean_at(v, np.array([4]), 2, 2, 2, rows).tolist()
    [3.0, 2.0]
    """
    series, at, step = rows
    index = season_index(origins, h, m, seasons)[at, step]
    valid = index >= 0
    picked = values[series[:, None], np.maximum(index, 0)] * valid
    return _mean_or(picked, valid, lambda: window_mean(values, origins, m * seasons)[series, at])


def _mean_or(picked: np.ndarray, valid: np.ndarray, fallback: Callable[[], np.ndarray]) -> np.ndarray:
    """The mean over the last axis of the ``valid`` ``picked`` values; where none is valid, ``fallback()`` (asked for
    only then: the window mean of :func:`same_season_mean` and :func:`same_season_mean_at`)."""
    count = valid.sum(axis=-1)
    mean = picked.sum(axis=-1) / np.maximum(count, 1)
    if count.all():
        return mean
    return np.where(count > 0, mean, fallback())


def seasonal_naive(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """The value one season back (the last observed one of the same season position)."""
    return same_season_mean(values, origins, h, m, 1)


def flat_mean(values: np.ndarray, origins: np.ndarray, h: int, m: int) -> np.ndarray:
    """The mean of the last four seasons, flat over the horizon (robust for very sparse series)."""
    return np.repeat(window_mean(values, origins, 4 * m)[:, :, None], h, axis=2)


def recent_level(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, first: np.ndarray | None = None,
    shape: np.ndarray | None = None,
) -> np.ndarray:
    """The last season's mean times the season profile of the last 8 seasons: follows level shifts.

    >>> recent_level(np.array([[2.0, 0] * 8 + [4, 0]]), np.array([18]), 2, 2).tolist()
    [[[4.0, 0.0]]]
    """
    return window_mean(values, origins, m)[:, :, None] * _shape(values, origins, h, m, first, shape)


def season_shape(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, first: np.ndarray | None = None
) -> np.ndarray:
    """Each target's same-weekday mean over the last 8 seasons relative to the mean of the weekdays' means.

    Only days since the series' first count are read, and each weekday weighs the same: a history shorter than
    8 seasons (a young panel, or a series whose first count came late in it) holds some weekdays once more than
    others, and zero-filled days before the first count are no observations (10 days of 10 a weekday, 2 a weekend
    day read as 9.2 / 1.8 after a whole panel, as 6.4 and 12.9 on weekdays after 70 empty days). 1 for a weekday
    with no count yet. ``first``: each series' first count as an index into ``values`` (at least 0), by default
    read from ``values``; when ``values`` is the trimmed end of a history, the first count of the whole of it.

    >>> week = np.array([10.0, 10, 10, 10, 10, 2, 2])
    >>> season_shape(np.r_[np.zeros(70), week, week[:3]][None, :], np.array([80]), 7, 7).round(3).tolist()
    [[[1.296, 1.296, 0.259, 0.259, 1.296, 1.296, 1.296]]]
    """
    span = max(h, m)  # the first season's targets are m different weekdays, the base is their mean
    index = season_index(origins, span, m, 8)
    first = first_count(values) if first is None else first
    valid = index[None] >= first[:, None, None, None]
    count = valid.sum(axis=-1)
    total = (values[:, np.maximum(index, 0)] * valid).sum(axis=-1)
    profile = np.divide(total, count, out=np.zeros_like(total), where=count > 0)
    seen = count[:, :, :m] > 0
    base = ((profile[:, :, :m] * seen).sum(axis=-1) / np.maximum(seen.sum(axis=-1), 1))[:, :, None]
    shape = np.divide(profile, base, out=np.ones_like(profile), where=(base > 0) & (count > 0))
    return shape[:, :, :h]


def damped_trend(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, first: np.ndarray | None = None, damping: float = 0.8,
    shape: np.ndarray | None = None,
) -> np.ndarray:
    """A line through the last four season means, damped ahead, times the season profile.

    Only seasons wholly after the series' first count (``first``, as in :func:`season_shape`) are read: zero-filled
    seasons before it are no observations, and a line through them is a ramp that was never there (a series of 5 a
    day that began 17 days before the origin was forecast at 7 a day: the season means 0, 2.1, 5, 5 read as a rise
    of 1.8 a season). With fewer than four such seasons there is no line: the mean of those seen, flat (a line
    through two, 5.3 and 6.4 a day of a series of 5.6, forecast 7.3-8.1 before the weekday shape); with none, the
    four as before.

    >>> damped_trend(np.array([[1.0] * 7 + [2.0] * 7 + [3.0] * 7 + [4.0] * 7]), np.array([28]), 1, 7).round(2).tolist()
    [[[4.8]]]
    >>> damped_trend(np.array([[0.0] * 11 + [5.0] * 17]), np.array([28]), 1, 7).round(2).tolist()  # 7.14 before
    [[[5.0]]]
    """
    seasons = np.stack([window_mean(values, np.maximum(origins - j * m, 0), m) for j in range(4)], axis=-1)
    x = -np.arange(4.0) + 1.5  # centred season index, newest = +1.5
    slope = (seasons * x).sum(axis=-1) / (x**2).sum()
    last = seasons.mean(axis=-1) + 1.5 * slope
    first = first_count(values) if first is None else first
    seen = (origins[None, :, None] - m * (np.arange(4) + 1)[None, None, :]) >= first[:, None, None]
    young = seen.any(axis=-1) & ~seen.all(axis=-1)
    if young.any():
        slope = np.where(young, 0.0, slope)
        last = np.where(young, (seasons * seen).sum(axis=-1) / np.maximum(seen.sum(axis=-1), 1), last)
    ahead = np.cumsum(damping ** np.arange(1, h // m + 2))[np.arange(h) // m]
    trend = np.maximum(last[:, :, None] + slope[:, :, None] * ahead[None, None, :], 0.0)
    return trend * _shape(values, origins, h, m, first, shape)


def smoothed_level(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, first: np.ndarray | None = None,
    shape: np.ndarray | None = None,
) -> np.ndarray:
    """Exponential smoothing of the season mean (a grid of constants, with and without a damped
    trend; see :mod:`mcu_nlp.trends.smoothing`) times the season profile."""
    return smoothed(values, origins, h, m) * _shape(values, origins, h, m, first, shape)


def _shape(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, first: np.ndarray | None, shape: np.ndarray | None
) -> np.ndarray:
    """:func:`season_shape`, or ``shape`` when the caller read it already (the three shaped candidates share one)."""
    return season_shape(values, origins, h, m, first) if shape is None else shape


# a first count after empty periods is left out of a new series' level when it is at most this many appeals
# (or not above the periods after it): one or two appeals say that something came, not how often; more do
SMALL_FIRST = 2
# ... and, in a history too short for backtests (since_first's ``sparse``), only when the empty periods before it
# would hold more than this many counts at the rate after it (P(none) = exp(-3) < 5 %); fewer, and the series is a
# rare one: its level is read over all its periods
SPARSE_RUN = 3.0


def since_first(
    values: np.ndarray, origins: np.ndarray, h: int, m: int, whole: bool = False, sparse: bool = False
) -> np.ndarray:
    """The mean count a period since each series' first count before the origin, flat over the horizon.

    A small first count (at most :data:`SMALL_FIRST`, or not above the mean of the periods after it) is left
    out when periods without counts came before it: a series appears in the data because of that count, so it
    says that something came, not how often (one appeal, then nothing, would be forecast at one a period). A
    larger one is kept: 50 appeals on a new problem's first day are its level, not a sign of life. ``whole``
    keeps every first count (the level the upper bounds are drawn for). No weekday shape, which a few days
    cannot tell from chance.

    ``sparse`` (a history too short for any backtest, where every series with counts is forecast so): a small
    first count begins a series only when the empty periods before it are too many for the rate after it (more
    than :data:`SPARSE_RUN` expected counts: fewer than 5 % of such runs are empty by chance). Else the series is
    a rare one, not a new one, and its level is its mean over all the periods before the origin, the empty ones
    included: one appeal on day 12 of 15 is 1/15 a day. A few days cannot tell a series that began from a rare
    one, and the rare series together are the volume of their parents: left out, the one-appeal series of a short
    history all forecast 0 (Нижегородская область, 15 days, 43 appeals in 40 topic x municipality series: their
    forecasts summed to 0.28 a day of 2.87, the reconciled total to 1.57). In a longer history only young series
    are forecast so (:func:`mcu_nlp.trends.choice.unranked`), by the rule above.

    >>> v = np.array([[0.0, 0, 3, 4, 2], [1, 0, 2, 0, 0], [0, 0, 0, 0, 2], [0, 0, 0, 0, 50], [0, 0, 0, 1, 0]])
    >>> since_first(v, np.array([5]), 2, 7).tolist()
    [[[3.0, 3.0]], [[0.6, 0.6]], [[0.0, 0.0]], [[50.0, 50.0]], [[0.0, 0.0]]]
    >>> since_first(v, np.array([5]), 1, 7, sparse=True).tolist()
    [[[3.0]], [[0.6]], [[0.4]], [[50.0]], [[0.2]]]
    >>> since_first(v, np.array([5]), 1, 7, whole=True).tolist()
    [[[3.0]], [[0.6]], [[2.0]], [[50.0]], [[0.5]]]
    """
    first, steps = first_count(values), values.shape[1]
    at_first = values[np.arange(len(values)), np.minimum(first, steps - 1)][:, None]
    sums = prefix_sums(values)
    after = origins[None, :] - first[:, None] - 1  # periods after the first count, before the origin
    later = (sums[:, origins] - sums[np.arange(len(values)), np.minimum(first + 1, steps)][:, None])
    small = (at_first <= SMALL_FIRST) | ((after > 0) & (at_first * after <= later))
    left_out = (first > 0)[:, None] & (first[:, None] < origins[None, :]) & small & (not whole)
    rate_after = np.divide(later, after, out=np.zeros_like(later), where=after > 0)
    rare = left_out & (rate_after * first[:, None] <= SPARSE_RUN) & sparse  # its empty start is chance
    began = left_out & ~rare
    periods = np.where(rare, origins[None, :], origins[None, :] - first[:, None] - began)
    level = (sums[:, origins] - np.where(began, at_first, 0.0)) / np.maximum(periods, 1)
    return np.repeat(np.where(periods > 0, level, 0.0)[:, :, None], h, axis=2)


def first_count(values: np.ndarray) -> np.ndarray:
    """Index of each series' first non-zero period (``T`` for a series of zeros).

    >>> first_count(np.array([[0.0, 2, 0], [0, 0, 0]])).tolist()
    [1, 3]
    """
    seen = values > 0
    return np.where(seen.any(axis=1), seen.argmax(axis=1), values.shape[1])


