"""A first name or surname alone in the dative after a verb of telling or reaching, or after «спасибо»: whom a message
is for or whom the writer thanks («передайте Алёне», «скажите Тимуру», «Передайте, пожалуйста, Айгуль», «передайте
привет Петровой», «спасибо Айгуль», «скажите сторожу Бахтияру»).

A first name alone is otherwise left in clear (:mod:`mcu_nlp.name_contacts`: "Иван шумит"); but a name in the
dative right after «передайте», «скажите», «сообщите», «напишите», «напомните», «позвоните», «спасибо» (maybe
«пожалуйста», «привет», or a person's noun in the dative between: «сторожу», «водителю») names the person the writer
wants reached or thanks, as «спросить Машу» does. The word must read as a first name or surname in the dative
(«скажите спасибо», «передайте управляющей компании» hold none), and not first as a place («сообщите Москве»); in
capitals its first reading must be a first name's dative. :mod:`mcu_nlp.names` asks this of a capitalised name word
it found alone, as it asks :mod:`mcu_nlp.name_contacts`: no search of its own runs over every text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_words import name_kinds

#: The verb (imperative or infinitive) or «спасибо» right before a name, maybe «пожалуйста» between commas, maybe
#: «привет» or «спасибо», maybe a lower-case word (a person's noun: «сторожу») between
TELL_BEFORE = re.compile(
    r"(?<![\w-])(?i:переда(?:йте|й|ть)|скаж(?:ите|и)|сказать|сообщ(?:ите|ить)|напиш(?:ите|и)|написать"
    r"|напомн(?:ите|и|ить)|(?:по|пере)звон(?:ите|и|ить)|спасибо)"
    r"(?:,?[ \t]{1,2}(?i:пожалуйста),?)?(?:[ \t]{1,2}(?i:привет|спасибо|благодарность))?(?:[ \t]{1,2}([а-яё]+))?"
    r"[ \t]{1,2}\Z"
)
FIRST_OR_SURNAME = frozenset("NS")


def addressed(text: str, word: str, start: int) -> bool:
    """Whether the capitalised ``word`` at ``start`` is a name in the dative after a verb of telling or «спасибо».

    >>> text = "передайте Алёне, скажите Москве, скажите сторожу Бахтияру"
    >>> [w for w in ("Алёне", "Москве", "Бахтияру") if addressed(text, w, text.index(w))]
    ['Алёне', 'Бахтияру']
    """
    before = TELL_BEFORE.search(text, max(0, start - 50), start)
    if before is None or (before[1] is not None and not _person_noun(before[1])):
        return False
    return _addressee(word)


@lru_cache(maxsize=2_000)
def _person_noun(word: str) -> bool:
    """Whether a lower-case word reads as a person's noun in the dative singular: a role or kin word before a name."""
    return any({"NOUN", "anim", "datv", "sing"} <= p.tag.grammemes for p in analyzer().parse(word))


@lru_cache(maxsize=2_000)
def _addressee(word: str) -> bool:
    """Whether a capitalised ``word`` after a verb of telling is a person's name in the dative (see the module)."""
    readings = analyzer().parse(word.lower())
    if word.isupper():
        first = readings[0].tag
        return "Name" in first and "datv" in first and "sing" in first
    if not name_kinds(word) & FIRST_OR_SURNAME or "Geox" in readings[0].tag:
        return False
    return any(("Name" in p.tag or "Surn" in p.tag) and "datv" in p.tag for p in readings)
