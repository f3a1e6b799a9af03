"""Which phrases lie inside which, asked of many at once: the guideline's rules ask it of every word and signal of a
text, and a long text that repeats a phrase has as many phrases as words, so each question is a bisection, not a scan.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import NamedTuple, Protocol

__all__ = ["Cover", "Inner", "cover", "inner"]


class Span(Protocol):
    start: int
    stop: int


class Cover(NamedTuple):
    """Spans by start, with the farthest stop of those up to each (:func:`cover`)."""

    starts: list[int]
    reach: list[int]

    def holds(self, start: int, stop: int) -> bool:
        """Whether one of the spans holds ``start``-``stop``: the farthest-reaching of those that start by then does.

        >>> cover([(0, 4), (2, 9)]).holds(3, 8), cover([(0, 4), (5, 9)]).holds(3, 8), cover([]).holds(0, 0)
        (True, False, False)
        """
        at = bisect_right(self.starts, start)
        return at > 0 and self.reach[at - 1] >= stop


class Inner(NamedTuple):
    """Spans by start, with the nearest stop of those from each on (:func:`inner`)."""

    starts: list[int]
    ends: list[int]

    def within(self, start: int, stop: int) -> bool:
        """Whether one of the spans lies inside ``start``-``stop``: the nearest-ending of those that start there or
        later does.

        >>> inner([(3, 5), (6, 20)]).within(2, 5), inner([(1, 5), (6, 20)]).within(2, 8), inner([]).within(0, 0)
        (True, False, False)
        """
        at = bisect_left(self.starts, start)
        return at < len(self.ends) and self.ends[at] <= stop


def _ordered(spans: Iterable[Span | tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted(s if isinstance(s, tuple) else (s.start, s.stop) for s in spans)


def cover(spans: Iterable[Span | tuple[int, int]]) -> Cover:
    """What :meth:`Cover.holds` reads of ``spans`` (anything with ``start`` and ``stop``, or pairs)."""
    ordered = _ordered(spans)
    return Cover([a for a, _ in ordered], list(accumulate((b for _, b in ordered), max)))


def inner(spans: Iterable[Span | tuple[int, int]]) -> Inner:
    """What :meth:`Inner.within` reads of ``spans`` (anything with ``start`` and ``stop``, or pairs)."""
    ordered = _ordered(spans)
    ends = list(accumulate((b for _, b in reversed(ordered)), min))[::-1]
    return Inner([a for a, _ in ordered], ends)
