"""The columns an analyze job writes: the input's id, date and region columns (passed through), the row number,
the text and the analysis; chosen from all the input's columns (a CSV's header, a Parquet schema, the keys of JSON
lines, some of which may first come late), checked against the options given."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from mcu_nlp.errors import InputError, Shown, columns_shown, expected
from mcu_nlp.frames import FRAME_COLUMNS, check_text_column
from mcu_nlp.headers import table_columns
from mcu_nlp.jsonrows import WRITTEN, jsonl_keys
from mcu_nlp.regions import check_region_column
from mcu_nlp.tablefiles import ERROR


def file_columns(source: Path, fmt: str, chunk: list[dict[str, Any]], wanted: set[str | None],
                 encoding: str | None) -> set[str]:
    """The columns of the input that the job may read: a CSV's header, a Parquet schema; of JSON lines, the keys of
    the first chunk, and of the ``wanted`` ones it lacks those a later row has (the rest of the file is read for
    them: an id that first came in the second chunk was dropped from every row of the output)."""
    if fmt != "jsonl":  # the header, not the first chunk's rows: malformed rows lack fields
        return set(table_columns(source, fmt, encoding, "--encoding"))
    seen = set().union(*(row.keys() for row in chunk)) - {ERROR, WRITTEN}
    missing = {c for c in wanted if c} - seen
    return seen | jsonl_keys(source, missing, encoding, "--encoding") if missing else seen


def output_columns(seen: set[str], text_column: str, id_column: str | None, date_column: str | None,
                   region_column: str | None) -> list[str]:
    """Output columns: the id, date and region columns of the input (if any), row number, text, analysis."""
    ours = (*FRAME_COLUMNS, "row")
    check_text_column(sorted(seen), text_column, written=ours, option="--text-column")
    ids = [id_column] if id_column else [c for c in ("id",) if c in seen]
    for given, option, what in ((id_column, "--id-column", "an id"), (date_column, "--date-column", "a date"),
                                (region_column, "--region-column", "a region")):
        if given == text_column:  # two columns 'text' (the redacted text twice in CSV, a KeyError in Parquet)
            raise InputError(expected(f"{what} column other than the text column", Shown(repr(given)),
                                      f"check {option}"))
        if given and given not in seen:
            raise InputError(expected(f"a column {given!r}", columns_shown(sorted(seen)), f"check {option}"))
        if given in ours:  # the output had two columns of that name, the input's values replaced
            raise InputError(expected(f"{option} not named like a column the job writes {ours}", Shown(repr(given)),
                                      "rename it in the input"))
    check_region_column(sorted(seen), region_column, text_column, option="--region-column")
    carried = [c for c in dict.fromkeys((date_column, region_column)) if c and c not in ids]
    return [*ids, *carried, "row", text_column, *FRAME_COLUMNS]


def kept_columns(columns: list[str], text_column: str) -> list[str]:
    """The input's columns passed through as they are (the id, date and region columns)."""
    return [c for c in columns if c not in FRAME_COLUMNS and c not in (text_column, "row")]


def dates_written(values: list[Any]) -> list[Any]:
    """A date column's cells as an analyze job writes them: a date or a time as it is (a Parquet timestamp), any
    other value as the date it holds, read as ``report`` and ``forecast`` read dates (:func:`mcu_nlp.dates.wall_clock`:
    ISO or Russian day-first, the whole value or nothing), in ISO («2024-01-05», «2024-01-05 10:30:00»), else as the
    day the season rule read in it (:func:`mcu_nlp.season.read_day`: «15.07.2024 г.» as «2024-07-15»), so a day the
    rule used is always written; None when it holds no date. A date cell may hold anything, a name and a phone too: it
    is never copied as written.

    >>> dates_written(["05.01.2024", "2024-03-01 10:30", "Иванов 89123456789", None, 20240105, "15.07.2024 г."])
    ['2024-01-05', '2024-03-01 10:30:00', None, None, None, '2024-07-15']
    >>> dates_written(["2025-07-10 25:61"])  # no time, so no date: the season rule does not use it either
    [None]
    """
    import datetime

    import numpy as np

    from mcu_nlp.dates import wall_clock
    from mcu_nlp.errors import is_missing
    from mcu_nlp.season import read_day

    read = [i for i, v in enumerate(values) if not isinstance(v, (datetime.date, np.datetime64)) and not is_missing(v)]
    out = [v if isinstance(v, (datetime.date, np.datetime64)) else None for v in values]
    texts = [values[i] if isinstance(values[i], str) else "" for i in read]  # a number, a bool, a dict: no date
    for i, stamp in zip(read, wall_clock(texts) if read else []):
        if stamp == stamp:  # not NaT
            out[i] = stamp.date().isoformat() if stamp == stamp.normalize() else str(stamp)
        elif isinstance(values[i], str):
            with contextlib.suppress(ValueError):
                out[i] = read_day(values[i].strip()).isoformat()
    return out


def unread_regions(values: list[Any]) -> list[bool]:
    """Which of a region column's cells are not read as a subject code (:func:`mcu_nlp.regions.row_regions`; an empty
    cell is read as no region): an analyze job writes those empty (the row is analysed without one, and the job warns
once with the rows, :meth:`~mcu_nlp.jobchunk.ChunkTally.warn_regions`). A region
    cell may hold anything, a name and a phone too: like a date cell's, it is never copied unread.

    >>> unread_regions(["78", 46, 46.0, "", None, "Иванов 89123456789", "99"])
    [False, False, False, False, False, True, True]
    """
    from mcu_nlp.regions import row_regions

    return [problem is not None for problem in row_regions(values)[1]]


def date_types(types: dict[str, Any], date_column: str | None) -> dict[str, Any]:
    """``types`` (a Parquet input's columns passed through) without the date column's unless it holds dates or times:
    a text or number column's dates are written as ISO text (:func:`dates_written`)."""
    import pyarrow as pa

    kind = types.get(date_column) if date_column else None
    if kind is None or pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        return types
    return {c: t for c, t in types.items() if c != date_column}
