"""What kind of name word a capitalised word is: first name, surname, patronymic, initial, or a word the
dictionary lacks (pymorphy3 tags, cached per distinct word), and the shapes of a run of such words that make a name.
A surname built on a first name is read by pymorphy3 first as that name's genitive plural ("Ахмедов": "of the
Ахмеды"; "Керимов" only so): an -ов/-ев word whose readings before its surname reading, or all its readings, are
plural first names (or a town named after the family: "Борисов", or a common noun that is one of those names:
"Омаров", "of the Омары" and "of the lobsters") counts as a surname. A word with any surname
reading next to a first name without one is a surname too ("Романов Шамиль": "романов" is first the novels). A
conjunction or particle whose only name reading is a plural first name is no name word («Тем»: "of the Тёмы").
A known word with no name reading, shaped like a surname ("Мойщиков": "of the мойщики"), is tentative, as a word the
dictionary lacks is: a surname only beside a first name. A hyphenated word the dictionary lacks is no name word when
one of its parts is only a place to it, a town with its epithet ("Каменск-Уральский"); one whose last part is a
settlement's noun ("Сергиев-Посад", "Гаврилов-Ям": pymorphy3 reads them first by the first part, a surname) is
tentative: a town alone, a double surname beside a first name, patronymic or initials ("Анна Кузнецова-Посад",
"Иванов-Ям И.И.").
:mod:`mcu_nlp.names` finds the runs and reads their context.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from mcu_nlp.morphology import analyzer

#: Patronymic endings in every case, for names pymorphy3 does not know ("Жамолдиновна"; a word it knows is one by its
#: readings).
PATRONYMIC = re.compile(r"..(?:ович|евич|овн|евн|ичн)(?:а|у|ем|ом|е|ой|ы|ою)?$")
SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|их|ых)(?:а|у|ым|ой|ом|е|ий|ая|ого|ому|ую)?")
UNKNOWN = frozenset("U")
#: A known word shaped like a surname, with no name reading ("Мойщиков": to pymorphy3 "of the мойщики" only).
SURNAME_FORM = re.compile(r"(?:[оеё]в|[иы]н)(?:а|у|ым|ой)?$|[сц]к(?:ий|ая|ого|ому|ой|ую|им)$")
#: A word that is a surname only beside a first name: unknown to the dictionary (U) or shaped like a surname (L).
TENTATIVE = frozenset("UL")
#: Endings of a surname the dictionary lacks, which alone makes a name before a first name and patronymic ("Куцак",
#: "Булко", "Ковальчук", "Петросян", "Бабич"): an organisation ("Вайлдберриз") or a misspelt greeting there is none.
UNKNOWN_SURNAME = re.compile(
    SURNAME_FORM.pattern + r"|(?:ко|[ую]к|[ая]к|чик|ян|янц|дзе|швили|ани|ич|ец|[иы]х)(?:а|у|ом|ем|е|ой)?$"
)
#: Stems of organisations' names ("Жилкомсервис", "Лифтсервис", "Спецстрой", "Теплоэнерго", "Экосити", "Вайлдберриз",
#: "Ростехнадзор", "Горздрав", "Петросвязь", "Ленводхоз", "Евродом"): no surname beside a name, unless the word ends
#: like a surname ("Центров", "Промыслов", "Трансов": an organisation's name seldom does).
ORGANISATION_STEM = re.compile(
    r"сервис|строй|энерго|трест|снаб|сбыт|торг|пром|холдинг|инвест|маркет|банк|групп|лифт"
    r"|тепло|водоканал|ком$|сити|сбер|берри|бери[зс]$|надзор|здрав|связь|хоз$|центр|транс|служб|реестр|^евро|^авто"
)
#: A surname's ending that beats such a stem: not -ой, an adjective's too ("Лифтовой").
STEM_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)(?:а|у|ым)?$|[сц]к(?:ий|ая|ого|ому|ую|им)$")


def _has(kinds: list[frozenset[str]], one: str, other: str) -> bool:
    """Whether one word of the run is of kind ``one`` and another word of kind ``other``."""
    return any(one in a and other in b for i, a in enumerate(kinds) for j, b in enumerate(kinds) if i != j)


def _beside_sure_first_name(kinds: list[frozenset[str]]) -> bool:
    """Whether a word with a surname reading stands next to a first name that has none: "Романов Шамиль", "Иван
    Голубев" (pymorphy3 reads "романов" first as novels, "голубев" as an adjective)."""
    return any("n" in a and "S" not in a and "S" in b for x, y in pairwise(kinds) for a, b in ((x, y), (y, x)))


