"""A yearly factor for the aggregates: how the same weeks of past years moved from their 4 weeks before.

Heating and water complaints have a season (the heating starts in October, the thaw comes in spring), which a level
read from the last weeks cannot know. Each past year (52 weeks back, so weekdays align) says how its horizon's mean
differed from the mean of the 4 weeks before it, on the holiday-cleaned history; the median of those log-ratios,
shrunk by ``K / (K + 1)`` for ``K`` such years (one year: half), scales the forecast. A series with no full year
before the origin (its first count less than 52 weeks + 4 weeks back) gets no factor.

A past year counts only when its horizon and the 4 weeks after it lie before the origin (a horizon of a year or more
reads older years, or none). With fewer than ``ROBUST_YEARS`` years, where a median cannot outvote a one-off year,
a year's move counts only as far as it lasted: up to how the 4 weeks after its horizon moved from the 4 weeks
before, so a burst that fell back (a flood, 14 days at 10x) reads nothing and a season that stayed reads in full.
"""

from __future__ import annotations

import numpy as np

from mcu_nlp.trends.simple import prefix_sums

YEAR = 364  # 52 weeks: the same weekdays a year before
BEFORE = 28  # the 4 weeks a past year's horizon is compared with, and the 4 weeks after it that say it lasted
MAX_LOG = np.log(2.0)
ROBUST_YEARS = 3  # from 3 years on, the median outvotes a one-off year


def yearly_factor(clean: np.ndarray, first: np.ndarray, origins: np.ndarray, h: int) -> np.ndarray:
    """Multiplicative factors ``(n, n_origins)`` for the ``h`` days after each origin (1 without a full past year).

    >>> y = np.tile(np.r_[np.full(300, 10.0), np.full(64, 20.0)], 3)[None, :]  # a rise at day 300 of each year
    >>> yearly_factor(y, np.array([0]), np.array([728 + 300]), 14).round(2).tolist()
    [[1.54]]
    """
    sums = prefix_sums(clean)
    shape = (clean.shape[0], len(origins), max(int(origins.max()) // YEAR, 1))
    moved, lasted = np.full(shape, np.nan), np.full(shape, np.nan)
    for j in range(shape[2]):
        moved[:, :, j], lasted[:, :, j] = _past_year(sums, first, origins, YEAR * (j + 1), h)
    years = np.isfinite(moved).sum(axis=2)
    logs = np.where((years < ROBUST_YEARS)[:, :, None], _as_far_as_it_lasted(moved, lasted), moved)
    with np.errstate(all="ignore"):
        median = np.nan_to_num(np.nanmedian(np.where(years[:, :, None] > 0, logs, 0.0), axis=2))
    return np.exp(np.clip(median * years / (years + 1), -MAX_LOG, MAX_LOG))


def _past_year(
    sums: np.ndarray, first: np.ndarray, origins: np.ndarray, back: int, h: int
) -> tuple[np.ndarray, np.ndarray]:
    """Log-ratios of the horizon ``back`` days before each origin and of the 4 weeks after it to the 4 weeks before
    it, ``(n, n_origins)`` each; NaN unless those weeks all lie after the first count and before the origin."""
    start = origins - back
    before = _mean(sums, start - BEFORE, BEFORE) + 1
    moved, lasted = np.log((_mean(sums, start, h) + 1) / before), np.log((_mean(sums, start + h, BEFORE) + 1) / before)
    valid = ((start - BEFORE >= 0) & (h + BEFORE <= back))[None, :] & (start - BEFORE >= first[:, None])
    return np.where(valid, moved, np.nan), np.where(valid, lasted, np.nan)


def _mean(sums: np.ndarray, start: np.ndarray, width: int) -> np.ndarray:
    """The mean of the ``width`` days from ``start`` (clamped into the history: outside it the result is unused)."""
    a = np.clip(start, 0, sums.shape[1] - 1)
    return (sums[:, np.clip(start + width, 0, sums.shape[1] - 1)] - sums[:, a]) / width


def _as_far_as_it_lasted(moved: np.ndarray, lasted: np.ndarray) -> np.ndarray:
    """A move kept only as far as the weeks after it kept its direction: a burst that fell back reads 0.

    >>> _as_far_as_it_lasted(np.array([2.3, 0.7, -0.5, 0.7]), np.array([0.0, 0.7, -0.2, -0.3])).tolist()
    [0.0, 0.7, -0.2, 0.0]
    """
    sign = np.sign(moved)
    return sign * np.minimum(np.abs(moved), np.maximum(sign * lasted, 0.0))
