"""What single words of a home address read as, for :mod:`mcu_nlp.home_address` and :mod:`mcu_nlp.home_phrases`.

A flat's, an entrance's or a floor's word, misspelt too («подьезд», «этож»: :func:`_respelt`, :func:`_part_word`),
which names no street; the noun a number counts or orders after it («1 подъезд», «5 домов», «3 сумки»:
:func:`_counts_a_noun`, :func:`_counted`), so that number is no house's; a street's name with no street word (a name in
the genitive, an adjective, people in the genitive plural: :func:`_genitive_name`, :func:`_adjective`,
:func:`_people_named`), or by a date or an event's years («8 Марта», «50 лет Октября»: :func:`_date_name`); a town's
or a shop's name rather (:func:`_town_likelier`, :func:`_nominative_noun`). Each reads a word or a few with the
morphological dictionary; where they stand (after a home phrase, before a house number) is read by
:mod:`mcu_nlp.home_address`.

>>> _part_word("Подьезд"), _genitive_name("Куйбышева"), _date_name("Марта", any_case=False)
(True, True, True)
"""

from __future__ import annotations

import re

from mcu_nlp.count_forms import count_form
from mcu_nlp.flat_numbers import FLAT
from mcu_nlp.lexicon import Word
from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_set
from mcu_nlp.name_places import NAME_TAGS
from mcu_nlp.street_words import STREET_NOUNS, street_words  # noqa: F401  (STREET_NOUNS: read from here by the home readers)

#: The common misspellings of an entrance's, a floor's and a flat's word, by their stem («подьезд», «подезд»,
#: «падъезд», «под'езд», «этож», «кватира», «квартра»; session 26: «подьезд» is in the SPb corpus 199 times), and the
#: stem each stands for (:func:`_respelt`)
ENTRANCE_STEM, FLOOR_STEM, FLAT_STEM = r"п[оа]д[ъь'’`]?[еэ]зд", r"эт[ао]ж", r"кв[ао]р?т[иеы]?р"
MISSPELT = ((re.compile(ENTRANCE_STEM), "подъезд"), (re.compile(FLOOR_STEM), "этаж"),
            (re.compile(FLAT_STEM), "квартир"))
#: A flat's, an entrance's or a floor's word (:func:`_part_word`, after :func:`_respelt`): no street's name, and an
#: address of these words and numbers alone is a flat number's (the flat reading masks it: «Живу на 5 этаже Квартира
#: [FLAT] затоплена»); the flat's words among them, and numbers joined by a dash or a slash (a range, which the flat
#: reading leaves: :func:`_flat_reads`)
PART_WORD = re.compile(r"кв|эт|квартир[а-яё]{0,3}|подъезд[а-яё]{0,3}|этаж[а-яё]{0,3}")
FLAT_WORD = re.compile(r"кв|квартир[а-яё]{0,3}")
JOINED_NUMBERS = re.compile(r"\d[ \t]?[-/][ \t]?\d")
#: The lower-case word right after a number that opens an address: the noun it may count or order («1 подъезд», «5
#: домов»); not a street type or an abbreviation after it («12 микрорайон», «5 кв 12»), nor «лет» of a street's name
#: («50 лет Октября»); a building's word keeps its number unless it is in a count's form (:func:`_counts_a_noun`); a
#: word with an apostrophe for «ъ» is one word («1 под'езд»)
NOUN_AFTER = re.compile(r"[ \t]{1,2}([А-ЯЁа-яё][а-яё]{1,}(?:['’`][а-яё]{2,})?)(?![\w-])")
COUNTED_NOT = street_words(abbreviated=True) | {"лет"}
BUILDINGS = word_set("дом корпус строение")
#: People in the genitive plural a number after them counts, no street's name (:func:`_people_named`: «детей 3»)
PEOPLE_COUNTED = frozenset(("людей", "детей", "граждан", "жильцов", "жителей", "соседей", "ребят", "ребятишек",
                            "взрослых", "пенсионеров", "инвалидов", "человек"))
