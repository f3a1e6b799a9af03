"""Reading tables in chunks, in constant memory: CSV, JSONL and Parquet (the job's part files are written by
:mod:`mcu_nlp.partfiles`).

Which format a file is, and how it is opened: :mod:`mcu_nlp.tablefiles`; a CSV's header: :mod:`mcu_nlp.headers`.
Readers never drop a row: a line that cannot be parsed (a broken JSON line, a CSV row with the wrong
number of fields) comes out as a row whose ``_error`` column says why, with the fields of it that are not in doubt
(its id, most often). Blank lines are no rows. How a CSV record broken by a stray quote is read:
:mod:`mcu_nlp.csvrecords`.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any

from mcu_nlp.charsets import UTF8, check_encoding
from mcu_nlp.csvrecords import REPEATED_HEADER, csv_records
from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.headers import BLANK, csv_start, first_of_names, header_names
from mcu_nlp.jsonrows import jsonl_rows
from mcu_nlp.tablefiles import ERROR, check_input_file, extension_separator, open_text, table_format, text_codec


def read_csv_frame(path: str | Path, encoding: str | None = None, option: str | None = None, **options: Any) -> Any:
    """A whole CSV (plain, .gz, .bz2 or .xz) as a pandas DataFrame, read as :func:`read_chunks` reads it:
    separated as its header line is (:func:`mcu_nlp.headers.csv_delimiter`), Excel's byte-order mark dropped, in
    ``encoding`` (None: UTF-8, or what a UTF-16/32 byte-order mark says; a file that looks like cp1251 or KOI8-R stops;
    ``option``: the command's option that sets it, if any).
    ``options`` go to ``pandas.read_csv`` (``dtype``,
    ``keep_default_na``...). For tables that fit in memory (training data, counts).
    """
    import pandas as pd

    with open_text(Path(path), encoding, option) as file:
        delimiter, header, skipped = csv_start(file, extension_separator(Path(path)))
    first_of_names(header_names(header, delimiter), Path(path).name)
    codec = text_codec(Path(path), encoding, option)
    # pandas drops the byte-order mark itself; decoding as plain UTF-8 keeps an error's byte offset the file's own
    codec = "utf-8" if codec == UTF8 else codec
    # the lines skipped before the header skipped by pandas too: it reads a line of spaces and a tab as a row of a
    # table of tabs, so the first of such lines became the header
    return pd.read_csv(path, sep=delimiter, encoding=codec, skiprows=skipped or None, **options)


def record_lines(path: str | Path, positions: list[int]) -> list[int]:
    """The file's line numbers (from 1, the header's included) where the records at ``positions`` (from 0, as
    pandas numbers a CSV or JSONL file's rows: blank lines and lines of spaces are no rows) start; a record over
    several lines is named by its first. For error messages: a user looks for line 74, not row 72.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "t.csv").write_text('id,text\\n1,a\\n  \\n2,"b\\nc"\\n3,d\\n', encoding="utf-8")
    >>> record_lines(folder / "t.csv", [0, 1, 2])
    [2, 4, 6]
    """
    path, wanted = Path(path), set(positions)
    starts: dict[int, int] = {}
    with open_text(path) as file:
        for position, line in enumerate(_record_starts(file, table_format(path), extension_separator(path))):
            if position in wanted:
                starts[position] = line
            if len(starts) == len(wanted):
                break
    return [starts[p] for p in positions]


def table_rows(path: str | Path, rows: list[int]) -> str:
    """The rows of a table as a user finds them: lines of a CSV or JSONL file, rows from 1 of a Parquet one."""
    shown = rows[:10]
    more = f" and {len(rows) - 10} more" if len(rows) > 10 else ""
    if table_format(path) == "parquet":
        return f"row{'s' * (len(rows) > 1)} {', '.join(str(i + 1) for i in shown)}{more} (the first is 1)"
    return f"line{'s' * (len(rows) > 1)} {', '.join(map(str, record_lines(path, shown)))}{more}"


def _record_starts(file: Any, fmt: str, separator: str | None) -> Iterator[int]:
    """The line (from 1) where each row of a JSONL or CSV file starts, as pandas reads the file: a JSONL line of
    whitespace, and before a CSV header or between its records a line of spaces and tabs only (bar the separator),
    are no rows; a CSV record starts after Excel's ``sep=`` line and the header."""
    if fmt != "csv":
        yield from (number for number, line in enumerate(file, 1) if line.strip())
        return
    delimiter, first, skipped = csv_start(file, separator)
    blank, last = set(BLANK) - {delimiter}, [""]
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(_remembering(chain([first], file), last), delimiter=delimiter)
    header = True
    while True:
        before = reader.line_num
        if next(reader, None) is None:
            return
        if reader.line_num == before + 1 and set(last[0].rstrip("\r\n")) <= blank:
            continue  # a blank line, or one of spaces (a quoted '"  "' is a row: it holds a quote)
        if not header:
            yield skipped + before + 1
        header = False


