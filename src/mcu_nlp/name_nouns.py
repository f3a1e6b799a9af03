"""Surnames that pymorphy3 reads only as common nouns or place names ("Мельник", "Коваль", "Галич", "Абаза",
"Береза"): a surname by the words around it.

Such a word (read first as a noun for a being, or with a place reading) is a surname beside a first name and patronymic
the dictionary knows, before or after them, in their case or, for a being, the nominative (a surname left undeclined):
"Мельник Иван Петрович", "Прошу передать Галичу Сергею Петровичу", "Анна Петровна Ткач". Beside a first name alone it
must stand in title case and agree so in a case other than the genitive or accusative, those of a street named after a
title and a first name ("у дома Партизана Германа", "Солдата Корзуна 5"): "Передайте Коваль Ивану", "Иван Коваль пишет";
opening a sentence, where any word has a capital, only a being or a masculine town agreeing so, masculine or of the
name's gender ("Коваль Иван звонил", "Мельник Анна, тел. ...", "Галич Сергей звонил"; not "Ворона Иван", "Сосед Иван
шумит", "Шкода Октавия", "Москва Иван"), nor a job, unless its trade lives on chiefly as a surname ("Повар Ахмед"
ворует: the cook; TRADE_SURNAMES); a town ending as no surname does is none ("Омск Иван пишет": a heading). A word
read first as a thing is a surname only before a first name and patronymic, in their case and not their genitive
("Береза Анна Петровна"; not "Заявление Ивана Петровича", "Благодарность Анне Петровне"), after them closing a phrase
("Анна Петровна Береза"; not "Анна Петровна Адрес: ..."), beside a first name alone in title case, in its case but the
genitive or accusative, and before it only where it cannot be the object of a verb after the name ("Береза Анна
звонила", "Тополь Иван, кв. 5", "Анна Береза пишет"; not "Лифт Иван починил", "Дверь Анна не закрывает"); not right
after a role word alone, where a thing is an organisation's name as often ("Оператор Мегафон", "Диспетчер Водоканал",
"электрик УК Собрание"; session 23: no appeal of 15,101 read had a thing-shaped surname there). After a role
word ("Главврач Абаза", "депутату Галичу"), or a role word and an organisation's abbreviation ("директор УК Мельник"),
it is a surname in the role word's case, not the genitive or accusative ("глава Галича": of the town), nor a town that
does not decline ("мэр Сочи"). Words for who a person is ("Соседка", "Диспетчер", "Невролог", "Граф"), a pet's kind
("Кот Васька"), a message or greeting ("Просьба Анна Петровна перезвонить", "Привет Анна Петровна"), place and street
words, a word after a place word, «в», «во», «из» or an organisation with no role word before it, and a town in the
genitive after a role word ("главы Курска Николая Ивановича") are never such a surname (:mod:`mcu_nlp.name_describers`).
In capitals only a patronymic beside it says a name ("ВРАЧ НЕВРОЛОГ"). A town in the genitive after a place's role
(«мэр», «губернатор», «глава», «префект», «прокурор») is that role's place even where it reads as a surname too
(:func:`mcu_nlp.name_roles.place_of_role`: "мэр Кирова", "мэру Ростова"). :mod:`mcu_nlp.names` builds the runs;
:mod:`mcu_nlp.name_neighbours` reads words the dictionary lacks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_context import word_before, word_set
from mcu_nlp.name_describers import DESCRIBED, NEVER_SURNAMES
from mcu_nlp.name_neighbours import QUOTE_OPENING, pair_at
from mcu_nlp.name_places import PLACE_BEFORE
from mcu_nlp.name_roles import (
    ORGANISATIONS,
    genitive_place,
    occupation,
    role_of_organisation,
    role_word,
    singular_cases,
)
from mcu_nlp.name_streets import PLACE_AFTER

#: A reading that makes a word no thing named as a surname: a place's, a name's, an abbreviation's, an organisation's.
NOT_A_THING = frozenset(("Geox", "Name", "Surn", "Patr", "Abbr", "Orgn", "anim"))
#: Endings of words for an occupation, past the list: "Куратор", "Невролог", "Консультант", "Юрист", "Менеджер".
OCCUPATION = re.compile(r"(?:тор|лог|ант|ент|ист|тель|ер)$")
#: Prepositions before a town in its place: "в Галиче Сергей Петрович ждёт".
PLACE_PREPOSITIONS = word_set("в во из")
#: A capitalised word that can be a surname: title case of three letters or more, or capitals with a vowel (no
#: abbreviation: "УК ПЕТАРА", "ДК ЛИРА").
NOUN_WORD = re.compile(r"[А-ЯЁ](?:[а-яё]{2,}|(?=[А-ЯЁ]*[АЕЁИОУЫЭЮЯ])[А-ЯЁ]{2,})")
SENTENCE_END = ".!?\n:;"
#: What may follow a thing closing a name: the text's end, a comma, a sentence's end, a bracket; not a colon or a
#: number ("Анна Петровна Адрес: ...", "Анна Петровна Квартира 5").
CLOSED = re.compile(r"[ \t]*(?:\Z|[,;)\n]|[.!?](?:\s|\Z))")
WORD_AT = re.compile(r"[А-ЯЁа-яё]+")
#: The word after a name, past «не»: a verb there may take the thing before the name as its object.
VERB_AFTER = re.compile(r"[ \t]{1,2}(?:(?i:не)[ \t]{1,2})?([А-ЯЁа-яё]+)")
#: The cases a street named with a title and a first name takes ("у дома Партизана Германа", "Солдата Корзуна"), and
#: a town before a first name ("главы Курска Николая"): no agreement beside a first name alone.
GENITIVE = frozenset(("gent", "accs"))
#: Endings of town names that no surname has («Омск», «Курск», «Оренбург», «Волгоград», «Ужгород», «Севастополь»,
#: in any case): such a town is never read as a surname ("Омск Иван пишет": a heading and a first name).
TOWN_SHAPE = re.compile(r"(?:[сц]к|бург|град|город)(?:а|у|ом|е)?$|пол(?:ь|я|ю|ем|е)$")
#: Trades of old that live on chiefly as surnames (Ukrainian and Belarusian ones among them), by lemma: opening a
#: sentence before a first name such a word is a surname («Мельник Анна звонила», «Швец Иван, тел. ...»), while
#: another job is the job, and only the name after it a person's («Повар Ахмед плохо кормит детей», «Пекарь Иван
#: сказал», «Сварщик Олег не пришёл»; session 32: «Повар» was masked with the name)
TRADE_SURNAMES = word_set(
    "мельник кузнец швец колесник резник пономарь писарь звонарь пасечник лесник токарь гончар бондарь ткач коваль "
    "кравец мирошник кушнир"
)
#: A first name or patronymic right before a word: it may be a surname after them ("Иван Коваль").
NAME_BEFORE = frozenset("nP")


@lru_cache(maxsize=20_000)
def noun_cases(lower: str) -> tuple[frozenset[str], frozenset[str]]:
    """The cases of a word's singular readings as a being and as a place, if pymorphy3 reads it first as a noun for
    a being or has a place reading: "мельник" ({nomn}, {}), "галичу" ({}, {datv}), "абаза" ({}, {nomn}: a coin's
    genitive first, then the town); "шкода" (mischief first, a mischief-maker after) and "красный" none; a town
    ending as no surname does ("омск", "оренбург") no place reading."""
    parses = analyzer().parse(lower)
    nouns = [p.tag for p in parses if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case]
    places = frozenset(tag.case for tag in nouns if "Geox" in tag) if not TOWN_SHAPE.search(lower) else frozenset()
    if not places and not (nouns and nouns[0] is parses[0].tag and "anim" in nouns[0]):
        return frozenset(), frozenset()
    return frozenset(tag.case for tag in nouns if "anim" in tag), places


@lru_cache(maxsize=20_000)
def thing_cases(lower: str) -> frozenset[str]:
    """The cases of a word's singular readings as a thing, if pymorphy3 reads it first as an inanimate common noun:
    "береза" ({nomn}), "тополю" ({datv}); none for a being, a place, a name, an abbreviation ("мельник", "абаза"), or
    a word the dictionary lacks."""
    parses = analyzer().parse(lower)
    if parses[0].tag.POS != "NOUN" or "inan" not in parses[0].tag or not analyzer().word_is_known(lower):
        return frozenset()  # a word the dictionary lacks is read by name_neighbours ("Вайлдберриз": a guess)
    nouns = [p.tag for p in parses if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case]
    if any(NOT_A_THING & tag.grammemes for tag in nouns):
        return frozenset()
    return frozenset(tag.case for tag in nouns if "inan" in tag)


@lru_cache(maxsize=20_000)
def noun_word(word: str) -> bool:
    """Whether a capitalised word, written so, may be such a surname: "Мельник", "ГАЛИЧУ", "Береза"; not "Прошу",
    "УК"."""
    if NOUN_WORD.fullmatch(word) is None:
        return False
    beings, places = noun_cases(word.lower())
    return bool(beings or places or thing_cases(word.lower()))


def noun_surname(text: str, matches: list[re.Match[str]], kinds: list[frozenset[str]], i: int) -> str:
    """Whether ``matches[i]``, a word with no name reading, is a surname: "name" by the first name beside it, "role"
    by the role word before it (a name alone), "" if neither (see the module). ``kinds`` are
    :func:`mcu_nlp.name_words.name_kinds` of ``matches``."""
    word, start = matches[i], matches[i].start()
    # the cheap checks first (kinds before the text between): nearly every capitalised word fails them
    before_name = i + 1 < len(matches) and "N" in kinds[i + 1] and _joined(text, matches, i)
    after_name = i > 0 and bool(kinds[i - 1] & NAME_BEFORE) and _joined(text, matches, i - 1)
    after_word = start > 1 and text[start - 1] == " " and text[start - 2].isalpha()
    if not (before_name or after_name or after_word) or not noun_word(word.group()):
        return ""
    thing = not any(noun_cases(word.group().lower()))
    paired = _pair_after(kinds, i) or _pair_before(kinds, i) or before_name or after_name
    if thing and not paired:
        return ""  # a thing ("Береза"): a surname only beside a first name; right after a role word it is an
        # organisation's name as often («Оператор Мегафон», «Диспетчер Водоканал», «Мастер Теплосеть»)
    if not _may_be_surname(text, word):
        return ""
    if (before_name or after_name) and _by_name(text, matches, kinds, i):
        return "name"
    capitals = word.group().isupper()  # every word has a capital there: only a patronymic beside it says a name
    return "role" if after_word and not capitals and _role_before(text, start) else ""


def _by_name(text: str, matches: list[re.Match[str]], kinds: list[frozenset[str]], i: int) -> bool:
    """Whether the first name (and patronymic) beside ``matches[i]`` make it their surname (see the module)."""
    word = matches[i]
    beings, places = noun_cases(word.group().lower())
    things = frozenset() if beings or places else thing_cases(word.group().lower())

    def joined(j: int) -> bool:
        return 0 <= j < len(matches) - 1 and _joined(text, matches, j)

    def agrees(j: int, alone: bool = False) -> bool:  # the noun's case is the name's at j (and its patronymic's),
        name = singular_cases(matches[j].group().lower())  # or a being's nominative (left undeclined); beside a
        if not alone:  # first name alone not the genitive
            name &= singular_cases(matches[j + 1].group().lower())  # "Анне Петровне": not the nominative of "Anne"
        shared = (beings | places | things) & name
        if things:  # a thing before a name that reads as a genitive is the name's ("Заявление Ивана Петровича")
            shared -= GENITIVE if "gent" in name else {"gent"}
        return bool(shared - GENITIVE if alone else shared) or "nomn" in beings

    if joined(i) and joined(i + 1) and pair_at([frozenset(), *kinds[i + 1 : i + 3]]) == 1:
        return agrees(i + 1) and not _town_of_role(text, word, places, matches[i + 1])
    after_pair = joined(i - 2) and joined(i - 1) and pair_at([frozenset(), *kinds[i - 2 : i]]) == 1
    if things:  # a thing in its case beside a first name and patronymic: "Береза Анна Петровна", "Анна Петровна
        # Береза" closing a phrase; not "Благодарность Анне Петровне", "Анна Петровна Адрес: ..."
        if after_pair:
            return CLOSED.match(text, word.end()) is not None and agrees(i - 2)
        if word.group().isupper():  # in capitals every word has one: "ЛИФТ ИВАН ПОЧИНИЛ"
            return False
        if joined(i) and "n" in kinds[i + 1] and not (joined(i + 1) and kinds[i + 2]):  # "Береза Анна"
            return _thing_before_name(text, word.group().lower(), matches[i + 1])
        return joined(i - 1) and "n" in kinds[i - 1] and not (joined(i - 2) and kinds[i - 2]) and agrees(i - 1, True)
    if after_pair:
        return agrees(i - 2)
    if word.group().isupper():
        return False
    if sentence_start(text, word.start()):  # any word has a capital there: a being agreeing with the name only
        alone = joined(i) and "n" in kinds[i + 1] and not (joined(i + 1) and kinds[i + 2])
        lower = word.group().lower()
        if occupation(lower) and lemma(lower) not in TRADE_SURNAMES:
            return False  # «Повар Ахмед»: a job and a first name
        return alone and _opens_with_surname(lower, matches[i + 1].group().lower())
    if joined(i) and "n" in kinds[i + 1] and not (joined(i + 1) and kinds[i + 2]):
        return agrees(i + 1, alone=True)
    return joined(i - 1) and "n" in kinds[i - 1] and not (joined(i - 2) and kinds[i - 2]) and agrees(i - 1, True)


def _thing_before_name(text: str, thing: str, name: re.Match[str]) -> bool:
    """Whether a thing (lower case) right before a first name alone is its surname: both in one case, not the genitive
    or accusative ("Береза Анна", "Передайте Березе Анне"; not "Заявление Ивана"); a thing that may be the object of a
    verb the name is the subject of only when no verb follows the name ("Тополь Иван, кв. 5"; not "Лифт Иван
    починил", "Дверь Анна не закрывает")."""
    things = thing_cases(thing)
    if not (things & singular_cases(name.group().lower())) - GENITIVE:
        return False
    return "accs" not in things or not _verb_follows(text, name.end())


def _verb_follows(text: str, stop: int) -> bool:
    """Whether the next word after ``stop`` (past «не») is read first as a verb: "починил", "не закрывает"."""
    after = VERB_AFTER.match(text, stop)
    return after is not None and analyzer().parse(after[1].lower())[0].tag.POS in ("VERB", "INFN", "PRTS")


@lru_cache(maxsize=20_000)
def _opens_with_surname(noun: str, name: str) -> bool:
    """Whether a being or a town opening a sentence is the surname of the first name after it: in its case (not the
    genitive or accusative), masculine or of the name's gender ("Коваль Иван", "Мельник Анна": a woman keeps a man's
    noun undeclined); a town masculine only, as a surname made of one is ("Галич Сергей", "Клин Анна"; not "Москва
    Иван", "Москва Анна", "Колпино Иван"); not "Ворона Иван" (a bird, feminine), "Сосед Иван" (who he is)."""
    names = {(p.tag.case, p.tag.gender) for p in analyzer().parse(name) if "Name" in p.tag and p.tag.number == "sing"}
    for parse in analyzer().parse(noun):
        tag = parse.tag
        named = "anim" in tag or ("Geox" in tag and tag.gender == "masc")
        being = tag.POS == "NOUN" and named and tag.number == "sing" and tag.case not in GENITIVE
        if being and any(case == tag.case and tag.gender in ("masc", gender) for case, gender in names):
            return True
    return False


def _pair_before(kinds: list[frozenset[str]], i: int) -> bool:
    """Whether a first name and a patronymic, by any reading, come right before word ``i`` (the text between unread)."""
    return i >= 2 and "N" in kinds[i - 2] and "P" in kinds[i - 1]


def _pair_after(kinds: list[frozenset[str]], i: int) -> bool:
    """Whether a first name and a patronymic, by any reading, follow word ``i`` (the text between unread)."""
    return i + 2 < len(kinds) and "N" in kinds[i + 1] and "P" in kinds[i + 2]


def _joined(text: str, matches: list[re.Match[str]], j: int) -> bool:
    """Whether ``matches[j]`` and the next match are one space apart, both in capitals or neither."""
    left, right = matches[j], matches[j + 1]
    return text[left.end() : right.start()] == " " and left.group().isupper() == right.group().isupper()


def _may_be_surname(text: str, word: re.Match[str]) -> bool:
    """Whether no word for who a person is, a pet's kind or a message, no place word, and no place, organisation or
    quote before it make the ``word`` something else: "Соседка", "Кошка", "Просьба", "Улица", "ул. Мельника", "в
    Галиче", "УК Мельник", "«Сокол»"."""
    lower = word.group().lower()
    if lower in PLACE_BEFORE or lower in PLACE_AFTER or lower in DESCRIBED or lemma(lower) in NEVER_SURNAMES:
        return False
    if OCCUPATION.search(lemma(lower)):
        return False
    before = word_before(text, word.start())
    if before in PLACE_BEFORE or before in PLACE_PREPOSITIONS:
        return False
    if before in ORGANISATIONS and not role_of_organisation(text, word.start()):  # "УК Мельник", not "директор УК
        return False  # Мельник": a role word before the organisation names its holder
    return text[max(0, word.start() - 1) : word.start()] not in QUOTE_OPENING


def _town_of_role(text: str, word: re.Match[str], places: frozenset[str], name: re.Match[str]) -> bool:
    """Whether a town in the genitive follows a role word: "главы Курска Николая Ивановича" (the town's head)."""
    return "gent" in places & singular_cases(name.group().lower()) and role_word(word_before(text, word.start()))


def _role_before(text: str, start: int) -> bool:
    """Whether a role word stands right before ``start``, or before an organisation's abbreviation there, in a case of
    the word there, not the genitive or accusative: "Главврач Абаза", "депутату Галичу", "директор УК Мельник",
    "гражданка Береза"; not "глава Галича", "депутат Думы", "мэр Сочи" (of the town, of the Duma)."""
    before = word_before(text, start)
    direct = role_word(before)
    if not direct:
        before = role_of_organisation(text, start)  # "директор УК Мельник", "Начальник ЖЭКа Ткач"
        if not before:
            return False
    lower = WORD_AT.match(text, start).group().lower()
    beings, places = noun_cases(lower)
    # a thing is no surname here: right after a role word it names an organisation («Оператор Мегафон»), after an
    # organisation its name ("электрик УК Собрание", "Собственник ТЦ Бумеранг")
    shared = (beings | places) & singular_cases(before) - GENITIVE
    return bool(shared) and not genitive_place(lower, shared)


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or the text): a capital says nothing of a name there. Reads
    back over the spaces only (a copy of the text before it, for every capitalised run, made a long text quadratic)."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] in SENTENCE_END
