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