def _tentative_beside_first_name(kinds: list[frozenset[str]]) -> bool:
    """Whether a word unknown to the dictionary or shaped like a surname stands next to a sure first name: the run
    only holds such a word where :mod:`mcu_nlp.names` saw that neighbour ("Игорь Куцак", "Мойщиков Алексей")."""
    return any("n" in a and TENTATIVE & b for x, y in pairwise(kinds) for a, b in ((x, y), (y, x)))


#: A word with no name reading that is a surname by its neighbours (:mod:`mcu_nlp.name_nouns`: "Коваль Ивану").
NOUN_SURNAME = frozenset("C")
#: Shapes of a run of two to four name-like words that make it a personal name.
SHAPES = (
    lambda kinds: _has(kinds, "P", "N") or _has(kinds, "P", "S"),  # Петр Сергеевич, Иванов Иван Иванович
    lambda kinds: _has(kinds, "I", "s"),  # Иванова И.И., И. И. Иванов
    lambda kinds: sum("I" in k for k in kinds) >= 2 and (_has(kinds, "I", "N") or _has(kinds, "I", "S")),
    # Заремба Н.В., Н. В. Заремба, Мойщикова Е.Н. (a word the dictionary lacks or shaped like a surname)
    lambda kinds: sum("I" in k for k in kinds) >= 2 and (_has(kinds, "I", "U") or _has(kinds, "I", "L")),
    lambda kinds: _has(kinds, "N", "s"),  # Анна Смирнова, Смирнова Анна
    _tentative_beside_first_name,
    lambda kinds: any("C" in k for k in kinds),  # Мельник Иван Петрович, Коваль Ивану: read by the neighbours
    lambda kinds: _has(kinds, "U", "s"),  # Шохрух Рахимов: a given name the dictionary lacks, kept by its neighbour
    # Гузал Рашитовна: a given name the dictionary lacks before its patronymic, kept by it (name_neighbours)
    lambda kinds: any("U" in a and "P" in b for a, b in pairwise(kinds)),
    _beside_sure_first_name,
)
#: pymorphy3's first parse of a preposition: never part of a name ("ПО", "Из"). Not conjunctions, particles or
#: interjections: «Ли» (a conjunction first), «Али», «Бах» are surnames and first names beside initials or a name.
FUNCTION_WORD = frozenset(("PREP",))
#: A first parse of these reads a plural or vocative first name behind it as no name: «Тем» ("of the Тёмы", "Тём!"),
#: «Якобы», «Аж» open sentences ("Тем Иван Петрович не ответил"); a name there is singular («Ли», «Али» stay).
NO_PLURAL_NAME_AFTER = frozenset(("CONJ", "PRCL", "INTJ"))
#: A word the dictionary does not know, in title case or in capitals with a vowel (no abbreviation such as "МКД",
#: "ТСЖ"): a surname when it follows a first name ("Игорь Куцак", "ИГОРЬ КУЦАК").
UNKNOWN_WORD = re.compile(r"[А-ЯЁ](?:[а-яё]{2,}|(?=[А-ЯЁ]*[АЕЁИОУЫЭЮЯ])[А-ЯЁ]{2,})")
#: Nouns a town's name ends in after its founder's or a saint's name: «Сергиев Посад», «Гаврилов-Ям», «Петров Вал»,
#: «Белый Городок», «Советская Гавань»; the last part of a hyphenated word, it makes no double surname of it.
TOWN_NOUNS = frozenset(("посад", "ям", "вал", "городок", "слобода", "погост", "острог", "затон", "гавань"))
#: The kinds of a hyphenated word with a name reading that is a town's name with its noun (:func:`_town_part`:
#: «Сергиев-Посад»; one with its epithet, «Каменск-Уральский», has none): tentative, as a word the dictionary
#: lacks is (U): a surname after a first name or a first name and patronymic, before a first name and patronymic,
#: beside initials («Игорь Сидоров-Слобода», «Голубев-Ям Иван Сергеевич», «Иванов-Ям И.И.»); a town alone («жалоба,
#: Сергиев-Посад», «Гаврилов-Ям, 8922...») and before a first name alone («г. Сергиев-Посад Иван Петров»: as L, a
#: known word shaped like a surname, the town would join the name, and the run, read as a place, leave Иван Петров
#: in clear).
TOWN_SURNAME = frozenset("U")
#: Korean surnames pymorphy3 knows only as other words (пак a noun, хан a khan, ян a first name only):
#: a surname reading, so that they make a name beside initials, a first name or a patronymic ("Пак Д.С.").
SURNAMES = frozenset(("пак", "хан", "ян"))
#: The genders a reading may agree in.
GENDERS = frozenset(("masc", "femn", "neut"))
#: Masculine surname endings that the genitive plural of a masculine first name shares: "Ахмедов" is
#: "of the Ахмеды" to pymorphy3 first, "Керимов" only that.
PLURAL_NAME_ENDINGS = ("ов", "ев", "ёв")


