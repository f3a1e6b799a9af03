"""Choosing forecasts per series: scaled backtest errors, pooled by volume class, shrunk to the pool, blended.

The rules :class:`~mcu_nlp.trends.TrendForecaster` decides with; pure numpy over all series at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mcu_nlp.trends.models import first_count

# an aggregate leaves the aggregates' best candidate only for one at least this much better on its own
# backtests: four overlapping windows of one series are noisy, and a near tie is not worth the variance.
# Bottom series (mostly sparse) choose freely: which forecast has the lowest absolute error depends on
# the series' own sparsity, and a shared default measured worse there (NYC and SPb, earlier windows).
MARGIN = 0.2
# an aggregate averages at least this many of the candidates the aggregates' pooled ranking puts first (their own
# margin as above): their pooled backtest errors lie within 1-3 % of each other and the best flips between near ties
# from week to week (St Petersburg: the daily level, then the 4-week mean, which lags a rise); their mean drops
# the pick among ties (session 16, top-3 against top-1, 8 origins x 14 days, four periods each: SPb district
# -0.29 %, city -1.04 %; NYC district -0.26 %, borough -0.72 %, city -0.40 %, bottom unchanged); session 17, on
# four periods of each city no session had run: the aggregates' MASE -0.37 % (SPb), -0.08 % (NYC) on average
AGGREGATE_COMBINE = 3
# each backtest window weighs this much of the next more recent one: after a level shift the latest
# windows tell which candidates follow it, and the choice should not wait for the older ones to agree
RECENCY = 0.5
# bottom series pool their backtest errors with series of similar volume (appeals a day over the last
# four seasons, classes split at these bounds): the candidate that suits a series with one appeal a
# month (a zero-heavy one) is not the one that suits ten a day, and the pooled ranking decides the
# many near ties of sparse series
VOLUME_CLASSES = (0.03, 0.3, 3.0, 30.0)
# a level's sparse bottom series (under SPARSE_DAY appeals a day over the last four seasons: the first two volume
# classes) are chosen on absolute errors, whose best forecast of a series with an appeal a month is its median, 0;
# summed, they can lose most of their parents' volume (session 29: a 90-day hierarchy of 3 appeals a day in ~190
# topic x town series, every one sparse, was forecast at 1.74 a day bottom-up; in the backtests their chosen
# forecasts summed to 0.19-0.46 of their counts). When, on the backtests (recent windows weighing more, as in the
# choice), the sparse series' chosen forecasts fell short of their counts by more than SPARSE_LOSS of their level's
# counts, they all take one of LINEAR, a window mean, scaled to the total's chosen forecast (unbiased_sparse,
# to_parent): a sum of window means is the parent's window mean, so they add up to the total's forecast, its level
# and trend (and weekday shape, for a same-weekday mean). Session 29's first guard took the 8-week mean unscaled,
# which lagged a fall (120 days of 4.5 -> 1.5 a day, the next 14 days' rate 1.34: 2.16 combined, 2.38 bottom-up;
# scaled, 1.93, the total's top-down forecast) and stayed off on a step down (3 a day, then 1.5 for 4 weeks: the
# 8-week mean no nearer the backtests' counts; bottom-up 0.67, scaled 1.47). A guard, not a rule: on New York's
# bottom level (a quarter to 40 % of its volume in sparse series) the loss was at most 0.13 and the window mean
# over-forecast them (1.18-1.59 of their counts); forcing it cost (latest period) bottom MASE 1.489 -> 1.622, total
# 0.548 -> 0.581. St Petersburg's sparse series hold 2-5 % of its volume, a loss of at most 0.012
SPARSE_DAY = VOLUME_CLASSES[1]
SPARSE_LOSS = 0.2
LINEAR = ("season_mean8", "season_mean4", "flat_mean")


def blend(base: dict[str, np.ndarray], choice: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Per series, the mean of its chosen candidates (``choice`` holds names joined by ``|``)."""
    out = np.zeros(shape)
    for combo in np.unique(choice):
        rows = choice == combo
        out[rows] = np.mean([base[name][rows] for name in combo.split("|")], axis=0)
    return out


# an aggregate's level is the mean of its choice's and this candidate's, when it is one of the candidates: the choice
# is made on four backtest windows of one pooled ranking, which in calm weeks favours the slow means, and they miss
# a level that moves (the St Petersburg total, 2,000 -> 3,500 appeals a week in spring, was forecast on its
# 4-week mean for days into the jump). The daily level fits its own speed per series (New York's aggregates slow,
# St Petersburg's total fast), so half of it hedges where the level moves and costs little where it does not. Only
# the level: the weekday shape stays the choice's (averaging the daily level's additive profile in widened New York's
# city intervals, whose weekends are near empty: pinball 0.134 -> 0.160 on an earlier period)
HEDGE = "daily"


