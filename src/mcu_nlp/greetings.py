"""Greetings that open an appeal ("Здравствуйте!", "Добрый день, уважаемая администрация,").

They say nothing of how urgent an appeal is, yet their words were read as the appeal's: the «день» of «Добрый день»
as a duration by the lexicon's rows («Добрый день, интернет пропал с утра» read "no phone or internet", high), and any
word moved the learned model («Уважаемая администрация, » before «вода из крана желтая и пахнет» made it normal, an
Алтайский край analyst's walkthrough, session 68, D7). :func:`opening_greeting_end` says where they stop: the lexicon
reads no word before it (:func:`mcu_nlp.lexicon_words.words`) and the urgency model blanks them
(:func:`mcu_nlp.urgency.model_text.model_text`), as it blanks a sign-off (:mod:`mcu_nlp.urgency.closings`).
:data:`FORMULAS` are the greeting formulas the resolver reads past too (:mod:`mcu_nlp.geo.greeting`).
"""

from __future__ import annotations

import re

from mcu_nlp.morphology import analyzer

#: The greeting formulas, as a regular expression's alternatives (any letter case where used), with «всем» before or
#: after them ("Всем добрый день", "Привет всем") and a common misspelling («здраствуйте»).
FORMULAS = (
    r"(?:всем\s+)?(?:здравствуйте|здравствуй|здраствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|доброй\s+ночи"
    r"|доброго\s+(?:дня|утра|вечера|времени\s+суток)|приветствую|привет)(?:\s+всем)?"
)
#: «Уважаемый» and at most three words of its addressee on the same line ("Уважаемый Роман Владимирович"), as a
#: regular expression's alternative; the resolver reads past it too (:mod:`mcu_nlp.geo.greeting`).
ADDRESSEE = r"(?i:уважаем(?:ый|ая|ые|ое))(?:[ \t\xa0]+\w[\w.-]*){0,3}?"
#: One or more greetings from the text's start: a formula with no letter right after it, or an addressee before a mark
#: on the same line ("Уважаемый Роман Владимирович!"; not "Уважаемые соседи заливают").
GREETING = re.compile(
    rf"\A(?:[^\w]*(?:(?i:{FORMULAS})(?!\w)|(?P<addressed>{ADDRESSEE})"
    r"(?=[ \t\xa0]*[,!:;]|[ \t\xa0]+[—–-]\s)))+[^\w\n]*"
)
WORD = re.compile(r"\w+")


def opening_greeting_end(text: str) -> int:
    """Where the greetings opening ``text`` end (0 where none opens it, or where an addressee's word is a verb: the
    text's own, "Уважаемые граждане пострадали: нужна скорая").

    >>> text = "Здравствуйте! Добрый день, уважаемая администрация, нет воды"
    >>> text[opening_greeting_end(text):]
    'нет воды'
    >>> [opening_greeting_end(t) for t in ("Уважаемые соседи заливают третий день", "Добрый день нет света", "Нет")]
    [0, 12, 0]
    >>> texts = ("Уважаемые соседи заливают\\nтретий день", "Уважаемые граждане пострадали: нужна скорая")
    >>> [opening_greeting_end(t) for t in texts]
    [0, 0]
    """
    found = GREETING.match(text)
    if not found:
        return 0
    addressed = found.group("addressed")
    if addressed and any(analyzer().parse(w)[0].tag.POS in ("VERB", "INFN", "PRTS") for w in WORD.findall(addressed)):
        return 0
    return found.end()
