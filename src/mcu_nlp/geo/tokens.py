"""Fast word tokenisation with offsets, shared by the gazetteer builder and the resolver.

A token is a run of letters or a run of digits; hyphens and dots separate tokens, so
"Тарко-Сале" is two tokens and "Н.Уренгое" is "Н" + "Уренгое". Keys are lower case with ё → е.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from mcu_nlp.cleaning import JOINERS

# Applied to normalised (lower-case, ё → е) text: Russian and Latin letters only, which keeps the
# hot loop of the resolver on a fast character class; other scripts split words. Combining marks stay
# inside a word (a stress mark in "Сале́хард", a breve in "и\u0306" typed for "й"): offsets keep them, keys drop them.
# A soft hyphen (U+00AD, left in text pasted from web pages: "Ноя\u00adбрьске") is invisible: it stays inside a word,
# as do the other invisible characters that join (ZWNJ, ZWJ, the word joiner, the BOM: mcu_nlp.cleaning.JOINERS).
WORD = re.compile(f"[а-яa-z][а-яa-z\u0300-\u036f{JOINERS}]*|\\d+")
MARKS = re.compile(f"[\u0300-\u036f{JOINERS}]")
_YO = str.maketrans("ёЁ", "еЕ")
SEPARATORS = " -.–/\u00a0\t\n\u2010\u2011"  # what may stand between the words of one name
# the plain hyphen and the Unicode (non-breaking) ones word processors insert: one hyphenated name ("Усть-Славянка",
# "К\u2011Уральский"); an en dash is a route's or a range's ("Салехард–Лабытнанги", "2–3"), but for a closed town's
# number glued to its name ("Красноярск–26": ``NUMBER_HYPHENS``)
HYPHENS = frozenset("-\u2010\u2011")
NUMBER_HYPHENS = HYPHENS | {"\u2013"}
# What ends a sentence between two words (``TextContext.gap``): where a report, a river's or a poet's word is looked
# for (``report.report_within``, ``letter_case``, ``local``)
SENTENCE_MARKS = frozenset(".!?…\n")


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


def word_keys(low: str) -> list[str]:
    """The keys of the words of a normalised text, combining marks dropped ("и" + breve is "й").

    >>> word_keys("в сале\u0301харде, новыи\u0306, ноя\u00adбрьске")
    ['в', 'салехарде', 'новый', 'ноябрьске']
    """
    keys = WORD.findall(low)
    if MARKS.search(low):
        keys = [MARKS.sub("", key.replace("и\u0306", "й")) for key in keys]
    return keys


def tokenize(text: str) -> list[Token]:
    """Split a text into word and number tokens with character offsets.

    >>> [t.key for t in tokenize("629400, г.Лабытнанги, Тарко-Сале")]
    ['629400', 'г', 'лабытнанги', 'тарко', 'сале']
    """
    low = normalize_word(text)
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(normalize_word(ch) if len(normalize_word(ch)) == 1 else ch for ch in text)
    spans = [m.span() for m in WORD.finditer(low)]
    return [Token(key, a, b, text[a:b]) for key, (a, b) in zip(word_keys(low), spans, strict=True)]


@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """``phrase_key`` of a place's canonical name, cached: the resolver compares a form with it."""
    return phrase_key(name)


def phrase_key(phrase: str) -> str:
    """The index key of a multi-word name: its token keys joined by spaces.

    >>> phrase_key("Яр-Сале")
    'яр сале'
    """
    return " ".join(t.key for t in tokenize(phrase))


def contiguous(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    """Words ``i`` to ``j`` of ``text`` (offsets ``spans``) are one name: close, with only separators between."""
    return all(
        spans[k + 1][0] - spans[k][1] <= 3 and not text[spans[k][1] : spans[k + 1][0]].strip(SEPARATORS)
        for k in range(i, j - 1)
    )


def lower_text(text: str) -> str:
    """``text`` lower-cased with ё -> е, a character for a character (offsets stay exact). Latin look-alikes inside
    Russian words ("Аксаркe") are folded before, by the resolver (:func:`mcu_nlp.cleaning.fold_lookalikes`).

    >>> lower_text("Озёрный, İnci")
    'озерный, İnci'
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased; keep offsets exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.replace("ё", "е")
