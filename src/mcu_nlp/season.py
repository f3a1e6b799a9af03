"""The season rule of the urgency model: heating matters in the cold season, October to April.

When a date in May-September is given, "heating" signals (no heating, weak heating) count one level lower, and a
text whose only critical evidence is heating is not critical: the urgency model moves its probability of
``critical`` to ``high`` (:func:`warm_heating`), unless the text says it is cold at home ("мерзнем", "холодно в
квартире"), as urgency.md says (heating is critical "in the cold season, or when the text says it is cold"). Without a
date, or with one that cannot be read (a warning, no error), nothing changes, so unknown dates never hide a heating
failure. The rule is fixed, not learned: the training appeals (SPb) were all written between October and April.
A text that states the cold is cold whatever its date (:func:`says_cold`, :func:`stated_seasons`): a temperature
below INDOOR_COLD °C not said of the street ("дома 14 градусов", "+15 в квартире"), or a frost ("-45 на улице"); its
date then counts as unknown, so a heating failure stays critical in May. Regions with a longer heating season (ЯНАО,
the Far North, where it runs from September into June) are not special-cased by region: the rule has no source-backed
per-region table of dates. Only the subjects wholly in the Far North (:data:`FAR_NORTH`) are: there a date in
September, May or June is in the cold season too (:func:`northern_dates`; ``analyze`` reads the region of the
municipality the text names, else the caller's). A complaint from a partly northern subject (Норильск, Воркута) in
those months relies on the text stating the cold.

Dates are read here by :func:`_month`, one value at a time (ISO or Russian day-first; the rest of the string is
ignored), not by :func:`mcu_nlp.dates.wall_clock`, which reads the dates of counts and the report a batch at once.
Both readers agree on ISO and Russian dates; tests/test_dates.py holds a table of what each reads. One reader
cannot serve both, because of three differences:

- wall_clock, after ISO, hands the rest to pandas' mixed parser, which guesses what a value lacks: "2024" is
  1 January, "7 2024" is 1 July, "1.2.3" is 1 February 2003. Counts keep that; the season rule must leave such a
  value unknown, since a guessed warm month would lower a heating complaint. The parser does read more real
  formats ("2024/07/15", "15 Jul 2024", 20240715), which the rule does without (they count as unknown).
- That parser handles each distinct value separately: for 100,000 mostly distinct "DD.MM.YYYY HH:MM" dates,
  wall_clock took 8.2 s against 0.65 s for :func:`dates_seasons` (the same in ISO: 0.71 s against 0.55 s).
- wall_clock reads a whole value or nothing, so "15.07.2024 г." is unreadable to it; here it is 15 July.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Sequence
from dataclasses import replace
from datetime import date as Date

import numpy as np

from mcu_nlp.cleaning import DASHES, TEMPERATURE
from mcu_nlp.errors import InputError, InputTypeError, McuNlpWarning, Shown, expected, is_missing, outside_level
from mcu_nlp.lexicon import Signal, find_signals  # noqa: F401  (find_signals: used by the doctests)

COLD_MONTHS = frozenset({10, 11, 12, 1, 2, 3, 4})
#: Subjects wholly in the Far North (the list of the areas of the Far North, Совмин СССР 1967 No. 1029, as amended):
#: Якутия, Камчатский край, Магаданская и Мурманская области, the Ненецкий, Чукотский and Ямало-Ненецкий округа.
#: Their heating runs from September into June.
FAR_NORTH = frozenset({"14", "41", "49", "51", "83", "87", "89"})
NORTH_COLD_MONTHS = COLD_MONTHS | {5, 6, 9}
#: Date strings read (the rest of the string, e.g. a time, is ignored): ISO, and Russian day-first with . or /.
DATE_FORMATS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"), "d_my"),
)
#: A time right after a date ('2024-07-15 10:30', '15.07.2024T10:30:00'): hours, minutes, seconds
TIME_AFTER = re.compile(r"[T\s]\s*(\d{1,2}):(\d\d)(?::(\d\d))?")
DateLike = Date | np.datetime64 | str | None
#: Indoors, a temperature below this (°C) is cold at home (flats are to be heated to 18 °C and more).
INDOOR_COLD = 18
#: Words near a temperature that say it is the street's, not the home's ("на улице +14"): no cold at home by itself.
OUTDOORS = re.compile(r"улиц|за\s?окн|снаружи|на двор[еа]", re.IGNORECASE)
#: How many characters around a temperature are searched for OUTDOORS.
OUTDOORS_REACH = 20
#: Indoors, a temperature of this (°C) or more is warm at home (s54), below HOT_WATER (a radiator's or a tap's).
INDOOR_WARM, HOT_WATER = 20, 30
#: Words near a temperature that say it is a radiator's or water's, not the air's at home ("батареи +25").
HEATERS = re.compile(r"батаре|радиатор|вод[аыеуо]|гвс|теплоносител|подач|кран|труб|котл|котёл|стояк", re.IGNORECASE)


def _month(text: str) -> int:
    """The month of 'YYYY-MM-DD…' or of a Russian day-first date 'DD.MM.YYYY…' / 'DD/MM/YYYY…' (``ValueError``)."""
    return read_day(text).month


def read_day(text: str) -> Date:
    """The day of 'YYYY-MM-DD…' or of a Russian day-first date 'DD.MM.YYYY…' / 'DD/MM/YYYY…'; what follows is
    ignored ('15.07.2024 г.'), but a time right after the date must be one: '2025-07-10 25:61' is no date
    (``ValueError``, as for a day or month that does not exist), so the rule never uses a day that the analyze job's
    date column (:func:`mcu_nlp.jobcolumns.dates_written`) would write empty.

    >>> read_day("15.07.2024 г."), read_day("2025-07-10T23:59:59")
    (datetime.date(2024, 7, 15), datetime.date(2025, 7, 10))
    >>> read_day("2025-07-10 25:61")
    Traceback (most recent call last):
    ...
    ValueError: 2025-07-10 25:61
    """
    for pattern, order in DATE_FORMATS:
        found = pattern.match(text)
        if found:
            parts = {key: int(part) for key, part in zip(order, found.groups()) if key != "_"}  # "_": separator
            year = parts["y"] + (2000 if parts["y"] < 100 else 0)
            clock = TIME_AFTER.match(text, found.end())
            if clock and not (int(clock[1]) < 24 and int(clock[2]) < 60 and int(clock[3] or 0) < 60):
                raise ValueError(text)
            return Date(year, parts["m"], parts["d"])  # checks the day and month exist
    raise ValueError(text)


def cold_season(value: object, region: str | None = None) -> bool | None:
    """True in October-April, False in May-September, None when the date is unknown; with the subject ``region``
    (a code) of the Far North (:data:`FAR_NORTH`), True in September-June.

    Strings may be ISO ('2021-01-15', with a time or not) or Russian, day first ('15.01.2021', '15/01/2021 10:00').

    >>> cold_season("2021-01-15"), cold_season("2021-07-01T10:00:00"), cold_season(None)
    (True, False, None)
    >>> cold_season("15.07.2024"), cold_season("05/01/2024 10:00"), cold_season("01.11.21")
    (False, True, True)
    >>> cold_season(np.datetime64("2024-07-15T10:00")), cold_season(np.datetime64("NaT"))
    (False, None)
    >>> cold_season("2024-09-20", "89"), cold_season("2024-06-05", "14"), cold_season("2024-07-15", "89")
    (True, True, False)
    """
    month = month_of(value)
    if month is None:
        return None
    return month in (NORTH_COLD_MONTHS if region in FAR_NORTH else COLD_MONTHS)


def month_of(value: object) -> int | None:
    """The month of a date value as :func:`cold_season` reads it, None when unknown (``ValueError``, ``TypeError``
    for one that cannot be read)."""
    if value is None or is_missing(value):  # pd.NaT is a datetime too: its month is NaN, not a warm month
        return None
    if isinstance(value, Date):  # datetime and pandas.Timestamp are dates too
        month = value.month
    elif isinstance(value, np.datetime64):  # the items of a datetime column's .values
        if np.isnat(value):
            return None
        month = int(value.astype("datetime64[M]").astype(np.int64)) % 12 + 1
    elif isinstance(value, str):
        if not value.strip():
            return None
        try:
            month = _month(value.strip())
        except ValueError:
            fix = "pass a date, a 'YYYY-MM-DD' or 'DD.MM.YYYY' string or None"
            raise InputError(expected("a date 'YYYY-MM-DD' or 'DD.MM.YYYY'", value, fix)) from None
    elif str(value) == "NaT":
        return None
    else:
        raise InputTypeError(expected("a date, a 'YYYY-MM-DD' string or None", value))
    return month


def northern_dates(dates: Sequence[DateLike], regions: Sequence[str | None]) -> list[DateLike]:
    """``dates`` for the season rule, each text's subject code in ``regions``: a date in a Far North subject's longer
    cold season (September, May, June) is None, unknown, so the rule lowers nothing, as in October-April. A date that
    cannot be read is left to the rule (it warns).

    >>> northern_dates(["2024-09-20", "2024-09-20", "2024-07-10", None, "bad"], ["89", "46", "89", "89", "89"])
    [None, '2024-09-20', '2024-07-10', None, 'bad']
    """
    out = list(dates)
    for i, (value, region) in enumerate(zip(dates, regions, strict=True)):
        if region in FAR_NORTH:
            with contextlib.suppress(TypeError, ValueError):
                out[i] = None if month_of(value) in NORTH_COLD_MONTHS - COLD_MONTHS else value
    return out


def stated_temperature(text: str) -> bool | None:
    """What the temperatures of ``text`` (as :data:`mcu_nlp.cleaning.TEMPERATURE` reads them) state, in one scan:
    True for the cold (a frost, or below INDOOR_COLD not said of the street), else False for a warm home (from
    INDOOR_WARM up to HOT_WATER, said neither of the street nor of a radiator or water), else None.

    >>> [stated_temperature(t) for t in ("дома 14 градусов", "в квартире +21", "дома +21, у соседей 14 градусов",
    ...  "дома 18°")]
    [True, False, True, None]
    """
    if not any(ch.isdigit() for ch in text):
        return None
    text = DASHES.sub("-", text)
    warm = False
    for found in TEMPERATURE.finditer(text):
        value = int(found["value"])
        if found["sign"] == "-":
            if value > 0:
                return True
        elif value < INDOOR_COLD or (not warm and INDOOR_WARM <= value < HOT_WATER):
            near = text[max(0, found.start() - OUTDOORS_REACH): found.end() + OUTDOORS_REACH]
            if OUTDOORS.search(near):
                continue
            if value < INDOOR_COLD:
                return True
            warm = not HEATERS.search(near)
    return False if warm else None


def says_cold(text: str) -> bool:
    """Whether ``text`` states the cold: a frost (a temperature below zero) or a temperature below INDOOR_COLD not
    said of the street (:func:`stated_temperature`).

    >>> [says_cold(t) for t in ("дома 14 градусов", "-45 на улице", "+14 в квартире", "на улице +14", "дома 20°")]
    [True, True, True, False, False]
    """
    return stated_temperature(text) is True


def says_warm(text: str) -> bool:
    """Whether ``text`` states a warm home: a temperature from INDOOR_WARM up to HOT_WATER not said of the street nor
    of a radiator or water («в квартире +21», «дома 22 градуса»), and no cold stated (:func:`stated_temperature`).

    >>> [says_warm(t) for t in ("в квартире +21, отопление не включили", "на улице +21", "батареи +25 еле тёплые",
    ...  "дома +21, а у соседей 14 градусов", "из крана еле тёплая, +30 максимум", "дома 18°")]
    [True, False, False, False, False, False]
    """
    return stated_temperature(text) is False


def stated_seasons(texts: Sequence[str], colds: list[bool | None]) -> list[bool | None]:
    """``colds`` with a warm date (False) read as unknown where the text states the cold (:func:`says_cold`):
    urgency.md makes heating critical "in the cold season, or when the text says it is cold at home"; and any date
    read as warm (False) where the text states a warm home (:func:`says_warm`: «Октябрь, в квартире +21, отопление
    ещё не включили» asks about the season, no one is cold). Each text's temperatures are read once.

    >>> stated_seasons(["Нет отопления, дома 14 градусов", "Нет отопления", "Отопления нет, дома +21"],
    ...                [False, False, True])
    [None, False, False]
    """
    out: list[bool | None] = []
    for text, cold in zip(texts, colds):
        stated = stated_temperature(text)
        out.append(False if stated is False else None if cold is False and stated else cold)
    return out


def seasonal(signals: list[Signal], cold: bool | None) -> list[Signal]:
    """Heating signals one level lower in the warm season, unless the text says it is cold at home.

    >>> found = find_signals("Нет отопления")
    >>> [s.level for s in seasonal(found, cold=False)], [s.level for s in seasonal(found, cold=None)]
    (['high'], ['critical'])
    """
    if cold is not False or any(s.group == "cold" for s in signals):
        return signals
    lower = {"critical": "high", "high": "normal", "normal": "normal"}
    return [replace(s, level=lower[s.level]) if s.group == "heating" else s for s in signals]


def dates_seasons(dates: Sequence[DateLike] | None, n: int) -> list[bool | None]:
    """Season of each date; a date that cannot be read counts as unknown (with one warning), so that one bad
    date never stops a batch."""
    if dates is None:
        return [None] * n
    dates = list(dates)
    if len(dates) != n:
        raise InputError(expected(f"{n} dates, one per text", Shown(f"{len(dates)} dates")))
    out: list[bool | None] = []
    unreadable = []
    for i, value in enumerate(dates):
        try:
            out.append(cold_season(value))
        except (TypeError, ValueError):
            out.append(None)
            unreadable.append(i)
    if unreadable:
        warnings.warn(unreadable_dates_message(unreadable), McuNlpWarning, stacklevel=outside_level())
    return out


def dates_count(n: int) -> str:
    """'1 date', '2 dates': the start of a warning about unreadable dates."""
    return f"{n} date" if n == 1 else f"{n} dates"


def unreadable_dates_message(bad: list[int], where: str = "", within: str = "") -> str:
    """The warning for the dates at positions ``bad`` that count as unknown (``where``: " in partition 3", and
    ``within``: how its positions count), as the season rule, ``analyze_batch`` and ``analyze_dask`` give it.

    >>> unreadable_dates_message([0])
    "1 date could not be read (positions [0]) and count as unknown; pass dates, 'YYYY-MM-DD' or 'DD.MM.YYYY' \
strings or None"
    """
    shown = f"{bad[:5]}{'...' if len(bad) > 5 else ''}"
    return (f"{dates_count(len(bad))}{where} could not be read (positions {shown}{within}) and count as unknown; "
            "pass dates, 'YYYY-MM-DD' or 'DD.MM.YYYY' strings or None")


def heating_only(signals: list[Signal]) -> bool:
    critical = [s for s in signals if s.level == "critical"]
    cold_at_home = any(s.group == "cold" for s in signals)
    return bool(critical) and all(s.group == "heating" for s in critical) and not cold_at_home


def warm_heating(row: np.ndarray) -> np.ndarray:
    """Probabilities (critical, high, normal) with critical moved to high: heating one level lower.

    >>> warm_heating(np.array([0.6, 0.3, 0.1])).round(2).tolist()
    [0.0, 0.9, 0.1]
    """
    return np.array([0.0, row[0] + row[1], row[2]])
