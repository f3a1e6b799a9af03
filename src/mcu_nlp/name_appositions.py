"""A first name alone that the words right after it describe as a person: an age or a year of birth («Шамиль, 12 лет,
пропал», «Пропал ребенок Шамиль, 12 лет», «Шамилю 12 лет», «ШАМИЛЬ, 12 ЛЕТ», «Шамиль, 2012 г.р.»), a job or role
between commas when it opens a sentence or follows a greeting or «, и» («Магомед, таксист, говорит что ...», «Иван,
мастер УК, нахамил», «..., и Магомед, сосед снизу, шумят»), or «из» and where the writer is from when it opens the
text or a sentence or follows a greeting («Абдулкадыр из Ленинского района: ...», «Здравствуйте, Шамиль из Ленинского
района», «Ольга из 5 кв»).

A first name alone is otherwise left in clear («Иван шумит»: :mod:`mcu_nlp.name_contacts`); these say a person is
named (session 31, a Dagestan walkthrough: a missing child's name with his age was left in clear). The name is a word
pymorphy3 knows and reads first as a first name, and as no common noun («Лада», «Роза», «Лев» stay), in the nominative
(or the dative before an age), hyphenated ones too («Хаджи-Мурат», «Магомед-Расул»); before an age or a year of birth
also a name pymorphy3 lacks or reads first as a surname, shaped as a given name («Пропала Хадижат, 45 лет», «Пропал
Абдурахман, 7 лет»; session 31's review). An age is no time ago («Иван, 5 лет назад ...»); a name after a street's
word or a preposition is a street's («на Мира 12 лет ...»). A number of years followed by a word may be how long
something has lasted («Марина, 5 лет стоит лодка», «Владимир, 12 лет ждём дорогу»), and a name that is also a
place's («Владимир», «Лена») may be that place: either is a person's only with a verb after it that agrees with one
person and has no subject of its own (:func:`_person_verb`: «Владимир, 12 лет, пропал», «Шамиль 12 лет пропал»).
:mod:`mcu_nlp.names` calls :func:`described_names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before
from mcu_nlp.name_cued import common_noun, first_name
from mcu_nlp.name_neighbours import surname_shaped
from mcu_nlp.name_nouns import sentence_start
from mcu_nlp.name_places import PLACE_BEFORE, street_word
from mcu_nlp.name_roles import role_word
from mcu_nlp.name_streets import name_readings
from mcu_nlp.name_words import name_kinds

#: An age: a number of years or months after a name, maybe after a comma or a bracket («Шамиль, 12 лет», «Шамилю 12
#: лет», «Ваня, 5-ти лет», «Аня (3 года)», «ШАМИЛЬ, 12 ЛЕТ»), not a time ago («5 лет назад», «спустя»); the search
#: opens on the digit
AGE = re.compile(
    r"\d(?<![\w/:-]\d)(?<!\d[.,]\d)\d?(?:-?(?:ти|х|и))?[ \t]{0,2}"
    r"(?i:лет|годик(?:а|ов)?|год(?:а)?|мес(?:яц(?:а|ев)?)?\.?)(?![\w-])(?![ \t,]{1,3}(?i:назад|тому|спустя)(?![\w-]))"
)
#: A year of birth after a name: «2012 г.р.», «2012 гр», «2012 года рождения»
BIRTH = re.compile(r"(?<![\w/.:-])(?:19|20)\d\d(?!\d)[ \t]{0,2}(?i:г\.?[ \t]{0,2}р\.?|гр\.?|года[ \t]{1,2}рождения)"
                   r"(?![\w-])")
#: A comma and a lower-case word, then a comma, a dash or a word: a job or role between commas after a name
#: («Магомед, таксист, говорит», «Иван, сосед снизу, шумит», «Иван, мастер УК, нахамил»)
JOB = re.compile(r",[ \t]{1,2}([а-яё]+)(?=[ \t]{0,2}[,—–-]|[ \t]{1,2}[А-ЯЁа-яё])")
#: «из» before a capitalised word or a number after a name: where the writer is from («Абдулкадыр из Ленинского
#: района», «Ольга из 5 кв»; not «из-за»)
FROM = re.compile(r"[ \t]из[ \t]{1,2}(?=[А-ЯЁ]|\d)")
#: A name: a title-case word, maybe hyphenated to another («Хаджи-Мурат»), or a word in capitals
NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
#: The name right before an age or a year of birth (maybe a comma or a bracket between), a job's comma, or «из»
NAME_BEFORE = re.compile(rf"(?<![\w-])({NAME})[ \t]{{0,2}}[,(]?[ \t]{{0,2}}\Z")
NAME_RIGHT_BEFORE = re.compile(rf"(?<![\w-])({NAME})\Z")
#: A greeting and a comma or «!» right before a name: it opens what the writer says («Здравствуйте, Шамиль из ...»)
GREETING_BEFORE = re.compile(r"(?<![\w-])(?i:здравствуйте|здравствуй|добрый[ \t]{1,2}(?:день|вечер)"
                             r"|доброе[ \t]{1,2}утро|привет|приветствую)[ \t]{0,2}[,!][ \t]{0,2}\Z")
#: «, и» right before a name: the next of a list of people described one by one («Шамиль, сосед сверху, и Магомед,
#: сосед снизу, шумят»)
ALSO_BEFORE = re.compile(r",[ \t]{0,2}и[ \t]{1,2}\Z")
#: A word right after an age: the number of years may be how long something has lasted («5 лет стоит лодка»)
WORD_NEXT = re.compile(r"[ \t]{1,2}[А-ЯЁа-яё]")
#: The end of a sentence or of the text right after an age, maybe after its bracket: the name and the age are all the
#: sentence says, a person's description («Артём, 12 лет.», «Артём (12 лет)»: no place has an age of its own there)
AGE_CLOSES = re.compile(r"\)?[ \t]*(?:\Z|[.!?;\n])")
#: A comma after an age and a word that opens no lack (not «без», «нет», «не»): what follows may describe the person
#: («Артём, 12 лет, в синей куртке», «Артём, 12 лет, рост 150 см»)
DESCRIPTION_AFTER = re.compile(r",[ \t]{0,2}(?!(?i:без|нет|не)(?![\w-]))[А-ЯЁа-яё]")
#: The rest of a sentence after a cue, where a person's verb is looked for, and its words
SENTENCE_REST = re.compile(r"[^.!?;\n]{0,80}")
WORDS = re.compile(r"[А-ЯЁа-яё]+")
#: How many words after a cue are read for a person's verb
VERB_WINDOW = 6
#: A word at a position (its span, for :func:`mcu_nlp.name_neighbours.surname_shaped`)
WORD_AT = re.compile(r"[\w-]+")
#: How far back from the cue a name is looked for
BACK = 40
#: The cases a first name alone takes before an age («Шамиль, 12 лет», «Шамилю 12 лет»)
AGE_CASES = frozenset(("nomn", "datv"))
NOMINATIVE = frozenset(("nomn",))


def described_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the first names alone in ``text`` that an age, a year of birth, a job or «из» after them
    describes as a person (see the module).

    >>> text = "Шамиль, 12 лет, пропал. Магомед, таксист, говорит. Абдулкадыр из Ленинского района: нет воды"
    >>> [text[a:b] for a, b in described_names(text)]
    ['Шамиль', 'Магомед', 'Абдулкадыр']
    >>> text = "Иван, 5 лет назад ремонтировали. Лада, 3 года. Живу на Мира, 12 лет. Владимир, 12 лет ждём дорогу"
    >>> described_names(text)
    []
    """
    found = []
    for age in AGE.finditer(text):
        name = NAME_BEFORE.search(text, max(0, age.start() - BACK), age.start())
        if name and _named(text, name, AGE_CASES, guessed=True) and _aged(text, name, age.end()):
            found.append(name.span(1))
    for birth in BIRTH.finditer(text):
        name = NAME_BEFORE.search(text, max(0, birth.start() - BACK), birth.start())
        if name and _named(text, name, NOMINATIVE, guessed=True) and _person(text, name, birth.end()):
            found.append(name.span(1))
    for job in JOB.finditer(text):
        name = NAME_RIGHT_BEFORE.search(text, max(0, job.start() - BACK), job.start())
        if name and _opens(text, name.start(), listed=True) and _job(job[1]) and _named(text, name, NOMINATIVE) \
                and _person(text, name, job.end()):
            found.append(name.span(1))
    if " из " in text or "\tиз" in text:
        for place in FROM.finditer(text):
            name = NAME_RIGHT_BEFORE.search(text, max(0, place.start() - BACK), place.start())
            if name and _opens(text, name.start()) and _named(text, name, NOMINATIVE) \
                    and _person(text, name, place.end()):
                found.append(name.span(1))
    return sorted(set(found))


