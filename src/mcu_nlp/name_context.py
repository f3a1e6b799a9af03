"""The words around a name-shaped run in its text, lower-cased: the word before it, the words before it, the word
after it; and word lists written one string. :mod:`mcu_nlp.name_places`, :mod:`mcu_nlp.name_streets` and
:mod:`mcu_nlp.name_nouns` read a run's context with these.
"""

from __future__ import annotations

import re


def word_set(line: str) -> frozenset[str]:
    return frozenset(line.split())


WORD = re.compile(r"(?<![&\w-])[\w-]+")  # "(?<!&)": skip HTML entities such as &nbsp;
WORD_AFTER = re.compile(r"[\s.,]*([\w-]+)")


def words_before(text: str, start: int) -> list[str]:
    """The lower-cased words of the 30 characters before ``start`` (the last word cut off if longer)."""
    return [word.lower() for word in WORD.findall(text[max(0, start - 30) : start].rstrip(" .,"))]


def word_before(text: str, start: int) -> str:
    words = words_before(text, start)
    return words[-1] if words else ""


def word_after(text: str, stop: int) -> str:
    tail = WORD_AFTER.match(text, stop, stop + 30)
    return tail[1].lower() if tail else ""
