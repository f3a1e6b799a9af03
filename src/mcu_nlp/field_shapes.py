"""What the leading fields (the ids, most often) of the rows of a CSV file read well look like, so that a line
after a broken record is told from the rest of its text, and a malformed row keeps only the fields not in doubt.

A field is taken as data only if it has the shape of its column's fields read well (:func:`field_shape`) and is no
personal data (:func:`masked`), unless it goes on from the last id read (:func:`goes_on`). :mod:`mcu_nlp.csvrecords`
reads the records with it.
"""

from __future__ import annotations

import re

from mcu_nlp.personal_data import matches

#: a field this long is free text: ids, dates and region codes are shorter
SHORT = 40
WHITESPACE = re.compile(r"\s")
#: how far an id may be from the last one read well and still be taken for an id though it looks like personal data
ID_STEP = 10_000
TRAILING_NUMBER = re.compile(r"(.*?)(\d+)")
SHAPE_KINDS = [("9", re.compile(r"\d")), ("a", re.compile(r"[^\W\d_]")), (" ", WHITESPACE),
               (".", re.compile(r"[^\w\s]|_"))]


class FieldShapes:
    """What the leading fields of the rows read well look like, per column (:func:`field_shape`, their longest
    length, the last one): a field of a broken row, or the first field of a line after a broken record's first
    line, is taken as data only if it looks the same and is no personal data. The line after an unclosed quote may
    be the rest of the text ('Иванов Иван 89123456789, ул. Мира 3', '89123456789, Иванов'): read as a row, it put
    a name or a phone number in the id column. ``header``: the file's column names (a record of them is no row's)."""

    def __init__(self, header: list[str]) -> None:
        self.header, self.width = header, len(header)
        self.seen: list[set[str]] = [set() for _ in range(max(self.width - 1, 0))]
        self.longest = [0] * len(self.seen)
        self.last = [""] * len(self.seen)

    def learn(self, fields: list[str]) -> None:
        for column, (seen, value) in enumerate(zip(self.seen, fields)):
            seen.add(field_shape(value))
            self.longest[column] = max(self.longest[column], len(value))
            self.last[column] = value

    def fits(self, column: int, value: str) -> bool:
        """Whether ``value`` looks like the fields of ``column`` read well (before any: short, without a space, no
        personal data): the same kinds of characters, at most one longer than the longest (ids 1-9 go on with 10;
        any shorter, as ids may come newest first), and no personal data unless it goes on from the last one
        (:func:`goes_on`: a 10-digit id passes the ИНН checksum one time in ten). In a table of one column (texts
        alone) any line is a row, as no id can take a text's words."""
        if not self.seen:
            return True
        seen = self.seen[column] if column < len(self.seen) else set()
        if not seen:
            return len(value) <= SHORT and not WHITESPACE.search(value) and not masked(value)
        if field_shape(value) not in seen or len(value) > self.longest[column] + 1:
            return False
        return not masked(value) or goes_on(self.last[column], value)

    def sure(self, line: str, delimiter: str) -> list[str]:
        """:func:`sure_fields` of a malformed line, up to the first that does not look like its column's."""
        fields = sure_fields(line, delimiter, self.width)
        fitting = next((i for i, value in enumerate(fields) if not self.fits(i, value)), len(fields))
        return fields[:fitting]


def masked(value: str) -> bool:
    """Whether a :mod:`mcu_nlp.personal_data` rule would mask some of ``value`` (names aside): no id, date or code.

    >>> masked("89123456789"), masked("тел:89123456789"), masked("ivan@mail.ru"), masked("spb:1024")
    (True, True, True, False)
    """
    return next(matches(value), None) is not None


def goes_on(last: str, value: str) -> bool:
    """Whether ``value`` is an id that goes on from ``last``: the same but for a number at the end, of as many
    digits, at most :data:`ID_STEP` away.

    >>> goes_on("2024000122", "2024000123"), goes_on("spb:1000", "spb:999"), goes_on("10000000002", "89123456789")
    (True, False, False)
    """
    ours, theirs = TRAILING_NUMBER.fullmatch(last), TRAILING_NUMBER.fullmatch(value)
    return bool(ours and theirs and ours[1] == theirs[1] and len(ours[2]) == len(theirs[2])
                and abs(int(ours[2]) - int(theirs[2])) <= ID_STEP)


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


def sure_fields(line: str, delimiter: str, width: int) -> list[str]:
    """The leading fields of a malformed line that are not in doubt (the id, most often): those a separator ends
    before the line's first quote; in a line without quotes only the first (which separator is extra or missing
    cannot be told). Never all ``width`` of them: the row is malformed.

    >>> sure_fields('100,"Ремонт" обещали, но нет света', ",", 2), sure_fields("7,a,b", ",", 2)
    (['100'], ['7'])
    """
    before, quote, _ = line.partition('"')
    if quote:
        return before.split(delimiter)[:-1][: width - 1]
    return line.rstrip("\r\n").split(delimiter)[: min(1, width - 1)] if line.strip() else []
