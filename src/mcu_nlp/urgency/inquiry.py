"""A question about a plan or a procedure is no emergency (``data/urgency.md``: "questions about procedures,
payments, benefits" are normal; "когда включат отопление?" in September is normal).

The learned model reads the words of such a question as it read them in complaints: «откроют» as the open manholes
and basements of the training appeals, «водопровод» as a water cut-off, so "Когда откроют каток в парке?", "Можно ли
открыть кружок в школе?" and "Как подключить частный дом к водопроводу?" came out critical (session 35: 23 of the 39
normal appeals of the dev sets blind12..32 that the shipped model called critical with no lexicon signal were such
questions). :func:`inquiry` finds the question by its first word, after a place written before a colon or a dash
("Ростов Великий: когда откроют собор?"). Among the 5,113 annotated appeals and the 6,024 rows of blind12..32 that
open so and have no lexicon signal (874 texts), none is critical and 10 are high; the guideline
(:func:`mcu_nlp.urgency.guideline.apply_guideline`) rules critical out for them and leaves high and normal to the
model. A question with a signal stays the model's: a danger ("когда дадут отопление? дома 15 градусов, ребёнку
полгода"), and a heating-season question too, which the heating rules read ("Когда дадут отопление в доме 5? Дети
болеют, холодно": the lexicon reads no cold in it, the model does).

:func:`asks_to_open` finds two more kinds by their words wherever they stand: a question when a closed place opens
again («Бассейн закрыт на ремонт уже год, когда откроют?», «...Когда заработает?») and a request to open or set up a
service («прошу открыть хор», «просим в школе открыть кружок калмыцкого языка»). The model read their «открыть» as
above (a Башкортостан walkthrough, session 49: «прошу открыть хор» critical). Of the annotated appeals, the rows of
blind12..46 and the walkthrough's that hold one and no lexicon signal (87 texts), 85 are normal, 2 high, none
critical; the shipped model called 7 of them critical (session 50, benchmarks/RESULTS.md). A question word elsewhere
in a text does not do: «...Дверь заперта, что делать?», «...Он же умрёт! Куда его везти?» are critical (11 of the
838 such texts with no signal).
"""

from __future__ import annotations

import re

#: Words that open a question about a plan, a procedure or a service (lower case): «когда», «как» (not «как всегда»,
#: a complaint's «as always»), «можно ли», «почему», «где», «кто» (not «кто-то»), «хочу» / «хотим» (not «хочу
#: сообщить», which opens a report), «подскажите», «положена ли», «будет ли» and the like.
OPENING = re.compile(
    r"(?:когда|как(?!\s+(?:всегда|обычно|будто|только))|можно\s+ли|нельзя\s+ли|возможно\s+ли"
    r"|(?:хоч(?:у|ем)|хотим|хотелось\s+бы)"
    r"(?!\s+(?:вам\s+|бы\s+)?(?:сообщить|пожаловаться|обратить|предупредить|рассказать|заявить|написать))"
    r"|почему|зачем|где|куда|откуда|сколько|кто|будет\s+ли|будут\s+ли|есть\s+ли|нужно\s+ли|надо\s+ли|могу\s+ли"
    r"|положен[аоы]?\s+ли|планируется\s+ли|планируют\s+ли|правда\s+ли|правда\s+что|подскажите|скажите|разъясните"
    r"|что\s+делать|что\s+нужно)(?![\w-])",
    re.IGNORECASE,
)
#: A place written before the question, ended by a colon or a dash ("Ростов Великий: когда...", "Майкоп — где...").
PLACE_FIRST = re.compile(r"[^.!?:—–\n]{1,60}?(?::|\s[—–-])\s*")


#: A question when something closed opens or works again: the question word, at most three words, the verb
ASKS_OPEN = re.compile(r"(?<![\w-])(?:когда|скоро\s+ли|будет\s+ли|сколько)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:откро\w*|заработа\w*|возобнов\w*)(?![\w-])", re.IGNORECASE)
#: A request to open or set up a service: «прошу открыть хор», «просим в школе открыть кружок», «надо организовать»
ASKS_SERVICE = re.compile(
    r"(?<![\w-])(?:прошу|просим|просьба|предлагаю|предлагаем|хотелось\s+бы|хотим|нужно|надо)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:открыть|организовать|создать|возобновить|запустить)(?![\w-])", re.IGNORECASE)
#: A clause that asks: the words since the last mark, up to a «?»; tried only where a clause opens, so a text with no
#: «?» is read once, not once from each of its characters (200,000 characters of «ааааааа » took 214 s, session 58)
ASKING_CLAUSE = re.compile(r"(?<![^,;:.!?\n—–()])[^,;:.!?\n—–()]+\?")


def asks_to_open(text: str) -> bool:
    """Whether ``text`` asks in a clause of its own when something opens again (:data:`ASKS_OPEN`) or asks to open
    or set up a service (:data:`ASKS_SERVICE`), wherever it stands.

    >>> [asks_to_open(t) for t in ("Бассейн закрыт на ремонт уже год, когда откроют?", "прошу открыть хор в ДК",
    ...                            "Открыт люк во дворе, когда закроют?", "Когда откроют, не знаю. Люк открыт")]
    [True, True, False, False]
    """
    if ASKS_SERVICE.search(text):
        return True
    return any(ASKS_OPEN.search(clause.group()) for clause in ASKING_CLAUSE.finditer(text))


def inquiry(text: str) -> bool:
    """Whether ``text`` opens with a question about a plan or a procedure (:data:`OPENING`), maybe after a place.

    >>> [inquiry(t) for t in ("Когда откроют каток в парке?", "Ростов Великий: когда откроют собор?",
    ...                       "Хочу открыть ИП, кто поможет?", "Как всегда лопнула решётка", "Кто-то высыпал ртуть",
    ...                       "Хочу сообщить: дети на крыше", "Открыт люк во дворе")]
    [True, True, True, False, False, False, False]
    """
    text = text.lstrip(" \t\n\"'«(")
    if OPENING.match(text):
        return True
    place = PLACE_FIRST.match(text)
    return place is not None and OPENING.match(text, place.end()) is not None
