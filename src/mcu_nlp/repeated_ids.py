"""Ids that repeat in a batch job's input: counted while the chunks are read, said once at the end.

``mcu-nlp analyze`` writes one output row per input row whatever its ids hold, so a repeated id loses no row; but a
join of the output to its source on that id fans out, each copy meeting each copy. The job says how many rows repeat
an earlier row's id and where the first is, never the ids themselves (an id may be a phone or a name). Each id is
kept as a 64-bit hash, so memory grows by 8 bytes a row (80 MB for ten million rows), not by the ids' text.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mcu_nlp.errors import is_missing


class RepeatedIds:
    """The hashes of the ids of every row read, in order (a missing or empty id is none and repeats nothing).

    >>> seen = RepeatedIds()
    >>> seen.add(["a1", "b2", None, ""]); seen.add(["a1", 7, "7", float("nan"), " ", None])
    >>> seen.repeated()
    (2, 4)
    >>> print(seen.said())
    2 rows repeat the id of an earlier row (the first at row 4); every row is written: join the output to its \
source on `row`, not on the id
    """

    def __init__(self) -> None:
        self._chunks: list[np.ndarray] = []
        self._rows = 0

    def add(self, ids: list[Any]) -> None:
        """The ids of the next rows, in order."""
        missing = np.fromiter((_no_id(v) for v in ids), dtype=bool, count=len(ids))
        hashes = np.fromiter((0 if gone else hash(str(v)) for v, gone in zip(ids, missing)), dtype=np.int64,
                             count=len(ids))
        self._chunks.append(np.where(missing, -1 - np.arange(self._rows, self._rows + len(ids)), hashes))
        self._rows += len(ids)

    def repeated(self) -> tuple[int, int | None]:
        """How many rows repeat an earlier row's id, and the position (from 0) of the first that does."""
        if not self._chunks:
            return 0, None
        hashes = np.concatenate(self._chunks)
        # a missing id got a key of its own (a negative number no other row has): no repeat
        _, first = np.unique(hashes, return_index=True)
        later = np.ones(len(hashes), dtype=bool)
        later[first] = False
        rows = np.flatnonzero(later)
        return len(rows), (int(rows[0]) if len(rows) else None)

    def said(self) -> str | None:
        """The warning's words, or None when no id repeats."""
        count, first = self.repeated()
        if not count:
            return None
        rows = "1 row repeats" if count == 1 else f"{count} rows repeat"
        return (f"{rows} the id of an earlier row (the first at row {first}); every row is written: join the output "
                "to its source on `row`, not on the id")


def _no_id(value: Any) -> bool:
    """Missing (None: a JSON line that is no row, or has no id), or an empty cell (a CSV reads one as "")."""
    return value is None or is_missing(value) or (isinstance(value, str) and not value.strip())
