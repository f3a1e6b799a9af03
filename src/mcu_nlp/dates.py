"""Calendar days of appeal dates as the writer saw them: ISO or Russian day-first, a UTC offset dropped.

Appeal exports mix ISO timestamps ("2021-03-01T10:35:54.248334", "2021-03-01 10:35+03:00") with Russian dates
("01.03.2021", "01/03/2021 10:35"). Day-first is the Russian reading, so "05.01.2024" is 5 January (pandas alone
reads it as 1 May); ISO strings are parsed first because pandas applies ``dayfirst`` even to "2024-03-01" in its
mixed mode. A UTC offset is dropped, not applied: the day is the one on the writer's clock.
"""

from __future__ import annotations

from typing import Any

LOCAL_TIME = r"(\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(?:Z|[+-]\d\d:?\d\d)$"  # keep the wall-clock time
BLANK = ("", "nan", "None", "NaN", "NaT")
#: year, month, day of a value that starts with a year: always read in that order, never day first
YEAR_FIRST = r"^(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
#: no day of their own: pandas dates them to the day it runs, so the same file would count on another day each run
NO_DAY = r"(?i)now|today|\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d\d:?\d\d))?"
#: a year, or a month and a year, alone: pandas made up the day ('2024' was counted on 1 January, '2024-07' on 1 July)
NO_DAY_OF_MONTH = r"(?i)\d{4}(?:[-./\s]\d{1,2})?|\d{1,2}[-./\s]\d{4}|[a-z]{3,9}\.?,?\s+\d{4}|\d{4}\s+[a-z]{3,9}"
#: a day, a month and a year of one digit: pandas made up its century and decade ('1.2.3' was counted on 1 February
#: 2003, '1. 2. 3' too); a year of two digits ('01.02.21') is how Russian exports often write it, and stays read
ONE_DIGIT_YEAR = r"\d{1,2}(?P<sep>\s*[-./]\s*|\s+)\d{1,2}(?P=sep)\d(?:[\sT,].*)?"


def calendar_days(values: Any) -> Any:
    """A pandas Series of dates (times dropped; ``NaT`` where a value is blank or cannot be read).

    >>> import pandas as pd
    >>> days = calendar_days(pd.Series(["05.01.2024", "2024-03-01T23:30:00+03:00", "15/07/2024 10:00", "", "скоро",
    ...                                 "10:30", "now"]))
    >>> [str(d.date()) if not pd.isna(d) else None for d in days]
    ['2024-01-05', '2024-03-01', '2024-07-15', None, None, None, None]
    """
    return wall_clock(values).dt.normalize()


def wall_clock(values: Any) -> Any:
    """A pandas Series of naive timestamps as the writer's clock showed them (``NaT`` where unreadable).

    >>> import pandas as pd
    >>> wall_clock(pd.Series(["05.01.2024 10:30", "2024-03-01T23:30:00+03:00"])).astype(str).tolist()
    ['2024-01-05 10:30:00', '2024-03-01 23:30:00']
    """
    import pandas as pd

    values = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(values):  # already dates: the offset is dropped, the clock kept
        return values.dt.tz_localize(None) if values.dt.tz is not None else values
    # dates repeat (a million appeals fall on a few hundred days): parse each distinct value once
    codes, distinct = pd.factorize(values.astype(object).where(values.notna(), ""))
    stamps = _parse(pd.Series(distinct, dtype=object)).to_numpy()
    return pd.Series(stamps[codes], index=values.index, dtype="datetime64[ns]")


def _parse(values: Any) -> Any:
    import pandas as pd

    text = values.astype(str).str.strip()
    no_day = (text.isin(BLANK) | text.str.fullmatch(NO_DAY) | text.str.fullmatch(NO_DAY_OF_MONTH)
              | text.str.fullmatch(ONE_DIGIT_YEAR))
    text = text.where(~no_day, None).astype("string")
    local = text.str.replace(LOCAL_TIME, r"\1", regex=True)
    stamps = pd.to_datetime(local, errors="coerce", format="ISO8601")
    rest = stamps.isna() & local.notna()
    if rest.any():
        stamps[rest] = _as_written(local[rest], pd.to_datetime(local[rest], errors="coerce", format="mixed",
                                                               dayfirst=True))
    # a year before 1678 or after 2261 ('0001-01-03') does not fit the nanosecond dates counts use: it crashed
    return stamps.where((stamps >= pd.Timestamp.min) & (stamps <= pd.Timestamp.max))


def _as_written(text: Any, stamps: Any) -> Any:
    """``stamps`` (of the mixed parser), with ``NaT`` where a year-first value ('2024-13-01', '2024/13/01') lost its
    year, month or day as written: ``dayfirst`` swapped them, so an impossible month 13 was counted on 13 January."""
    written = text.str.extract(YEAR_FIRST)[["year", "month", "day"]].astype(float)
    swapped = written["year"].notna() & ((stamps.dt.year != written["year"]) | (stamps.dt.month != written["month"])
                                         | (stamps.dt.day != written["day"]))
    return stamps.mask(swapped)
