"""Calendar features: day of week, public holidays and moved working days.

The default table ``mcu_nlp/data/ru_calendar.csv`` lists the Russian non-working public holidays and
the days off moved by government decree (``kind=holiday``), and the weekend days made working days
(``kind=workday``), 2013-2027, as in the official production calendars (производственный календарь).
Another country's calendar is passed as a frame with the same ``date, kind`` columns, or as a list of
holiday dates; :func:`add_holidays` adds a region's own days off to Russia's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from mcu_nlp.errors import InputError, expected

RU_CALENDAR = Path(__file__).resolve().parent.parent / "data" / "ru_calendar.csv"
FEATURES = ("dow", "holiday", "workday", "off")

CalendarLike = pd.DataFrame | Iterable[object] | str | Path | None


@lru_cache(maxsize=4)
def _read(path: str) -> pd.DataFrame:
    table = pd.read_csv(path, parse_dates=["date"])
    return table[["date", "kind"]]


def load_calendar(calendar: CalendarLike = None) -> pd.DataFrame:
    """A ``date, kind`` table: the shipped Russian one, a CSV path, a frame, or a list of holidays.

    >>> ru = load_calendar()
    >>> ru[ru.date == "2024-04-27"].kind.tolist()   # a Saturday made a working day
    ['workday']
    >>> load_calendar(["2024-07-04"]).kind.tolist()
    ['holiday']
    """
    if calendar is None:
        return _read(str(RU_CALENDAR))
    if isinstance(calendar, str | Path):
        return _read(str(calendar))
    if isinstance(calendar, pd.DataFrame):
        if not {"date", "kind"} <= set(calendar.columns):
            raise InputError(expected("a calendar frame with date, kind", list(calendar.columns)))
        return calendar.assign(date=pd.to_datetime(calendar["date"]))[["date", "kind"]]
    dates = pd.to_datetime(pd.Series(list(calendar), dtype=object), errors="coerce")
    if dates.isna().any():
        raise InputError(expected("holiday dates", list(calendar)[:3], "pass ISO dates"))
    return pd.DataFrame({"date": dates, "kind": "holiday"})


def add_holidays(dates: Iterable[object], calendar: CalendarLike = None) -> pd.DataFrame:
    """``calendar`` (Russia's by default, any :func:`load_calendar` reads) with ``dates`` added as holidays: a
    republic's own days off (Ураза-байрам, Курбан-байрам), which a list of dates alone would put in place of
    Russia's calendar, New Year and all (a Дагестан walkthrough, session 60). A date the calendar made a working day
    becomes a holiday.

    >>> table = add_holidays(["2025-06-06"])
    >>> table[table.date.isin(pd.to_datetime(["2025-01-01", "2025-06-06"]))].kind.tolist()
    ['holiday', 'holiday']
    """
    base, added = load_calendar(calendar), load_calendar(dates)
    table = pd.concat([base[~base["date"].isin(added["date"])], added], ignore_index=True)
    return table.sort_values("date", ignore_index=True)


def calendar_features(dates: pd.DatetimeIndex, freq: str = "D", calendar: CalendarLike = None) -> np.ndarray:
    """Columns ``dow, holiday, workday, off`` for each date (weekly data: counts within the week).

    ``off`` marks days nobody works: holidays, and weekends that were not made working days.

    >>> calendar_features(pd.date_range("2024-04-26", periods=3)).tolist()
    [[4.0, 0.0, 0.0, 0.0], [5.0, 0.0, 1.0, 0.0], [6.0, 0.0, 0.0, 1.0]]
    """
    table = load_calendar(calendar)
    days = pd.date_range(dates.min(), dates.max() + pd.Timedelta(days=6 if freq == "W" else 0))
    holiday = days.isin(table.loc[table.kind == "holiday", "date"])
    workday = days.isin(table.loc[table.kind == "workday", "date"])
    off = holiday | ((days.day_of_week >= 5) & ~workday)
    daily = np.column_stack([days.day_of_week, holiday, workday, off]).astype(float)
    if freq == "D":
        return daily[days.get_indexer(dates)]
    start = days.get_indexer(dates)
    weekly = np.stack([daily[start + i] for i in range(7)]).sum(axis=0)
    weekly[:, 0] = 0.0  # day of week means nothing for weekly totals
    return weekly