#: The months' names in the genitive, as a date names a street («8 Марта», «1 Мая»: :func:`_date_name`)
MONTHS = frozenset(("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                    "ноября", "декабря"))
#: The words after «лет» in a street's name that may be in lower case («50 лет октября 4» after «по адресу»)
YEARS_OF = frozenset(("октября", "победы", "ссср", "влксм", "комсомола", "пионерии", "революции"))
#: The parts of the day a number before them is an hour in («5 вечера», «7 утра», «2 ночи», «3 дня»)
DAY_PARTS = ("утра", "вечера", "ночи", "дня")


def _respelt(word: str) -> str:
    """``word`` with a common misspelling of an entrance's, a floor's or a flat's stem (:data:`MISSPELT`) spelt right,
    when the dictionary lacks it («подьезда» -> «подъезда», «под'езд» -> «подъезд», «этож» -> «этаж», «кватира» ->
    «квартира»); any other word as it is («подъезд», «подъеду», «этажерка»).

    >>> [_respelt(w) for w in ("подьезда", "падъезде", "под'езд", "этож", "квартра", "подъеду", "кв")]
    ['подъезда', 'подъезде', 'подъезд', 'этаж', 'квартира', 'подъеду', 'кв']
    """
    word = word.lower()
    if analyzer().word_is_known(word):
        return word
    for stem, right in MISSPELT:
        if (wrong := stem.match(word)) is not None:
            return right + word[wrong.end():]
    return word


def _part_word(word: str) -> bool:
    """Whether ``word`` is a flat's, an entrance's or a floor's word, maybe abbreviated or misspelt («Квартира», «кв»,
    «подьезд», «этаже», «эт»): no street's name («Живу на 5 этаже Квартира 12 затоплена»). Not «парадная»: St
    Petersburg has a Парадная улица («живу на Парадной 3», «мой адрес: Парадная 2»).

    >>> [_part_word(w) for w in ("Квартира", "кв", "Подьезд", "под'езда", "этаже", "Парадная", "Лесная", "подъеду")]
    [True, True, True, True, True, False, False, False]
    """
    return PART_WORD.fullmatch(_respelt(word)) is not None


def _flat_reads(text: str, kept: list[Word]) -> bool:
    """Whether the flat reading (:data:`FLAT`) takes every number of ``kept``, an address of a flat's, an entrance's
    or a floor's words and numbers alone: one flat's word, its number or list after it, no range («Квартира 12», «кв.
    12», «Подъезд 2» (no flat's number to take), «квартирах №№: 115, 215»; not «Квартира 12-5»).

    >>> from mcu_nlp.lexicon import words
    >>> [_flat_reads(t, words(t)) for t in ("Квартира 12", "Подъезд 2", "Квартира 12-5", "квартирах №№: 115, 215")]
    [True, True, False, True]
    """
    flats = [w for w in kept if FLAT_WORD.fullmatch(_respelt(w.form))]
    if not flats:
        return True
    flat = FLAT.match(text, flats[0].start)
    return len(flats) == 1 and flat is not None and flat.end("number") >= kept[-1].stop \
        and not JOINED_NUMBERS.search(text, kept[0].start, kept[-1].stop)


def _counts_a_noun(text: str, number: str, stop: int) -> bool:
    """Whether ``number``, which ends at ``stop``, a number that opens an address (after a town: «живу в Курске, 1
    подъезд разбит») or a line's house number («живу на 2 линии 4 подъезд»), counts
    or orders the lower-case noun right after it, and so is no house number: «1 подъезд», «2 этаж», «3 квартиры», «5
    домов», «2 раза», «10 человек», also misspelt («1 подьезд», «2 под'езд»: :func:`_respelt`). Not before a street type
    or an abbreviation («12 микрорайон», «5 кв 12», «3 улицы»), unless a street word is plural, a count of streets («5
    улиц», «3 переулков»), nor «лет» of a street's name («50 лет Октября»), nor a house's ordinal: a building's word in
    a form no count of it takes («в 12 доме», «5 дом по ул. Ленина», «1 корпус»; «5 домов», «2 дома» count them).

    >>> from mcu_nlp.lexicon import words
    >>> text = "в Курске, 1 подъезд; в Курске, 5 домов; в Курске, 5 кв 12; в Курске, 12 доме; 7 подьезд; 9 улиц; 4 ул"
    >>> [w.form for w in words(text) if w.form.isdigit() and _counts_a_noun(text, w.form, w.stop)]
    ['1', '5', '7', '9']
    >>> text = "3 улицы; 4 улица; 2 Подьезд; 6 Этаж; 8 Марта; 1 улица"
    >>> [w.form for w in words(text) if w.form.isdigit() and _counts_a_noun(text, w.form, w.stop)]
    ['3', '2', '6']
    """
    after = NOUN_AFTER.match(text, stop)
    if not number.isdigit() or after is None:
        return False
    if after[1][0].isupper() and not _part_word(after[1]):  # «8 Марта»: a street's name; «1 Подьезд»: a count
        return False
    noun = _respelt(after[1])  # «1 подьезд», «2 подезд»: an entrance's word misspelt
    parses = analyzer().parse(noun)
    street = parses[0].normal_form in COUNTED_NOT and noun != "лет"
    if not analyzer().word_is_known(noun) or parses[0].tag.POS != "NOUN" or "Abbr" in parses[0].tag \
            or (noun in COUNTED_NOT and not street):
        return False
    form = count_form(int(number))
    if street:  # «5 улиц», «3 переулков», «3 улицы»: a street word in a count's form, or plural, counts the streets
        return form != "one" and any(
            p.normal_form == parses[0].normal_form
            and (p.tag.number == "plur" or (form == "few" and (p.tag.case, p.tag.number) == ("gent", "sing")))
            for p in parses)
    if parses[0].normal_form not in BUILDINGS:
        return True
    if form == "one":
        return False  # «1 дом», «21 корпус»: a count's form and an ordinal's are one
    counted = ("gent", "sing") if form == "few" else ("gent", "plur")
    return any((p.tag.case, p.tag.number) == counted for p in parses)


def _counted(text: str, number: str, stop: int) -> bool:
    """Whether ``number`` (a house's after «с» a street, :func:`mcu_nlp.home_phrases._from_homes`) counts the noun
    after it: one it may count (:func:`_counts_a_noun`) in the form the number puts it in
    (:func:`mcu_nlp.count_forms.count_form`: «3 сумки», «10 минут», «5 лет», «1 час»); a noun in another form opens
    the next clause, its subject («у соседки с Ленина 5 собака лает», «с Мира 12 кошка орет»: session 30; «Ленина 5»
    is her home).

    >>> from mcu_nlp.lexicon import words
    >>> text = "5 сумки; 3 сумки; 10 минут; 5 собака лает; 12 кошка; 2 собаки"
    >>> [w.form for w in words(text) if w.form.isdigit() and _counted(text, w.form, w.stop)]
    ['3', '10', '2']
    """
    if not _counts_a_noun(text, number, stop):
        return False
    form = count_form(int(number))
    wanted = {"one": (("nomn", "sing"), ("accs", "sing")), "few": (("gent", "sing"),), "many": (("gent", "plur"),)}
    noun = _respelt(NOUN_AFTER.match(text, stop)[1])
    return any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in wanted[form] for p in analyzer().parse(noun))


def _genitive_name(word: str) -> bool:
    """Whether ``word`` reads as a town's or a person's name in the genitive, as the name of a street named after them
    is («куйбышева», «ленина», «кирова»); no abbreviation («СПб»: the town's).

    >>> [_genitive_name(w) for w in ("Куйбышева", "ленина", "мира", "спб", "курск")]
    [True, True, False, False, False]
    """
    return any(p.tag.case == "gent" and ("Geox" in p.tag or NAME_TAGS & p.tag.grammemes) and "Abbr" not in p.tag
               for p in analyzer().parse(word.lower()))


def _adjective(word: str) -> bool:
    """Whether ``word`` can be an adjective or a participle, as a street's name before its type is («Волоколамский»,
    «Советской», «Старо-Петергофском»; not «Курск», «Тверь»)."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in analyzer().parse(word.lower()))


def _people_named(word: str) -> bool:
    """Whether ``word`` (in lower case) reads first as an animate noun in the genitive plural, as a street named after
    people is («строителей», «ветеранов», «энтузиастов»); not a count's people (PEOPLE_COUNTED: «людей», «детей»),
    nor «человек» (read first as the nominative singular) or a thing («квартир», «домов», «лет»)."""
    first = analyzer().parse(word)[0].tag
    return (first.POS == "NOUN" and first.animacy == "anim" and (first.case, first.number) == ("gent", "plur")
            and "Abbr" not in first and word not in PEOPLE_COUNTED)


def _people_plural(word: str) -> bool:
    """Whether ``word`` (in lower case) can be an animate noun in the genitive plural, people a street is named after
    («комиссаров», «панфиловцев», «коммунаров»), not people a number counts (PEOPLE_COUNTED) nor a name."""
    return word not in PEOPLE_COUNTED and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and (p.tag.case, p.tag.number) == ("gent", "plur")
        and not NAME_TAGS & p.tag.grammemes for p in analyzer().parse(word))


def _oblique_only(word: str) -> bool:
    """Whether every reading of ``word`` is in the accusative, the dative or the instrumental, none a town's nominative,
    genitive or locative, as a street's name from a surname the dictionary lacks may read («неру»: «Нера» to it; not
    «курск», «москве», «куйбышева»).

    >>> [_oblique_only(w) for w in ("Неру", "курск", "москве", "куйбышева", "спб")]
    [True, False, False, False, False]
    """
    return all(p.tag.case in ("accs", "datv", "ablt") for p in analyzer().parse(word.lower()))


def _nominative_noun(word: str) -> bool:
    """Whether every reading of ``word`` is a noun in the nominative or accusative, none a name's («пятерочка»,
    «магнит»; not «ленина», «лесная», «мира», «набережная»)."""
    parses = analyzer().parse(word)
    return all(p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs") and "Surn" not in p.tag for p in parses)


def _town_likelier(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of ``word`` is a place's («таганрога», «ростова»; not «малиновского»,
    «королева», «ленина»)."""
    return "Geox" in analyzer().parse(word)[0].tag


