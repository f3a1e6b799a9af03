"""Place-like names that are something else: an organisation's name or a person's.

"ООО «Восход»", "ТК Порт Находка", "магазин «Находка»" name organisations; "Сергей Королев", "Иван Орлов" name
people. The resolver asks ``not_a_place`` before it keeps a match; a type word ("п. «Восход»") always makes a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.geo.forms import CAPITALISED, COMMON_WORD, FREE, PERSON_NAME
from mcu_nlp.geo.lexicon import ORGANISATION_FORMS
from mcu_nlp.morphology import analyzer

OPEN_QUOTES = "«\"„“'"
# The rest of a quoted name and its closing quote, within one clause: «Восход», "Порт Находка", «Граф Орлов»
QUOTE_CLOSES = re.compile(r"[^\n.,;:!?«»\"„“”]{0,40}[»\"”“']")
NAME_RUN = 3  # words of an organisation's own name between its form and a place name ("ТК Порт Находка")
FIRST_NAME_SCORE = 0.5  # pymorphy3's Name parses of the word before add up to this: "Сергей", "Марина"; not "Вера"
SURNAME_LIKE = frozenset({CAPITALISED, COMMON_WORD, PERSON_NAME})


def not_a_place(ctx, i: int, j: int, level: int, after: int) -> bool:
    """Whether the name at ``i:j`` of this ``TextContext`` is an organisation's or a person's.

    ``after``: where the previous place mention stopped; words before it belong to that place ("Ямало-Ненецкий АО").
    """
    if ctx.type_before(i):
        return False
    return quoted(ctx, i, j) or organisation_before(ctx, i, level, after) or first_name_before(ctx, i, level)


def quoted(ctx, i: int, j: int) -> bool:
    """The name opens a quotation that closes in the same clause: «Находка», "Красному Октябрю"."""
    start, stop = ctx.spans[i][0], ctx.spans[j - 1][1]
    before = ctx.text[:start].rstrip(" ")
    if not before or before[-1] not in OPEN_QUOTES:
        return False
    return QUOTE_CLOSES.match(ctx.text, stop) is not None


def organisation_before(ctx, i: int, level: int, after: int) -> bool:
    """A legal or trade form right before the name, or before a short run of its capitalised words.

    A name that is never an ordinary word ("Невского р-на" in "ЖК НЕВСКИЕ ПАРУСА Невского р-на") counts only right
    after the form: an organisation named after a district is usually in it.
    """
    run = 0 if level == FREE else NAME_RUN
    for k in range(i - 1, max(after, i - 1 - run) - 1, -1):
        if _clause_between(ctx, k, k + 1):
            return False
        if ctx.keys[k] in ORGANISATION_FORMS:
            return True
        if not ctx.keys[k].isalpha() or ctx.capital(k) is False:
            return False
    return False


def first_name_before(ctx, i: int, level: int) -> bool:
    """A surname-like town right after a capitalised first name: "Сергей Королев", "Ивана Орлова"."""
    if level not in SURNAME_LIKE or i == 0 or not ctx.capital(i - 1):
        return False
    return not _clause_between(ctx, i - 1, i) and first_name(ctx.keys[i - 1])


def _clause_between(ctx, k: int, i: int) -> bool:
    """Punctuation other than quotes and spaces between word ``k`` and the next word ``i``."""
    gap = ctx.text[ctx.spans[k][1] : ctx.spans[i][0]]
    return bool(gap.strip(" \u00a0" + OPEN_QUOTES + "»”"))


@lru_cache(maxsize=4096)
def first_name(key: str) -> bool:
    """Whether a word is mostly read as a first name.

    >>> first_name("сергей"), first_name("ивана"), first_name("вера"), first_name("граф")
    (True, True, False, False)
    """
    return sum(p.score for p in analyzer().parse(key) if "Name" in p.tag) >= FIRST_NAME_SCORE