@lru_cache(maxsize=100_000)
def name_kinds(word: str) -> frozenset[str]:
    """Classify a capitalised word: N first name, n first name by its first parse, S surname, s surname by its
    first parse (or behind plural first-name readings only: "Ахмедов"), P patronymic, p patronymic by the dictionary
    (not only by its ending), I initial, U a title-case word the dictionary does not know, L a known word with no name
    reading shaped like a surname ("Мойщиков").

    >>> [sorted(name_kinds(w)) for w in ("Иван", "Иванова", "Сергеевич", "И.", "Подъезд", "Вера", "Куцак", "Мойщиков")]
    [['N', 'n'], ['S', 's'], ['P', 'p'], ['I'], [], ['N'], ['U'], ['L']]
    >>> [sorted(name_kinds(w)) for w in ("Ахмедов", "Керимов", "Романов")]
    [['N', 'S', 's'], ['N', 'S', 's'], ['N', 'S']]
    """
    if word.endswith("."):
        return frozenset("I")
    lower = word.lower()
    parses = analyzer().parse(lower)
    first = parses[0].tag
    if FUNCTION_WORD & first.grammemes:  # "ПО", "ИЗ" in capitals, "По" opening a sentence: not "Эдгар По"
        return frozenset()
    known = analyzer().word_is_known(lower)
    town = "" if known else _town_part(lower)
    if town == "epithet":  # "Каменск-Уральский": pymorphy3 reads the first part's surname for the whole word; a
        return frozenset()  # town with its epithet is no name
    if NO_PLURAL_NAME_AFTER & first.grammemes:
        parses = [p for p in parses if "Name" not in p.tag or not p.tag.grammemes & {"plur", "voct"}]
    tags = frozenset().union(*(p.tag.grammemes for p in parses))  # what morphology.grammemes gives, parsed once
    readings = (("N", "Name"), ("S", "Surn"), ("P", "Patr"), ("p", "Patr"))
    kinds = {kind for kind, grammeme in readings if grammeme in tags}
    if lower in SURNAMES:
        kinds.add("S")
    if PATRONYMIC.search(lower) and not known:  # the dictionary's words: by their readings («основной», «уровне»,
        # «лестничной» are no patronymics: in capitals «ОСНОВНОЙ ЦВЕТ» was a name)
        kinds.add("P")
    # a town named after a family reads first as the town: "к Борисову И." is the surname's dative
    surname_first = "Surn" in next((p.tag for p in parses if "Geox" not in p.tag), first)
    plural_names = "N" in kinds and not surname_first and _surname_behind_plural_names(lower, parses)
    if surname_first or plural_names or (not known and SURNAME_ENDING.search(lower[-5:])):
        kinds.update("Ss")
    if "Name" in first and not plural_names:
        kinds.add("n")
    if kinds and town:  # "Сергиев-Посад", "Гаврилов-Ям": pymorphy3 reads the first part's surname or plural first
        return TOWN_SURNAME  # name for the whole word: a town alone, a surname only beside a first name, patronymic or
        # initials («Анна Кузнецова-Посад», «Иванов-Ям И.И.»)
    organisation = ORGANISATION_STEM.search(lower) and not STEM_SURNAME.search(lower)  # not "Центров", "Промыслов"
    if not kinds and UNKNOWN_WORD.fullmatch(word) and not organisation:
        if not known:
            kinds.add("U")
        elif SURNAME_FORM.search(lower):
            kinds.add("L")
    return frozenset(kinds)


