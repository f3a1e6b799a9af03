"""Hyphenated given names of Buryat, Kalmyk and Tuvan people beside a surname: «Цыдыпова Цырен-Ханда», «Дамдинова
Цыц-Маа», «Баир-Доржи Цыренов». The dictionary knows neither part of such a name as one («Цырен» it lacks, «Цыц» is
an interjection), so :mod:`mcu_nlp.names` saw a surname alone (masked only after a kin or role word: «Моя мама
[PERSON] Цырен-Ханда») or nothing.

A capitalised hyphenated word one space from a word with a surname's reading is one name with it when the
dictionary lacks the word as a whole and one of its parts at least («Улан-Удэ», «Санкт-Петербург», «Бизнес-Центр»
stay; a part may be a place's name as a word: «Ханда» is a river, «Кызыл» a town, so a town the dictionary lacks,
«Кызыл-Мажалык», is masked beside a surname with no comma between); a street word before the surname makes it a
street.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before
from mcu_nlp.name_places import street_word
from mcu_nlp.name_words import name_kinds

#: A hyphenated word of capitalised parts of three letters or more, in title case or in capitals (not «ПР-КТ», «ПР-ДУ»:
#: a street's abbreviation); it opens with a capital (the lookbehind after it): the regex engine skips to each capital
HYPHENATED = re.compile(r"[А-ЯЁ](?<![\w-].)(?:[а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})+|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{3,})+)(?![\w-])")
WORD_AFTER = re.compile(r"[ \t]{1,2}([А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})(?![\w-])")
WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})[ \t]{1,2}\Z")


def hyphenated_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each surname with a hyphenated given name beside it in ``text``.

    >>> text = "Моя мама Цыдыпова Цырен-Ханда, соседка Баир-Доржи Цыренов, живём в Улан-Удэ Ивановы"
    >>> [text[a:b] for a, b in hyphenated_names(text)]
    ['Цыдыпова Цырен-Ханда', 'Баир-Доржи Цыренов']
    """
    found = []
    for match in HYPHENATED.finditer(text):
        word, start, stop = match.group(), match.start(), match.end()
        if not _given_name(word):
            continue
        before = WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and _surname(before[1], word) and not street_word(word_before(text, before.start(1))):
            found.append((before.start(1), stop))
            continue
        after = WORD_AFTER.match(text, stop)
        if after and _surname(after[1], word) and not street_word(word_before(text, start)):
            found.append((start, after.end()))
    return found


def _surname(word: str, name: str) -> bool:
    """Whether ``word`` reads as a surname, written in the letter case of the ``name`` beside it."""
    return word.isupper() == name.isupper() and "S" in name_kinds(word)


@lru_cache(maxsize=2_000)
def _given_name(word: str) -> bool:
    """Whether a hyphenated word may be a given name: the dictionary lacks it and one of its parts at least."""
    morph = analyzer()
    lower = word.lower()
    return not morph.word_is_known(lower) and not all(morph.word_is_known(part) for part in lower.split("-"))
