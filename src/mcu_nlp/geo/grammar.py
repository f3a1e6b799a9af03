"""Readings of words next to a name at resolve time: an adjective form, an adjective agreeing with a noun, a
genitive noun.

"в белой пыли" is a phrase, not слобода Белая; "в Нижнем Подъезде" no Нижний Новгород; "Ростове Великом" no
Ростов-на-Дону.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.lexicon import ADJECTIVE_ENDINGS
from mcu_nlp.geo.typos import TYPO_CACHE_SIZE
from mcu_nlp.morphology import analyzer

ADJECTIVE_TAGS = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=TYPO_CACHE_SIZE)
def adjective_form(key: str) -> bool:
    """An adjective's ending and an adjective among pymorphy3's readings: "ленинском", "смоленском" (also a town's
    instrumental); not "уренгое", "надыме"."""
    return key.endswith(ADJECTIVE_ENDINGS) and any(p.tag.POS in ADJECTIVE_TAGS for p in analyzer().parse(key))


@lru_cache(maxsize=TYPO_CACHE_SIZE)
def genitive_noun(key: str) -> bool:
    """pymorphy3's likeliest reading is a noun in the genitive.

    >>> genitive_noun("больницы"), genitive_noun("яма"), genitive_noun("нет")
    (True, False, False)
    """
    tag = analyzer().parse(key)[0].tag
    return tag.POS == "NOUN" and tag.case == "gent"


@lru_cache(maxsize=TYPO_CACHE_SIZE)
def agree(first: str, second: str) -> bool:
    """One word may be an adjective and the other, a noun by its likeliest reading, a noun of the same case, number
    and gender (in the singular).

    >>> agree("белой", "пыли"), agree("ростове", "великом"), agree("нижнем", "нет"), agree("губкинском", "уже")
    (True, True, False, False)
    """
    one, other = analyzer().parse(first), analyzer().parse(second)
    return _pair(one, other) or _pair(other, one)


def _pair(adjectives: list, nouns: list) -> bool:
    if not nouns or nouns[0].tag.POS != "NOUN":  # a noun first: not "в губкинском уже" (уж, a snake, is rare)
        return False
    noun_tags = [p.tag for p in nouns if p.tag.POS == "NOUN"]
    return any(
        a.tag.case == n.case and a.tag.number == n.number and (n.number == "plur" or a.tag.gender == n.gender)
        for a in adjectives
        if a.tag.POS in ADJECTIVE_TAGS
        for n in noun_tags
    )
