"""Whether any of many word spans holds or touches a match, answered by bisection instead of a scan of every span.

A repair that takes up a danger's noun, a repair that names the danger inside its own phrase, a supply given by
schedule around a "supply present" (:mod:`mcu_nlp.lexicon`, :func:`~mcu_nlp.lexicon_places.one_reading`) each asked
"does a span of these start at or before word X and end at word Y or later?" of every span, for every signal: a text
repeating "сбили сосульки, спасибо. Сосульки висят." read in quadratic time (400,000 characters: 19 s, session 58).
:class:`SpanReach` keeps the spans sorted by their first word with the farthest last word up to each, so a question is
one bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

__all__ = ["SpanReach", "span_reach"]


@dataclass(frozen=True)
class SpanReach:
    """Word spans as their first words (ascending) and the farthest last word of the spans up to each."""

    firsts: tuple[int, ...]
    farthest: tuple[int, ...]

    def reaches(self, before: int, to: int) -> bool:
        """Whether a span starts at word ``before`` or earlier and ends at word ``to`` or later.

        >>> reach = span_reach([(2, 3), (0, 5), (7, 9)])
        >>> reach.reaches(1, 5), reach.reaches(1, 6), reach.reaches(8, 6), reach.reaches(-1, 0)
        (True, False, True, False)
        """
        at = bisect_right(self.firsts, before)
        return at > 0 and self.farthest[at - 1] >= to


def span_reach(spans: Iterable[tuple[int, int]]) -> SpanReach:
    """The :class:`SpanReach` of ``(first, last)`` word spans, in any order."""
    ordered = sorted(spans)
    return SpanReach(tuple(first for first, _ in ordered), tuple(accumulate((last for _, last in ordered), max)))