def _town_part(lower: str) -> str:
    """Whether a hyphenated word holds a part pymorphy3 reads as a place and never as a person ("epithet"), or ends in
    a settlement's noun (:data:`TOWN_NOUNS`, "noun"): a town's name with its epithet or noun, «Каменск-Уральский»,
    «Ленинск-Кузнецкого», «Сергиев-Посад», «Гаврилов-Ям», «Павловского-Посада», ends like a surname but is none (a real
    double surname's parts are names or other nouns: «Римский-Корсаков», «Петров-Водкин», «Мусин-Пушкин»,
    «Ростова-Смирнова», «Новиков-Прибой»).

    >>> words = ("каменск-уральский", "ленинск-кузнецкого", "сергиев-посад", "гаврилова-яма", "римский-корсаков",
    ...          "мусин-пушкин", "новиков-прибой")
    >>> [_town_part(w) for w in words]
    ['epithet', 'epithet', 'noun', 'noun', '', '', '']
    """
    if "-" not in lower:
        return ""
    parts = lower.split("-")
    if _town_noun(parts[-1]):  # first: «посад» is a place only to pymorphy3 too
        return "noun"
    return "epithet" if any(_place_only(part) for part in parts) else ""


@lru_cache(maxsize=2_000)
def _place_only(part: str) -> bool:
    """Whether pymorphy3 reads ``part`` as a place, not only in the plural's genitive (the shape of a surname's
    part: «Посадов»), and never as a person.

    >>> [_place_only(w) for w in ("каменск", "кузнецкого", "посад", "посадов", "корсаков")]
    [True, False, True, False, False]
    """
    parses = analyzer().parse(part)
    place = any("Geox" in p.tag and not {"plur", "gent"} <= p.tag.grammemes for p in parses)
    return place and not any({"Surn", "Name"} & p.tag.grammemes for p in parses)


@lru_cache(maxsize=2_000)
def _town_noun(part: str) -> bool:
    """Whether pymorphy3 reads ``part`` as a singular form of a settlement's noun (:data:`TOWN_NOUNS`): not
    «Посадов», the surname's part (the plural's genitive).

    >>> [_town_noun(w) for w in ("посад", "посаде", "ям", "яма", "вал", "посадов", "прибой")]
    [True, True, True, True, True, False, False]
    """
    return any(p.normal_form in TOWN_NOUNS and {"NOUN", "sing"} <= p.tag.grammemes for p in analyzer().parse(part))


