"""CSV records read one at a time, a record found broken costing one row, not the rest of the file
(:func:`csv_records`; :mod:`mcu_nlp.tables` reads the tables).

Readers never drop a row: a line that cannot be parsed (a CSV row with the wrong number of fields) comes out as its
fields that are not in doubt (its id, most often: :func:`_sure_fields`) and the reason. Blank lines are no rows.

A quoted CSV field may hold line breaks (appeals have paragraphs), so one record may span several lines. A stray
quote (``200,"кавычка без пары``) would make every line after it part of one field, to the end of the file or to
the next quote. So a record that spans several lines is taken as one only when its quoted field closes before the
end of the file, within :data:`MAX_RECORD_LINES` lines, as RFC 4180 has it (the closing quote followed by a
separator or the line end). Otherwise its first line is a malformed row and reading starts again on its second
line, so the rows after a stray quote are read as rows. At most :data:`MAX_RECORD_LINES` lines are held at a time.
The lines read again may as well be the rest of the broken record's text (a file cut by ``head`` inside a quoted
field, a quote never closed): a line there is a row only if its first field looks like those of the rows read well
(:class:`_Shapes`), else it is taken for that text and makes no row; a malformed row keeps no field unlike its
column's, so no free text (names, phone numbers) goes out in the id column.
"""

from __future__ import annotations

import csv
import re
from collections import deque
from collections.abc import Iterator
from typing import Any

#: lines one CSV record may span: 24 at most in 59,889 SPb appeals; more is taken for a stray quote
MAX_RECORD_LINES = 100
#: a field this long is free text: ids, dates and region codes are shorter
SHORT = 40
WHITESPACE = re.compile(r"\s")
SHAPE_KINDS = [("9", re.compile(r"\d")), ("a", re.compile(r"[^\W\d_]")), (" ", WHITESPACE),
               (".", re.compile(r"[^\w\s]|_"))]


class _Unclosed(Exception):
    """A quoted field still open at the end of the file, or after :data:`MAX_RECORD_LINES` lines."""


class _Lines:
    """The lines of a CSV file as ``csv.reader`` asks for them, the lines of the record being read kept aside, so
    that a record found broken can be read again from its second line (:meth:`put_back`)."""

    def __init__(self, file: Any, first_number: int) -> None:
        self.file, self.number = file, first_number  # number: the file's line number of the next line
        self.again: deque[str] = deque()
        self.record: list[str] = []
        self.doubtful = False  # whether the record being read starts on a line put back: text of a broken record?

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if len(self.record) >= MAX_RECORD_LINES:
            raise _Unclosed(f"within {MAX_RECORD_LINES} lines")
        if not self.record:
            self.doubtful = bool(self.again)
        line = self.again.popleft() if self.again else next(self.file, None)
        if line is None:
            if self.record:  # csv.reader asks for a line inside a record only when a quoted field is open
                raise _Unclosed("before the end of the file")
            raise StopIteration
        self.record.append(line)
        self.number += 1
        return line

    def take(self) -> tuple[int, list[str], bool]:
        """The line number and the lines of the record just read, and whether it starts on a line put back; the
        next record starts empty."""
        record, self.record = self.record, []
        return self.number - len(record), record, self.doubtful

    def put_back(self, lines: list[str]) -> None:
        self.again.extendleft(reversed(lines))
        self.number -= len(lines)


