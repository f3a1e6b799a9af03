"""The fit's in-sample rolling backtests: candidate forecasts at past origins, the global model they are made with,
and the choice per series they decide (the rules of that choice are in :mod:`mcu_nlp.trends.choice`).

A mixin of :class:`~mcu_nlp.trends.TrendForecaster`: it reads the fitted panel, season and settings.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from mcu_nlp.trends import models, reconcile
from mcu_nlp.trends.calendar import calendar_features
from mcu_nlp.trends.choice import (
    AGGREGATE_COMBINE,
    HEDGE,
    MARGIN,
    SPARSE_DAY,
    backtest_errors,
    blend,
    fallback,
    group_means,
    hedged,
    naive_scale,
    shrunk_choice,
    to_parent,
    unbiased_sparse,
    unranked,
    volume_class,
    without_global,
)
from mcu_nlp.trends.holidays import ordinary
from mcu_nlp.trends.yearly import BEFORE, YEAR, yearly_factor

# training rows sampled for the global model: the forecast's, and the backtests' (one for all windows: a second
# gradient-boosting fit for the older, dispersion-only windows cost 0.2-0.5 s of 2.1-2.4 s CPU on 1,000 series)
FINAL_ROWS, HELD_OUT_ROWS = 40_000, 40_000


class InSampleBacktests:
    """Backtests, the global model and the per-series choice of :class:`~mcu_nlp.trends.TrendForecaster`."""

    panel_: Any
    season_length_: int
    horizon: int
    candidates: Any
    calendar: Any
    combine: int
    max_train_origins: int
    random_state: int

    def _calendar(self, steps: int) -> np.ndarray:
        """The calendar rows of the fitted panel's first ``steps`` periods (and on past its end): read once, the
        longest asked, and sliced after (a period's row reads only its own dates; ``fit`` asks 5 times)."""
        rows = getattr(self, "_calendar_rows", None)
        if rows is None or len(rows) < steps:
            rows = self._calendar_for(self.panel_.dates, steps)
            rows.setflags(write=False)
            self._calendar_rows = rows
        return rows[:steps]

    def _calendar_for(self, dates: pd.DatetimeIndex, steps: int) -> np.ndarray:
        step = dates[1] - dates[0] if len(dates) > 1 else pd.Timedelta(days=1)
        grid = pd.date_range(dates[0], periods=steps, freq=step)
        return calendar_features(grid, self.panel_.freq, self.calendar)

    def _held_out(
        self, values: np.ndarray, origins: np.ndarray, model: Any, chosen: bool = False
    ) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """Candidate forecasts at past origins, with a global ``model`` fitted only on data before them; ``chosen``
        (after the choice): the global model only for the series whose choice reads it (:meth:`_global_rows`)."""
        m, h = self.season_length_, int(self.horizon)
        if not origins.size:
            return {}, np.zeros((values.shape[0], 0, h))
        rows = self._global_rows() if chosen else None
        base = models.candidates(values, origins, h, m, self._calendar(values.shape[1] + h), model, rows)
        return base, values[:, origins[:, None] + np.arange(h)[None, :]]

    def _global_rows(self) -> np.ndarray:
        """The series whose choice reads the global model (alone or in a blend): only they need its forecasts."""
        return np.array(["global" in str(c) for c in self.choice_], dtype=bool)

    def _backtest_model(self, values: np.ndarray, origins: np.ndarray) -> Any:
        """The global model backtests at ``origins`` forecast with: learned only from days before the earliest."""
        m, h = self.season_length_, int(self.horizon)
        return self._fit_model(values, int(origins.min()) - m * -(-h // m), HELD_OUT_ROWS) if origins.size else None

    def _uses_global(self) -> bool:
        return any(name.startswith("global") for name in self.candidates)

    def _fit_model(self, values: np.ndarray, last_origin: int, rows: int) -> Any:
        m, h = self.season_length_, int(self.horizon)
        origins = np.array([last_origin - m * j for j in range(int(self.max_train_origins))])
        origins = origins[origins >= 4 * m]
        if not self._uses_global() or len(origins) < 2:
            return None
        calendar = self._calendar(values.shape[1] + h)
        return models.fit_global(values, origins, h, m, calendar, rows, random_state=self.random_state)

    def _choose(self, base: dict[str, np.ndarray], actual: np.ndarray, values: np.ndarray) -> np.ndarray:
        names = [c for c in self.candidates if c in base]
        self.no_backtests_ = not names
        if not names:  # no backtest at all: a series with counts forecasts its level since the first (a rare one's
            self.unranked_ = values.sum(axis=1) > 0  # over the whole history: models.since_first's sparse)
            self.to_parent_ = np.zeros(values.shape[0], dtype=bool)
            return np.full(values.shape[0], fallback(self.candidates), dtype=object)
        m = self.season_length_
        errors = backtest_errors([base[c] for c in names], actual, naive_scale(values, m))
        # aggregates share one pool: a level of one series (the total) would otherwise rank on its own noise
        per_day = values[:, -4 * m:].mean(axis=1) / (7 if self.panel_.freq == "W" else 1)
        volume = np.array([f"|{v}" for v in volume_class(per_day)], dtype=object)
        groups = np.where(self.panel_.bottom, self.panel_.levels + volume, "aggregates")
        pooled = group_means(errors, groups)
        self.unranked_ = unranked(values, int(self.horizon), groups)
        self.scores_ = pd.DataFrame(pooled, columns=names).assign(group=groups).groupby("group").first()
        bottom = np.asarray(self.panel_.bottom, dtype=bool)
        margin = np.where(bottom, 0.0, MARGIN)
        keep = max(1, int(self.combine))
        named, chosen = np.asarray(names), np.empty(len(errors), dtype=object)
        # aggregates average at least AGGREGATE_COMBINE of their best: a mean of near ties
        for rows, k in ((bottom, keep), (~bottom, max(keep, min(AGGREGATE_COMBINE, len(names))))):
            if rows.any():
                best = shrunk_choice(errors[rows], pooled[rows], k, margin[rows])
                chosen[rows] = ["|".join(sorted(named[row])) for row in best]
        sparse = bottom & (per_day < SPARSE_DAY)  # chosen at their median, 0, they can lose their parents' volume
        levels = np.asarray(self.panel_.levels, dtype=object)
        total = self._total()
        parent = None
        if total is not None:  # the total's chosen backtest forecast (no yearly factor), which the sparse ones follow
            own = {name: forecast[[total]] for name, forecast in base.items()}
            parent = hedged(blend(own, chosen[[total]], (1, *actual.shape[1:])), own, self._hedged()[[total]])[0]
        chosen, self.to_parent_ = unbiased_sparse(
            base, chosen, actual, sparse, np.where(bottom, levels, None), total, parent
        )
        return chosen

    def _total(self) -> int | None:
        """The row of the hierarchy's total, if it has one (the parent :func:`choice.to_parent` scales to)."""
        total = np.flatnonzero(np.asarray(self.panel_.levels, dtype=object) == "total")
        return int(total[0]) if len(total) == 1 and not self.panel_.bottom[total[0]] else None

    def _pick(
        self, base: dict[str, np.ndarray], shape: tuple[int, ...], values: np.ndarray, origins: np.ndarray
    ) -> np.ndarray:
        choice = self.choice_
        if "global" not in base:  # older windows can be too early for the global model
            choice = without_global(choice, fallback(self.candidates))
        out = self._yearly(hedged(blend(base, choice, shape), base, self._hedged()), values, origins)
        return to_parent(out, base, self.to_parent_, choice, self._total())

    def _yearly(self, forecast: np.ndarray, values: np.ndarray, origins: np.ndarray) -> np.ndarray:
        """The aggregates' daily forecasts times their yearly factor (:mod:`mcu_nlp.trends.yearly`), read from the
        holiday-cleaned history before each origin; unchanged without a full year before the latest origin."""
        rows = ~np.asarray(self.panel_.bottom, dtype=bool)
        if not rows.any() or self.panel_.freq != "D" or self.season_length_ != 7 or origins.max() <= YEAR + BEFORE:
            return forecast
        clean = ordinary(values[rows], self._calendar(values.shape[1]), self.season_length_)
        out = forecast.copy()
        factor = yearly_factor(clean, models.first_count(values[rows]), origins, forecast.shape[-1])
        out[rows] = forecast[rows] * factor[:, :, None]
        return out

    def _hedged(self) -> np.ndarray:
        """The series whose forecast is averaged with the daily level (``choice.HEDGE``): the aggregates."""
        return ~np.asarray(self.panel_.bottom, dtype=bool) & (HEDGE in self.candidates)

    def _forecast(self, values: np.ndarray, origins: np.ndarray, h: int) -> np.ndarray:
        base = models.candidates(
            values, origins, h, self.season_length_, self._calendar(int(origins.max()) + h), self.model_,
            self._global_rows(),
        )
        out = self._pick(base, (values.shape[0], len(origins), h), values, origins)
        if self.unranked_.any():  # nothing ranked the candidates: the level since the first count
            level = models.since_first(values, origins, h, self.season_length_, sparse=self.no_backtests_)
            out = np.where(self.unranked_[:, None, None], level, out)
        return reconcile.apply(self.reconciler_, out)
