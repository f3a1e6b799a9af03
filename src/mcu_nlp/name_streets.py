"""A street's type after a name-shaped run, and a house number after one: whether the run is the street's name.

A name right before a place word is a place ("Невский район", "Евгения Шварца улица"), unless that word is a street type
that opens a street of its own ("Иванов И.И. ул. Ленина 5" signs an appeal; with a name and a house number, after a
comma or not: "Марии Ивановой, ул. Мира 3", "Натальи Кузнецовой ул. Мира 3"); so is a name without patronymic or
initials before a house number ("Юрия Гагарина 37"; a phone is none: "Иванов Иван, 8 912 345 67 89").
:mod:`mcu_nlp.name_places` asks these with the words before the run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import WORD_AFTER, word_before, word_set
from mcu_nlp.name_words import woman_named
from mcu_nlp.personal_data import RULES
from mcu_nlp.street_words import street_words

#: Street types (and «район») among :data:`PLACE_AFTER`: a name before one is a place only if no place's name follows
#: it ("Евгения Шварца улица", not "Иванов Иван, ул. Ленина 5", "Сулейманов Ильдар, район Купчино": the word opens the
#: next place). (:mod:`mcu_nlp.street_words`: nominative, genitive, locative; the forms and abbreviations the list's
#: first form lacked are kept out: no output change in session 23.)
STREET_AFTER = street_words(
    ("улица", "проспект", "переулок", "площадь", "набережная", "бульвар", "шоссе", "линия", "дорога"),
    ("nom", "gen", "loc"),
    abbreviated=True,
) - word_set("переулка переулке бульвара бульваре дороге просп пр-т пр-кт пркт пл б-р бул ш") | word_set("район р-н")
#: A name right before one of these is a place too: "Невский район", "Александра Невского лавра".
PLACE_AFTER = STREET_AFTER | word_set(
    "района районе р-на мост моста остров острова лавра лавры сад сада парк парка сквер канал канала"
)
#: A street's name after its type word, the dot with or without a space ("ул.Ленина"): a word ("ул. Ленина", "УЛ.
#: МИРА", "ул. ленина": see _no_street_name), an initial and a word ("ул. В. Кингисеппа"), a number and a capitalised
#: word, «лет» or a month ("улица 8 Марта", "ул. 40 лет Победы"), «им.» / «имени»; no house word or short function
#: word ("пр. Д. 5", "ул. 5 кв. 3", "ПРОСПЕКТ НЕ УБРАН").
STREET_NAME = re.compile(
    r"(?:\.\s{0,2}|\s{1,2})(?:[А-ЯЁ]\.\s{0,2}(?=[А-ЯЁ][а-яё]))?"
    r"(?!(?i:д|дом|кв|корп|стр|лит|не|на|в|во|у|и|с|со|по|от|до|за|из)\b)"
    r"(?:им\b|имени\b|(?P<word>[А-ЯЁа-яё])[а-яёА-ЯЁ-]"
    r"|\d{1,3}(?:-?[а-я]{1,2})?\s{1,2}(?!(?i:д|дом|кв|корп|стр|лит|под\w*|эт\w*)\b)(?:[А-ЯЁ]|(?:лет|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b))"
)
STREET_WORD = re.compile(r"[а-яёА-ЯЁ-]+")
TITLE_CASE = re.compile(r"[А-ЯЁ][а-яё]")
NO_STREET_NAME = frozenset(("VERB", "INFN", "PRTS", "GRND", "ADVB", "PREP", "CONJ", "PRCL", "NPRO", "PRED", "ADJS"))
#: A word read first as one of these, with no name reading, names no street after a street named after someone:
#: "Карла Маркса ул. Яма у дома 5", "ЮРИЯ ГАГАРИНА УЛ. МУСОР НЕ ВЫВОЗЯТ", "Живу: Карла Маркса ул. Третий день ...".
COMMON_WORD = frozenset(("NOUN", "ADJF", "NUMR", "PRTF"))
NAME_TAGS = frozenset(("Name", "Surn", "Patr", "Geox"))
#: Street types shortened: a dot after one is no sentence's end ("ул. Ленина"); after a full one it is.
SHORT_TYPES = word_set("ул пр пер наб р-н")
#: A name in the genitive after one of these is a sender's or addressee's, not a street's: "От Кузнецовой Натальи".
SENDER_BEFORE = word_set("от для")
#: A house number right after a name without patronymic or initials makes it a street: "Юрия Гагарина 37", "Карла
#: Маркса, 77/2."; a date is none ("Иванов Иван 04.07.2018 г.р.", "Анна Смирнова 4 марта 2018", "12/08/2019"):
#: masking the date must not unmask the name, nor a phone or other number :mod:`mcu_nlp.personal_data` masks ("Иванов
#: Иван, 8 912 345 67 89"; see house_number).
HOUSE_NUMBER = re.compile(
    r"[\s,]{0,3}(?:(?:д|дом)\.?\s{0,2})?(?P<number>\d{1,3})"
    r"(?![\d()-]|\. ?\d{1,2}\. ?\d\d|/\d{1,2}/\d\d|\s{1,2}(?:января|февраля|марта|апреля|мая|июня"
    r"|июля|августа|сентября|октября|ноября|декабря)\s{1,2}\d)"
)
#: A number of years after a name: an age, not a house ("Анна Смирнова, 37 лет").
AGE = re.compile(r"[\s,]{0,3}\d{1,3}\s{0,2}(?i:лет|год|года)\b")


def place_after(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether a place word follows the ``run`` and names it: "Невский район", "Евгения Шварца улица"; a street
    type that opens a street of its own does not ("Иванов И.И. ул. Ленина 5", "Сулейманов Ильдар, ул. Ленина"); after
    a name that can be a street's (_genitive), a street type spelt out and a dot end a sentence, opening none ("Юрия
    Гагарина улица. Нет света"); a type with a name and a house number always opens its own street ("Марии
    Ивановой, ул. Мира 3", "Натальи Кузнецовой ул. Мира 3")."""
    tail = WORD_AFTER.match(text, run[-1].end(), run[-1].end() + 30)
    word = tail[1].lower() if tail else ""
    if word not in PLACE_AFTER:
        return False
    if word not in STREET_AFTER:
        return True
    if word not in SHORT_TYPES and text.startswith(".", tail.end()) and _genitive(text, run, kinds):
        return True
    name = STREET_NAME.match(text, tail.end(), tail.end() + 30)
    if name is None:
        return True
    # the type opens a street of its own when a house number follows its name, with a comma or without: "Марии
    # Ивановой, ул. Мира 3", "Натальи Кузнецовой ул. Мира 3" (a street named before its type has its number after
    # the type: "Карла Маркса ул. 5", "Карла Маркса ул., д. 5")
    return not _numbered(text, name) and _no_street_name(text, name.start("word"), run, kinds)


