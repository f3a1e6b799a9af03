"""A yearly factor for the aggregates: how the same weeks of past years moved from their 4 weeks before.

Heating and water complaints have a season (the heating starts in October, the thaw comes in spring), which a level
read from the last weeks cannot know. Each past year (52 weeks back, so weekdays align) says how its horizon's mean
differed from the mean of the 4 weeks before it, on the holiday-cleaned history; the median of those log-ratios,
shrunk by ``K / (K + 1)`` for ``K`` such years (one year: half), scales the forecast. A series with no full year
before the origin (its first count less than 52 weeks + 4 weeks back) gets no factor.
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
    n, k = clean.shape[0], len(origins)
    sums = prefix_sums(clean)
    logs = np.full((n, k, max(int(origins.max()) // YEAR, 1)), np.nan)
    for j in range(logs.shape[2]):
        start = origins - YEAR * (j + 1)  # the same day a (j + 1)-th year before
        ok = start - BEFORE >= 0
        s = np.maximum(start, BEFORE)
        ahead = (sums[:, s + h] - sums[:, s]) / h
        before = (sums[:, s] - sums[:, s - BEFORE]) / BEFORE
        valid = ok[None, :] & (s - BEFORE >= first[:, None])
        logs[:, :, j] = np.where(valid, np.log((ahead + 1) / (before + 1)), np.nan)
    years = np.isfinite(logs).sum(axis=2)
    with np.errstate(all="ignore"):
        median = np.nan_to_num(np.nanmedian(np.where(years[:, :, None] > 0, logs, 0.0), axis=2))
    return np.exp(np.clip(median * years / (years + 1), -MAX_LOG, MAX_LOG))
