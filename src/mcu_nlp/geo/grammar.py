"""Readings of words next to a name at resolve time: an adjective form, an adjective agreeing with a noun, a
genitive noun.

"в белой пыли" is a phrase, not слобода Белая; "в Нижнем Подъезде" no Нижний Новгород; "Ростове Великом" no
Ростов-на-Дону.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.lexicon import ADJECTIVE_ENDINGS, COUNTED_LEMMAS, ORDINAL_ENDINGS
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


def number_counts(keys, j: int) -> bool:
    """Word ``j`` is a number and the next word a noun it counts (``COUNTED_LEMMAS``), after an ordinal's ending at
    most ("2-й день", split as «2», «й», «день»): no house's number.

    >>> [number_counts(t.split(), 1) for t in ("махачкала 2 дня", "избербаш 1 школа", "ленина 5 нет", "курская 12")]
    [True, True, False, False]
    >>> number_counts("махачкала 2 й день".split(), 1), number_counts("коллонтай 5 и школы".split(), 1)
    (True, False)
    """
    if not (j + 1 < len(keys) and keys[j].isdigit()):
        return False
    k = j + 2 if keys[j + 1] in ORDINAL_ENDINGS and j + 2 < len(keys) else j + 1
    return counted_noun(keys[k])


@lru_cache(maxsize=TYPO_CACHE_SIZE)
def counted_noun(key: str) -> bool:
    """A reading of ``key`` is a noun of ``COUNTED_LEMMAS`` ("дня", "лет", "часов", "школа"), or it is a shortening
    there ("мес")."""
    if key in COUNTED_LEMMAS:
        return True
    return any(p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in COUNTED_LEMMAS for p in analyzer().parse(key))