def _surname_behind_plural_names(lower: str, parses: list[Any]) -> bool:
    """Whether a word ending in -ов/-ев is read first only as plural forms of a first name, before any surname
    reading or with none: an appeal writes "Ахмедов Шамиль", "Керимов", not "(of the) Ахмеды". A town between them
    is named after the family ("Борисов": "of the Борисы", the town, then the surname), and so is a common noun that
    is one of those names ("Омаров": "of the Омары", then "of the lobsters", and no surname reading at all; session 31:
    one of Dagestan's commonest surnames was never masked). A common noun before the name's reading is not ("Романов":
    "of the novels" first, a surname only beside a first name).

    >>> from mcu_nlp.morphology import analyzer
    >>> words = ("ахмедов", "керимов", "борисов", "омаров", "иван", "романов", "ханов")
    >>> [_surname_behind_plural_names(w, analyzer().parse(w)) for w in words]
    [True, True, True, True, False, False, False]
    """
    if not lower.endswith(PLURAL_NAME_ENDINGS):
        return False
    names = set()  # the first names read so far in the plural: a common noun of one of them is the same word
    for parse in parses:
        if "Surn" in parse.tag:
            return True
        if {"Name", "plur"} <= parse.tag.grammemes:
            names.add(parse.normal_form)
        elif not ("Geox" in parse.tag or (parse.tag.number == "plur" and parse.normal_form in names)):
            return False
    return True


def name_shaped(words: list[str], kinds: list[frozenset[str]], opens: bool = True) -> bool:
    """Whether a run of ``words`` of ``kinds`` is shaped as a name (SHAPES). A word whose surname reading is not its
    first beside a first name alone makes one only where that reading agrees with the name in case, number and gender,
    as one person's words do ("Романов Шамиль", "Зайцевой Анне"): "Машину Иван поставил" is the car's accusative (a
    surname Машин's dative, or a woman's accusative, to pymorphy3 too), no person; nor is a word read first as a thing
    in the genitive or accusative beside one when it opens the run and the run ``opens`` a sentence, where a capital
    says nothing ("Машина Ивана стоит": Иван's car, as name_nouns reads a thing; "Жалоба на Машина Ивана" is one)."""
    if any(shape(kinds) for shape in SHAPES[:-1]):
        return True
    return any("n" in kinds[i] and "S" not in kinds[i] and "S" in kinds[j]
               and _agree(words[i], words[j], opens and j == 0)
               for k in range(len(kinds) - 1) for i, j in ((k, k + 1), (k + 1, k)))


@lru_cache(maxsize=20_000)
def _agree(name: str, surname: str, thing_first: bool = True) -> bool:
    """Whether a first-name reading of ``name`` and a surname reading of ``surname`` share a case, number and gender
    (a gender of both, "ms-f", fits either); a Korean surname read so only by SURNAMES agrees in any ("Хан Ирина").
    ``thing_first``: a surname read first as a thing agrees in no genitive or accusative."""
    if surname.lower() in SURNAMES:
        return True
    names = readings(name.lower(), "Name")
    parses = analyzer().parse(surname.lower())
    surnames = readings(surname.lower(), "Surn")
    if thing_first and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag:  # "Машина Ивана" is Иван's car
        surnames = [b for b in surnames if b[0] not in ("gent", "accs")]
    return any(a[:2] == b[:2] and a[2] & b[2] for a in names for b in surnames)


