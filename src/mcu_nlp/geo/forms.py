"""Ambiguity levels of place-name forms: how much context a form needs before it counts as a place.

A level is judged with pymorphy3 when the gazetteer is built and stored with every form in the index (the case forms
themselves are ``declension``'s); the context rules read it at resolve time.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.declension import ADJECTIVES, morph
from mcu_nlp.geo.lexicon import FREQUENT_WORDS
from mcu_nlp.geo.tokens import normalize_word

PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})

# Ambiguity levels stored with every form in the index (the rules are in context.TextContext.allows):
# FREE always counts; CAPITALISED needs a capital, a preposition or a type word; COMMON_WORD
# ("Находка") a capital not at sentence start, a preposition + capital or a type word; PERSON_NAME
# ("Пушкин") a type word or a preposition + capital; EXACT ("НУ", an abbreviation that is also a word) its letter case;
# INITIAL ("Н.Уренгой") an upper-case initial and a dot; ADJECTIVE_NAME ("Мирный", "Тазовском")
# a type word, or else a place in the caller's region or in a region named elsewhere in the text; LOCAL_NAME
# ("в Ростове" for Ростов-на-Дону, lexicon.LOCAL_SHORT_NAMES) only in the caller's region, capitalised after "в", "из".
# The colloquial names of data/geo/colloquial_names.csv (rules: geo/colloquial.py): SHORTHAND ("Екб", "РнД") any
# case, but in capitals ("НСК", an abbreviation too) after "в", "из" unless all the text is; NICKNAME ("Владик",
# "Хабар") after "в", "во", "из" only; REGION_NICKNAME ("Кубань") after a preposition of place ("на Кубани").
FREE, CAPITALISED, COMMON_WORD, PERSON_NAME, EXACT, INITIAL, ADJECTIVE_NAME, LOCAL_NAME = range(8)
SHORTHAND, NICKNAME, REGION_NICKNAME = range(8, 11)
# A district's adjective alone ("Коношский вокзал"; geo/adjectives.py): a capital before a noun it agrees with.
DISTRICT_ADJECTIVE = 11
# Session 17 (geo/town_words.py): a district's adjective that is one of its settlements' ("лысьвенские дороги", "в
# кунгурской больнице"): before any noun it agrees with, in any letter case; TOWN_ADJECTIVE the same of a town's own
# городской округ, but never before a district's object ("Балтийский вокзал" is Петербург's); a small town's demonym
# made by rule ("мензелинцы"): anywhere, as a curated one.
PLACE_ADJECTIVE, DERIVED_DEMONYM, TOWN_ADJECTIVE = 12, 13, 14
# Session 27: a two-part hyphenated town's first part cut to its initial, a hyphen, its second part ("К-Уральский" is
# Каменск-Уральский, "П-Камчатский" Петропавловск-Камчатский): only with the hyphen written ("к Уральскому" is a
# preposition, "П. Камчатский" a person or a village)
HYPHEN_INITIAL = 15
# Session 27: a town's «-овцы» plural made by the weaker rule (town_words.ov_plurals: "асбестовцы"): counts only in the
# caller's region ("восходовцы", "прогрессовцы" are more often a club's fans or a team than a town's people)
OV_DEMONYM = 16
# Session 47: an oblique form of a name of two dictionary words, an adjective and a noun, that pymorphy3 declines wrong
# or not at all ("в Большой Речке": «большая» read as «больший»; declension.title_phrase_forms): an ordinary phrase
# in lower case ("у большой речки"), so it counts only with every word capitalised and not at a sentence's start, or
# after a type word ("в деревне большой речке")
TITLE_PHRASE = 17
# Session 59: a former district's name ("Воскресенский район", Воскресенск's since 2019) that a current district of
# another region holds (Саратовская's, Нижегородская's): counts in the caller's region or one the text names only
# (``build.add_former_districts``)
FORMER_DISTRICT = 18
# Session 60: a town's adjective that places of other regions make too ("красногорские": Красногорск of Сахалинская
# область; "каширское", a village of Воронежская): as ``TOWN_ADJECTIVE``, but in the caller's region or one the text
# names only (``town_adjectives.add_town_adjectives``)
LOCAL_TOWN_ADJECTIVE = 19
# Session 71: an urban namesake of no рабочий посёлок's status after «рп» ("рп Майна" of Хакасия's пгт, beside
# Ульяновская's рабочий посёлок): counts in the caller's region or one the text names only
# (``settlements.add_working_settlement_forms``)
OTHER_URBAN_TYPE = 20
# The verdicts of the context rules (context.py, letter_case.py, colloquial.py, local.py) on a form at a position.
REJECT, WEAK, STRONG = 0, 1, 2
# Score of a mention by the ambiguity level of its form (the resolver's; used at resolve time).
LEVEL_SCORE = {
    FREE: 0.95,
    CAPITALISED: 0.85,
    COMMON_WORD: 0.8,
    PERSON_NAME: 0.75,
    EXACT: 0.9,
    INITIAL: 0.9,
    ADJECTIVE_NAME: 0.75,
    LOCAL_NAME: 0.8,
    SHORTHAND: 0.95,
    NICKNAME: 0.8,
    REGION_NICKNAME: 0.85,
    DISTRICT_ADJECTIVE: 0.75,
    PLACE_ADJECTIVE: 0.75,
    TOWN_ADJECTIVE: 0.75,
    DERIVED_DEMONYM: 0.8,
    HYPHEN_INITIAL: 0.9,
    OV_DEMONYM: 0.8,
    TITLE_PHRASE: 0.8,
    FORMER_DISTRICT: 0.95,
    LOCAL_TOWN_ADJECTIVE: 0.75,
    OTHER_URBAN_TYPE: 0.95,
}
ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
RARE_READING = 0.1  # pymorphy3's score of a word's other readings below which it is a place name only ("сочи")


@lru_cache(maxsize=1)
def _near_frequent_words() -> frozenset[str]:
    near = set()
    for word in FREQUENT_WORDS:
        for i in range(len(word) + 1):
            near.update(word[:i] + c + word[i:] for c in ALPHABET)
            if i < len(word):
                near.add(word[:i] + word[i + 1 :])
                near.update(word[:i] + c + word[i + 1 :] for c in ALPHABET)
    return frozenset(near - set(FREQUENT_WORDS))


def word_level(word: str) -> int:
    """The ambiguity level of one word as pymorphy3 reads it (a form with «ё» is read with it: "королёве")."""
    parses = [p for p in morph().parse(word) if p.is_known]
    other = [p for p in parses if "Geox" not in p.tag]
    if any(p.tag.POS in ADJECTIVES for p in parses):
        return ADJECTIVE_NAME
    if len(word) <= 3:
        return PERSON_NAME
    if word in _near_frequent_words():
        return COMMON_WORD
    if not other:
        return FREE
    if all(PERSON_TAGS & set(p.tag.grammemes) for p in other):
        return PERSON_NAME
    if all(p.tag.POS in ADJECTIVES and "Qual" not in p.tag for p in other) and word.endswith(
        ("ский", "цкий", "ского", "цкого", "скому", "цкому", "ским", "цким", "ском", "цком")
    ):
        return CAPITALISED
    return COMMON_WORD


def surname(word: str) -> bool:
    """pymorphy3 knows ``word`` as a surname's form: "казанцев" (the genitive of казанцы) is Казанцев too.

    >>> surname("казанцев"), surname("казанцы")
    (True, False)
    """
    return any(p.is_known and "Surn" in p.tag for p in morph().parse(word))


def place_only(word: str) -> bool:
    """pymorphy3 knows ``word`` as a place name and hardly as anything else: "уфе", "сочи" (the imperative of
    "сочить" is rare); not "орел", "киров" (a surname), "ростове", "находка".

    >>> place_only("уфе"), place_only("сочи"), place_only("киров"), place_only("находка")
    (True, True, False, False)
    """
    known = [p for p in morph().parse(word) if p.is_known]
    other = sum(p.score for p in known if "Geox" not in p.tag)
    return any("Geox" in p.tag for p in known) and other < RARE_READING


def abbreviation_level(abbreviation: str) -> int:
    """EXACT for an abbreviation that is also a word ("НУ", "ЧАО"), else FREE: "янао", "спб" are places in any case.

    >>> abbreviation_level("НУ"), abbreviation_level("ЯНАО"), abbreviation_level("СПб"), abbreviation_level("ЛО")
    (4, 0, 0, 4)
    """
    parses = morph().parse(normalize_word(abbreviation))
    word = any(p.is_known and not {"Abbr", "Geox"} & set(p.tag.grammemes) for p in parses)
    # two letters ("ЛО") are a fragment of many a word or a typo in lower case: only capitals make them a place
    return EXACT if word or len(abbreviation) < 3 else FREE


def ambiguity(key: str) -> int:
    """How much context a form needs before it counts as a place (FREE … PERSON_NAME).

    >>> ambiguity("надым"), ambiguity("тазовский"), ambiguity("находка"), ambiguity("толька")
    (0, 6, 2, 2)
    """
    words = key.split()
    levels = [word_level(w) for w in words]
    if len(words) == 1:
        return levels[0]
    return COMMON_WORD if all(level >= COMMON_WORD for level in levels) else FREE
