"""Negative-binomial prediction intervals for counts, with dispersion from backtest residuals.

Counts of appeals are overdispersed (Var > mean): weather, outages and campaigns make days cluster,
so Poisson intervals are too narrow on aggregates. Here ``Var = mu + alpha * mu**2``, with ``alpha``
estimated per series by moments on in-sample backtest errors and shrunk towards its level.
"""

from __future__ import annotations

import numpy as np
from scipy import stats

from mcu_nlp.trends.simple import prefix_sums

MAX_ALPHA = 10.0
# an upper bound is never drawn for a mean below this share of the series' recent level (its last week, on
# that weekday's share: spread_floor): a weekday forecast of 0 because that weekday was empty last week, or in a
# series whose first appeals came days ago, would be an interval of [0, 0] claimed at 95 % while the same days
# held counts. A weekday profile read from a few appeals is not that certain; lower bounds and means are left
# as they are. A quarter: chosen on the benchmark's earlier windows (--drop-last 63) between a quarter and a
# half (then the anomaly scores' own floor), which scored alike on aggregates; a half widened NYC's sparse bottom
# more. The spike alerts judge a count against the same floor (floor_at), with the last quarter as its level
FLOOR = 0.25
# ... and never above one appeal a period: the floor only stops a bound of 0 for certain, so a day forecast at
# 1 or more keeps its own bound (a spike of 500 among days of 5 made its weekday's floor 100 and hi_95 228 -> 865)
FLOOR_CAP = 1.0


# a backtest count more than this many standard deviations (and one appeal) above its forecast is cut to that bound
# before the dispersion is read from the residuals: one spike of 42 among days of ~1.3 made alpha 5.5 instead of ~0.04,
# and so both predict's upper bounds for the next two weeks (hi_95 6 -> 19) and the spike's own alert score. A negative
# binomial's own far tail cut there moves the estimate little: on 112 backtest days of series of 2-50 a day, alpha 0.5
# reads 0.50-0.52 as before, alpha 2 1.90-1.99 (2.00-2.07 uncut); 4 standard deviations cut the latter to 1.76-1.81
SPIKE_SD = 5.0
ROBUST_STEPS = 20