def _numbered(text: str, name: re.Match[str]) -> bool:
    """Whether a house number follows the street's name that starts ``name`` ("ул. Мира 3", "пр. Мира, д. 10")."""
    word = STREET_WORD.match(text, name.start("word")) if name.start("word") >= 0 else None
    return word is not None and HOUSE_NUMBER.match(text, word.end()) is not None


def _no_street_name(text: str, start: int, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether the word at ``start`` the dictionary knows ("район Купчино" is a district) is no street's name: a
    verb or function word in capitals or in lower case ("КАРЛА ЛИБКНЕХТА, ДОРОГА ПРИШЛА В НЕГОДНОСТЬ", "Евгения Шварца
    улица убрана"), an adjective in lower case without a house number ("Карла Маркса улица грязная": "ул. садовая 5"
    is a street); after a name that can be a street's (_genitive) also in title case, and a common noun, adjective or
    numeral ("Карла Маркса ул. Яма у дома", "КАРЛА МАРКСА УЛ. ГРЯЗНАЯ"). After "Иванов Иван" or "Иванов И.И." a
    title-case word is a street ("ул. Мира", "ул. Садовая")."""
    if start < 0:
        return False
    word = STREET_WORD.match(text, start).group()
    lower = word.lower()
    if not analyzer().word_is_known(lower):
        return False
    genitive = _genitive(text, run, kinds)
    if not genitive and TITLE_CASE.match(word):
        return False
    tag = analyzer().parse(lower)[0].tag
    if tag.POS in NO_STREET_NAME or (genitive and tag.POS in COMMON_WORD and not NAME_TAGS & tag.grammemes):
        return True
    if tag.POS == "ADJF" and word.islower():  # "ул. садовая 5", not "Карла Маркса улица грязная"
        return "Apro" in tag or HOUSE_NUMBER.match(text, start + len(word)) is None
    return False


def _genitive(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether every word of the ``run`` reads as a name in the genitive singular, as a street named after someone
    does ("Карла Маркса", "Юрия Гагарина"; not "Иванов Иван", "Анна Иванова", "Иванов И.И."), and not all as one
    gender's nominative ("Лебедева Юлия", "Платонова Анастасия": «Юлия», «Анастасия» are also Юлий's, Анастасий's
    genitive), nor a sender's name after «от» or «для» ("От Кузнецовой Натальи, ул. Мира 3"). A street names the
    first name first: a surname before it is a person's, in any case ("Токаревой Анне", "Петрова Ивана")."""
    if any("I" in k for k in kinds) or word_before(text, run[0].start()) in SENDER_BEFORE or _surname_first(kinds):
        return False
    readings = [name_readings(m.group().lower()) for m in run]
    if not all(any({"gent", "sing"} <= tag.grammemes for tag in tags) for tags in readings):
        return False
    return not any(
        all(any({"nomn", "sing", gender} <= tag.grammemes for tag in tags) for tags in readings)
        for gender in ("masc", "femn")
    )


def street_before_number(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether the ``run`` may be a street's name before a house number ("Юрия Гагарина 37", "Софьи Ковалевской 5",
    "К. Маркса 77", "АЯ СОВЕТСКАЯ 15"): not a surname before a first name, nor two names of one case and gender that
    is not the genitive (or a first name not in the genitive beside a common noun), nor a woman's given name and
    surname (:func:`mcu_nlp.name_words.woman_named`: "Гулшат Галиева 5", "Марьям Алиева 5"), nor one before an age
    ("Иванов Иван 37", "Анна Токарева 5", "Ивану Токареву 5", "Коваль Ивану 5", "Анна Смирнова, 37 лет")."""
    if _surname_first(kinds) or AGE.match(text, run[-1].end()):
        return False
    if len(run) != 2:
        return True
    if woman_named(run[0].group().lower(), run[1].group().lower()):
        return False  # «Хадижат Магомедова 5 кв 3»: a woman's given name and surname in the nominative
    one, other = ({(t.case, g) for t in name_readings(m.group().lower()) for g in _genders(t)} for m in run)
    if "C" in kinds[0] | kinds[1]:  # a common noun as the surname: the first name's case ("Коваль Ивану 5")
        return any(case == "gent" for case, _ in one | other)
    shared = {case for case, _ in one & other}
    return not shared or "gent" in shared


def _genders(tag: Any) -> tuple[str, ...]:
    return (tag.gender,) if tag.gender in ("masc", "femn") else ("masc", "femn")


def _surname_first(kinds: list[frozenset[str]]) -> bool:
    """Whether a surname with no first-name reading comes before a first name: "Токаревой Анне", not "Карла Маркса",
    nor a common noun that a street names before a first name ("Партизана Германа 9": a title)."""
    return len(kinds) == 2 and "N" not in kinds[0] and "C" not in kinds[0] and "n" in kinds[1]


@lru_cache(maxsize=20_000)
def name_readings(lower: str) -> tuple[Any, ...]:
    """pymorphy3's name and place readings of a word, without an indeclinable foreign first name's when it declines
    as a Russian one too: "анне" is Анна's dative, not Anne's genitive ("Шевченко" keeps its own). Also the first
    names :mod:`mcu_nlp.name_places` and :mod:`mcu_nlp.name_appositions` read cases of."""
    tags = [p.tag for p in analyzer().parse(lower) if NAME_TAGS & p.tag.grammemes]
    if any("Name" in tag and "Fixd" not in tag for tag in tags):
        tags = [tag for tag in tags if not {"Name", "Fixd"} <= tag.grammemes]
    return tuple(tags)


def house_number(text: str, stop: int) -> bool:
    """Whether a house number follows ``text[:stop]``: not a date, nor the first digits of a phone, passport or other
    number a personal-data rule masks ("Иванов Иван, 8 912 345 67 89", "Иванов Иван 8 (912) 345-67-89")."""
    number = HOUSE_NUMBER.match(text, stop)
    if number is None:
        return False
    start = number.start("number")
    return not any((m := rule.pattern.match(text, start)) and rule.check(m) for rule in RULES if rule.needs == "digit")