def _opens(text: str, start: int, listed: bool = False) -> bool:
    """Whether a name at ``start`` opens the text or a sentence, or follows a greeting («Здравствуйте, Шамиль ...»),
    or, if ``listed``, «, и» («..., и Магомед, сосед снизу, ...»)."""
    if sentence_start(text, start) or GREETING_BEFORE.search(text, max(0, start - 30), start):
        return True
    return listed and ALSO_BEFORE.search(text, max(0, start - 8), start) is not None


def _named(text: str, match: re.Match[str], cases: frozenset[str], guessed: bool = False) -> bool:
    """Whether the ``match``'s first group is a first name alone in one of ``cases`` (if ``guessed``, also one
    pymorphy3 lacks or reads first as a surname: :func:`_given_name`): no capitalised word before it (a surname there
    makes a pair that :mod:`mcu_nlp.names` reads), no street's word or preposition."""
    word, start = match[1], match.start(1)
    if not _first_name_word(word.lower(), cases) and not (guessed and _given_name(text, start, word, cases)):
        return False
    before = word_before(text, start)
    if before in PLACE_BEFORE or street_word(before) or _preposition(before):
        return False
    return not _capitalised_before(text, start, word.isupper())


def _first_name_word(lower: str, cases: frozenset[str]) -> bool:
    """Whether ``lower`` is a first name in one of ``cases`` (:func:`_first_name`), or first names hyphenated, maybe
    with the honorific «хаджи» («хаджи-мурат», «магомед-расул», «шамиль-хаджи»)."""
    if "-" not in lower:
        return _first_name(lower, cases)
    parts = [part for part in lower.split("-") if part != "хаджи"]
    return bool(parts) and all(_first_name(part, cases) for part in parts)


