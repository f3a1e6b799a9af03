"""Typos of place names: index keys one edit away from a word that is no dictionary word.

"в Салехрде" is Салехард, "в Ноябрськ" Ноябрьск; "в ноябре" is no Ноябрьск, since pymorphy3 knows the word.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.edits import deletions, one_edit
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, FUZZY_MIN_LENGTH, Gazetteer, surname_town_locatives
from mcu_nlp.geo.lexicon import LOCATIVE_PREPOSITIONS, SETTLEMENT_TYPES
from mcu_nlp.geo.tokens import name_key, normalize_word
from mcu_nlp.morphology import analyzer

# A typo is looked for only after one of these ("в Салехрде", "г. Салехрд"), capitalised if the text has case.
TYPO_AFTER = LOCATIVE_PREPOSITIONS | SETTLEMENT_TYPES
TYPO_MAX_LENGTH = 40  # letters: longer than any word of a Russian place name (the longest are ~25)
# Streets are named after these without the word "улица": "на Щепкина", "по Кирова"
STREET_PREPOSITIONS = frozenset({"на", "по"})
TYPO_CACHE_SIZE = 50_000  # words and their typo neighbours (mostly none): a few MB at most
# Type words a gazetteer form may open with ("пгт алексеевке", "рн клинский", "зато власихе"): no part of the name
FORM_TYPE_WORDS = SETTLEMENT_TYPES | frozenset(("рн", "го", "мо", "мр", "округ", "зато"))
# A form's word begins as a word of the place's name does, by this many letters, or its first FUZZY_MIN_LENGTH letters
# lie inside the name ("вартовске" of Нижневартовск)
OWN_FORM_PREFIX = 2


def one_typo_keys(
    key: str, gazetteer: Gazetteer, region: str | None, prefix: str = "", suffix: str = "", words: bool = False
) -> frozenset[str]:
    """Index keys one insertion, deletion, substitution or transposition away from ``key``.

    With ``prefix`` (the first word of a two-word name) only the last word may carry the typo, with ``suffix`` (its
    last word) only the first. A dictionary word is no typo: "в ноябре" is not "ноябрец" (Ноябрьск), "в канаве" not
    "Канаше", "за дверью" not "Тверью"; with ``words``, one is a slip of a big town's case ending only ("в Казане":
    a caller checked that letter case shows a name). A word longer than any place name is none (checked before the
    cache: a 1 MB "word" cost a quadratic scan, and cached words that long would fill memory).
    """
    if len(key) > TYPO_MAX_LENGTH:
        return frozenset()
    near, in_dictionary = _one_typo_keys(key, gazetteer, region, prefix, suffix)
    if not in_dictionary:
        return near
    return frozenset(k for k in near if big_town_form(gazetteer, k, key)) if words else frozenset()


@lru_cache(maxsize=TYPO_CACHE_SIZE)  # the same words come back after "в", "на" in text after text
def _one_typo_keys(
    key: str, gazetteer: Gazetteer, region: str | None, prefix: str, suffix: str
) -> tuple[frozenset[str], bool]:
    found: set[str] = set()
    for fuzzy in gazetteer.fuzzy(region):
        for short in deletions(key) | {key}:
            found.update(fuzzy.get(prefix + short + suffix, ()))
    found.discard(prefix + key + suffix)
    near = frozenset(k for k in found if one_edit(k, prefix + key + suffix))
    if near & surname_town_locatives(gazetteer):  # a surname-like town's locative: its ending as written
        near = frozenset(k for k in near if k[-1:] == key[-1:] or k not in surname_town_locatives(gazetteer))
    return near, bool(near) and (dictionary_word(key) or other_place(key, gazetteer))


def big_town_form(gazetteer: Gazetteer, key: str, word: str) -> bool:
    """Whether ``word`` (a dictionary word one letter away from ``key``) is ``key`` with another last letter, a slip of
    the case ending ("Казане" is Казань's "казани", not a cauldron's), ``key`` names only towns of ``BIG_TOWN`` people
    or more, and ``word`` is no other place's name. Not "В Ноябре" (a letter added: "ноябрец" of Ноябрьск), nor "в
    Сахаре" (the desert; one letter inside: Самаре), nor a 5-letter form's (session 26: "в Курсе" is «в курсе», not
    Курск's "курске"; those forms are typos' targets since then, ``gazetteer.TYPO_FORM_MIN_LENGTH``)."""
    if len(key) < FUZZY_MIN_LENGTH:
        return False
    if len(word) != len(key) or word[:-1] != key[:-1] or any("Geox" in p.tag for p in analyzer().parse(word)):
        return False
    return all(gazetteer.weight[eid] >= BIG_TOWN_WEIGHT for eid, _ in gazetteer.index[key])


def yo_spelling(first: str, key: str) -> str | None:
    """The key of a word written with a first letter (``first``, as written) «Ё» for the «Йо» it sounds ("Ёшкар" is
    Йошкар), or None."""
    return "йо" + key[1:] if first[:1] in ("ё", "Ё") else None


def street_surname(key: str, preposition: str | None) -> bool:
    """A word after "на", "по" that pymorphy3 reads as a surname in the genitive is a street named after a person
    ("на Щепкина", "по Щепкина": улица Щепкина), no typo of a place one letter away (Щекино's "щекина"): a place after
    "на" is in the locative or the accusative, and surnames are mostly unknown to the dictionary."""
    if preposition not in STREET_PREPOSITIONS:
        return False
    return any("Surn" in p.tag and p.tag.case == "gent" for p in analyzer().parse(key))


def other_place(key: str, gazetteer: Gazetteer) -> bool:
    """pymorphy3 knows ``key`` as a form of a place name that is no key of the gazetteer: another place (a lake, a
    foreign town), no typo of one the gazetteer has ("на Байкале" is no Бакал, "в Пекине" no Щекино, "в Женеве" no
    Венев, "в Дубае" no Дубна; session 29). A known place whose own name the gazetteer has is not one ("в Орёле")."""
    return any(
        p.is_known and "Geox" in p.tag and normalize_word(p.normal_form) not in gazetteer.index
        for p in analyzer().parse(key)
    )


def dictionary_word(key: str) -> bool:
    """Whether pymorphy3 knows ``key`` as something other than a place name ("ноябре" yes, "уренгой" no)."""
    return any(p.is_known and "Geox" not in p.tag for p in analyzer().parse(key))


def own_form(g: Gazetteer, eid: int, key: str) -> bool:
    """``key`` is a form of place ``eid``'s own name, not a name of its own the gazetteer posts to it (session 60): a
    word of it, type words aside, begins as a word of the name does, or its first letters lie inside the name. A
    town's part («талнах», Норильск's; «адлер», Сочи's) or a nickname in other letters («ебург», «чаллы») is none, so
    a typo of one is read in the caller's region only ("в Талгах" with 05 was no Норильск: Талги is Махачкала's, which
    the gazetteer lacked until session 61).

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> [own_form(g, g.index[k][0][0], k) for k in ("салехарде", "вартовске", "пгт алексеевке", "талнахе", "адлере")]
    [True, True, True, False, False]
    """
    name = name_key(g.name[eid])
    parts = name.replace("-", " ").split()
    words = [w for w in key.replace("-", " ").split() if w not in FORM_TYPE_WORDS]
    return any(
        w[:OWN_FORM_PREFIX] == part[:OWN_FORM_PREFIX] or (len(w) >= FUZZY_MIN_LENGTH and w[:FUZZY_MIN_LENGTH] in name)
        for w in words
        for part in parts
    )
