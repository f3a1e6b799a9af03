"""Checked counts as a (series x time) matrix with its hierarchy: the dates' frequency and the season it implies.

:func:`to_panel` pivots the long-format counts :func:`mcu_nlp.trends.counts.check_counts` returns into a dense
:class:`Panel` (gaps and ragged ends 0), reading daily or weekly steps (:func:`infer_freq`) and the hierarchy from the
``level`` and key columns :func:`mcu_nlp.trends.counts.count_series` writes.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mcu_nlp.errors import InputError, McuNlpWarning, Shown, expected, outside_level
from mcu_nlp.trends.counts import MONTH_DATES, SEPARATOR, month_dates

# season_length=None by the counts' frequency: a week of days; weekly counts have no season within a
# year short enough for the candidates (a 52-week one needs 4-8 years for the same-week means), so each
# week stands alone and the year comes back through the global model's same-week-last-year feature
# (models.YEAR[1] == 52)
SEASONS = {"D": 7, "W": 1}


@dataclass(frozen=True)
class Panel:
    """Counts as a dense matrix: ``values[i, t]`` is series ``ids[i]`` on ``dates[t]``.

    ``summing`` maps bottom series to every series (rows follow ``ids``); ``levels`` names the level
    of each series and ``bottom`` marks the bottom ones. Without hierarchy columns every series is
    bottom and ``summing`` is the identity.
    """

    ids: np.ndarray
    dates: pd.DatetimeIndex
    values: np.ndarray
    levels: np.ndarray
    bottom: np.ndarray
    summing: np.ndarray
    freq: str


def infer_freq(dates: pd.DatetimeIndex, ids: Sequence[object] | None = None) -> str:
    """``"D"`` or ``"W"`` from the steps between each series' distinct dates (``ids`` names each date's series;
    without it all dates are one series). Daily when some series has a step of a day, or when the steps are not
    a week's multiples and their greatest common divisor is a day: an office open on Mondays, Wednesdays and
    Fridays (steps of 2 and 3, a holiday's longer gap among them), a rare topic's rows only on days with an appeal
    (steps of 3, 9, 12 ...); the days between count as 0, with a warning. Weekly when every step is a whole number
    of weeks and all series fall on one weekday. Refused: a steady step of 2-6 days (counts summed over 2 days?),
    weekly series with a week dated on another weekday (steps of 6 and 8 days: most steps a week's multiples),
    weekly series of different weekdays (a Monday one and a Tuesday or Sunday one: not daily counts with six days
    of 0 between), and periods longer than a week (:func:`_refuse_coarse`): dates of months (each a month's first
    day, or each its last: :func:`~mcu_nlp.trends.counts.month_dates`) or a steady step of 2 weeks or more.

    Where no series has two dates there is no step to read, however far apart the series' single dates lie, and
    the counts are daily, as :func:`count_series` counts by default (API.md: ``freq="D"``).

    >>> infer_freq(pd.DatetimeIndex(["2024-01-01", "2024-01-03"]), ["а", "б"])
    'D'
    >>> infer_freq(pd.DatetimeIndex(["2024-01-01", "2024-01-08", "2024-01-15"]), ["а", "б", "б"])
    'W'
    >>> infer_freq(pd.DatetimeIndex(["2024-01-01", "2024-01-03", "2024-01-05", "2024-01-08"]), ["а"] * 4)
    'D'
    """
    codes = None if ids is None else pd.factorize(np.asarray(ids, dtype=object))[0]
    return _freq(dates, None if codes is None else _own_steps(dates, codes))


def _freq(dates: pd.DatetimeIndex, own: np.ndarray | None) -> str:
    """:func:`infer_freq` from the dates and the steps within each series (``own``; ``None``: one series)."""
    days = np.unique(dates.values)
    steps = np.diff(days).astype("timedelta64[D]").astype(int)
    own = steps if own is None else own
    _refuse_coarse(pd.DatetimeIndex(days), steps)
    if own.size == 0 or own.min() == 1:  # no series has two dates, or one has two days in a row
        return "D"
    weekly = own % 7 == 0
    if weekly.all() and steps.min() % 7 == 0:
        return "W"
    if not weekly.all() and weekly.mean() < 0.5 and np.gcd.reduce(own) == 1:
        return "D"
    got = f"a step of {own.min()} days" if not weekly.all() else f"weekly series {steps.min()} days apart"
    raise InputError(expected("daily or weekly dates", Shown(got),
                              "give each day its row (0 where none came: per series, "
                              ".set_index('ds').asfreq('D', fill_value=0)) or sum the counts by week"))


def _refuse_coarse(days: pd.DatetimeIndex, steps: np.ndarray) -> None:
    """Refuse distinct ``days`` (``steps`` apart) of periods longer than a week: months (:func:`month_dates`; read as
    daily counts with the days between 0, a monthly series was forecast as a day that is mostly 0) or a steady step
    of 2 weeks or more (read as weekly counts with the weeks between 0)."""
    months = month_dates(days)
    weeks = len(days) >= MONTH_DATES and steps.min() == steps.max() and steps.min() % 7 == 0 and steps.min() > 7
    if not (months or weeks):
        return
    got = months or f"dates every {steps.min() // 7} weeks ({days[0].date()} .. {days[-1].date()})"
    period, freq, step, by = ("day", "D", "D", "month") if months else ("week", "W", "7D", f"{steps.min() // 7} weeks")
    raise InputError(expected("daily or weekly dates", Shown(got), f"the forecasts are of days or weeks: count the "
                              f"appeals by {period} (count_series(appeals, freq={freq!r})) and sum the forecasts' "
                              f"means by {by}; if these are counts of the {period}s with appeals, give the {period}s "
                              f"between their rows of 0 (counts.set_index('ds').groupby('unique_id').y.resample("
                              f"{step!r}).sum().reset_index())"))


def _own_steps(dates: pd.DatetimeIndex, codes: np.ndarray) -> np.ndarray:
    """The steps in days between each series' (``codes``, one per date; -1, a missing id, is no series)
    consecutive distinct dates, pooled (in no particular order): none when no series has two distinct dates.

    Counts come sorted by series and date (count_series writes them so): then one pass reads the steps; else the
    pairs are sorted first.

    >>> days = pd.DatetimeIndex(["2024-01-08", "2024-01-01", "2024-01-01", "2024-01-03", "2024-01-05"])
    >>> _own_steps(days, np.array([0, 0, 0, 1, -1])).tolist()
    [7]
    """
    stamps = np.asarray(dates, dtype="datetime64[ns]").view(np.int64)
    keep = np.asarray(codes) >= 0
    codes, stamps = np.asarray(codes)[keep], stamps[keep]
    if codes.size < 2:
        return np.zeros(0, dtype=np.int64)
    same, gap = np.diff(codes) == 0, np.diff(stamps)
    if not ((np.diff(codes) > 0) | (same & (gap >= 0))).all():
        order = np.lexsort((stamps, codes))
        codes, stamps = codes[order], stamps[order]
        same, gap = np.diff(codes) == 0, np.diff(stamps)
    days = gap[same & (gap != 0)].astype("timedelta64[ns]")
    return (days / np.timedelta64(1, "D")).astype(np.int64)


def season_for(freq: str, season_length: int | None = None) -> int:
    """The season length to use: as given, else by the counts' frequency (:data:`SEASONS`).

    >>> season_for("D"), season_for("W"), season_for("W", 4)
    (7, 1, 4)
    """
    if season_length is None:
        return SEASONS[freq]
    if freq == "W" and int(season_length) == SEASONS["D"]:
        warnings.warn("season_length=7 on weekly counts means a season of 7 weeks; pass season_length=None "
                      "(1 for weekly counts) unless that is meant", McuNlpWarning, stacklevel=outside_level())
    return int(season_length)


def to_panel(counts: pd.DataFrame) -> Panel:
    """Pivot validated counts to a dense :class:`Panel`; gaps and ragged ends are filled with 0."""
    codes, ids = pd.factorize(counts["unique_id"], sort=True)
    days = pd.DatetimeIndex(counts["ds"])
    freq = _freq(days, _own_steps(days, codes))  # infer_freq, with the codes already read
    step = pd.Timedelta(days=1 if freq == "D" else 7)
    dates = pd.date_range(counts["ds"].min(), counts["ds"].max(), freq=step)
    offset = counts["ds"] - dates[0]
    if (offset % step != pd.Timedelta(0)).any():
        raise InputError(expected("dates on one daily or weekly grid", Shown("dates off the grid"), "resample first"))
    ids = ids.to_numpy(dtype=str)
    cols = (offset // step).to_numpy(dtype=np.int64)
    cells = codes.astype(np.int64) * len(dates) + cols  # summed per (series, period), as np.add.at would, in one pass
    values = np.bincount(cells, weights=counts["y"].to_numpy(dtype=float), minlength=len(ids) * len(dates))
    values = values.reshape(len(ids), len(dates))
    levels, bottom, summing = _hierarchy(counts, ids)
    return Panel(ids, dates, values, levels, bottom, summing, freq)


def _hierarchy(counts: pd.DataFrame, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if "level" not in counts.columns:
        return np.full(len(ids), "series", object), np.ones(len(ids), bool), np.eye(len(ids))
    meta = counts.drop_duplicates("unique_id").set_index("unique_id").loc[ids]
    levels = meta["level"].astype(str).to_numpy(dtype=object)
    names = [lv.split(SEPARATOR) for lv in levels if lv != "total"]
    keys = max(names, key=len) if names else []
    depth = np.array([0 if lv == "total" else len(lv.split(SEPARATOR)) for lv in levels])
    bottom = depth == depth.max()
    summing = np.ones((len(ids), int(bottom.sum())))
    for key in [k for k in keys if k in meta.columns]:
        values = meta[key].astype(object).where(meta[key].notna(), None).to_numpy()
        own = values[:, None]
        summing *= (own == None) | (own == values[bottom][None, :])  # noqa: E711 (elementwise)
    return levels, bottom, summing
