"""Date readers: dates.wall_clock / calendar_days (counts and the report)."""

from __future__ import annotations

import pandas as pd

from mcu_nlp.dates import calendar_days


def test_a_bare_time_or_now_is_no_calendar_day() -> None:
    # pandas dated "10:30", "now" and "today" to the day it ran: a report or count_series of the same file
    # counted them on another day each run
    days = calendar_days(pd.Series(["10:30", "10:30:00", "now", "today", "05.01.2024 10:30"]))
    assert [None if pd.isna(d) else str(d.date()) for d in days] == [None, None, None, None, "2024-01-05"]