def hedged(forecast: np.ndarray, base: dict[str, np.ndarray], rows: np.ndarray) -> np.ndarray:
    """``forecast`` ``(n, origins, h)`` with the ``rows`` (aggregates) scaled to the mean of their level (the mean over
    the horizon) and the :data:`HEDGE` candidate's; where the forecast's level is 0, the mean of the two forecasts.

    >>> hedged(np.array([[[2.0, 6.0]]]), {"daily": np.array([[[6.0, 6.0]]])}, np.array([True])).tolist()
    [[[2.5, 7.5]]]
    """
    if HEDGE not in base or not rows.any():
        return forecast
    own, other = forecast[rows], base[HEDGE][rows]
    level, hedge = own.mean(axis=-1, keepdims=True), other.mean(axis=-1, keepdims=True)
    ratio = np.divide(hedge, level, out=np.ones_like(level), where=level > 0)
    out = forecast.copy()
    out[rows] = np.where(level > 0, own * (1 + ratio) / 2, (own + other) / 2)
    return out


def unbiased_sparse(
    base: dict[str, np.ndarray], choice: np.ndarray, actual: np.ndarray, sparse: np.ndarray, levels: np.ndarray,
    total: int | None = None, parent: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """``choice`` with the ``sparse`` bottom series of each level (``levels``: each series' level; the other rows are
    the level's dense bottom series, aggregates excluded by the caller) set to one :data:`LINEAR` window mean, and
    the mask of the series so set (their forecasts are scaled by :func:`to_parent`).

    Each window mean ``L`` in ``base`` is scaled per backtest window to the ``parent`` (the ``total`` row's chosen
    backtest forecast ``(windows, h)``; without one, unscaled): times the parent's forecast summed over the horizon
    over ``L``'s forecast of the ``total`` summed likewise. The one whose scaled sum over the sparse series has the
    least absolute error against their summed counts ``actual`` ``(n, windows, h)``, day by day (recent windows
    weighing more, as in the choice), is taken where the sparse series' chosen forecasts fell short of their
    counts by more than :data:`SPARSE_LOSS` of the level's counts and the scaled mean's summed volume is nearer
    those counts.

    >>> actual = np.array([[[1.0, 0]], [[0.0, 1]], [[2.0, 2]]])  # two sparse series, one dense
    >>> base = {"snaive": np.array([[[0.0, 0]], [[0.0, 0]], [[2.0, 2]]]), "season_mean8": np.full((3, 1, 2), 0.5)}
    >>> choice = np.array(["snaive"] * 3, dtype=object)
    >>> out, scaled = unbiased_sparse(base, choice, actual, np.array([True, True, False]), np.array(["b"] * 3))
    >>> out.tolist(), scaled.tolist()
    (['season_mean8', 'season_mean8', 'snaive'], [True, True, False])
    """
    names = [name for name in LINEAR if name in base]
    scaled = np.zeros(len(choice), dtype=bool)
    if not names or not sparse.any() or actual.shape[1] == 0:
        return choice, scaled
    weights = RECENCY ** np.arange(actual.shape[1])
    rows = np.flatnonzero(sparse)
    chosen = blend({name: forecast[rows] for name, forecast in base.items()}, choice[rows], actual[rows].shape)
    own, counts = (x.sum(axis=2) @ weights for x in (chosen, actual[rows]))
    level_counts = actual.sum(axis=2) @ weights
    out = choice.copy()
    for level in np.unique(levels[rows]):
        inside = rows[levels[rows] == level]
        summed = actual[inside].sum(axis=0)  # (windows, h)
        means = {}
        for name in names:
            ratio = np.ones(actual.shape[1]) if parent is None else parent_ratio(parent, base[name][total])
            means[name] = base[name][inside].sum(axis=0) * ratio[:, None]
        errors = {name: np.abs(mean - summed).mean(axis=1) @ weights for name, mean in means.items()}
        mean = min(names, key=errors.get)  # ties: the first of LINEAR
        inner = levels[rows] == level
        short = counts[inner].sum() - own[inner].sum()
        nearer = abs(means[mean].sum(axis=1) @ weights - counts[inner].sum()) < abs(short)
        if short > SPARSE_LOSS * level_counts[levels == level].sum() and nearer:
            out[inside] = mean
            scaled[inside] = True
    return out, scaled


def parent_ratio(parent: np.ndarray, window: np.ndarray) -> np.ndarray:
    """Per origin, the ``parent``'s forecast summed over the horizon over the ``window`` mean's (both ``(origins,
    h)``): ``(origins,)``, 1 where the window mean's is 0.

    >>> parent_ratio(np.array([[1.0, 2], [0, 0]]), np.array([[2.0, 4], [0, 0]])).tolist()
    [0.5, 1.0]
    """
    own, mean = parent.sum(axis=-1), window.sum(axis=-1)
    return np.divide(own, mean, out=np.ones_like(own), where=mean > 0)


def to_parent(
    forecast: np.ndarray, base: dict[str, np.ndarray], rows: np.ndarray, choice: np.ndarray, total: int | None
) -> np.ndarray:
    """``forecast`` ``(n, origins, h)`` with the ``rows`` (the sparse series :func:`unbiased_sparse` set to a window
    mean) times their parent's ratio (:func:`parent_ratio`: the ``total`` row's forecast over its window mean of
    the same name); unchanged without a ``total``.

    >>> base = {"flat_mean": np.array([[[1.0, 1]], [[3.0, 3]]])}
    >>> to_parent(np.array([[[1.0, 1]], [[2.0, 2]]]), base, np.array([True, False]), np.array(["flat_mean"] * 2), 1)
    array([[[0.66666667, 0.66666667]],
    <BLANKLINE>
           [[2.        , 2.        ]]])
    """
    if total is None or not rows.any():
        return forecast
    out = forecast.copy()
    for name in np.unique(choice[rows]):
        inside = rows & (choice == name)
        out[inside] = forecast[inside] * parent_ratio(forecast[total], base[name][total])[None, :, None]
    return out


def backtest_errors(forecasts: list[np.ndarray], actual: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Scaled mean absolute error of each ``(n, windows, h)`` forecast: ``(n, len(forecasts))``.

    Windows run from the most recent back, each weighing ``RECENCY`` times the one after it.

    >>> actual = np.array([[[4.0], [1.0]]])  # the latest window saw 4, the one before 1
    >>> backtest_errors([np.full((1, 2, 1), 1.0), np.full((1, 2, 1), 4.0)], actual, np.ones(1)).round(2).tolist()
    [[2.0, 1.0]]
    """
    weights = RECENCY ** np.arange(actual.shape[1])
    weights = weights / weights.sum()
    return np.stack([np.abs(f - actual).mean(axis=2) @ weights / scale for f in forecasts], axis=1)


def volume_class(per_day: np.ndarray) -> np.ndarray:
    """Index of each series' class in :data:`VOLUME_CLASSES` by its appeals a day.

    >>> volume_class(np.array([0.0, 0.1, 2.0, 50.0])).tolist()
    [0, 1, 2, 4]
    """
    return np.searchsorted(VOLUME_CLASSES, per_day)


def group_means(errors: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each row replaced by the mean row of its group."""
    pooled = np.zeros_like(errors)
    for group in np.unique(groups):  # a handful of groups, not a loop over series
        inside = groups == group
        pooled[inside] = errors[inside].mean(axis=0)
    return pooled


def shrunk_choice(errors: np.ndarray, pooled: np.ndarray, keep: int, margin: Any = MARGIN) -> np.ndarray:
    """Column indices of the ``keep`` best candidates per row: by own + group error, but the group's
    own ranking unless that row's best beats the group's best on its own errors by ``margin``
    (a number, or one per row).

    >>> shrunk_choice(np.array([[1.0, 0.95], [1.0, 0.5]]), np.array([[0.8, 0.9], [0.8, 0.9]]), 1).tolist()
    [[0], [1]]
    """
    best = np.argsort(errors + pooled, axis=1, kind="stable")[:, :keep]
    default = np.argsort(pooled, axis=1, kind="stable")[:, :keep]
    rows = np.arange(len(errors))
    clear = errors[rows, best[:, 0]] < (1 - margin) * errors[rows, default[:, 0]]
    return np.where(clear[:, None], best, default)


def without_global(choice: np.ndarray, fallback: str) -> np.ndarray:
    """Drop the global model from every choice (when it could not be fitted)."""
    kept = ["|".join(n for n in c.split("|") if not n.startswith("global")) for c in choice]
    return np.array([c or fallback for c in kept], dtype=object)


def fallback(names: Sequence[str]) -> str:
    """The candidate used without backtests: same-weekday mean, else the first simple one."""
    simple = [name for name in names if not name.startswith("global")]
    return "season_mean4" if "season_mean4" in names else (simple or ["season_mean4"])[0]


def unranked(values: np.ndarray, horizon: int, groups: np.ndarray) -> np.ndarray:
    """Series that neither their backtests nor their group's can rank candidates for: ``(n,)``.

    Those whose first count came within ``horizon`` periods of the end (every backtest forecast them from
    zeros, so all candidates tied at 0 and the tie went to whichever came first, 0 on weekdays that happened
    to be empty), in a group (:func:`group_means`) of such series only: with older series beside them the
    pooled errors rank: the level since the first count for every young series lost on the benchmark's
    earlier windows (counting the first count: NYC bottom MASE 1.80 -> 5.62, most new NYC series being one
    appeal, then none; leaving it out: SPb topic/district 1.196 -> 1.238, total 0.998 -> 1.027, its young
    series mostly districts joining the portal).

    >>> unranked(np.array([[0.0] * 20 + [3, 4], [0.0] * 21 + [2], [1.0] * 22]), 14, np.array(["a", "a", "b"])).tolist()
    [True, True, False]
    >>> unranked(np.array([[0.0] * 20 + [3, 4], [1.0] * 22]), 14, np.array(["a", "a"])).tolist()
    [False, False]
    """
    age = values.shape[1] - first_count(values)
    young = (age > 0) & (age <= horizon)
    return young & ~np.isin(groups, groups[~young & (age > 0)])


def naive_scale(values: np.ndarray, m: int) -> np.ndarray:
    """In-sample mean absolute error of the seasonal naive forecast (the MASE denominator)."""
    if values.shape[1] <= m:
        return np.ones(values.shape[0])
    scale = np.abs(values[:, m:] - values[:, :-m]).mean(axis=1)
    return np.where(scale > 0, scale, 1.0)
