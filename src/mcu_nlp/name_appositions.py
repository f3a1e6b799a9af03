"""A first name alone that the words right after it describe as a person: an age («Шамиль, 12 лет, пропал»,
«Пропал ребенок Шамиль, 12 лет», «Шамилю 12 лет»), a job or role between commas when it opens a sentence («Магомед,
таксист, говорит что ...», «Иван, сосед снизу, шумит»), or «из» and where the writer is from when it opens the text
or a sentence («Абдулкадыр из Ленинского района: ...», «Ольга из 5 кв»).

A first name alone is otherwise left in clear («Иван шумит»: :mod:`mcu_nlp.name_contacts`); these say a person is
named (session 31, a Dagestan walkthrough: a missing child's name with his age was left in clear). The name is a word
pymorphy3 knows and reads first as a first name, and as no common noun («Лада», «Роза», «Лев» stay), in the nominative
(or the dative before an age); an age is no time ago («Иван, 5 лет назад ...»); a name after a street's word or a
preposition is a street's («на Мира 12 лет ...»). :mod:`mcu_nlp.names` calls :func:`described_names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before
from mcu_nlp.name_cued import common_noun, first_name
from mcu_nlp.name_nouns import sentence_start
from mcu_nlp.name_places import PLACE_BEFORE, street_word
from mcu_nlp.name_roles import role_word

#: An age: a number of years or months after a name, maybe after a comma or a bracket («Шамиль, 12 лет», «Шамилю 12
#: лет», «Ваня, 5-ти лет», «Аня (3 года)»), not a time ago («5 лет назад», «спустя»); the search opens on the digit
AGE = re.compile(
    r"\d(?<![\w/:-]\d)(?<!\d[.,]\d)\d?(?:-?(?:ти|х|и))?[ \t]{0,2}"
    r"(?:лет|годик(?:а|ов)?|год(?:а)?|мес(?:яц(?:а|ев)?)?\.?)(?![\w-])(?![ \t,]{1,3}(?i:назад|тому|спустя)(?![\w-]))"
)
#: A comma and a lower-case word, then a comma, a dash or a word: a job or role between commas after a name
#: («Магомед, таксист, говорит», «Иван, сосед снизу, шумит»)
JOB = re.compile(r",[ \t]{1,2}([а-яё]+)(?=[ \t]{0,2}[,—–-]|[ \t]{1,2}[а-яё])")
#: «из» before a capitalised word or a number after a name: where the writer is from («Абдулкадыр из Ленинского
#: района», «Ольга из 5 кв»; not «из-за»)
FROM = re.compile(r"[ \t]из[ \t]{1,2}(?=[А-ЯЁ]|\d)")
#: The title-case word right before an age (maybe a comma or a bracket between), a job's comma, or «из»
NAME_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)[ \t]{0,2}[,(]?[ \t]{0,2}\Z")
NAME_RIGHT_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)\Z")
#: How far back from the cue a name is looked for
BACK = 40
#: The cases a first name alone takes before an age («Шамиль, 12 лет», «Шамилю 12 лет»)
AGE_CASES = frozenset(("nomn", "datv"))
NOMINATIVE = frozenset(("nomn",))


def described_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the first names alone in ``text`` that an age, a job or «из» after them describes as a person
    (see the module).

    >>> text = "Шамиль, 12 лет, пропал. Магомед, таксист, говорит. Абдулкадыр из Ленинского района: нет воды"
    >>> [text[a:b] for a, b in described_names(text)]
    ['Шамиль', 'Магомед', 'Абдулкадыр']
    >>> text = "Иван, 5 лет назад ремонтировали. Лада, 3 года. Живу на Мира, 12 лет"
    >>> described_names(text)
    []
    """
    found = []
    for age in AGE.finditer(text):
        name = NAME_BEFORE.search(text, max(0, age.start() - BACK), age.start())
        if name and _named(text, name, AGE_CASES):
            found.append(name.span(1))
    for job in JOB.finditer(text):
        name = NAME_RIGHT_BEFORE.search(text, max(0, job.start() - BACK), job.start())
        if name and sentence_start(text, name.start()) and _job(job[1]) and _named(text, name, NOMINATIVE):
            found.append(name.span(1))
    if " из " in text or "\tиз" in text:
        for place in FROM.finditer(text):
            name = NAME_RIGHT_BEFORE.search(text, max(0, place.start() - BACK), place.start())
            if name and sentence_start(text, name.start()) and _named(text, name, NOMINATIVE):
                found.append(name.span(1))
    return sorted(found)


def _named(text: str, match: re.Match[str], cases: frozenset[str]) -> bool:
    """Whether the ``match``'s first group is a first name alone in one of ``cases``: no capitalised word before it
    (a surname there makes a pair that :mod:`mcu_nlp.names` reads), no street's word or preposition."""
    lower = match[1].lower()
    if not _first_name(lower, cases):
        return False
    start = match.start(1)
    before = word_before(text, start)
    if before in PLACE_BEFORE or street_word(before) or _preposition(before):
        return False
    return not _capitalised_before(text, start)


def _capitalised_before(text: str, start: int) -> bool:
    """Whether a capitalised word inside a sentence ends one space before ``start`` («Дом Петров Иван, 12 лет»: a
    pair's, which :mod:`mcu_nlp.names` reads)."""
    at = start - 1
    if at < 1 or text[at] != " ":
        return False
    end = at
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return end > at and text[at].isupper() and not sentence_start(text, at)


@lru_cache(maxsize=20_000)
def _first_name(lower: str, cases: frozenset[str]) -> bool:
    """Whether pymorphy3 knows ``lower``, reads it first as a first name, as no common noun, and as one in the
    singular in one of ``cases``."""
    if not first_name(lower) or common_noun(lower):
        return False
    return any("Name" in p.tag and p.tag.number == "sing" and p.tag.case in cases for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _job(lower: str) -> bool:
    """Whether ``lower`` is a role word (:func:`mcu_nlp.name_roles.role_word`: a job too) in the nominative singular:
    «таксист», «сосед», «пенсионер»."""
    return role_word(lower) and any({"NOUN", "sing", "nomn"} <= p.tag.grammemes for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _preposition(lower: str) -> bool:
    return bool(lower) and analyzer().parse(lower)[0].tag.POS == "PREP"
