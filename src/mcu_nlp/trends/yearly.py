"""A yearly factor for the aggregates: how the same weeks of past years moved from their 4 weeks before.

Heating and water complaints have a season (the heating starts in October, the thaw comes in spring), which a level
read from the last weeks cannot know. Each past year (52 weeks back, so weekdays align) says how its horizon's mean
differed from the mean of the 4 weeks before it, on the holiday-cleaned history; the median of those log-ratios,
shrunk by ``K / (K + 1)`` for ``K`` such years (one year: half), scales the forecast. A series with no full year
before the origin (its first count less than 52 weeks + 4 weeks back) gets no factor.

A past year counts only when its horizon lies before the origin: a horizon of a year or more reads older years, or
none (it read past the history's end, or in a backtest the days after its origin).
"""

from __future__ import annotations

import numpy as np

from mcu_nlp.trends.simple import prefix_sums

YEAR = 364  # 52 weeks: the same weekdays a year before
BEFORE = 28  # the 4 weeks a past year's horizon is compared with
MAX_LOG = np.log(2.0)


def yearly_factor(clean: np.ndarray, first: np.ndarray, origins: np.ndarray, h: int) -> np.ndarray:
    """Multiplicative factors ``(n, n_origins)`` for the ``h`` days after each origin (1 without a full past year).

    >>> y = np.tile(np.r_[np.full(300, 10.0), np.full(64, 20.0)], 3)[None, :]  # a rise at day 300 of each year
    >>> yearly_factor(y, np.array([0]), np.array([728 + 300]), 14).round(2).tolist()
    [[1.54]]
    """
    sums = prefix_sums(clean)
    shape = (clean.shape[0], len(origins), max(int(origins.max()) // YEAR, 1))
    logs = np.full(shape, np.nan)
    for j in range(shape[2]):
        logs[:, :, j] = _past_year(sums, first, origins, YEAR * (j + 1), h)
    years = np.isfinite(logs).sum(axis=2)
    with np.errstate(all="ignore"):
        median = np.nan_to_num(np.nanmedian(np.where(years[:, :, None] > 0, logs, 0.0), axis=2))
    return np.exp(np.clip(median * years / (years + 1), -MAX_LOG, MAX_LOG))


def _past_year(sums: np.ndarray, first: np.ndarray, origins: np.ndarray, back: int, h: int) -> np.ndarray:
    """Log-ratios of the horizon ``back`` days before each origin to the 4 weeks before it, ``(n, n_origins)``; NaN
    unless those days all lie after the first count and before the origin."""
    start = origins - back
    moved = np.log((_mean(sums, start, h) + 1) / (_mean(sums, start - BEFORE, BEFORE) + 1))
    valid = ((start - BEFORE >= 0) & (h <= back))[None, :] & (start - BEFORE >= first[:, None])
    return np.where(valid, moved, np.nan)


def _mean(sums: np.ndarray, start: np.ndarray, width: int) -> np.ndarray:
    """The mean of the ``width`` days from ``start`` (clamped into the history: outside it the result is unused)."""
    a = np.clip(start, 0, sums.shape[1] - 1)
    return (sums[:, np.clip(start + width, 0, sums.shape[1] - 1)] - sums[:, a]) / width

