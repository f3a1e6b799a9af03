"""Fast word tokenisation with offsets, shared by the gazetteer builder and the resolver.

A token is a run of letters or a run of digits; hyphens and dots separate tokens, so
"Тарко-Сале" is two tokens and "Н.Уренгое" is "Н" + "Уренгое". Keys are lower case with ё → е.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Applied to normalised (lower-case, ё → е) text: Russian and Latin letters only, which keeps the
# hot loop of the resolver on a fast character class; other scripts split words.
WORD = re.compile(r"[а-яa-z]+|\d+")
_YO = str.maketrans("ёЁ", "еЕ")


class Token(NamedTuple):
    """One word of a text: normalised key, offsets into the original text, and the original surface."""

    key: str
    start: int
    stop: int
    surface: str


def normalize_word(word: str) -> str:
    """Lower-case a word and replace ё with е.

    >>> normalize_word("Озёрный")
    'озерный'
    """
    return word.lower().translate(_YO)


def tokenize(text: str) -> list[Token]:
    """Split a text into word and number tokens with character offsets.

    >>> [t.key for t in tokenize("629400, г.Лабытнанги, Тарко-Сале")]
    ['629400', 'г', 'лабытнанги', 'тарко', 'сале']
    """
    low = normalize_word(text)
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(normalize_word(ch) if len(normalize_word(ch)) == 1 else ch for ch in text)
    return [Token(m.group(), m.start(), m.end(), text[m.start() : m.end()]) for m in WORD.finditer(low)]


def phrase_key(phrase: str) -> str:
    """The index key of a multi-word name: its token keys joined by spaces.

    >>> phrase_key("Яр-Сале")
    'яр сале'
    """
    return " ".join(t.key for t in tokenize(phrase))