@lru_cache(maxsize=20_000)
def readings(lower: str, grammeme: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """:func:`agreement` of each of pymorphy3's readings of ``lower`` that has ``grammeme`` ("Name", "Surn").

    >>> ("nomn", "sing", frozenset({"femn"})) in readings("анна", "Name")
    True
    """
    return tuple(agreement(p.tag) for p in analyzer().parse(lower) if grammeme in p.tag)


#: Women's given names pymorphy3 knows as men's declining ones («Айшат»: "айшата", "айшату"): read as a woman's
#: (session 31's review: «Айшат Алиева 5 кв 3» was a street)
WOMEN_READ_AS_MEN = frozenset(("айшат", "аминат", "асият", "айсылу"))


@lru_cache(maxsize=2_000)
def woman_named(name: str, surname: str) -> bool:
    """Whether the lower-case ``name`` and ``surname`` before a house's number are a woman's first name and surname in
    the nominative, not a street's name after a man in the genitive («Хадижат Магомедова 5 кв 3», «Марьям Алиева 5 кв
    3», «Хеда Дудаева 5 кв 3»; «Карла Маркса 5», «Гаджи Ахмедова 5», «Эффенди Капиева 5» are streets). The surname reads
    as a woman's nominative singular; the first name is a woman's in the nominative (:func:`_womans_name`). No street's
    name is a woman's given name in the nominative with a surname; a given name that is also a man's in the genitive
    («Рашида», «Карима»: «Карима Хакимова 5» is a street) is left to the street's reading. The one check for
    :func:`mcu_nlp.names._street_end` and :func:`mcu_nlp.name_streets.street_before_number` (session 31).

    >>> [woman_named(*pair.split()) for pair in ("хадижат магомедова", "айшат алиева", "марьям алиева",
    ...     "хеда дудаева", "айсылу галиева", "гулшат галиева", "карла маркса", "гаджи ахмедова", "эффенди капиева",
    ...     "алмат ленина", "дорогенько ленина", "зинхар ленина", "рашида бейбутова", "хадижат магомедов")]
    [True, True, True, True, True, True, False, False, False, False, False, False, False, False]
    """
    if not any("Surn" in p.tag and "femn" in p.tag and {"nomn", "sing"} <= p.tag.grammemes and "Fixd" not in p.tag
               for p in analyzer().parse(surname)):
        return False
    return _womans_name(name)


def _womans_name(lower: str) -> bool:
    """Whether the lower-case ``lower`` is a woman's given name in the nominative singular: one pymorphy3 knows as a
    woman's in the nominative, or as a man's by mistake (WOMEN_READ_AS_MEN), with no reading as a man's name in the
    genitive («марьям», «зульфия», «айшат»; not «рашида», «карима», «анны»); or a word it lacks and guesses a name or
    a noun in the nominative singular, with no genitive as a man's name, and not first a noun in another case
    («хадижат», «гулшат», «хеда»; not «эффенди», an indeclinable man's name, «омарла», «зинхар», nor «дорогенько»)."""
    if lower in WOMEN_READ_AS_MEN:
        return True
    parses = analyzer().parse(lower)
    names = [p.tag for p in parses if "Name" in p.tag]
    if any(tag.case == "gent" and tag.gender != "femn" for tag in names):
        return False  # «рашида», «эффенди»: a man's name in the genitive, as a street names him
    if analyzer().word_is_known(lower):
        return any({"nomn", "sing", "femn"} <= tag.grammemes for tag in names)
    if parses[0].tag.POS == "NOUN" and parses[0].tag.case != "nomn":
        return False  # «зинхар» (Tatar «зинһар», please): guessed first a noun's genitive plural, no name's nominative
    return any(p.tag.POS == "NOUN" and {"nomn", "sing"} <= p.tag.grammemes and p.tag.gender in ("masc", "femn")
               and "Geox" not in p.tag for p in parses)


def agreement(tag: Any) -> tuple[str, str, frozenset[str]]:
    """A reading's case, number and genders: both for "ms-f" («Саша»), any where it has none."""
    genders = GENDERS if "ms-f" in tag or tag.gender is None else frozenset((str(tag.gender),))
    return str(tag.case), str(tag.number), genders


def first_name_initial(words: list[str], kinds: list[frozenset[str]]) -> bool:
    """Whether two words are a first name and its surname's initial («Ирина П.», «пишет Ольга Н. из Осы»: how a post
    is signed): the first name by the dictionary's first reading of a word it knows, in the singular; not a word it
    guesses as a name («КОРЗУНА Д.» of a street, «Д.» its house), nor one read first as a plural («ЛИТ А.»)."""
    return len(words) == 2 and "n" in kinds[0] and kinds[1] == {"I"} and _sure_first_name(words[0].lower())


@lru_cache(maxsize=20_000)
def _sure_first_name(lower: str) -> bool:
    tag = analyzer().parse(lower)[0].tag
    return analyzer().word_is_known(lower) and "Name" in tag and tag.number == "sing"
