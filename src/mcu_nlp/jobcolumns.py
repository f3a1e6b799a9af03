"""The columns an analyze job writes: the input's id, date and region columns (passed through), the row number,
the text and the analysis; chosen from all the input's columns (a CSV's header, a Parquet schema, the keys of JSON
lines, some of which may first come late), checked against the options given."""

from __future__ import annotations

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
