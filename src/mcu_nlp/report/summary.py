"""The counts of an analysed table that the report shows, read in chunks.

Memory grows with the tables of the page (topics x municipalities, days x topics, the listed critical
rows), not with the rows of the file. Rows with an ``error``, or without a topic, are counted as errors.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mcu_nlp.dates import calendar_days
from mcu_nlp.errors import InputError, Shown, blank, columns_shown, expected

DATE_COLUMNS = ("date", "created_dt")
UNKNOWN = "не определён"
MAX_CRITICAL = 200  # listed on the page; the count above the list is always the full one
CHUNK = 50_000
COLUMNS = ["id", "row", "text", "topic", "urgency", "urgency_score", "municipality", "municipality_oktmo",
           "error", "_error"]


@dataclass
class ReportData:
    """What the page shows, accumulated over the chunks of an analysed table.

    ``crosstab`` counts (topic, municipality), a municipality keyed by its ОКТМО code, or by its name when it
    has none (one name is often several municipalities: Октябрьский район is in dozens of regions);
    ``municipalities`` gives each key's name. ``urgency`` counts levels, ``daily`` counts (day, topic);
    ``critical`` holds the rows listed on the page (at most ``MAX_CRITICAL``).
    """

    source: str
    rows: int = 0
    errors: int = 0
    undated: int = 0
    date_column: str | None = None
    crosstab: Counter[tuple[str, str]] = field(default_factory=Counter)
    urgency: Counter[str] = field(default_factory=Counter)
    daily: Counter[tuple[pd.Timestamp, str]] = field(default_factory=Counter)
    critical: list[dict[str, Any]] = field(default_factory=list)
    critical_total: int = 0
    municipalities: dict[str, str] = field(default_factory=dict)

    @property
    def analysed(self) -> int:
        return self.rows - self.errors


def _chunk_frame(rows: list[dict[str, Any]], date_column: str | None) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows)
    frame = frame.reindex(columns=[*COLUMNS, *([date_column] if date_column else [])])
    frame["failed"] = ~blank(frame["error"]) | ~blank(frame["_error"]) | blank(frame["topic"])
    frame["municipality"] = frame["municipality"].where(~blank(frame["municipality"]), UNKNOWN).astype(str)
    code = frame["municipality_oktmo"]
    frame["place"] = code.astype(str).str.strip().where(~blank(code), frame["municipality"])
    frame["topic"], frame["urgency"] = frame["topic"].astype(str), frame["urgency"].astype(str)
    frame["urgency_score"] = pd.to_numeric(frame["urgency_score"], errors="coerce")
    frame["day"] = calendar_days(frame[date_column]) if date_column else pd.NaT
    return frame


def _date_column(columns: list[str], given: str | None) -> str | None:
    if given is not None:
        if given not in columns:
            got = columns_shown(columns)
            raise InputError(expected(f"a date column {given!r}", got, "pass another date_column"))
        return given
    return next((c for c in DATE_COLUMNS if c in columns), None)


def _check_columns(columns: list[str]) -> None:
    missing = [c for c in ("topic", "urgency") if c not in columns]
    if missing:
        got = columns_shown(sorted(columns)[:12])
        raise InputError(expected("an analysed table with columns topic, urgency", got,
                                  "run `mcu-nlp analyze` on the appeals first"))


def _add_chunk(data: ReportData, frame: pd.DataFrame) -> None:
    good = frame[~frame["failed"]]
    data.rows += len(frame)
    data.errors += int(frame["failed"].sum())
    data.crosstab.update(good.groupby(["topic", "place"]).size().to_dict())
    data.urgency.update(good["urgency"].value_counts().to_dict())
    dated = good[good["day"].notna()] if data.date_column else good.iloc[:0]
    data.undated += len(good) - len(dated)
    data.daily.update(dated.groupby(["day", "topic"]).size().to_dict())
    _add_names(data, good)
    critical = good[good["urgency"] == "critical"]
    data.critical_total += len(critical)
    data.critical = _most_recent([*data.critical, *critical.to_dict("records")])


def _add_names(data: ReportData, good: pd.DataFrame) -> None:
    """The first name seen for each municipality key."""
    first = good.drop_duplicates("place")
    for place, name in zip(first["place"], first["municipality"]):
        data.municipalities.setdefault(place, name)


def _most_recent(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The newest critical rows first, then the surest; at most ``MAX_CRITICAL``."""
    def key(row: dict[str, Any]) -> tuple[float, float]:
        day, score = row.get("day"), row.get("urgency_score")
        return (day.value if isinstance(day, pd.Timestamp) else -np.inf, score if score == score else -1.0)

    return sorted(rows, key=key, reverse=True)[:MAX_CRITICAL]


def summarize(
    analysed_path: str | os.PathLike[str], *, date_column: str | None = None, chunk_size: int = CHUNK
) -> ReportData:
    """Read an analysed table in chunks and count what the report shows.

    The date column is ``date_column`` if given, else ``date`` or ``created_dt`` if present, else
    none (then the page has no trends). Raises :class:`~mcu_nlp.errors.InputError` when the file is
    not an analysed table.
    """
    from mcu_nlp.tables import read_chunks

    path = Path(analysed_path)
    data = ReportData(source=path.name)
    for number, rows in enumerate(read_chunks(path, chunk_size)):
        columns = sorted(set().union(*(row.keys() for row in rows)))
        if number == 0:
            _check_columns(columns)
            data.date_column = _date_column(columns, date_column)
        _add_chunk(data, _chunk_frame(rows, data.date_column))
    if data.rows == 0:
        raise InputError(expected("an analysed table with at least one row", Shown(f"an empty table ({path.name})"),
                                  "check the path, or run mcu-nlp analyze on a table that has rows and report its "
                                  "output"))
    return data
