"""A greeting that is the text's first sentence ("Здравствуйте! Мыски, ...", "Добрый день. Топки: нет воды"): the
resolver reads the text after it as the text's opening, so a name heading the appeal after a greeting is found as
it is with none (session 63, the Кузбасс walkthrough's D4, D5: "Добрый день. Прокопевск, нет мест в садике" found
nothing where "Прокопевск, нет мест в садике" is Прокопьевск at 0.7).

Only a sentence of greeting words alone, closed by «.», «!», «…» or a line break, counts: after a comma a name may be
the person greeted ("Добрый день, Салават!"). Greetings in a row are read past at once: read one at a time, by the
resolver calling itself, 1,200 «Привет!» before a name raised RecursionError (review s63).
"""

from __future__ import annotations

import re

from mcu_nlp.greetings import ADDRESSEE, FORMULAS, WORD
from mcu_nlp.morphology import analyzer

GREETING = re.compile(rf"[^\w\n]*(?i:{FORMULAS})[ \t\xa0]*(?:[.!…]+\s*|\n\s*)(?=\w)")


# Session 69 (the Удмуртия and Крым walkthroughs): sentences of a plea, a heading word or an address alone that open a
# text («СРОЧНО!!!», «Обращение.», «Уважаемый Глава!»), read past unless the whole text finds a place inside them
# (``plea_end``, ``GeoResolver._resolve``): an addressee may name the place ("Уважаемая администрация Глазова!")
PLEA = re.compile(
    r"[^\w\n]*(?i:срочно|помогите|спасите|sos|внимание|обращение|жалоба|заявление|караул"
    rf"|{ADDRESSEE})[ \t\xa0]*(?:[.!…]+\s*|\n\s*)(?=\w)"
)


def plea_end(text: str) -> int:
    """Where the text after plea, heading or address sentences opening it starts (greetings among them too), or 0; 0
    too where a first name opens that text: a person spoken to («Помогите! Надежда, соседка сверху, залила нас»).

    >>> plea_end("СРОЧНО!!! Юкаменское. Стройка"), plea_end("Обращение. Саки"), plea_end("Уважаемый Глава! Глазов")
    (10, 11, 17)
    >>> plea_end("Срочно нужна помощь. Глазов"), plea_end("Уважаемые соседи, не шумите. Глазов"), plea_end("Срочно!")
    (0, 0, 0)
    >>> plea_end("Помогите! Надежда, соседка сверху, залила нас")
    0
    """
    end = 0
    while found := PLEA.match(text, end) or GREETING.match(text, end):
        end = found.end()
    word = WORD.match(text, end) if end else None
    if word and any("Name" in p.tag for p in analyzer().parse(word.group().lower())):
        return 0
    return end


def greeting_end(text: str) -> int:
    """Where the text after a greeting sentence opening it starts, or 0.

    >>> greeting_end("Здравствуйте! Мыски, бродячие собаки у школы"), greeting_end("Добрый день.\\nтопки: нет воды")
    (14, 13)
    >>> greeting_end("Добрый день, Салават!"), greeting_end("Здравствуйте"), greeting_end("Привет из Тулы. Яма")
    (0, 0, 0)
    >>> greeting_end("Привет! " * 3 + "Мыски"), greeting_end("Доброго вечера! Мыски"), greeting_end("Доброй ночи… Мы")
    (24, 16, 13)
    """
    end = 0
    while found := GREETING.match(text, end):  # "Привет! Привет! ...": every greeting at once, in one pass
        end = found.end()
    return end
