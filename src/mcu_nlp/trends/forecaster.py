"""TrendForecaster: many count series at once, per-series model choice, NB intervals, reconciliation."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from mcu_nlp.errors import InputError, McuNlpWarning, Shown, expected, outside_level, whole_number
from mcu_nlp.trends import intervals, models, reconcile
from mcu_nlp.trends.calendar import CalendarLike
from mcu_nlp.trends.choice import fallback, without_global
from mcu_nlp.trends.counts import check_counts
from mcu_nlp.trends.in_sample import FINAL_ROWS, InSampleBacktests
from mcu_nlp.trends.panel import season_for, to_panel

# the start of fit's warning that periods without a row count as 0 (a filter for callers that said it already)
ZERO_FILLED = r"\d+ (days|weeks) without a row in "


def whole_percentages(levels: Any) -> bool:
    """``levels`` are interval levels the forecaster takes: a sequence of whole percentages between 0 and 100 (the
    interval columns are named lo_<L>, hi_<L>); ``mcu-nlp forecast --levels`` checks them before reading its file.

    >>> whole_percentages((80, 95)), whole_percentages([80, 100]), whole_percentages((80.0,)), whole_percentages(95)
    (True, False, False, False)
    """
    values = list(levels) if np.ndim(levels) == 1 else []
    whole = values and all(isinstance(v, int | np.integer) and not isinstance(v, bool) for v in values)
    return bool(whole and all(0 < level < 100 for level in values))


class TrendForecaster(InSampleBacktests, BaseEstimator):
    """Forecast counts of appeals per series, with honest intervals and same-day spike alerts.

    Candidates per series: seasonal naive, same-weekday means of the last 4 / 8 weeks, a flat
    4-week mean, the last week's level, a damped trend, exponential smoothing of the weekly level
    (:mod:`mcu_nlp.trends.smoothing`), a daily level whose smoothing constant is fitted per series
    (``daily``, :mod:`mcu_nlp.trends.daily_level`), a global Poisson gradient-boosting model on calendar
    (weekday, holidays, moved working days) and lag features, and blends of the last kinds. The
    candidates read public holidays and moved working days of ``calendar`` as no ordinary days (replaced by
    their weekday's mean of the 4 weeks before), and the simple ones forecast a holiday as the series' level
    times its holiday factor from past holidays (:mod:`mcu_nlp.trends.holidays`; the global model has its
    own holiday features); the global model learns only from a series' days 4 weeks after its first count
    (the zero-filled days before are no observations). Each
    series averages the ``combine`` candidates with the lowest scaled error on ``n_windows``
    in-sample rolling backtests, recent windows weighing more (``choice.RECENCY``); half its own error,
    half its group's: bottom series of a similar volume (``choice.VOLUME_CLASSES``), all aggregates
    together above them; a level's sparse bottom series (under ``choice.SPARSE_DAY`` a day) all take one window mean
    of ``choice.LINEAR``, scaled to the total's chosen forecast (its sum over the horizon over the total's window
    mean's), where their choice fell short of their counts on the backtests by more than ``choice.SPARSE_LOSS`` of
    the level's counts (chosen on absolute errors, such series are forecast near 0, and summed lose their parents'
    volume): the one whose scaled sum best forecast their summed counts on the backtests, if its volume there is
    nearer them (:func:`choice.unbiased_sparse`, :func:`choice.to_parent`); an aggregate averages the aggregates'
    best ``choice.AGGREGATE_COMBINE`` (3, or ``combine`` if more) unless its own backtests favour another by
    more than ``choice.MARGIN``; with ``daily`` among the candidates, an
    aggregate's forecast is the mean of its choice and the daily level (``choice.HEDGE``); with a full year of daily
    history before it, times its yearly factor (:mod:`mcu_nlp.trends.yearly`: how the same weeks moved in past
    years). Then the
    hierarchy is reconciled (``reconcile``; default the mean of top-down by forecast proportions and
    bottom-up) and negative-binomial
    intervals use dispersions estimated on the same backtests, widened per aggregate level until they
    cover those backtests. An upper bound is drawn for a mean of at least ``intervals.FLOOR`` times the
    last season's level on that weekday's share, at most one a period (``intervals.spread_floor``): after days
    with appeals, no day is forecast as zero for certain, unless its weekday was empty for 8 busy weeks.

    ``season_length`` is the number of periods in a season; ``None`` (default) takes it from the
    counts at ``fit`` (``season_length_``): 7 for daily counts, 1 for weekly ones (``panel.SEASONS``).
    A 7-period season on weekly counts (7 weeks) is taken as given, with a warning.

    Daily or weekly counts only: dates of months (each a month's first or last day), quarters, years or a steady
    step of 2 weeks or more are refused (:func:`mcu_nlp.trends.panel.infer_freq`), not read as periods with empty
    ones between.

    Fallbacks: missing days are zero counts; a history too short for backtests (``horizon`` plus a season:
    ``no_backtests_``), and a series whose
    first count came within ``horizon`` periods of the end in a group of such series only (its
    backtests and its group's all forecast it from zeros: ``unranked_``), forecast their mean a
    period since the first count, flat (:func:`models.since_first`; a first count of at most 2 after empty
    periods left out; in a history too short for backtests only where the rate after it makes the empty periods
    before it unlikely, else a rare series' mean over the whole history: its first count is no start), their upper
    bounds drawn for that level with the first count in; without backtests the
    dispersion is the Poisson-like one of the level; all-zero series forecast 0.

    >>> import mcu_nlp
    >>> days = pd.date_range("2024-01-01", periods=120)
    >>> y = np.random.default_rng(0).poisson(5 + 3 * (days.day_of_week < 5))
    >>> counts = pd.DataFrame({"unique_id": "a", "ds": days, "y": y})
    >>> fc = TrendForecaster().fit(counts)
    >>> list(fc.predict(h=14).columns)
    ['unique_id', 'ds', 'mean', 'lo_80', 'hi_80', 'lo_95', 'hi_95']
    """

    def __init__(
        self,
        season_length: int | None = None,
        levels: Sequence[int] = (80, 95),
        horizon: int = 14,
        n_windows: int = 4,
        reconcile: str = "combined",
        candidates: Sequence[str] = models.CANDIDATES,
        calendar: CalendarLike = None,
        combine: int = 1,
        min_alert: int = 3,
        max_train_origins: int = 26,
        random_state: int = 0,
    ) -> None:
        self.season_length = season_length
        self.levels = levels
        self.horizon = horizon
        self.n_windows = n_windows
        self.reconcile = reconcile
        self.candidates = candidates
        self.calendar = calendar
        self.combine = combine
        self.min_alert = min_alert
        self.max_train_origins = max_train_origins
        self.random_state = random_state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # pickled before season_length_ existed (06b30cf): such a fit always used season_length, 7 by default
        if "panel_" in state and "season_length_" not in state:
            state["season_length_"] = int(state.get("season_length") or 7)
        if "panel_" in state and "unranked_" not in state:  # fitted before it: forecast as then
            state["unranked_"] = np.zeros(len(state["panel_"].ids), dtype=bool)
        if "panel_" in state and "to_parent_" not in state:  # fitted before it: no sparse series scaled
            state["to_parent_"] = np.zeros(len(state["panel_"].ids), dtype=bool)
        if "panel_" in state and "no_backtests_" not in state:  # fitted before it: a rare series' first count left out
            state["no_backtests_"] = False
        super().__setstate__(state)

    def fit(self, counts: pd.DataFrame) -> TrendForecaster:
        """Learn from long-format counts ``unique_id, ds, y`` (plus hierarchy columns, if any)."""
        self._check_params()
        counts = check_counts(counts)
        panel = to_panel(counts)
        if panel.values.size > len(counts):  # said, as the CLI's forecast says it (check_counts refused duplicates)
            missing = len(panel.dates) - counts["unique_id"].value_counts(sort=False)
            warnings.warn(f"{int(missing.sum())} {'days' if panel.freq == 'D' else 'weeks'} without a row in "
                          f"{int((missing > 0).sum())} of {len(missing)} series count as 0 (gaps and ragged ends); "
                          "give those periods' counts (count_series gives them, zero-filled) if they are not 0",
                          McuNlpWarning, stacklevel=outside_level())
        self.panel_ = panel
        self._calendar_rows = None  # the new panel's (InSampleBacktests._calendar)
        self.season_length_ = season_for(panel.freq, self.season_length)
        values, m, h = panel.values, self.season_length_, int(self.horizon)
        steps = values.shape[1]
        origins = np.array([steps - h - m * j for j in range(2 * int(self.n_windows))])
        origins = origins[origins >= m]
        recent, older = origins[: int(self.n_windows)], origins[int(self.n_windows):]
        held = self._backtest_model(values, origins)  # one for every window, else (a short history) for the recent
        base, actual = self._held_out(values, recent, self._backtest_model(values, recent) if held is None else held)
        self.choice_ = self._choose(base, actual, values)
        chosen = self._pick(base, actual.shape, values, recent) if recent.size else actual
        if older.size:  # older windows too for the dispersion: more, and more varied, residuals
            base_old, actual_old = self._held_out(values, older, held, chosen=True)
            chosen = np.concatenate([chosen, self._pick(base_old, actual_old.shape, values, older)], axis=1)
            actual = np.concatenate([actual, actual_old], axis=1)
        residuals = (actual - chosen).reshape(len(panel.ids), -1)
        depth = np.array([0 if lv == "total" else str(lv).count("/") + 1 for lv in panel.levels])
        self.reconciler_ = reconcile.plan(
            self.reconcile, panel.summing, panel.bottom, depth, values[:, -8 * m:].sum(axis=1),
            residuals if residuals.shape[1] > 1 else None,
        )
        reconciled = reconcile.apply(self.reconciler_, chosen)
        self.alpha_ = self._dispersion(actual, reconciled, values)
        if actual.shape[1]:
            self.alpha_ = intervals.calibrate(
                actual, reconciled, self.alpha_, panel.levels, tuple(self.levels), panel.bottom
            )
        self.alpha_ = self._young_dispersion(values, self.alpha_, backtested=actual.shape[1] > 0)
        self.model_ = self._fit_model(values, steps - h, FINAL_ROWS)
        if self.model_ is None:  # the final model can be missing where the held-out one was not
            self.choice_ = without_global(self.choice_, fallback(self.candidates))
        return self

    def predict(self, h: int | None = None) -> pd.DataFrame:
        """Forecasts for the ``h`` periods after the history: ``unique_id, ds, mean, lo_*, hi_*``."""
        check_is_fitted(self, "choice_")
        h = whole_number(self.horizon if h is None else h, "h")  # "x" or 2.7 were a ValueError / cut to 2
        panel, steps = self.panel_, self.panel_.values.shape[1]
        mean = self._forecast(panel.values, np.array([steps]), h)[:, 0, :]
        floor = intervals.spread_floor(panel.values, self.season_length_, h)
        if self.unranked_.any():  # a new series' bounds hold the level it came in at, first count and all, flat
            level = models.since_first(panel.values, np.array([steps]), h, self.season_length_, whole=True)[:, 0]
            floor = np.where(self.unranked_[:, None], level, floor)
        bounds = intervals.nb_bounds(mean, self.alpha_[:, None], tuple(self.levels), floor)
        step = pd.Timedelta(days=1 if panel.freq == "D" else 7)
        future = pd.date_range(panel.dates[-1], periods=h + 1, freq=step)[1:]
        out = pd.DataFrame({
            "unique_id": np.repeat(panel.ids, h), "ds": np.tile(future, len(panel.ids)),
            "mean": mean.ravel(),
        })
        for name, bound in bounds.items():
            out[name] = bound.ravel()
        return out

    def detect_anomalies(self, counts: pd.DataFrame, drops: bool = False) -> pd.DataFrame:
        """Score every row of ``counts`` against its one-step-ahead forecast from the past.

        ``drops=True`` flags falls too: a count below the lower bound of the widest interval (no appeals on a day
        where 60 are usual: the portal or an export down), scored ``-log10 P(Y <= y)``; a series expected at under
        a few a day cannot fall below its bound, so quiet days of sparse series are never flagged.

        ``expected`` uses only days before ``ds`` (fitted history joined with ``counts``), so a
        spike is flagged on its own day; ``is_anomaly`` means ``y`` is above the upper bound of
        the widest interval and at least ``min_alert``; ``score`` is ``-log10 P(Y >= y)``, except that a count
        below ``min_alert`` scores at most ``-log10`` of the widest interval's upper tail (the alerts' least score),
        so no row that is not an alert ranks above one that is.
        Series unseen in ``fit`` get the median dispersion and the same-weekday mean. A series under one count a
        period over the last 8 seasons is expected at that level (the 4 seasons' before the last where higher), not
        at its chosen forecast: chosen on absolute errors, that is a median (0, or last week's 1), not a mean. The
        first season of the history is never flagged, and until 4 seasons after a series' first count a count is
        expected at its level since that count (read over a season at least), not its weekday's mean of a few days,
        times its weekday's factor. That factor is the one thing read from later days too: the series' weekly shape
        over its first 13 seasons, each weekday's highest and lowest counts trimmed and shrunk to the flat week for
        a sparse series, since a week or two cannot tell a shape from chance (a flat level flagged ordinary Sundays
        as drops). So a young series' first weeks can be judged anew as its later weeks come. Earlier alerts (of the
        13 seasons before) count as their upper bound in the expectations.
        """
        check_is_fitted(self, "choice_")
        from mcu_nlp.trends.anomalies import score_rows

        return score_rows(self, check_counts(counts), drops=bool(drops))

    def plot(self, counts: pd.DataFrame | None = None, **kwargs: Any) -> Any:
        """Draw history, forecast, intervals and flagged anomalies; see :func:`mcu_nlp.trends.plot.plot`."""
        check_is_fitted(self, "choice_")
        from mcu_nlp.trends.plot import plot

        return plot(self, counts, **kwargs)

    # --- internals -------------------------------------------------------------------------

    def _check_params(self) -> None:
        names = ("horizon", "n_windows", "combine", "max_train_origins")
        for name in names if self.season_length is None else ("season_length", *names):
            whole_number(getattr(self, name), name)
        whole_number(self.min_alert, "min_alert", at_least=0)
        if not whole_percentages(self.levels):
            got = Shown(f"levels={self.levels!r}")
            raise InputError(expected("whole percentages between 0 and 100 in levels, e.g. (80, 95)", got))
        unknown = set(self.candidates) - set(models.CANDIDATES)
        if unknown or not self.candidates:
            raise InputError(expected(f"candidates from {models.CANDIDATES}", self.candidates))
        if self.reconcile not in reconcile.METHODS:
            raise InputError(expected(f"reconcile in {reconcile.METHODS}", self.reconcile))

    def _young_dispersion(self, values: np.ndarray, alpha: np.ndarray, backtested: bool) -> np.ndarray:
        # backtests that forecast a series from zeros say nothing of its spread (alpha hit MAX_ALPHA: hi_95 of
        # 10 after a single appeal). Its level is read from the S appeals of n periods since its first count: a
        # gamma posterior of the rate gives alpha 1 / S, but n periods cannot show a day-to-day spread (a burst's
        # days are no independent draws), so at least 1 / n: after one day of 50, anything from a few to ~180
        since = values.shape[1] - models.first_count(values)
        young = np.minimum(1.0 / np.maximum(np.minimum(values.sum(axis=1), since), 1.0), intervals.MAX_ALPHA)
        return np.where(self.unranked_, np.maximum(young, 0.0 if backtested else alpha), alpha)

    def _dispersion(self, actual: np.ndarray, mean: np.ndarray, values: np.ndarray) -> np.ndarray:
        if actual.shape[1] == 0:  # no backtest: moments of the history around its mean
            history = values[:, -28:]
            mean = np.repeat(history.mean(axis=1, keepdims=True), history.shape[1], axis=1)
            actual = history
        return intervals.dispersion(actual, mean, self.panel_.levels)
