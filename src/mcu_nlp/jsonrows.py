"""The rows of a JSON lines file, as written: an id's number as its text, a key given twice said, the keys a file's
rows hold (:func:`jsonl_keys`: JSON lines name their columns row by row, so a key may first come late).

``json.loads`` reads a number with a dot or an exponent as a float, and the job wrote its value back: an id
``1e5`` came out as ``100000.0``, ``1.10`` as ``1.1``, ``12345678901234567890.5`` as ``1.2345678901234567e+19``.
A row keeps the text of each such number at its top level under :data:`WRITTEN` (the value itself stays a float,
as every reader of the row expects it), and the job writes that text (:func:`written`).
"""

from __future__ import annotations

import json
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mcu_nlp.errors import McuNlpWarning, quoted
from mcu_nlp.tablefiles import ERROR, open_text

#: the key of a row's numbers with a dot or an exponent, as written: {"id": "1e5"}
WRITTEN = "_written"
#: the errors of lines that are no row, each its kind (:mod:`mcu_nlp.row_errors`) before the line's number: "broken JSON
#: line 4" was a kind of its own per line, so a job's tally of kinds grew with the broken lines, each counted once
BROKEN, NOT_OBJECT = "broken JSON", "not a JSON object"


class _Number(float):
    """A JSON number with a dot or an exponent, with the text it was written as."""

    written: str

    def __new__(cls, text: str) -> _Number:
        number = super().__new__(cls, text)
        number.written = text
        return number

    def __reduce__(self) -> tuple[Any, ...]:  # a nested one goes to the workers in its row
        return _Number, (self.written,)


class _Objects:
    """``object_pairs_hook`` for one line: a dict of the pairs (the last of a key given twice, as every JSON
    reader takes it), the keys given twice in the last object made (the row's own: it closes last)."""

    def __init__(self) -> None:
        self.repeated: list[str] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(pairs)
        self.repeated = [] if len(made) == len(pairs) else [k for k, n in Counter(k for k, _ in pairs).items() if n > 1]
        return made


def _row(line: str, number: int, objects: _Objects) -> dict[str, Any]:
    """The row of one line: its object, numbers as written kept aside, or an error row (its kind, then its line).

    >>> [_row(line, 4, _Objects()).get(ERROR) for line in ('{"text": "a', "[1]", '{"text": "a"}')]
    ['broken JSON: line 4', 'not a JSON object: line 4', None]
    """
    try:  # a byte-order mark at a line's start: files concatenated, each with its own (the file's first is read past)
        row = json.loads(line.removeprefix("\ufeff"), parse_float=_Number, object_pairs_hook=objects)
    except ValueError:
        return {ERROR: f"{BROKEN}: line {number}"}
    except RecursionError:  # a line of 5,000 '[' (binary junk does it) stopped the job with a traceback
        return {ERROR: f"{BROKEN}: line {number}, nested too deep"}
    if not isinstance(row, dict):
        return {ERROR: f"{NOT_OBJECT}: line {number}"}
    floats = {key: value.written for key, value in row.items() if type(value) is _Number}
    if floats:
        row.update((key, float(value)) for key, value in floats.items())
        row[WRITTEN] = floats
    return row


def jsonl_rows(path: Path, encoding: str | None, option: str | None) -> Iterator[dict[str, Any]]:
    """The rows of a JSON lines file, one per line that is not blank (:func:`_row`). The first row that gives a key
    twice is warned of, by its line and the keys (the last value is read, as JSON readers and ``mcu-nlp train``
    read it): as soon as it is read, not after hours of a job."""
    objects, warned = _Objects(), False
    with open_text(path, encoding, option) as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            row = _row(line, number, objects)
            if objects.repeated and not warned and ERROR not in row:
                warned = True
                names = ", ".join(quoted(name) for name in sorted(objects.repeated))
                warnings.warn(McuNlpWarning(f"{path.name}: line {number} gives a key twice: {names}; the last value "
                                            "of a key given twice is read, the others not (said once per file)"),
                              stacklevel=2)
            yield row


def written(row: dict[str, Any], column: str) -> Any:
    """A row's value of ``column``, a number with a dot or an exponent as the text it was written as.

    >>> written(_row('{"id": 1e5, "n": 1.10, "k": 7}', 1, _Objects()), "id"), written({"k": 7}, "k")
    ('1e5', 7)
    """
    return row[WRITTEN].get(column, row.get(column)) if WRITTEN in row else row.get(column)


def jsonl_keys(path: Path, wanted: set[str], encoding: str | None = None, option: str | None = None) -> set[str]:
    """Which of the ``wanted`` keys some row of a JSON lines file has, read up to the line where the last is found
    (the whole file when one is in none): the first chunk of rows may lack a key that later rows have (an id, a
    date), and the job chose its output columns from that chunk, so the later ids were lost."""
    found: set[str] = set()
    with open_text(path, encoding, option) as file:
        for line in file:
            try:
                row = json.loads(line.removeprefix("\ufeff"))
            except (ValueError, RecursionError):  # a broken line or one nested too deep: no row, no key
                continue
            if isinstance(row, dict):
                found.update(wanted.intersection(row))
                if found == wanted:
                    break
    return found
