"""Same-day spike alerts: each count against its one-step-ahead forecast from earlier days."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.trends import intervals, models
from mcu_nlp.trends.choice import blend, hedged, without_global
from mcu_nlp.trends.holidays import HOLIDAY
from mcu_nlp.trends.panel import to_panel
from mcu_nlp.trends.simple import prefix_sums

if TYPE_CHECKING:
    from mcu_nlp.trends.forecaster import TrendForecaster

CHUNK = 64  # origins scored at once: bounds memory to n_series x CHUNK x seasons floats
# seasons of history before a count is expected from its chosen forecast; before, from the mean so far
WARM_UP = 4
# seasons before the first scored period whose alerts are cut from the history the counts are expected from:
# the longest any simple candidate looks back (8 weeks), and the alerts' floor (a quarter)
CLEAN = 13
# the warm-up's weekday shape: read over this many seasons from a series' first count, each position's counts
# trimmed of their highest and lowest 1 in TRIM (a spike or a drop on it, weeks away, would move it), and each
# weekday shrunk to the flat week with a prior worth SHAPE_PRIOR appeals at the series' level
SHAPE_SEASONS, TRIM, SHAPE_PRIOR = 13, 5, 40.0
# a series under SPARSE appeals a period (over the last SPARSE_SEASONS seasons) is expected at its window mean
# (_sparse_mean), not its chosen forecast: that is chosen on absolute errors, whose best forecast of a count under one
# a period is its median, 0 or 1, not its mean (a Poisson count's median is 0 below a mean of ln 2). Seasonal naive, the
# choice of many sparse series in a large hierarchy, expected a series of 0.19 a day at 0 (floored to 0.01-0.06) on
# most days and at exactly 1.0 a week after each appeal; 5 appeals scored 10.0, above a heating failure's fourth day
# (a Кузбасс walkthrough, session 63, D7). The choice is left as it is for the forecasts, which it suits
SPARSE, SPARSE_SEASONS = 1.0, 8


def _joined(forecaster: TrendForecaster, counts: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, pd.DatetimeIndex]:
    """Fitted history and new counts on one grid; new rows win where both have a day."""
    old, new = forecaster.panel_, to_panel(counts[["unique_id", "ds", "y"]])
    step = old.dates[1] - old.dates[0] if len(old.dates) > 1 else pd.Timedelta(days=1)
    start, stop = min(old.dates[0], new.dates[0]), max(old.dates[-1], new.dates[-1])
    dates = pd.date_range(start, stop, freq=step)
    # counts off the fitted grid (daily against weekly, weeks starting another weekday) would land in
    # the wrong column and be scored against the wrong day
    off = any((dates.get_indexer(panel.dates) < 0).any() for panel in (old, new))
    if off:
        grid = f"{'daily' if old.freq == 'D' else 'weekly'} from {old.dates[0].date()}"
        raise InputError(expected(f"dates on the grid of the fitted counts ({grid})", Shown("dates off that grid"),
                                  "count them the way the fitted counts were counted"))
    if len(new.dates) > 1 and new.freq != old.freq:  # on a daily grid, but read as weekly: weekly sums?
        raise InputError(expected("daily counts, as the fitted counts are", Shown("dates a week or more apart"),
                                  "pass daily counts (with the days between), not weekly sums"))
    ids = np.union1d(old.ids, new.ids)
    values = np.zeros((len(ids), len(dates)))
    for panel in (old, new):
        rows, cols = np.searchsorted(ids, panel.ids), dates.get_indexer(panel.dates)
        values[np.ix_(rows, cols)] = panel.values
    return ids, values, dates


def _per_series(forecaster: TrendForecaster, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each series' choice, dispersion and whether its forecast is hedged (as in ``TrendForecaster._pick``)."""
    known = pd.Index(forecaster.panel_.ids).get_indexer(ids)
    choice = np.where(known >= 0, forecaster.choice_[known], "season_mean4")
    alpha = np.where(known >= 0, forecaster.alpha_[known], float(np.median(forecaster.alpha_)))
    hedge = (known >= 0) & forecaster._hedged()[np.maximum(known, 0)]
    if forecaster.model_ is None:
        return without_global(choice.astype(object), "season_mean4"), alpha, hedge
    return choice.astype(object), alpha, hedge


