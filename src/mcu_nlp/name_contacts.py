"""A first name or surname alone that its context ties to one person: the contact written beside a phone, the one
on whose behalf an appeal is written.

A first name alone is otherwise left in clear ("Иван шумит": who he is, not whom to reach; after a role word it is
that person's: :mod:`mcu_nlp.name_cued`, "Сосед Иван шумит"). Right after a phone,
maybe in brackets or after a comma or dash, it names whom to call ("8 912 345-67-89 (Маша)", "звоните 89123456789
Маша", "тел. 8-921-555-44-33, Ольга"); so does one right before a phone ("Маша 89123456789", "Ольга, тел.
8-921-555-44-33"). After «спросить», «позовите», «звоните», «обращаться к», «связаться с», «контактное лицо» a
first name or surname alone is whom to ask for, wherever the phone is ("89123456789, спросить Машу", "позовите
Петрову"; not a town: "спросите Москву"). After «от имени», «от лица», «по просьбе», «по поручению», «в интересах» a
first name or surname alone names the person the writer speaks for ("пишу от имени Анны", "по просьбе Петровой");
«имени» there names no place ("Обращаюсь от имени Ивана Петровича Сидорова", not "Сквер имени Анны Ахматовой"). A word
in capitals alone is none: in a text in capitals every word is ("ОТ ИМЕНИ ЖИЛЬЦОВ ДОМА": «Жильцов» is a surname too). A
phone is what :mod:`mcu_nlp.personal_data` masks as one. :mod:`mcu_nlp.names` asks these of the words it found no name
around.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import asked_for, on_behalf, word_before
from mcu_nlp.name_places import street_word
from mcu_nlp.name_words import name_kinds
from mcu_nlp.personal_data import RULES

FIRST_OR_SURNAME = frozenset("NSs")
#: Between a phone and the name after it: spaces, a bracket, a comma or a dash ("89123456789 (Маша)", "..., Ольга").
AFTER_PHONE = re.compile(r"(?<=\d)[ \t]{0,2}[,(:–—-]?[ \t]{0,2}\(?\Z")
#: Between a name and the phone after it: a comma, colon or dash, maybe a phone word ("Ольга, тел. 8-921-...").
BEFORE_PHONE = re.compile(r"\)?[ \t]{0,2}[,:–—-]?[ \t]{0,2}(?:(?i:тел|телефон|моб|т)\.?:?[ \t]{0,2})?(?=[+\d(])")
#: The phone rules: the first digit of a phone opens one of their matches, its last digit ends one.
PHONE_RULES = tuple(rule for rule in RULES if rule.kind == "PHONE")
PHONE_START = frozenset("+(0123456789")
LONGEST_PHONE = 30  # characters: more than a phone the rules match takes ("+7 ( 912 ) 345 - 67 - 89": 24)


def contact(text: str, word: str, start: int) -> bool:
    """Whether ``word``, capitalised at ``start`` with no name around it, is a contact's or principal's name: a
    first name beside a phone, a first name or surname after «от имени» and the like."""
    kinds = name_kinds(word)  # cached: the cheap checks first
    if not kinds & FIRST_OR_SURNAME or word.isupper():  # in capitals every word looks so: "ОТ ИМЕНИ ЖИЛЬЦОВ ДОМА"
        return False  # (Жильцов), "[PHONE] ИС 11-00"
    if on_behalf(text, start):
        return True
    if asked_for(text, start):  # "спросить Машу", "позовите Петрову": not a town ("спросите Москву")
        return not _place(word)
    if "N" not in kinds:  # a surname alone beside a phone may be a street's: "Гагарина, 8 912 ..."
        return False
    if street_word(word_before(text, start)) or _place(word):  # "ул. Мира, 8 912 ...", "сын в Алматы 8 (701) ..."
        return False
    return _after_phone(text, start) or _before_phone(text, start + len(word))


def _after_phone(text: str, start: int) -> bool:
    gap = AFTER_PHONE.search(text, max(0, start - 8), start)
    return gap is not None and _phone_ends(text, gap.start())


def _before_phone(text: str, stop: int) -> bool:
    gap = BEFORE_PHONE.match(text, stop, stop + 16)
    return gap is not None and _phone_starts(text, gap.end())


def _phone_ends(text: str, stop: int) -> bool:
    """Whether a phone ends at ``stop``: one starts at a digit, "+" or "(" not right after a digit shortly before."""
    for start in range(max(0, stop - LONGEST_PHONE), stop):
        opens = text[start] in PHONE_START and (start == 0 or not text[start - 1].isdigit())
        if opens and _phone_at(text, start) == stop:
            return True
    return False


def _phone_starts(text: str, start: int) -> bool:
    return _phone_at(text, start) > 0


def _phone_at(text: str, start: int) -> int:
    """Where the phone starting at ``start`` ends, or -1 if none starts there."""
    for rule in PHONE_RULES:
        match = rule.pattern.match(text, start)
        if match and rule.check(match):
            return match.end()
    return -1


@lru_cache(maxsize=2_000)
def _place(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` as a place too: "Алматы" (a first name and the town), "Ярославль"."""
    return any("Geox" in parse.tag for parse in analyzer().parse(word.lower()))