def _given_name(text: str, start: int, word: str, cases: frozenset[str]) -> bool:
    """Whether the capitalised ``word`` at ``start`` is a given name pymorphy3 lacks (a name or an unknown word to
    :func:`mcu_nlp.name_words.name_kinds`, shaped as a name: «Хадижат»), or knows first as a surname and also as a
    first name in one of ``cases`` («Абдурахман»); never a common noun it knows («Лада»; an unknown word's guess as
    one says nothing: «Хеда»)."""
    lower = word.lower()
    if "-" in lower:
        return False
    if analyzer().word_is_known(lower):
        if common_noun(lower):
            return False
        parses = analyzer().parse(lower)
        return bool({"Name", "Surn"} & parses[0].tag.grammemes) and any(
            "Name" in p.tag and p.tag.number == "sing" and p.tag.case in cases for p in parses)
    shape = WORD_AT.match(text, start)
    return bool({"N", "U"} & name_kinds(word.capitalize())) and shape is not None and surname_shaped(text, shape)


def _capitalised_before(text: str, start: int, caps: bool) -> bool:
    """Whether a capitalised word inside a sentence ends one space before ``start`` («Дом Петров Иван, 12 лет»: a
    pair's, which :mod:`mcu_nlp.names` reads); before a name in capitals (``caps``), only a name word counts («ПРОПАЛ
    РЕБЕНОК ШАМИЛЬ, 12 ЛЕТ»: a text in capitals)."""
    at = start - 1
    if at < 1 or text[at] != " ":
        return False
    end = at
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    if not (end > at and text[at].isupper() and not sentence_start(text, at)):
        return False
    return not caps or bool({"S", "N"} & name_kinds(text[at:end].capitalize()))


def _aged(text: str, name: re.Match[str], stop: int) -> bool:
    """Whether the age ending at ``stop`` after the ``name`` (its first group) is a person's: a name in the dative has
    it («Шамилю 12 лет»); one in the nominative has it unless a word follows (how long something has lasted: «Марина,
    5 лет стоит лодка»), when a person's verb must follow (:func:`_person_verb`), as after a place's name
    (:func:`_person`), unless the age closes the sentence (AGE_CLOSES: «Артём, 12 лет.», a town's name too; session
    32: it was left in clear) or a comma and words with no verb and no lack follow it, the person's description
    (DESCRIPTION_AFTER: «Артём, 12 лет, в синей куртке»; not «Владимир, 12 лет, без ремонта»)."""
    if not _dative(name[1].lower()) and WORD_NEXT.match(text, stop):
        return _person_verb(text, stop)
    if AGE_CLOSES.match(text, stop) or (DESCRIPTION_AFTER.match(text, stop) and _verbless(text, stop)):
        return True
    return _person(text, name, stop)