def _expected(forecaster: TrendForecaster, values: np.ndarray, cols: np.ndarray, choice: np.ndarray,
              calendar: np.ndarray, first: np.ndarray, hedge: np.ndarray) -> np.ndarray:
    """One-step-ahead expected counts at ``cols`` from the days before each (but for the warm-up's weekday factor,
    :func:`_history_shape`): ``(n, len(cols))``; ``first`` is each series' first count (:func:`models.first_count`),
    where its history begins."""
    m, out = forecaster.season_length_, np.zeros((len(values), len(cols)))
    shape = _history_shape(values, first, m)
    for part in np.array_split(np.arange(len(cols)), max(1, -(-len(cols) // CHUNK))):
        chunk = cols[part]
        base = models.candidates(values, chunk, 1, m, calendar, forecaster.model_)
        forecast = hedged(blend(base, choice, (len(values), len(chunk), 1)), base, hedge)[:, :, 0]
        level, mean = _sparse_mean(values, chunk, first, m)  # under SPARSE a period: its window's mean, not a median
        forecast = np.where(level < SPARSE, mean, forecast)
        # in a series' first WARM_UP seasons a weekday's mean is one to three counts: the level since its first count
        # instead (the second week's weekdays empty the week before were expected 0.1, and 3 appeals among 1.3 a day
        # alerted), on the series' weekday shape read from its first quarter, later days included (a flat level
        # expected ordinary Sundays of 20 at 37 and flagged them as drops: walkthrough s57, A7). Counted from the
        # series' own first count, not the panel's first day: the candidates read months of zero-filled days before
        # it (a series starting late in a panel at 1.3 a day was expected 0.05-0.1 for weeks)
        young = chunk[None, :] < first[:, None] + WARM_UP * m
        if young.any():
            forecast = np.where(young, _shaped_level(values, chunk, first, m, shape, calendar), forecast)
        # a zero forecast (that weekday empty for 4 weeks) would make one appeal look impossible: the least
        # mean of the forecast's upper bounds (FLOOR times the level on the weekday's share, at most one appeal),
        # but its level over the last quarter, not the last week (a lone appeal after a quiet week scored 9), and
        # no weekday closed (a sparse series' weekday empty for 8 weeks by chance: 2 appeals scored 18-20 on SPb)
        floor = intervals.floor_at(values, chunk, m, 1, span=13 * m, close=False)[:, :, 0]
        out[:, part] = np.maximum(np.maximum(forecast, floor), _unseen_rate(chunk, m)[None, :])
    return out


def _sparse_mean(values: np.ndarray, cols: np.ndarray, first: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Each series' level over the ``SPARSE_SEASONS`` seasons before each of ``cols`` (from its ``first`` count on),
    and its expected count there: the larger of that level and the level of the 4 seasons before the last one (a rise
    is followed within weeks, a fall waits for the whole window: fewer false alerts; the last season left out, a
    surge's first days do not raise the expectation of its later ones), times the weekday's factor of the window,
    shrunk to the flat week (:func:`_weekday_shape`). A mean, not a median. Both ``(n, len(cols))``.

    >>> week = np.tile([1.0, 0, 0, 0, 0, 0, 0], 10)  # one appeal every Monday; then a Tuesday appeal in weeks 6-7
    >>> week[[43, 50]] = 1
    >>> [x.round(3).tolist() for x in _sparse_mean(week[None, :], np.array([63, 64]), np.array([0]), 7)]
    [[[0.179, 0.179]], [[0.248, 0.217]]]
    """
    span, at = SPARSE_SEASONS * m, cols[None, :]
    lo = max(int(cols.min(initial=span)) - span, 0)  # running sums over the windows' days only, not the history
    sums = prefix_sums(values[:, lo:int(cols.max(initial=0))])
    start = np.minimum(np.maximum(at - span, first[:, None]), at)  # not the zeros before a series began
    window, days = _window_sum(sums, start, at, lo), at - start
    level = window / np.maximum(days, 1)
    late_start = np.minimum(np.maximum(at - (SPARSE_SEASONS // 2 + 1) * m, first[:, None]), at)
    late_stop = np.maximum(at - m, late_start)
    late = _window_sum(sums, late_start, late_stop, lo) / np.maximum(late_stop - late_start, 1)
    own = cols[:, None] - span + np.arange(0, span, m)[None, :]  # (k, seasons): the col's weekday, oldest first
    seen = own[None, :, :] >= first[:, None, None]
    own_total = np.where(seen, values[:, np.maximum(own, 0)], 0.0).sum(axis=2)
    own_count = seen.sum(axis=2).astype(float)
    # the col's weekday against the window's other days: _weekday_shape's factor of position 0 and its mean, level
    total, count = np.stack([own_total, window - own_total], axis=2), np.stack([own_count, days - own_count], axis=2)
    return level, np.maximum(level, late) * _weekday_shape(total, count)[:, :, 0]


def _window_sum(sums: np.ndarray, start: np.ndarray, stop: np.ndarray, lo: int) -> np.ndarray:
    """Each series' sum of its days ``start`` to ``stop - 1`` (``(n, k)`` each), from running sums of the days from
    ``lo`` on (:func:`~mcu_nlp.trends.simple.prefix_sums`)."""
    rows = np.arange(len(sums))[:, None]
    return sums[rows, stop - lo] - sums[rows, start - lo]


def _unseen_rate(cols: np.ndarray, m: int) -> np.ndarray:
    """The least count a period expected at ``cols``: Jeffreys' posterior mean of a Poisson rate, 0.5 / n, after n
    empty periods (those before ``cols``, at most the floor's quarter, ``13 * m``). An empty history says the rate
    is low, not 0: expected 0, a sparse series' very first count (3 appeals of a topic in a town after 9 empty days)
    was impossible and scored the cap, 20, above a tenfold spike of a busy series (walkthrough s47, D12).

    >>> _unseen_rate(np.array([0, 9, 200]), 7).round(4).tolist()
    [0.5, 0.0556, 0.0055]
    """
    return 0.5 / np.clip(cols, 1, 13 * m)


def _shaped_level(values: np.ndarray, cols: np.ndarray, first: np.ndarray, m: int, shape: np.ndarray,
                  calendar: np.ndarray | None = None) -> np.ndarray:
    """:func:`_level_since` of the counts over their day's factor (:func:`_day_factors`: the weekday's in ``shape``,
    ``(n, m)`` by ``column % m``, a holiday's that of a day off), times the factor at ``cols``: a first week that began
    on busy weekdays does not read as a higher level, and a holiday is expected as a day off.

    >>> v, shape = np.array([[12.0] * 5 + [5.0] * 2] * 3).reshape(1, -1), np.array([[1.2] * 5 + [0.5] * 2])
    >>> _shaped_level(v, np.array([2, 7, 13, 20]), np.array([0]), 7, shape).round(1).tolist()  # flat: 3.4, 10, 10, 10
    [[3.4, 12.0, 5.0, 5.0]]
    """
    steps = values.shape[1]
    factors = _day_factors(shape, calendar, max(steps, int(cols.max(initial=-1)) + 1), m)
    return _level_since(values / factors[:, :steps], cols, first, m) * factors[:, cols]


def _day_factors(shape: np.ndarray, calendar: np.ndarray | None, steps: int, m: int) -> np.ndarray:
    """Each series' factor on each of ``steps`` days: its weekday's in ``shape``, and on a public holiday of
    ``calendar`` (daily counts) the mean of its weekend days': ``(n, steps)``. A history begun weeks before the New
    Year holidays had no holiday to learn from, and its holidays were expected as weekdays: 11 of 12 flagged as drops
    (a Ставропольский край walkthrough, session 61, D5); a holiday is a day off, as the forecasts' prior says
    (:mod:`mcu_nlp.trends.holidays`).

    >>> cal = np.zeros((9, 4)); cal[:, 0] = np.arange(9) % 7; cal[8, 1] = 1  # day 8, a Tuesday, is a holiday
    >>> _day_factors(np.array([[1.2] * 5 + [0.5] * 2]), cal, 9, 7).tolist()
    [[1.2, 1.2, 1.2, 1.2, 1.2, 0.5, 0.5, 1.2, 0.5]]
    """
    factors = shape[:, np.arange(steps) % m]
    if calendar is None or m != 7 or len(calendar) < max(steps, m):
        return factors
    weekend = calendar[:m, 0] >= 5  # the weekdays of the season's positions (weekly counts: none)
    holiday = calendar[:steps, HOLIDAY] > 0
    if not weekend.any() or not holiday.any():
        return factors
    return np.where(holiday[None, :], shape[:, weekend].mean(axis=1, keepdims=True), factors)


def _history_shape(values: np.ndarray, first: np.ndarray, m: int) -> np.ndarray:
    """Each series' weekday factors (:func:`_weekday_shape`, ``(n, m)`` by ``column % m``) over the ``SHAPE_SEASONS``
    seasons from its ``first`` count, later days included: a detector over a past period may judge its first weeks
    by the weeks after them, and one or two weeks of days before a count cannot tell a shape from chance (read so,
    with a prior of 10, synthetic flat series of 1.5-40 a day had 16 ordinary days of 640 flagged in their days 7-20,
    5 before). Each position's counts lose their highest and lowest ``1 / TRIM`` (2 of 10-13 weeks): untrimmed, a
    spike weeks later raised its weekday's factor in the warm-up, and St Petersburg's spike recall in its first 10
    weeks fell from 0.88 to 0.82 (0.878 trimmed). The first weeks' flags of a series younger than
    ``SHAPE_SEASONS`` can change as days come.

    >>> week = np.array([4.0, 4, 4, 4, 4, 1, 1])
    >>> spiked = np.tile(week, 10)
    >>> spiked[[0, 7]] = 40  # two Mondays of 40 are trimmed
    >>> _history_shape(np.stack([np.tile(week, 10) * 10, spiked]), np.zeros(2, dtype=int), 7).round(2).tolist()
    [[1.23, 1.23, 1.23, 1.23, 1.23, 0.44, 0.44], [1.09, 1.09, 1.09, 1.09, 1.09, 0.78, 0.78]]
    """
    n, steps = values.shape
    days = np.arange(steps + -steps % m)
    # not the days padding the panel to whole seasons: zeros no one counted (a 17-day flat series of 40 read its
    # Tuesdays..Sundays at 0.875 and expected 34-48; review s57)
    seen = (days[None, :] >= first[:, None]) & (days[None, :] < np.minimum(first + SHAPE_SEASONS * m, steps)[:, None])
    y = np.where(seen, np.pad(values, ((0, 0), (0, len(days) - steps))), np.nan)
    weeks = np.sort(y.reshape(n, -1, m), axis=1)  # each position's counts in order down axis 1, the unseen last
    count = seen.reshape(n, -1, m).sum(axis=1, keepdims=True)
    rank, cut = np.arange(weeks.shape[1])[None, :, None], count // TRIM
    kept = (rank >= cut) & (rank < count - cut)
    return _weekday_shape(np.where(kept, weeks, 0.0).sum(axis=1), kept.sum(axis=1).astype(float))


def _weekday_shape(total: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Each season position's factor from its ``total`` count over ``count`` periods (last axis the positions).

    Its count over those expected at the mean on its periods, both plus ``SHAPE_PRIOR``: the posterior mean of a
    Poisson rate's factor under a Gamma prior at 1. A busy series gets its own shape (13 weeks of about 37 a day:
    some 330 appeals expected on each weekday against a prior of 40); a sparse one stays near the flat week, as its
    few appeals cannot tell a shape from chance (below, one week of 40 a weekday and 20 a weekend day, and one of 1
    a weekday and none at the weekend).

    >>> _weekday_shape(np.array([[40.0] * 5 + [20, 20], [1.0] * 5 + [0, 0]]), np.ones((2, 7))).round(2).tolist()
    [[1.08, 1.08, 1.08, 1.08, 1.08, 0.81, 0.81], [1.01, 1.01, 1.01, 1.01, 1.01, 0.98, 0.98]]
    """
    mean = total.sum(axis=-1, keepdims=True) / np.maximum(count.sum(axis=-1, keepdims=True), 1)
    return (total + SHAPE_PRIOR) / (count * mean + SHAPE_PRIOR)


def _level_since(values: np.ndarray, cols: np.ndarray, first: np.ndarray, m: int) -> np.ndarray:
    """Counts a period from each series' ``first`` count to each of ``cols``, over at least ``m`` periods (0 before
    the first count): ``(n, len(cols))``.

    At least a season: the empty days of the season before a first count were observed too, so a new problem's
    first days stay surprising (20 empty days, then 3, 4, 5, 6, 7: each an alert), while from its second season on
    a series is expected at its own level, not at months of zeros. ``first`` comes from the counts as they are: in
    the winsorised history a first count that alerted is cut to its bound (0 after empty days).

    >>> _level_since(np.array([[0.0, 0, 0, 3, 4, 5, 1]]), np.array([3, 4, 5, 7]), np.array([3]), 3).round(2).tolist()
    [[0.0, 1.0, 2.33, 3.25]]
    """
    sums = prefix_sums(values)
    start = np.minimum(first, values.shape[1])[:, None]
    periods = cols[None, :] - start
    total = sums[:, cols] - np.take_along_axis(sums, start, axis=1)
    return np.where(periods > 0, total / np.maximum(periods, m), 0.0)


def _cleaned(forecaster: TrendForecaster, values: np.ndarray, cols: np.ndarray, alpha: np.ndarray,
             upper_q: float, expect: Callable[[np.ndarray, np.ndarray], np.ndarray]) -> np.ndarray:
    """``values`` with each alert of the ``CLEAN`` seasons before ``cols`` cut to its upper bound (winsorised:
    a spike then weighs in later means as the highest ordinary count, not as itself)."""
    m = forecaster.season_length_
    past = np.arange(max(m, int(cols.min()) - CLEAN * m), int(cols.max()))
    if not past.size:
        return values
    mean = expect(values, past)
    upper = intervals.nb_quantile(mean, alpha[:, None], upper_q)
    y = values[:, past]
    spike = (y > upper) & (y >= forecaster.min_alert)
    out = values.copy()
    out[:, past] = np.where(spike, upper, y)
    return out


def score_rows(forecaster: TrendForecaster, counts: pd.DataFrame, drops: bool = False) -> pd.DataFrame:
    """``unique_id, ds, y, expected, score, is_anomaly`` for every row of validated ``counts``; with ``drops``,
    counts below the lower bound are alerts too, scored by their lower tail.

    Rows with less than one season of earlier history are never flagged (score 0), nor are counts
    below ``min_alert`` (one appeal in a series that gets one a month is rare, but not an alert); such a count scores
    at most the alert level, below every alert (:func:`_ranked`).
    Counts are expected from a history whose alerts (of the last ``CLEAN`` seasons, found in a first pass)
    are cut to their upper bound: a spike neither raises the next days' expectations nor hides a second one.
    In a series' first ``WARM_UP`` seasons the weekday factor of its expectation is read from its first quarter,
    later days included (:func:`_history_shape`): the one part of ``expected`` that reads days after ``ds``.
    """
    ids, values, dates = _joined(forecaster, counts)
    choice, alpha, hedge = _per_series(forecaster, ids)
    m = forecaster.season_length_
    rows = np.searchsorted(ids, counts["unique_id"].to_numpy(dtype=str))
    cols = dates.get_indexer(pd.DatetimeIndex(counts["ds"]))
    calendar = forecaster._calendar_for(dates, len(dates) + 1)
    upper_q = 1 - (1 - max(forecaster.levels) / 100) / 2

    first = models.first_count(values)  # each series' warm-up runs from its own first count

    def expect(history: np.ndarray, at: np.ndarray) -> np.ndarray:
        return _expected(forecaster, history, at, choice, calendar, first, hedge)

    wanted = np.unique(cols)
    clean = _cleaned(forecaster, values, wanted, alpha, upper_q, expect)
    table = np.zeros((len(ids), len(dates)))
    table[:, wanted] = expect(clean, wanted)
    mean, y = table[rows, cols], values[rows, cols]
    upper = intervals.nb_quantile(mean, alpha[rows], upper_q)
    early = cols < m
    alert = (y > upper) & (y >= forecaster.min_alert) & ~early
    surprise = intervals.nb_surprise(y, mean, alpha[rows])
    if drops:
        fall = (y < intervals.nb_quantile(mean, alpha[rows], 1 - upper_q)) & ~early
        surprise = np.where(y < mean, intervals.nb_drop(y, mean, alpha[rows]), surprise)
        alert |= fall
    return pd.DataFrame({
        "unique_id": counts["unique_id"].to_numpy(), "ds": counts["ds"].to_numpy(), "y": y.astype(np.int64),
        "expected": mean, "score": np.where(early, 0.0, _ranked(surprise, alert, upper_q)),
        "is_anomaly": alert,
    })


def _ranked(surprise: np.ndarray, alert: np.ndarray, upper_q: float) -> np.ndarray:
    """``surprise`` (``-log10 P(Y >= y)``) with the alerts at or above the alert level ``-log10(1 - upper_q)`` and
    every other count at or below it, so that sorting by score never puts a count that is no alert above one that is.

    A count above the upper bound is at or above that level by the bound's definition, one within it below; only
    a count above the bound but below ``min_alert`` crossed it: one appeal where 0.003 were expected scored 2.6,
    above 4 appeals alerting where 0.5 were (2.0). It now scores the level, the most a count that is no alert can
    say. The clips on the other sides only absorb rounding between the quantile and the tail probability.

    >>> _ranked(np.array([2.6, 2.0, 0.5, 1.5]), np.array([False, True, False, True]), 0.975).round(2).tolist()
    [1.6, 2.0, 0.5, 1.6]
    """
    level = -np.log10(1 - upper_q)
    return np.where(alert, np.maximum(surprise, level), np.minimum(surprise, level))