def _date_name(name: str, any_case: bool) -> bool:
    """Whether the words ``name`` after a number name a street with it: a month in the genitive («Марта», «МАЯ»),
    «лет» and an event or a noun in the genitive (YEARS_OF, :func:`_years_of`: «лет Октября», «лет ВЛКСМ», «лет
    Ленинграда», «лет Образования СССР»), maybe after an adjective («лет Великой Победы»; not «лет Москве», «лет
    Дома», «лет Живу»), or people in the genitive plural, maybe
    after adjectives («Бакинских Комиссаров», «Панфиловцев»); capitalised (its last word) unless ``any_case``; not
    «марта» in a text with capitals after «живу в Курске, », nor people a number counts («человек», «детей»).

    >>> [_date_name(n, False) for n in ("Марта", "МАРТА", "марта", "лет Октября", "лет дома", "Бакинских Комиссаров")]
    [True, True, False, True, False, True]
    >>> [_date_name(n, True) for n in ("марта", "лет октября", "лет дома", "Человек", "Ленина", "Мая Ленина")]
    [True, True, False, False, False, False]
    >>> [_date_name(n, False) for n in ("лет Москве", "лет Дома", "лет Живу", "лет Ленинграда", "ЛЕТ ВЛКСМ")]
    [False, False, False, True, True]
    >>> [_date_name(n, False) for n in ("лет Образования СССР", "лет Великой Победы", "лет Великой Москве")]
    [True, True, False]
    """
    *first, last = name.lower().split()
    if not (any_case or name.split()[-1][0].isupper()):
        return False
    if not first:
        return last in MONTHS or _people_plural(last)
    if first[:1] == ["лет"]:  # «лет Октября», «лет Образования СССР», «лет Великой Победы»
        words = [*first[1:], last]
        at = 1 if len(words) > 1 and _adjective(words[0]) else 0
        return all(word in YEARS_OF or _years_of(word) for word in words[at:])
    return _people_plural(last) and all(_adjective(word) for word in first)


def _years_of(word: str) -> bool:
    """Whether ``word`` (in lower case), after «лет» in a street's name, reads as an event's or a place's noun in the
    genitive: every reading a noun, the likeliest in the genitive, no flat's, entrance's, floor's or building's word
    («ленинграда», «комсомола», «сталинграда»; not «дома», which reads as an adverb too, «москве», «живу»,
    «подъезда»)."""
    parses = analyzer().parse(word)
    return all(p.tag.POS == "NOUN" for p in parses) and parses[0].tag.case == "gent" and not _part_word(word) \
        and parses[0].normal_form not in BUILDINGS
