"""Hyphenated given names of Buryat, Kalmyk and Tuvan people beside a surname: «Цыдыпова Цырен-Ханда», «Дамдинова
Цыц-Маа», «Баир-Доржи Цыренов». The dictionary knows neither part of such a name as one («Цырен» it lacks, «Цыц» is
an interjection), so :mod:`mcu_nlp.names` saw a surname alone (masked only after a kin or role word: «Моя мама
[PERSON] Цырен-Ханда») or nothing.

A capitalised hyphenated word one space from a word with a surname's reading is one name with it when the
dictionary lacks the word as a whole and one of its parts at least («Улан-Удэ», «Санкт-Петербург», «Бизнес-Центр»
stay; a part may be a place's name as a word: «Ханда» is a river, «Кызыл» a town, so a town the dictionary lacks,
«Кызыл-Мажалык», is masked beside a surname with no comma between); a street word before the surname makes it a
street.

Alone, such a name is a person's when one of its parts is a common part of Buryat, Kalmyk or Tuvan given names
(:data:`NAME_PARTS`: «Цырен», «Доржи», «Ханда», «оол») and a verb it is the subject of follows («Цырен-Ханда звонила
вчера», «Баир-Доржи приходил», «Херел-оол обещал»): a verb in the past agreeing with one person, or in the third person
singular. A first name alone is otherwise left in clear; a given name of this shape names one person in a town as a
full name does. A place of this shape that does something («Кызыл-Мажалык остался без света») holds no such part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before, word_set
from mcu_nlp.name_places import street_word
from mcu_nlp.name_words import name_kinds

#: A hyphenated word of capitalised parts of three letters or more, in title case or in capitals (not «ПР-КТ», «ПР-ДУ»:
#: a street's abbreviation); it opens with a capital (the lookbehind after it): the regex engine skips to each capital
HYPHENATED = re.compile(r"[А-ЯЁ](?<![\w-].)(?:[а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})+|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{3,})+)(?![\w-])")
#: Those, and a title-case word with a lower-case part or one of two letters («Херел-оол»), a given name alone before
#: its verb: searched for only in a text holding a Tuvan given name's lower-case part (:data:`LOWER_PART`)
HYPHENATED_ANY = re.compile(r"[А-ЯЁ](?<![\w-].)(?:[а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]{1,})+|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{3,})+)"
                            r"(?![\w-])")
WORD_AFTER = re.compile(r"[ \t]{1,2}([А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})(?![\w-])")
WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})[ \t]{1,2}\Z")
#: Common parts of Buryat, Kalmyk and Tuvan hyphenated given names (lower case; «оол» a boy, «кыс» a girl: Tuvan)
NAME_PARTS = word_set(
    "цырен церен цыден цыдып сыдып доржи дорджи дулма ханда даши жаргал баир бато бадма намжил лхама сэсэг сэсэгма "
    "цыцык очир санджи санжи эрдни будажап жамсо дугар ринчин норбо гомбо янжима соелма дамдин балдан мунко бальжит "
    "бальжин чимит аюша дондок галсан пурбо бембе маа оол кыс"
)
LOWER_PART = re.compile("-(?:оол|кыс)")
#: A lower-case word after a given name alone: its verb, or an adverb before it («Цырен-Ханда вчера звонила»)
WORD_THEN = re.compile(r"[ \t]{1,2}([а-яё]+)(?![\w-])")


def hyphenated_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each surname with a hyphenated given name beside it in ``text``.

    >>> text = "Моя мама Цыдыпова Цырен-Ханда, соседка Баир-Доржи Цыренов, живём в Улан-Удэ Ивановы"
    >>> [text[a:b] for a, b in hyphenated_names(text)]
    ['Цыдыпова Цырен-Ханда', 'Баир-Доржи Цыренов']
    """
    found = []
    pattern = HYPHENATED_ANY if LOWER_PART.search(text) else HYPHENATED
    for match in pattern.finditer(text):
        word, start, stop = match.group(), match.start(), match.end()
        if not HYPHENATED.fullmatch(word) or not _given_name(word):
            if not word.isupper() and _subject(text, match):
                found.append(match.span())
            continue
        before = WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and _surname(before[1], word) and not street_word(word_before(text, before.start(1))):
            found.append((before.start(1), stop))
            continue
        after = WORD_AFTER.match(text, stop)
        if after and _surname(after[1], word) and not street_word(word_before(text, start)):
            found.append((start, after.end()))
        elif not word.isupper() and _subject(text, match):
            found.append(match.span())
    return found


def _subject(text: str, match: re.Match[str]) -> bool:
    """Whether the hyphenated word ``match`` holds a part of :data:`NAME_PARTS`, is no word of the dictionary, and a
    verb of one person follows it (maybe after an adverb)."""
    word = match.group().lower()
    if not NAME_PARTS.intersection(word.split("-")) or analyzer().word_is_known(word):
        return False
    after = WORD_THEN.match(text, match.end())
    if after is None or _one_persons_verb(after[1]):
        return after is not None
    then = WORD_THEN.match(text, after.end()) if "ADVB" in analyzer().parse(after[1])[0].tag else None
    return then is not None and _one_persons_verb(then[1])


@lru_cache(maxsize=2_000)
def _one_persons_verb(word: str) -> bool:
    """Whether a lower-case word reads first as a verb in the past of a man or woman, or in the 3rd person singular."""
    tag = analyzer().parse(word)[0].tag
    return "VERB" in tag and "sing" in tag and ("3per" in tag or ("past" in tag and tag.gender in ("masc", "femn")))


def _surname(word: str, name: str) -> bool:
    """Whether ``word`` reads as a surname, written in the letter case of the ``name`` beside it."""
    return word.isupper() == name.isupper() and "S" in name_kinds(word)


@lru_cache(maxsize=2_000)
def _given_name(word: str) -> bool:
    """Whether a hyphenated word may be a given name: the dictionary lacks it and one of its parts at least."""
    morph = analyzer()
    lower = word.lower()
    return not morph.word_is_known(lower) and not all(morph.word_is_known(part) for part in lower.split("-"))
