"""CSV records read one at a time, a record found broken costing one row, not the rest of the file
(:func:`csv_records`; :mod:`mcu_nlp.tables` reads the tables).

Every line that is not blank is accounted for: it is part of a record, or of a row with an error, or named in the
error of a broken record as taken for its text (below). A line that cannot be parsed (a CSV row with the wrong
number of fields) comes out as a row of its fields that are not in doubt (its id, most often: ``sure_fields``) and
the reason. A row short of its last fields is read with them empty, as pandas reads it, when its first field looks
like an id (``FieldShapes.fits``, :mod:`mcu_nlp.field_shapes`); more fields than the header is malformed. Blank
lines are no rows, nor lines of only spaces and tabs (pandas skips them too; one was an error row «1 field, expected
N»).

A quoted CSV field may hold line breaks (appeals have paragraphs), so one record may span several lines. A stray
quote (``200,"кавычка без пары``) would make every line after it part of one field, to the end of the file or to the
next quote. So a record that spans several lines is taken as one only when its quoted field closes before the end of
the file, within :data:`MAX_RECORD_LINES` lines, as RFC 4180 has it (the closing quote followed by a separator or
the line end). Otherwise its first line is a malformed row and reading starts again on its second line, so the rows
after a stray quote are read as rows. At most :data:`MAX_RECORD_LINES` lines are held at a time. The lines read
again may as well be the rest of the broken record's text (a file cut by ``head`` inside a quoted field, a quote
never closed). The lines right after the broken record's first line, up to the first that starts like a row, are
taken for that text: each makes no row of its own, and the broken record's row says which they are (``...; lines 4-6
taken for its text``), so that none is lost unseen. A line starts like a row when its first field looks like those
of the rows read well (``FieldShapes.fits``, :mod:`mcu_nlp.field_shapes`: the same kinds of characters, at most one
longer than the longest, any shorter) and is no personal data (no :mod:`mcu_nlp.personal_data` rule would mask it,
unless it goes on from the last id read: ``goes_on``); a malformed row keeps no field that fails this test either,
so no free text (names, phone numbers, e-mails) goes out in the id column. So a row right after a broken record is
taken for its text, and named in its error, only when its id does not look like the ids read before it.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator
from typing import Any

from mcu_nlp.field_shapes import FieldShapes
from mcu_nlp.headers import BLANK

#: the kind of error of a record that repeats the header (:func:`repeats_header`)
REPEATED_HEADER = "repeated header"
#: lines one CSV record may span: 24 at most in 59,889 SPb appeals; more is taken for a stray quote
MAX_RECORD_LINES = 100


class _Unclosed(Exception):
    """A quoted field still open at the end of the file, or after :data:`MAX_RECORD_LINES` lines."""


class _Lines:
    """The lines of a CSV file as ``csv.reader`` asks for them, the lines of the record being read kept aside, so
    that a record found broken can be read again from its second line (:meth:`put_back`)."""

    def __init__(self, file: Any, first_number: int) -> None:
        self.file, self.number = file, first_number  # number: the file's line number of the next line
        self.again: deque[str] = deque()
        self.record: list[str] = []
        self.doubtful = False  # whether the record being read may be text of a broken record
        self.text_may_follow = False  # lines put back and no row read since: the next may be a broken record's text

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if len(self.record) >= MAX_RECORD_LINES:
            raise _Unclosed(f"within {MAX_RECORD_LINES} lines")
        if not self.record:
            self.doubtful = bool(self.again) and self.text_may_follow
        line = self.again.popleft() if self.again else next(self.file, None)
        if line is None:
            if self.record:  # csv.reader asks for a line inside a record only when a quoted field is open
                raise _Unclosed("before the end of the file")
            raise StopIteration
        self.record.append(line)
        self.number += 1
        return line

    def take(self) -> tuple[int, list[str], bool]:
        """The line number and the lines of the record just read, and whether it may be a broken record's text;
        the next record starts empty."""
        record, self.record = self.record, []
        return self.number - len(record), record, self.doubtful

    def put_back(self, lines: list[str]) -> None:
        self.again.extendleft(reversed(lines))
        self.number -= len(lines)
        self.text_may_follow = True

    def row_read(self) -> None:
        """A row was read: a broken record's text, if any, has ended."""
        self.text_may_follow = False


def repeats_header(fields: list[str], header: list[str]) -> bool:
    """Whether a record holds the column names of ``header`` again, maybe as another export writes them: case,
    spaces and byte-order marks aside («\ufeffID, Text»: compared as written, it was analysed as an appeal).

    >>> repeats_header(["\ufeffid", "text"], ["id", "text"]), repeats_header(["id", "Нет воды"], ["id", "text"])
    (True, False)
    >>> repeats_header([" ID", "Текст обращения "], ["id", "текст  обращения"])
    True
    """
    return len(fields) == len(header) > 0 and all(map(_same_name, fields, header))


