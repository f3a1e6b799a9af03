"""The two date readers side by side: season.cold_season (the urgency season rule, one value at a time) and
dates.wall_clock (counts and the report, a batch at once). Why there are two: the season module's docstring."""

from __future__ import annotations

import datetime as dt
import warnings

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.dates import calendar_days, wall_clock
from mcu_nlp.season import cold_season, dates_seasons

UNREAD = "unreadable"  # cold_season raises (InputError or TypeError); dates_seasons makes it unknown, with a warning

#: value, what the season rule reads (True cold, False warm, None unknown), what wall_clock reads (None: NaT)
FORMATS = [
    # both read these alike
    ("2024-07-15", False, "2024-07-15 00:00"),
    ("2024-01-15", True, "2024-01-15 00:00"),
    ("2024-07-15T10:30:00", False, "2024-07-15 10:30"),
    ("2024-07-15T10:30:00+03:00", False, "2024-07-15 10:30"),  # the writer's clock: the offset is dropped
    ("2024-01-31T23:30:00Z", True, "2024-01-31 23:30"),
    ("2020-12-05T18:24:25.697", True, "2020-12-05 18:24"),
    ("15.07.2024", False, "2024-07-15 00:00"),
    ("15.07.2024 10:30", False, "2024-07-15 10:30"),
    ("05.01.2024", True, "2024-01-05 00:00"),  # day first: 5 January
    ("05/01/2024 10:00", True, "2024-01-05 10:00"),
    ("01.11.21", True, "2021-11-01 00:00"),
    (" 15.07.2024 ", False, "2024-07-15 00:00"),
    ("5.7.2024", False, "2024-07-05 00:00"),
    ("15.07.2024, 10:30", False, "2024-07-15 10:30"),
    (pd.Timestamp("2024-07-15"), False, "2024-07-15 00:00"),
    (pd.Timestamp("2024-01-15 10:30", tz="Europe/Moscow"), True, "2024-01-15 10:30"),
    (dt.datetime(2024, 7, 15, 10, 30), False, "2024-07-15 10:30"),
    (dt.date(2024, 1, 15), True, "2024-01-15 00:00"),
    (pd.NaT, None, None),
    (None, None, None),
    (float("nan"), None, None),
    (pd.NA, None, None),
    ("", None, None),
    ("   ", None, None),
    ("31.02.2021", UNREAD, None),  # no such day
    ("2024-02-30", UNREAD, None),
    ("15.13.2024", UNREAD, None),
    # a year first is read year-month-day or not at all: pandas' mixed parser swapped month 13 and the day
    ("2024-13-01", UNREAD, None),  # was 2024-01-13
    ("2024-13-01 10:00", UNREAD, None),
    ("2024/13/01", UNREAD, None),
    ("2024.07.05", UNREAD, "2024-07-05 00:00"),
    ("скоро", UNREAD, None),
    ("garbage", UNREAD, None),
    ("nan", UNREAD, None),
    (5, UNREAD, None),
    (3.5, UNREAD, None),
    (True, UNREAD, None),
    # a time alone or "now" has no day: wall_clock dated it to the day it ran (fixed); never a season
    ("10:30", UNREAD, None),
    ("23:59:59+03:00", UNREAD, None),
    ("now", UNREAD, None),
    ("Today", UNREAD, None),
    # the season rule reads only ISO and Russian day-first; pandas' mixed parser reads these too
    ("15-07-2024", UNREAD, "2024-07-15 00:00"),
    ("2024/07/15", UNREAD, "2024-07-15 00:00"),
    ("20240715", UNREAD, "2024-07-15 00:00"),
    ("15 Jul 2024", UNREAD, "2024-07-15 00:00"),
    ("Mon, 15 Jul 2024 10:30:00 +0300", UNREAD, "2024-07-15 10:30"),
    (np.datetime64("2024-07-15"), False, "2024-07-15 00:00"),  # a datetime column's .values (UNREAD before 6fe52f8)
    (np.datetime64("NaT"), None, None),
    (20240715, UNREAD, "2024-07-15 00:00"),
    # ... and made up a century and decade for a one-digit year (kept: a two-digit one, as Russian exports write it);
    # a year or a month alone is no day: it made up a 1 January, a first of the month
    ("1.2.3", UNREAD, None),  # was 2003-02-01
    ("1-2-3", UNREAD, None),
    ("1/2/3", UNREAD, None),
    ("1 2 3", UNREAD, None),
    ("3.2.1", UNREAD, None),  # was 2001-02-03
    ("1.2.3 10:00", UNREAD, None),
    ("1. 2. 3", UNREAD, None),  # was 2003-02-01: spaces after the dots
    ("1 - 2 - 3", UNREAD, None),
    ("01.02.21", True, "2021-02-01 00:00"),
    ("1.2.24 10:30", True, "2024-02-01 10:30"),
    ("2024-07", UNREAD, None),  # was 2024-07-01
    ("2024", UNREAD, None),  # was 2024-01-01
    (2024, UNREAD, None),
    ("7 2024", UNREAD, None),  # was July: a guessed warm month, why the season rule does not use wall_clock
    ("07.2024", UNREAD, None),  # crashed (read as year 1, out of the nanosecond range)
    ("July 2024", UNREAD, None),
    ("0001-01-03", True, None),  # crashed
    # the season rule reads the date and ignores the rest of the string; wall_clock reads all of it or nothing
    ("15.07.2024 г.", False, None),
    ("2024-07-15 garbage", False, None),
    ("2024-07-15T25:00", UNREAD, None),  # a time that is none: no date for either (walkthrough s38, D6)
    ("15 июля 2024", UNREAD, None),  # neither reads Russian month names
]


def _season(value: object) -> object:
    try:
        return cold_season(value)
    except (TypeError, ValueError):
        return UNREAD


def _clock(stamp: object) -> str | None:
    return None if pd.isna(stamp) else pd.Timestamp(stamp).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("value", "season", "clock"), FORMATS, ids=[repr(row[0]) for row in FORMATS])
def test_what_each_reader_reads(value: object, season: object, clock: str | None) -> None:
    got = _season(value)
    assert got == UNREAD if season == UNREAD else got is season  # "is": True == 1 would hide a number read as cold
    assert _clock(wall_clock(pd.Series([value], dtype=object)).iloc[0]) == clock


def test_a_batch_reads_as_its_values_do_and_warns_once_for_the_unreadable() -> None:
    values = [row[0] for row in FORMATS]
    assert [_clock(s) for s in wall_clock(pd.Series(values, dtype=object))] == [row[2] for row in FORMATS]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        seasons = dates_seasons(values, len(values))
    unread = sum(row[1] == UNREAD for row in FORMATS)
    assert seasons == [None if row[1] == UNREAD else row[1] for row in FORMATS]
    assert [str(w.message).split(" dates")[0] for w in caught] == [str(unread)]


def test_a_bare_time_or_now_is_no_calendar_day() -> None:
    # pandas dated "10:30", "now" and "today" to the day it ran: a report or count_series of the same file
    # counted them on another day each run
    days = calendar_days(pd.Series(["10:30", "10:30:00", "now", "today", "05.01.2024 10:30"]))
    assert [None if pd.isna(d) else str(d.date()) for d in days] == [None, None, None, None, "2024-01-05"]