def _person(text: str, name: re.Match[str], stop: int) -> bool:
    """Whether the ``name`` (its first group) described up to ``stop`` is a person's: a name that is no place's is,
    and so is a place's inside a sentence («Пропал Артём, 12 лет», «Мой сын Владимир, 12 лет»: a preposition or a
    place's word before a place is read by :func:`_named`); opening one, a place's («Владимир, 12 лет без ремонта
    дорог», «Владимир из Москвы») only before a person's verb (:func:`_person_verb`: «Владимир из Москвы приехал»)."""
    start = name.start(1)
    if not _place_name(name[1].lower()) or not _opens(text, start):
        return True
    return _person_verb(text, stop)


@lru_cache(maxsize=2_000)
def _dative(lower: str) -> bool:
    """Whether ``lower`` reads as a first name in the dative, not the nominative: «шамилю», «анне» (the indeclinable
    foreign «Анне»'s readings count for none when it declines as a Russian name too)."""
    readings = [tag for tag in name_readings(lower) if "Name" in tag]
    cases = {tag.case for tag in readings if tag.number == "sing"}
    return "datv" in cases and "nomn" not in cases


@lru_cache(maxsize=2_000)
def _place_name(lower: str) -> bool:
    """Whether pymorphy3 reads ``lower`` (or a part of it, hyphenated) as a place too: «владимир», «лена»."""
    return any("Geox" in p.tag for part in lower.split("-") for p in analyzer().parse(part))


def _words_after(text: str, stop: int) -> list[str]:
    """The first words of the sentence after ``stop``, where a verb is looked for."""
    return WORDS.findall(SENTENCE_REST.match(text, stop).group())[:VERB_WINDOW]


def _verbless(text: str, stop: int) -> bool:
    """Whether the next few words of the sentence after ``stop`` hold no verb («, в синей куртке», «, рост 150 см»: a
    unit of two letters is none; not «, ждём дорогу», «, был одет»)."""
    words = _words_after(text, stop)
    return not any(len(word) > 2 and analyzer().parse(word.lower())[0].tag.POS in ("VERB", "INFN") for word in words)


def _person_verb(text: str, stop: int) -> bool:
    """Whether the first verb in the next few words of the sentence after ``stop`` agrees with one person, in the
    third person or the past of a man or a woman, and no noun in the nominative follows it as its own subject:
    «пропал», «говорит», «приехал»; not «ждём», «ремонтируют», «исполнилось», «стоит лодка»."""
    words = _words_after(text, stop)
    for i, word in enumerate(words):
        tag = analyzer().parse(word.lower())[0].tag
        if tag.POS != "VERB":
            continue
        if tag.number != "sing" or not (tag.person == "3per" or (tag.tense == "past" and tag.gender != "neut")):
            return False
        subject = analyzer().parse(words[i + 1].lower())[0].tag if i + 1 < len(words) else None
        return subject is None or not (subject.POS == "NOUN" and subject.case == "nomn")
    return False


@lru_cache(maxsize=20_000)
def _first_name(lower: str, cases: frozenset[str]) -> bool:
    """Whether pymorphy3 knows ``lower``, reads it first as a first name, as no common noun, and as one in the
    singular in one of ``cases``."""
    if not first_name(lower) or common_noun(lower):
        return False
    return any("Name" in p.tag and p.tag.number == "sing" and p.tag.case in cases for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _job(lower: str) -> bool:
    """Whether ``lower`` is a role word (:func:`mcu_nlp.name_roles.role_word`: a job too) in the nominative singular:
    «таксист», «сосед», «пенсионер», «продавец»."""
    return role_word(lower) and any({"NOUN", "sing", "nomn"} <= p.tag.grammemes for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _preposition(lower: str) -> bool:
    return bool(lower) and analyzer().parse(lower)[0].tag.POS == "PREP"
