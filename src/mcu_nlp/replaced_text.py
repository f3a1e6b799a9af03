"""A text read with some of its written pieces replaced, and the map from a span of what was read back to the text as
written: :mod:`mcu_nlp.redaction` reads a text as it shows (characters that show nothing dropped) and with its HTML
character references decoded (:mod:`mcu_nlp.html_entities`), finds personal data there, and masks the written
characters it came from. A piece replaced inside a span goes with it; every other character stays as written.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ReplacedText:
    """``text`` with pieces of the written text replaced; the i-th replacement is ``text[starts[i]:stops[i]]`` and was
    written at ``written[i]`` (its start and stop in the text as written; an empty replacement drops it)."""

    text: str
    starts: tuple[int, ...]
    stops: tuple[int, ...]
    written: tuple[tuple[int, int], ...]
    #: the text this was read from, if that was read so too (a text escaped twice): its spans map on through it
    outer: ReplacedText | None = None

    def span_as_written(self, start: int, stop: int) -> tuple[int, int]:
        """Where ``self.text[start:stop]`` was written: a replaced piece partly inside it is inside it whole, a
        dropped one inside it too, one dropped at its ends is not.

        >>> read = replaced("8\\u200b912 34", [(1, 2, "")])
        >>> read.text, read.span_as_written(0, 6), read.span_as_written(1, 4)
        ('8912 34', (0, 7), (2, 5))
        """
        i = bisect.bisect_right(self.starts, start) - 1  # the last piece replaced at or before start
        first = self.written[i][0] if i >= 0 and start < self.stops[i] else start + self._shift(i)
        j = bisect.bisect_left(self.starts, stop) - 1  # the last piece replaced before stop
        last = self.written[j][1] if j >= 0 and stop - 1 < self.stops[j] else stop + self._shift(j)
        return (first, last) if self.outer is None else self.outer.span_as_written(first, last)

    def _shift(self, i: int) -> int:
        """How much longer the written text is than the read one after the i-th replacement (-1: none before)."""
        return self.written[i][1] - self.stops[i] if i >= 0 else 0


def replaced(text: str, pieces: Iterable[tuple[int, int, str]], outer: ReplacedText | None = None
             ) -> ReplacedText | None:
    """``text`` with each written piece ``text[start:stop]`` of ``pieces`` (in order, not overlapping) read as its
    replacement; None if there is none. ``outer``: what ``text`` was itself read from.

    >>> replaced("Тел.&nbsp;8", [(4, 10, "\\xa0")]).text == "Тел.\\xa08"
    True
    """
    parts: list[str] = []
    starts: list[int] = []
    stops: list[int] = []
    written: list[tuple[int, int]] = []
    last = length = 0
    for start, stop, replacement in pieces:
        length += start - last
        parts += [text[last:start], replacement]
        starts.append(length)
        length += len(replacement)
        stops.append(length)
        written.append((start, stop))
        last = stop
    if not written:
        return None
    parts.append(text[last:])
    return ReplacedText("".join(parts), tuple(starts), tuple(stops), tuple(written), outer)