class _Shapes:
    """What the leading fields of the rows read well look like, per column (:func:`field_shape`): a field of a
    broken row, or the first field of a line after a broken record's first line, is taken as data only if it looks
    the same. The line after an unclosed quote may be the rest of the text ('Иванов Иван 89123456789, ул. Мира 3'):
    read as a row, it put a name and a phone number in the id column."""

    def __init__(self, width: int) -> None:
        self.seen: list[set[str]] = [set() for _ in range(max(width - 1, 0))]

    def learn(self, fields: list[str]) -> None:
        for seen, value in zip(self.seen, fields):
            seen.add(field_shape(value))

    def fits(self, column: int, value: str) -> bool:
        """Whether ``value`` looks like the fields of ``column`` read well (before any: short, without a space);
        in a table of one column (texts alone) any line is a row, as no id can take a text's words."""
        if not self.seen:
            return True
        seen = self.seen[column] if column < len(self.seen) else set()
        return field_shape(value) in seen if seen else len(value) <= SHORT and not WHITESPACE.search(value)

    def sure(self, line: str, delimiter: str) -> list[str]:
        """:func:`_sure_fields` of a malformed line, up to the first that does not look like its column's."""
        fields = _sure_fields(line, delimiter, len(self.seen) + 1)
        fitting = next((i for i, value in enumerate(fields) if not self.fits(i, value)), len(fields))
        return fields[:fitting]


def field_shape(value: str) -> str:
    """The kinds of characters a field holds: 9 digits, a letters, a space, . anything else; long text apart.

    >>> field_shape("1024"), field_shape("2024-01-01"), field_shape("Иванов Иван 89123456789"), field_shape("")
    ('9', '9.', '9a ', '')
    """
    if value.isdigit():  # the common id, fast
        return "9"
    if len(value) > SHORT:
        return "long"
    return "".join(mark for mark, kind in SHAPE_KINDS if kind.search(value))


def _closed_properly(lines: list[str], delimiter: str) -> bool:
    """Whether the quotes of a record over several lines close as RFC 4180 has it (a stray quote closed by the
    next quote in the file leaves text after the closing quote)."""
    try:
        next(csv.reader(lines, delimiter=delimiter, strict=True))
        return True
    except csv.Error:
        return False


def _sure_fields(line: str, delimiter: str, width: int) -> list[str]:
    """The leading fields of a malformed line that are not in doubt (the id, most often): those a separator ends
    before the line's first quote; in a line without quotes only the first (which separator is extra or missing
    cannot be told). Never all ``width`` of them: the row is malformed.

    >>> _sure_fields('100,"Ремонт" обещали, но нет света', ",", 2), _sure_fields("7,a,b", ",", 2)
    (['100'], ['7'])
    """
    before, quote, _ = line.partition('"')
    if quote:
        return before.split(delimiter)[:-1][: width - 1]
    return line.rstrip("\r\n").split(delimiter)[: min(1, width - 1)] if line.strip() else []


def csv_records(file: Any, first_number: int, delimiter: str, width: int) -> Iterator[tuple[list[str], str]]:
    """``(fields, "")`` per record of ``file`` (an open text file, ``first_number`` the file's number of its next
    line); ``(sure fields, reason)`` per malformed one. A broken record over several lines is a malformed row of its
    first line, and reading goes on from its second: a line from there that does not start like a row
    (:class:`_Shapes`) is taken for the broken record's text, no row. Blank lines are no rows."""
    lines, shapes = _Lines(file, first_number), _Shapes(width)
    while True:
        try:
            for fields in csv.reader(lines, delimiter=delimiter):
                number, record, doubtful = lines.take()
                if doubtful and not (fields and shapes.fits(0, fields[0])):
                    lines.put_back(record[1:])  # the rest of a broken record's text: no row of its own
                elif not fields:  # a blank line (one inside a quoted field is part of the field)
                    continue
                elif len(record) > 1 and not _closed_properly(record, delimiter):
                    lines.put_back(record[1:])
                    yield shapes.sure(record[0], delimiter), \
                        f"a quoted field opened on line {number} is not closed properly"
                elif len(fields) != width:
                    yield shapes.sure(record[0], delimiter), f"{len(fields)} fields, expected {width}"
                else:
                    shapes.learn(fields)
                    yield fields, ""
            return
        except (_Unclosed, csv.Error) as broken:  # csv.Error: e.g. a NUL character before Python 3.11
            number, record, doubtful = lines.take()
            lines.put_back(record[1:])
            sure = shapes.sure(record[0], delimiter)
            if doubtful and not sure:
                continue
            reason = f"a quoted field opened on line {number} is not closed {broken}"
            yield sure, reason if isinstance(broken, _Unclosed) else f"line {number} is not CSV"
