"""The season rule of the urgency model: heating matters in the cold season, October to April.

When a date in May-September is given, "heating" signals (no heating, weak heating) count one level lower, and a
text whose only critical evidence is heating is not critical: the urgency model moves its probability of
``critical`` to ``high`` (:func:`warm_heating`), unless the text says it is cold at home ("мерзнем", "холодно в
квартире"), as urgency.md says (heating is critical "in the cold season, or when the text says it is cold"). Without a
date, or with one that cannot be read (a warning, no error), nothing changes, so unknown dates never hide a heating
failure. The rule is fixed, not learned: the training appeals (SPb) were all written between October and April.
Regions with a longer season (ЯНАО) are not special-cased.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import replace
from datetime import date as Date
from datetime import datetime

import numpy as np

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.lexicon import Signal, find_signals  # noqa: F401  (find_signals: used by the doctests)

COLD_MONTHS = frozenset({10, 11, 12, 1, 2, 3, 4})
DateLike = Date | str | None


def cold_season(value: object) -> bool | None:
    """True in October-April, False in May-September, None when the date is unknown.

    >>> cold_season("2021-01-15"), cold_season("2021-07-01T10:00:00"), cold_season(None)
    (True, False, None)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, Date):  # datetime and pandas.Timestamp are dates too
        month = value.month
    elif isinstance(value, str):
        if not value.strip():
            return None
        try:
            month = datetime.strptime(value.strip()[:10], "%Y-%m-%d").month
        except ValueError:
            fix = "pass a date, a 'YYYY-MM-DD' string or None"
            raise InputError(expected("a date 'YYYY-MM-DD'", value, fix)) from None
    elif str(value) == "NaT":
        return None
    else:
        raise TypeError(expected("a date, a 'YYYY-MM-DD' string or None", value))
    return month in COLD_MONTHS


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
        warnings.warn(f"{len(unreadable)} dates could not be read (positions {unreadable[:5]}...) and count as unknown;"
                      " pass dates, 'YYYY-MM-DD' strings or None", UserWarning, stacklevel=3)
    return out


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
