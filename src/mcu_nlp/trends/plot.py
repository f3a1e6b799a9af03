"""A picture of a forecast: history, forecast, intervals and flagged anomalies (matplotlib extra)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from mcu_nlp.errors import InputError, McuNlpError, Shown, expected, install_extra, whole_number

if TYPE_CHECKING:
    from mcu_nlp.trends.forecaster import TrendForecaster


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
    except ImportError as error:  # optional extra
        raise McuNlpError(f"expected matplotlib for plots; install the plot extra: {install_extra('plot')}") from error
    return plt


def _busiest(forecaster: TrendForecaster, n: int) -> list[str]:
    panel = forecaster.panel_
    order = np.argsort(-panel.values[:, -8 * forecaster.season_length_:].sum(axis=1), kind="stable")
    return [str(i) for i in panel.ids[order[:n]]]


def _date_axis(axis: Any) -> None:
    """Short date labels that never overlap: «Mar», «05», «09» and the year once (matplotlib's concise formatter).

    The default labels were full dates every few days, restarting each month on its 1st: «2025-01-29» and
    «2025-02-01» overlapped on 20 of 60 short histories (a walkthrough, session 29).
    """
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=9)
    axis.xaxis.set_major_locator(locator)
    axis.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def plot(
    forecaster: TrendForecaster,
    counts: pd.DataFrame | None = None,
    unique_ids: Sequence[str] | None = None,
    h: int | None = None,
    history: int = 90,
    path: str | os.PathLike[str] | None = None,
) -> Any:
    """One panel per series (default: the 4 busiest): last ``history`` periods, forecast, intervals.

    Anomalies flagged by ``detect_anomalies`` on ``counts`` (or on the fitted history) are red dots.
    ``history=0`` draws the forecast alone. A series the forecaster was not fitted on, or a negative ``history``,
    is an :class:`~mcu_nlp.errors.InputError` (a ``ValueError``): it drew an empty panel, or failed in pandas.
    Returns the matplotlib Figure; with ``path`` it is also saved (PNG by extension).
    """
    history = whole_number(history, "history", at_least=0)
    panel = forecaster.panel_
    ids = [str(i) for i in unique_ids] if unique_ids is not None else _busiest(forecaster, 4)
    unknown = sorted(set(ids) - {str(i) for i in panel.ids})
    if unknown or not ids:
        raise InputError(expected("unique_ids of series the forecaster was fitted on", Shown(repr(unknown)),
                                  f"it knows {len(panel.ids)} series (forecaster.panel_.ids)"))
    plt = _pyplot()
    forecast = forecaster.predict(h)
    first = len(panel.dates) - min(history, len(panel.dates))  # [-0:] was every date, the values none
    recent = pd.DataFrame({
        "unique_id": np.repeat(panel.ids, len(panel.dates) - first),
        "ds": np.tile(panel.dates[first:], len(panel.ids)),
        "y": panel.values[:, first:].ravel().astype(int),
    })
    if counts is None and first == len(panel.dates):  # no history drawn: no anomaly to flag in it
        scored = recent.assign(is_anomaly=False)
    else:
        scored = forecaster.detect_anomalies(recent[recent.unique_id.isin(ids)] if counts is None else counts)
    levels = sorted(forecaster.levels, reverse=True)
    figure, axes = plt.subplots(len(ids), 1, figsize=(10, 2.6 * len(ids)), squeeze=False, sharex=True)
    for axis, uid in zip(axes[:, 0], ids, strict=True):
        past, future = recent[recent.unique_id == uid], forecast[forecast.unique_id == uid]
        axis.plot(past.ds, past.y, color="0.3", lw=1, label="history")
        for shade, level in zip((0.15, 0.3), levels, strict=False):
            axis.fill_between(future.ds, future[f"lo_{level}"], future[f"hi_{level}"], color="C0", alpha=shade,
                              label=f"{level}% interval")
        axis.plot(future.ds, future["mean"], color="C0", lw=1.5, label="forecast")
        flagged = scored[(scored.unique_id == uid) & scored.is_anomaly
                         & (scored.ds >= (past.ds.min() if len(past) else future.ds.min()))]
        axis.scatter(flagged.ds, flagged.y, color="C3", zorder=3, s=18, label="anomaly")
        axis.set_title(uid, fontsize=9, loc="left")
    _date_axis(axes[-1, 0])  # the panels share it
    axes[0, 0].legend(fontsize=7, ncol=5, loc="upper left")
    figure.tight_layout()
    if path is not None:
        figure.savefig(path, dpi=110)
    return figure