def _remembering(lines: Iterator[str], last: list[str]) -> Iterator[str]:
    """``lines``, each kept in ``last[0]`` as it is read: the line a one-line CSV record was read from."""
    for line in lines:
        last[0] = line
        yield line


def _csv_rows(path: Path, encoding: str | None, option: str | None) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(sys.maxsize)
    with open_text(path, encoding, option) as file:
        # Excel's 'sep=;' line names the separator, the header follows (it was read as the header, ['', 'sep='])
        delimiter, first, skipped = csv_start(file, extension_separator(path))
        if not first:
            raise _empty(path, "a CSV table with a header row and a text column")
        header = header_names(first, delimiter)
        firsts = first_of_names(header, path.name)
        for fields, problem in csv_records(file, skipped + 2, delimiter, header):
            if firsts is None:
                row = dict(zip(header, fields))
            else:  # a row that is short of fields (malformed) keeps those it has, as zip keeps them
                row = {header[i]: fields[i] for i in firsts if i < len(fields)}
            if problem:
                problem = problem if problem.startswith(REPEATED_HEADER) else f"malformed CSV row: {problem}"
            yield {**row, ERROR: problem} if problem else row


def _empty(path: Path, what: str) -> InputError:
    """An empty input stops the job (exit 2): it gave a header-only output and exit 0."""
    return InputError(expected(what, Shown(f"an empty file, no text column ({path.name})"),
                               "check the path or the export"))


def _in_chunks(rows: Iterator[dict[str, Any]], size: int, chars: int | None) -> Iterator[list[dict[str, Any]]]:
    """Rows in lists of ``size``, or fewer where their text would pass ``chars`` characters (a row longer than that
    alone): a long row weighs as much as a thousand short ones in a worker's memory and time."""
    if chars is None:
        while chunk := list(islice(rows, size)):
            yield chunk
        return
    chunk: list[dict[str, Any]] = []
    held = 0
    for row in rows:
        length = sum(len(value) for value in row.values() if isinstance(value, (str, bytes)))  # bytes: binary text
        if chunk and (len(chunk) == size or held + length > chars):
            yield chunk
            chunk, held = [], 0
        chunk.append(row)
        held += length
    if chunk:
        yield chunk


def _parquet_file(path: Path) -> tuple[Any, list[int] | None]:
    """A Parquet file open for reading, and the positions of the first column of each name when it repeats one (with
    :func:`~mcu_nlp.headers.first_of_names`' warning), as a CSV's header is read."""
    import pyarrow.parquet as pq

    file = pq.ParquetFile(path)
    return file, first_of_names(file.schema_arrow.names, path.name)


def _parquet_rows(path: Path, size: int) -> Iterator[dict[str, Any]]:
    file, firsts = _parquet_file(path)  # to_pylist kept the last of a name given twice
    for batch in file.iter_batches(batch_size=size):
        yield from (batch if firsts is None else batch.select(firsts)).to_pylist()


def read_parquet_frame(path: str | Path) -> Any:
    """A whole Parquet file as a pandas DataFrame (training data, counts), as ``pandas.read_parquet`` reads it, but
    of two columns of one name the first, with a warning, as :func:`read_chunks` reads them: ``train``, ``evaluate``
    and ``forecast`` stopped on such a file ("got one Arrow could not read (ArrowInvalid)") where ``analyze`` read it.
    """
    file, firsts = _parquet_file(Path(path))
    table = file.read(use_pandas_metadata=True)
    return (table if firsts is None else table.select(firsts)).to_pandas()


def read_chunks(path: str | Path, size: int = 10_000, fmt: str | None = None, encoding: str | None = None,
                option: str | None = None, chars: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """Yield the rows of a table as lists of dicts, ``size`` rows at a time, or fewer where the text of the next
    row would take the list past ``chars`` characters (None: no such bound; a longer row comes alone).

    ``encoding`` is that of a CSV or JSONL file; None reads UTF-8 (UTF-16 or UTF-32 after their byte-order mark),
    and stops with :class:`InputError` on a file whose first lines look like cp1251 or KOI8-R rather than give each
    row as an error row; a named encoding stops when the first lines read as mojibake in it (:mod:`mcu_nlp.charsets`).
    The messages name ``option``, the command-line option that sets the encoding, if there is one, else say to re-save
    the file as UTF-8. Parquet text is UTF-8: another encoding for it is refused.
    """
    path = Path(path)
    check_input_file(path)
    fmt = table_format(path, fmt)
    check_encoding(encoding, fmt)
    if fmt == "parquet":  # batches of at most 1,000 rows: a batch of 10,000 long texts held gigabytes at once
        return _in_chunks(_parquet_rows(path, min(size, 1_000)), size, chars)
    rows = _csv_rows(path, encoding, option) if fmt == "csv" else _jsonl_rows(path, encoding, option)
    return _in_chunks(rows, size, chars)


def _jsonl_rows(path: Path, encoding: str | None, option: str | None) -> Iterator[dict[str, Any]]:
    empty = True
    for row in jsonl_rows(path, encoding, option):
        empty = False
        yield row
    if empty:
        raise _empty(path, "JSON lines with a text column")