def dispersion(actual: np.ndarray, mean: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per-series ``alpha`` from ``(n, ...)`` actuals and forecasts, shrunk to the group estimate, robust to spikes.

    Moments: ``alpha = sum((y - mu)**2 - mu) / sum(mu**2)``. A series with little mass leans on the
    pooled value of its group (level); the result is clipped to ``[0, 10]`` and never NaN. Counts above
    ``mu + SPIKE_SD * sd + 1`` (``sd`` under the estimate, at the series' mean forecast at least) are cut
    to that bound and the estimate read again until it settles: it only falls from the plain one, to the
    largest dispersion under which the cut counts agree.

    >>> y = np.array([[0.0, 4, 0, 4], [2, 2, 2, 2]]); mu = np.full((2, 4), 2.0)
    >>> dispersion(y, mu, np.array(["a", "a"])).round(3).tolist()
    [0.25, 0.0]
    >>> spiky = np.array([[0.0, 3] * 50 + [42]]); mu = np.full((1, 101), 1.5)
    >>> dispersion(spiky[:, :100], mu[:, :100], np.array(["a"])).round(2).tolist()
    [0.33]
    >>> dispersion(spiky, mu, np.array(["a"])).round(2).tolist()  # 7.54 with the 42 as it came
    [0.76]
    """
    n = actual.shape[0]
    mu = np.maximum(mean.reshape(n, -1), 0.0)
    actual = actual.reshape(n, -1)
    alpha = _moments(actual, mu, groups)
    # the spread is that of the series' typical forecast at least: a day forecast 0 (its weekday empty last week)
    # would otherwise cut any count above 1
    scale = np.maximum(mu, mu.mean(axis=1, keepdims=True))
    for _ in range(ROBUST_STEPS):
        bound = mu + SPIKE_SD * np.sqrt(scale + alpha[:, None] * scale**2) + 1.0
        cut = _moments(np.minimum(actual, bound), mu, groups)
        if np.allclose(cut, alpha, rtol=1e-3, atol=1e-4):
            return cut
        alpha = cut
    return alpha


def _moments(actual: np.ndarray, mu: np.ndarray, groups: np.ndarray) -> np.ndarray:
    n = actual.shape[0]
    excess = ((actual - mu) ** 2 - mu).sum(axis=1)
    mass = (mu**2).sum(axis=1)
    alpha = np.empty(n)
    for group in np.unique(groups):  # a handful of levels, not a loop over series
        inside = groups == group
        pooled = np.clip(excess[inside].sum() / max(mass[inside].sum(), 1e-9), 0.0, MAX_ALPHA)
        prior = max(float(np.median(mass[inside])), 1e-9)
        alpha[inside] = (excess[inside] + prior * pooled) / (mass[inside] + prior)
    return np.clip(np.nan_to_num(alpha, nan=0.0), 0.0, MAX_ALPHA)


def _tail(level: float) -> tuple[float, float]:
    lower = (1 - level / 100) / 2
    return lower, 1 - lower


def nb_quantile(mean: np.ndarray, alpha: np.ndarray, q: float) -> np.ndarray:
    """Quantile ``q`` of a negative binomial with this mean and dispersion (Poisson when alpha=0).

    >>> nb_quantile(np.array([0.0, 10.0]), np.array([0.0, 0.0]), 0.9).tolist()
    [0.0, 14.0]
    """
    mean = np.maximum(np.nan_to_num(mean, nan=0.0), 0.0)
    alpha = np.broadcast_to(np.maximum(alpha, 1e-8), mean.shape)
    size = 1.0 / alpha
    out = stats.nbinom.ppf(q, size, size / (size + mean))
    return np.where(mean > 0, np.nan_to_num(out, nan=0.0), 0.0)


def nb_bounds(
    mean: np.ndarray, alpha: np.ndarray, levels: tuple[int, ...], floor: np.ndarray | float = 0.0
) -> dict[str, np.ndarray]:
    """``lo_<L>`` and ``hi_<L>`` for each level L (central intervals); ``hi`` as for a mean of at least ``floor``.

    >>> nb_bounds(np.zeros(1), np.zeros(1), (95,), floor=np.array([2.0]))
    {'lo_95': array([0.]), 'hi_95': array([5.])}
    """
    out = {}
    for level in levels:
        low, high = _tail(level)
        out[f"lo_{level}"] = nb_quantile(mean, alpha, low)
        out[f"hi_{level}"] = nb_quantile(np.maximum(mean, floor), alpha, high)
    return out


def spread_floor(values: np.ndarray, m: int, h: int) -> np.ndarray:
    """The least mean each upper bound is drawn for: ``(n, h)`` for the ``h`` periods after ``values`` ``(n, T)``.

    :data:`FLOOR` times the last season's mean (at least 4 periods) times each target's season share
    over the last 8 seasons, read with one appeal added to every season position, at most :data:`FLOOR_CAP`:
    a weekday empty in a series that began 5 days ago gets room; one empty through 8 weeks that all had
    appeals is closed (0). :func:`floor_at` at the end of the history.

    >>> spread_floor(np.array([[0.0] * 20 + [3, 4, 5, 6, 7]]), 7, 3).round(2).tolist()
    [[0.2, 0.2, 0.78]]
    >>> spread_floor(np.tile([20.0] * 6 + [0], (1, 8)), 7, 7).tolist()  # closed on Sundays
    [[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0]]
    """
    return floor_at(values, np.array([values.shape[1]]), m, h)[:, 0]


def floor_at(
    values: np.ndarray, origins: np.ndarray, m: int, h: int, span: int | None = None, close: bool = True,
) -> np.ndarray:
    """:func:`spread_floor` from the history before each origin, its level the mean of the last ``span``
    periods (default one season, at least 4): ``(n, n_origins, h)``.

    One definition for the forecast's upper bounds and the spike alerts' expected counts
    (:mod:`mcu_nlp.trends.anomalies`, with a quarter's level and ``close=False``: one appeal after a quiet
    week, or on a weekday empty for 8 weeks by chance, is not impossible in a sparse series).

    >>> floor_at(np.array([[0.0] * 20 + [3, 4, 5, 6, 7]]), np.array([20, 25]), 7, 1).round(2).tolist()
    [[[0.0], [0.2]]]
    """
    n, k = values.shape[0], len(origins)
    span = np.minimum(max(int(m), 4) if span is None else int(span), origins)
    sums = prefix_sums(values)
    level = (sums[:, origins] - sums[:, origins - span]) / np.maximum(span, 1)  # (n, k)
    if m <= 1:
        return np.minimum(np.repeat(FLOOR * level[:, :, None], h, axis=2), FLOOR_CAP)
    back = origins[:, None] - 8 * m + np.arange(8 * m)[None, :]  # the last 8 seasons, (k, 8m)
    recent = values[:, np.maximum(back, 0)] * (back >= 0)  # before the first period: nothing
    position = back % m
    per_position = np.stack([(recent * (position == p)).sum(axis=2) for p in range(m)], axis=2)  # (n, k, m)
    share = m * (per_position + 1) / (per_position.sum(axis=2, keepdims=True) + m)
    if close:
        share[_closed(recent, per_position, origins >= 8 * m)] = 0.0
    targets = np.broadcast_to((origins[:, None] + np.arange(h)[None, :]) % m, (n, k, h))
    return np.minimum(FLOOR * level[:, :, None] * np.take_along_axis(share, targets, axis=2), FLOOR_CAP)


def _closed(recent: np.ndarray, per_position: np.ndarray, full: np.ndarray) -> np.ndarray:
    """``(n, k, m)``: season positions empty in every one of 8 full seasons, each of which had counts.

    A younger series (``full`` false: fewer than 8 seasons before the origin) has none: an empty weekday
    may be one that has not come yet.
    """
    n, k, m = per_position.shape
    busy = (recent.reshape(n, k, 8, m).sum(axis=3) > 0).all(axis=2)
    return (per_position == 0) & (busy & full[None, :])[:, :, None]


def nb_surprise(count: np.ndarray, mean: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """``-log10 P(Y >= count)``: 0 for an ordinary day, 2 for a 1-in-100 high, capped at 20.

    >>> nb_surprise(np.array([0.0, 30.0]), np.array([5.0, 5.0]), np.array([0.1, 0.1])).round(1).tolist()
    [0.0, 7.5]
    """
    return _log_tail(stats.nbinom.sf(count - 1, *_nb_params(mean, alpha)))


def nb_drop(count: np.ndarray, mean: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """``-log10 P(Y <= count)``: the surprise of a fall, as :func:`nb_surprise` of a rise (capped at 20).

    >>> nb_drop(np.array([0.0, 5.0]), np.array([60.0, 5.0]), np.array([0.05, 0.05])).round(1).tolist()
    [12.0, 0.2]
    """
    return _log_tail(stats.nbinom.cdf(count, *_nb_params(mean, alpha)))


def _nb_params(mean: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """scipy's ``(n, p)`` of the negative binomial of ``mean`` and dispersion ``alpha`` (both kept off 0)."""
    mean = np.maximum(np.nan_to_num(mean, nan=0.0), 1e-9)
    size = 1.0 / np.broadcast_to(np.maximum(alpha, 1e-8), mean.shape)
    return size, size / (size + mean)


def _log_tail(tail: np.ndarray) -> np.ndarray:
    """``-log10`` of tail probabilities, capped at 20 (a NaN tail is 1: no surprise)."""
    return np.clip(0.0 - np.log10(np.maximum(np.nan_to_num(tail, nan=1.0), 1e-20)), 0.0, 20.0)


VARIANCE_SCALES = (1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)


def covered(actual: np.ndarray, mean: np.ndarray, alpha: np.ndarray, level: float) -> np.ndarray:
    """Whether each count lies in the central ``level`` % negative-binomial interval (via the cdf).

    >>> covered(np.array([3.0, 12.0]), np.array([4.0, 4.0]), np.array([0.0, 0.0]), 80).tolist()
    [True, False]
    """
    low, high = _tail(level)
    mean = np.maximum(mean, 1e-9)
    size = 1.0 / np.maximum(alpha, 1e-8)
    prob = size / (size + mean)
    return (stats.nbinom.cdf(actual, size, prob) >= low) & (stats.nbinom.cdf(actual - 1, size, prob) < high)


def calibrate(
    actual: np.ndarray, mean: np.ndarray, alpha: np.ndarray, groups: np.ndarray, levels: tuple[int, ...],
    skip: np.ndarray,
) -> np.ndarray:
    """Widen ``alpha`` per group until the backtest counts are covered at the nominal levels.

    The moment estimate fits the average squared error, but errors of aggregates come in runs
    (a level shift misses every day of a window), so their intervals under-cover. Per group, the
    variance at each series' mean backtest level is multiplied by the smallest of
    :data:`VARIANCE_SCALES` whose pooled coverage reaches every nominal level on the backtests
    (a conformal check on a negative-binomial family); never narrowed, and ``skip`` groups
    (the sparse bottom level, where integer bounds over-cover anyway) are left as they are.
    """
    n = actual.shape[0]
    actual, mean = actual.reshape(n, -1), np.maximum(mean.reshape(n, -1), 0.0)
    typical = np.maximum(mean.mean(axis=1), 1e-9)
    out = alpha.copy()
    for group in np.unique(groups[~skip]):
        inside = (groups == group) & ~skip
        for scale in VARIANCE_SCALES:
            widened = scale * alpha[inside] + (scale - 1.0) / typical[inside]
            if all(covered(actual[inside], mean[inside], widened[:, None], level).mean() >= level / 100
                   for level in levels):
                break
        out[inside] = np.minimum(widened, MAX_ALPHA)
    return out