def _same_name(field: str, name: str) -> bool:
    """Whether a field is the column ``name``, case, spaces and marks aside (a text far longer is not folded)."""
    if field == name:
        return True
    first, other = (text.lstrip().lstrip("\ufeff").lstrip()[:1].casefold() for text in (field, name))
    return len(field) <= 2 * len(name) + 8 and first == other and _folded(field) == _folded(name)


def _folded(name: str) -> str:
    return "".join(name.replace("\ufeff", " ").split()).casefold()


def _closed_properly(lines: list[str], delimiter: str) -> bool:
    """Whether the quotes of a record over several lines close as RFC 4180 has it (a stray quote closed by the
    next quote in the file leaves text after the closing quote)."""
    try:
        next(csv.reader(lines, delimiter=delimiter, strict=True))
        return True
    except csv.Error:
        return False


def csv_records(file: Any, first_number: int, delimiter: str, header: list[str]) -> Iterator[tuple[list[str], str]]:
    """``(fields, "")`` per record of ``file`` (an open text file, ``first_number`` the file's number of its next
    line, ``header`` the names of its columns); ``(sure fields, reason)`` per malformed one. A broken record over
    several lines is a malformed row of its first line, and reading goes on from its second: the lines from there up
    to the first that starts like a row (:class:`FieldShapes`) are taken for the broken record's text, no rows, and its
    reason names them. A record of the header's names again (files joined with ``cat``, each with its header) is
    ``([], "repeated header: line N")``: its row is an error row, not an appeal «text» from «id». Blank lines are no
    rows."""
    held: tuple[list[str], str] | None = None  # a malformed row, held while lines are taken for its text
    text: list[int] = []  # the numbers of those lines
    for fields, reason, text_line in _readings(_Lines(file, first_number), delimiter, FieldShapes(header)):
        if text_line:
            text.append(text_line)
            continue
        if held:
            yield _with_text(*held, text)
        held, text = ((fields, reason) if reason else None), []
        if not reason:
            yield fields, ""
    if held:
        yield _with_text(*held, text)


def _blank(fields: list[str], record: list[str]) -> bool:
    """Whether a record is one line of only spaces and tabs, unquoted: a blank line, as pandas reads it.

    >>> _blank(["   "], ["   \\r\\n"]), _blank(["  "], ['"  "\\n']), _blank(["", ""], ["\\t\\n"])
    (True, False, False)
    """
    return len(fields) == 1 and len(record) == 1 and not record[0].strip(BLANK + "\r\n")


def _with_text(fields: list[str], reason: str, text: list[int]) -> tuple[list[str], str]:
    if not text:
        return fields, reason
    return fields, f"{reason}; line{f' {text[0]}' if len(text) == 1 else f's {text[0]}-{text[-1]}'} taken for its text"


def _readings(lines: _Lines, delimiter: str, shapes: FieldShapes) -> Iterator[tuple[list[str], str, int]]:
    """``(fields, reason, 0)`` per row as :func:`csv_records` has them, ``([], "", n)`` per line ``n`` taken for a
    broken record's text."""
    while True:
        try:
            for fields in csv.reader(lines, delimiter=delimiter):
                number, record, doubtful = lines.take()
                if doubtful and not (fields and shapes.fits(0, fields[0])):
                    lines.put_back(record[1:])  # the rest of a broken record's text: no row of its own
                    yield [], "", number
                elif fields and not _blank(fields, record):  # (a blank line inside a quoted field is the field's)
                    lines.row_read()
                    yield *_record(fields, number, record, lines, delimiter, shapes), 0
            return
        except (_Unclosed, csv.Error) as broken:  # csv.Error: e.g. a NUL character before Python 3.11
            number, record, doubtful = lines.take()
            sure = shapes.sure(record[0], delimiter)
            lines.put_back(record[1:])
            if doubtful and not sure:
                yield [], "", number
                continue
            # its row is that line alone: "not closed before the end of the file" read as if the rest of the file
            # had gone into it, while the next lines are read on
            reason = f"a quoted field opened on line {number} is not closed {broken}: its row is that line alone"
            yield sure, reason if isinstance(broken, _Unclosed) else f"line {number} is not CSV", 0


def _record(fields: list[str], number: int, record: list[str], lines: _Lines, delimiter: str,
            shapes: FieldShapes) -> tuple[list[str], str]:
    """The row of a record read as CSV, or its sure fields and why it is malformed."""
    if repeats_header(fields, shapes.header):
        return [], f"{REPEATED_HEADER}: line {number}"
    if len(record) > 1 and not _closed_properly(record, delimiter):
        lines.put_back(record[1:])
        return shapes.sure(record[0], delimiter), f"a quoted field opened on line {number} is not closed properly"
    if len(fields) < shapes.width and shapes.fits(0, fields[0]):  # as pandas reads it: its last fields empty (a
        # writer that drops empty trailing fields); an id unlike those read well stays a malformed row (no text as id)
        return fields + [""] * (shapes.width - len(fields)), ""
    if len(fields) != shapes.width:
        counted = f"{len(fields)} field" + "s" * (len(fields) != 1)
        return shapes.sure(record[0], delimiter), f"{counted}, expected {shapes.width}"
    shapes.learn(fields)
    return fields, ""
