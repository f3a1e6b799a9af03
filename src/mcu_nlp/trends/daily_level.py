"""A daily level for every series at once: exponential smoothing with its constant fitted per series.

Simple exponential smoothing of each day's count around its weekday profile, the constant chosen per series
from :data:`ALPHAS` by the one-step errors of the history before the origin, as statsforecast's AutoETS
fits its ETS(A,N,A): a series whose level moves follows it within days, a steady one keeps a long memory
(AutoETS chose 0.4-0.6 for the St Petersburg total; the one-step errors here read 0.6 there and 0.05-0.2 for
New York's aggregates). The weekday profile is additive, as in ETS(A,N,A): each weekday's mean over the
:data:`PROFILE_SEASONS` seasons before the day, less their mean. Unlike :mod:`mcu_nlp.trends.smoothing`, which
smooths the weekly mean with a fixed grid of constants, averaged, this level moves with every day's count.
"""

from __future__ import annotations

import numpy as np

from mcu_nlp.trends.simple import prefix_sums, same_season_mean, window_mean

ALPHAS = (0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8)  # the smoothing constants a series' level is fitted from
PROFILE_SEASONS = 8


def season_offsets(values: np.ndarray, m: int, seasons: int = PROFILE_SEASONS) -> np.ndarray:
    """Each period's season offset, read from the ``seasons`` seasons before it (fewer at the start; 0 before one).

    >>> season_offsets(np.array([[4.0, 0, 4, 0, 6, 2]]), 2).tolist()
    [[0.0, 0.0, 2.0, -2.0, 2.0, -2.5]]
    """
    n, steps = values.shape
    padded = np.concatenate([values, np.zeros((n, -steps % m))], axis=1)
    position = np.cumsum(padded.reshape(n, -1, m), axis=1).reshape(n, -1)[:, :steps]  # running sums per position
    position = np.concatenate([np.zeros((n, (seasons + 1) * m)), position], axis=1)
    same = position[:, seasons * m: seasons * m + steps] - position[:, :steps]
    count = np.minimum(np.arange(steps) // m, seasons)
    sums = prefix_sums(values)
    whole = sums[:, :steps] - sums[:, np.arange(steps) - count * m]
    return (same - whole / m) / np.maximum(count, 1)


def daily_level(values: np.ndarray, origins: np.ndarray, h: int, m: int, warm_up: int = 2) -> np.ndarray:
    """Each series' smoothed level at each origin plus the season offsets ahead: ``(n, n_origins, h)``.

    The constant is the one of :data:`ALPHAS` with the least squared one-step error over the history before
    the origin (its first ``warm_up`` seasons left out), per series and origin; one loop over time serves
    every series and constant at once.

    >>> y = np.array([[10.0, 20] * 20 + [30, 40] * 4])  # the level rose by 20 four seasons ago
    >>> daily_level(y, np.array([48]), 2, 2).round().tolist()
    [[[31.0, 41.0]]]
    """
    stop = max(int(origins.max()), 1)
    ordinary = np.ascontiguousarray((values[:, :stop] - season_offsets(values[:, :stop], m)).T)
    rate = np.asarray(ALPHAS)
    level = np.repeat(ordinary[0][:, None], len(rate), axis=1)
    error_sum = np.zeros_like(level)
    states = {1: (level.copy(), error_sum.copy())}
    wanted = {int(o) for o in origins}
    for t in range(1, stop):
        error = ordinary[t][:, None] - level
        if t >= warm_up * m:
            error_sum += error * error
        level += rate * error
        if t + 1 in wanted:
            states[t + 1] = (level.copy(), error_sum.copy())
    rows = np.arange(values.shape[0])
    picked = np.stack([states[o][0][rows, states[o][1].argmin(axis=1)] for o in np.maximum(origins, 1)], axis=1)
    offsets = same_season_mean(values, origins, h, m, PROFILE_SEASONS)
    offsets = offsets - window_mean(values, origins, PROFILE_SEASONS * m)[:, :, None]
    return np.maximum(picked[:, :, None] + offsets, 0.0) * (origins > 0)[None, :, None]
