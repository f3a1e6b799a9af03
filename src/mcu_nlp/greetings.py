"""Greetings that open an appeal ("Здравствуйте!", "Добрый день, уважаемая администрация,").

They say nothing of how urgent an appeal is, yet their words were read as the appeal's: the «день» of «Добрый день»
as a duration by the lexicon's rows («Добрый день, интернет пропал с утра» read "no phone or internet", high), and any
word moved the learned model («Уважаемая администрация, » before «вода из крана желтая и пахнет» made it normal, an
Алтайский край analyst's walkthrough, session 68, D7). :func:`greeting_end` says where they stop: the lexicon reads
no word before it (:func:`mcu_nlp.lexicon_words.words`) and the urgency model blanks them
(:func:`mcu_nlp.urgency.model_text.model_text`), as it blanks a sign-off (:mod:`mcu_nlp.urgency.closings`).
"""

from __future__ import annotations

import re

#: One or more greetings from the text's start: a fixed formula with no letter right after it, or «уважаемый» and at
#: most three words of its addressee before a mark ("Уважаемый Роман Владимирович!"; not "Уважаемые соседи заливают").
GREETING = re.compile(
    r"\A(?:[^\w]*(?:(?i:здравствуйте|здравствуй|добрый\s+(?:день|вечер)|доброе\s+утро|доброго\s+(?:времени\s+суток"
    r"|дня|утра|вечера)|доброй\s+ночи|приветствую|привет)(?!\w)|(?i:уважаем(?:ый|ая|ые|ое))(?:\s+\w[\w.-]*){0,3}?"
    r"(?=\s*[,!:;\n]|\s+[—–-]\s)))+[^\w\n]*"
)


def greeting_end(text: str) -> int:
    """Where the greetings opening ``text`` end (0 where none opens it).

    >>> text = "Здравствуйте! Добрый день, уважаемая администрация, нет воды"
    >>> text[greeting_end(text):]
    'нет воды'
    >>> [greeting_end(t) for t in ("Уважаемые соседи заливают третий день", "Добрый день нет света", "Нет света")]
    [0, 12, 0]
    """
    found = GREETING.match(text)
    return found.end() if found else 0
