"""Flat numbers, as :mod:`mcu_nlp.home_address` finds them: «кв. 12», «квартира 40», «кв.7», lists of them («кв. 5, 7 и
12 течет», «в квартирах №№: 115, 215 и 715», single flats with a range: «квартиры 5-7, 12»; a number listed after the
first with a word after it only before a verb, «не» or «нет», or the building's part it is in, unless smaller than the
number before it with a noun it counts after the place: «кв 5, 7 в 3 подъезде», «кв 15, 7 в 3 подъезде текут»; «КВ
12, 3 ДНЯ», «кв. 12, 8 Марта», «кв 12, 3 в 2 подъезде лифта не работают» count), and
the numbers after «квартира» that are no flat's: a measure («в квартире 12 градусов», «3 дня»), a count of the noun
after it («в квартире 3 двери», «2 ребенка», «5 человек прописано»). Before a floor's word and its number («кв. 42 этаж
5») the number is the flat's. A number before a flat's word in the singular is one too («из 12 кв.», «у 207 квартиры»),
unless it counts the flats («24 квартиры», «на 2 квартиры») or is a house's («дом 11 квартира», «Ленина 86 кв 198»; not
after people or animals: «Соседи 5 квартиры шумят», «Собаки 5 квартиры лают»). «кв.» between a quarter's number and a
year is a quarter's («в 3 кв. текущего года», «во 2-м кв. 2025 г.»): no number around it is a flat's.
"""

from __future__ import annotations

import re

from mcu_nlp.count_forms import count_form
from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_context import word_set
from mcu_nlp.name_places import NAME_TAGS
from mcu_nlp.street_words import street_words

#: One flat number: at most 4 digits and a letter glued to it («12», «12а»)
FLAT_ITEM = r"\d{1,4}(?:[а-яёa-z](?![\w-]))?"
#: «кв», «кв.», «квартира» in any case form, «кв-ра», then at most a «№» or «:»: what a flat's number or list follows
FLAT_HEAD = r"[Кк](?<![\w-][Кк])(?i:в(?:артир[а-яё]{0,3}|-р[а-яё]{0,2})?)\.?[\s№:]{0,6}"
#: What separates the numbers of a list of flats: a comma or a semicolon, maybe with «и» after it, or «и» («5, 7 и
#: 12», «5, 7, и 12», «5; 7 И 12»)
LIST_SEP = r"(?:[ \t]?[,;][ \t]?(?:(?i:и)[ \t])?|[ \t](?i:и)[ \t])"
#: FLAT_HEAD and a flat number, or a list of them («кв. 12», «кв.12а», «квартиры № 40», «квартиры №№: 115, 215»,
#: «квартиры 15, 16 и 17»; a number of the list with a word right after it is left to :func:`list_end`, which reads
#: that word: «кв 12, 5 этаж» counts floors): where flat numbers may be; the address reading decides. A range of flats
#: («кв. 1-14», «квартиры 34 - 48») names an entrance or a floor, a public place: it stays, unless single flats are
#: listed with it (:data:`RANGE_LIST`).
FLAT = re.compile(rf"{FLAT_HEAD}(?P<number>{FLAT_ITEM}(?:(?:{LIST_SEP}|\.){FLAT_ITEM}"
                  r"(?![\w-]|[ \t]?(?!и\s)[а-яё]))*)(?![\w-]|[ \t]?[-–][ \t]?\d)", re.IGNORECASE)
#: One more number of a FLAT match's list, whatever follows it (:func:`list_end` reads what does)
LIST_ITEM = re.compile(rf"{LIST_SEP}{FLAT_ITEM}(?![\w-]|[ \t]?[-–][ \t]?\d)")
#: What follows a listed number (:func:`flat_follows`): the end of a clause (a mark, a dash before no number, the
#: text's end), or a word
LIST_NEXT = re.compile(r"[ \t]{0,2}(?:(?P<end>[.,;:!?()\n](?!\d)|[-–—](?![ \t]?\d)|\Z)|(?P<word>[А-ЯЁа-яё]+))")
#: The parts of speech of a word after a listed number that make it a flat's («кв. 5, 7 и 12 течет», «... и 12
#: затоплены»)
LIST_VERBS = frozenset(("VERB", "INFN", "PRTS"))
#: Words that may open the clause after a list of flats (:func:`flat_follows`): an adverb, a pronoun, a preposition
CLAUSE_OPENERS = frozenset(("ADVB", "NPRO", "PREP"))
#: A number, in digits or words, after a preposition that follows a listed number: a count («2 из 3 лифтов», «3 по 5
#: человек», «2 из трех»), unless a building's part follows it (PART_PLACE: «кв 5, 7 в 3 подъезде»)
COUNT_AFTER = re.compile(r"[ \t]{1,2}(?:\d|(?i:одн|дв[уеао]|тр[еёио]|четыр|пят|шест|сем|восьм|девят|десят)[а-яё]*"
                         r"[ \t]{1,2}(?=[а-яё]))")
#: A building's part and its number after «в», «во» or «на» that follows a listed number: where the listed flats are,
#: no count («кв 5, 7 в 3 подъезде», «кв. 5, 7 на 2 этаже», «... в 3-м подъезде»; «2 из 3 лифтов» stays a count),
#: when it is greater than the number before it, as a list of flats is written (LISTED_PAIR), or no noun it counts
#: follows the place (:func:`_counted_after`: «кв 12, 3 в 2 подъезде лифта не работают» counts; «кв 12, 3 в 2
#: подъезде не работают», flat 3 as likely as 3 lifts, is masked)
PART_PLACE = re.compile(r"[ \t]{1,2}\d{1,3}(?:-?[а-яё]{1,2})?[ \t]{1,2}(?i:п[оа]д[ъь'’`]?[еэ]зде|парадной|этаже|эт\."
                        r"|доме|корпусе|секции)(?![\w-])")
#: The number listed before the one that ends a text (after LIST_SEP), and that one: «5, 7», «12 и 3», «5-7, 12»
LISTED_PAIR = re.compile(rf"(?<!\d)(\d{{1,4}})[а-яё]?{LIST_SEP}(\d{{1,4}})[а-яё]?\Z", re.IGNORECASE)
#: The verbs of a shop's or an office's hours (by lemma): a range of numbers before one is hours, no flats («кв. 5,
#: 9-18 работает»); :mod:`mcu_nlp.home_address` reads a street before one as a shop («Пятерочка 1 закрыта»)
SHOP_VERBS = word_set("закрыть закрытый закрыться закрываться открыть открытый открыться открываться работать")
#: Flats listed with a range among them, after a flat's word (range first: «квартиры 5-7, 12», «кв. 1-3 и 8»; or
#: last: «кв. 12, 15-17»): all are households, the list is masked whole
RANGE_ITEM = rf"{FLAT_ITEM}(?:[ \t]?[-–][ \t]?{FLAT_ITEM})?"
RANGE_DASH = re.compile(r"[-–]")
RANGE_LIST = re.compile(rf"{FLAT_HEAD}(?P<number>{RANGE_ITEM}(?:(?P<last>{LIST_SEP}{RANGE_ITEM}))+)"
                        r"(?![\w-]|[ \t]?[-–][ \t]?\d)")
#: A flat's word and number in Latin letters («kv 7», «kv. 12», «kvartira 5», «kv. No 7», «kv. N7»), transliterated as
#: a Latin address is («Mahachkala, ul. Gamidova 15 kv 7»): a flat's only after a Latin street's or house's word within
#: 60 characters (LATIN_STREET_BEFORE; session 31: the Cyrillic reading left it in clear), and, right after a number,
#: only after a house's number (LATIN_HOUSE_BEFORE): «10 kV», «LEP 10 kv 3», «0.4 kv 12» are kilovolts
LATIN_FLAT = re.compile(r"(?<![\w-])(?!kV)(?i:kv|kvartira)\.?[ \t]{0,2}(?:(?:№|No\.?|N)[ \t]?)?"
                        r"(?P<number>\d{1,4}[a-z]?)(?![\w-]|[.,/]\d)")
LATIN_STREET_BEFORE = re.compile(r"(?<![\w-])(?i:ul|ulitsa|ulica|pr-t|pr|prosp|prospekt|per|pereulok|mkr|d|dom)"
                                 r"(?:\.|[ \t])")
#: A number (maybe a decimal one) and maybe a comma right before a flat's word: «15 kv 7», «0.4 kv 12»
NUMBER_BEFORE = re.compile(r"\d(?:[.,]\d+)?[a-z]?[ \t]{0,2},?[ \t]{0,2}\Z")
#: A house's number right before a flat's word: after a house's word («d. 5 kv 12», «dom 15, kv 7»), or a street's word
#: and one to three capitalised words («ul. Gamidova 15 kv 7», «pr-t Imama Shamilya 15 kv 7»)
LATIN_HOUSE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:d|dom)\.?[ \t]{0,2}|(?:ul|ulitsa|ulica|pr-t|pr|prosp|prospekt|per|pereulok)\.?[ \t]{0,2}"
    r"(?:[A-Z][a-z]+[ \t]{1,2}){1,3}(?:(?:d|dom)\.?[ \t]{0,2})?)\d{1,4}[a-z]?[ \t]{0,2},?[ \t]{0,2}\Z"
)
#: The cheap check for LATIN_FLAT
LATIN_FLAT_HINT = re.compile("(?i:kv)")


def latin_flats(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the flat numbers written in Latin letters in ``text`` after a Latin street's or house's word
    (:data:`LATIN_FLAT`), those listed after them too («kv 12, 13»).

    >>> texts = ("Mahachkala, ul. Gamidova 15 kv 7", "d. 5, kv. 12a", "kv 5", "ul. Lenina 5, LEP 10 kV 3 opory",
    ...          "d. 5, LEP 10 kv 3 opory", "ul. Lenina 5, opora LEP 0.4 kv 12", "ul. Gamidova 15 kv. No 7",
    ...          "pr-t Imama Shamilya 15 kv 7", "d. 5 kv 12, 13")
    >>> [[text[a:b] for a, b in latin_flats(text)] for text in texts]
    [['7'], ['12a'], [], [], [], [], ['7'], ['7'], ['12, 13']]
    """
    found = []
    for flat in LATIN_FLAT.finditer(text):
        start = flat.start()
        if not LATIN_STREET_BEFORE.search(text, max(0, start - 60), start):
            continue
        if NUMBER_BEFORE.search(text, max(0, start - 12), start) \
                and not LATIN_HOUSE_BEFORE.search(text, max(0, start - 80), start):
            continue  # «LEP 10 kv 3», «0.4 kv 12»: kilovolts
        found.append((flat.start("number"), list_end(text, flat.end("number"))))
    return found


#: The word of a year: «года», «году», «г.» (not a town's: «г. Курск»)
YEAR_WORD = r"(?i:год(?:а|у)?(?![\w-])|г(?!\.?[ \t]{0,2}(?-i:[А-ЯЁ]))(?:\.|(?![\w-])))"
#: A year written after «кв»: «2024 г.», «2019 года»: no flat's number («из 12 кв. 2024 г.»: the flat is 12)
YEAR = rf"(?:19|20)\d\d[ \t]{{0,2}}{YEAR_WORD}"
#: A year after «кв»: «года», «текущего года», «г.», «2024», «2024 г.»
YEAR_AFTER = re.compile(r"\.?[ \t]{0,2}(?:(?:(?i:текущего|этого|прошлого|следующего|будущего|нынешнего|сего|того"
                        rf"|отч[её]тного|данного)[ \t]{{1,2}})?{YEAR_WORD}|(?:19|20)\d\d(?!\d))")

#: A flat's number written before its word, in the singular («из 12 кв.», «у 207 квартиры», «в 38 квартире», «к 32
#: квартире»): no range's end («с 1 по 11 квартиры»), no count after «на» («на 2 квартиры», «дом на 40 кв.»), no
#: area («20 кв. м», «8 кв.м»), no house number before «кв.» and the flat's («Ленина 86 кв 198», masked or not: «ул.
#: 5 кв. [FLAT]» is read again as it was), a year after the word is no flat's («из 12 кв. 2024 г.»)
NUMBER_FIRST = re.compile(r"(?P<number>\d(?<![\w.,/:№\]-]\d)(?<!\b[Нн]а \d)(?<!\b[Пп]о \d)\d{0,3})[ \t]{0,2}"
                          r"(?P<word>[Кк][Вв]\.?|(?i:квартир(?:а|ы|е|у|ой)))(?![\w-])"
                          rf"(?![ \t.,№:]{{0,4}}(?:(?!{YEAR})\d|\[FLAT\]))"
                          r"(?![ \t]{0,2}\.?[ \t]{0,2}(?i:м(?![а-яё])|м2|м²|метр|км|см|мм|дм))")
#: A part of a building just before the number: it is that part's («дом 11 квартира», «корпус 6 квартира»)
PART_BEFORE = re.compile(r"(?<![\w-])(?i:дом|д|корп(?:ус)?|к|стр(?:оение)?|лит(?:ера)?|парадн\w{0,3}|подъезд\w{0,2}"
                         r"|подьезд\w{0,2})\.?[ \t]{0,2}(?:(?:№|(?i:номер))[ \t]?)?\Z")
#: A capitalised word right before the number, inside a sentence: a street's name, the number its house's
#: («Вилеровский 8 кв ,», «ул. Садовая 12 кв.»; not «Около 207 квартиры», a sentence's first word)
#: (:mod:`mcu_nlp.street_words`' abbreviations, with a dot here; not «пр-т», «пр-кт», «пркт», «бул», kept from the
#: list's first form)
STREET_TYPES = tuple(sorted(
    street_words(("улица", "проспект", "переулок", "набережная", "площадь", "шоссе", "бульвар"), (), abbreviated=True)
    - {"пр-т", "пр-кт", "пркт", "бул"}
))
STREET_BEFORE = re.compile(r"(?:(?<=[\w,:;)\]-])|" + "|".join(rf"(?<=(?i:{t})\.)" for t in STREET_TYPES)
                           + r")[ \t]{0,3}[А-ЯЁ][а-яё]{3,}[ \t]{1,2}\Z")
#: A number listed before a NUMBER_FIRST match's: a flat's too («у 75 и 76 квартиры», «142, 140 кв»)
LISTED_BEFORE = re.compile(r"(?<![\w.,/:№-])\d{1,4}(?=(?:[ \t]?,[ \t]?|[ \t]и[ \t])\Z)")
#: A power line's or a substation's word before the number: «кв» is its kilovolts («ЛЭП 10 кв», «ТП 6 кв»; «кВ» is
#: never a flat's)
VOLTAGE_BEFORE = re.compile(r"(?<![\w-])(?i:лэп|вл|кл|тп|рп|пс|линия|линии|подстанц\w{0,4}|напряжени\w{0,2}"
                            r"|кабел\w{0,3})(?![\w-])")

#: A quarter's number before «кв» (a year's quarter: 1 to 4, Arabic or Roman, maybe ordinal: «3», «2-м», «III», «1-2»)
QUARTER_NUMBER = re.compile(r"(?<![\w.,/:№-])(?:[1-4][ \t]?[-–—][ \t]?)?(?:[1-4](?:-?(?:й|м|го|ом|ый|ого))?"
                            r"|[IІ]{1,3}|[IІ]V)[ \t]{0,2}\Z")


def quarter(text: str, word: int) -> bool:
    """Whether the «кв» at ``word`` is a year's quarter: a quarter's number before it (no house's or street's: «д. 3
    кв. 2019», «Ленина 3 кв. 2019») and a year after it.

    >>> texts = ("в 3 кв. текущего года", "во 2-м кв. 2025 г.", "из 3 кв. 2 года", "д. 3 кв. 2019")
    >>> [quarter(t, t.index("кв")) for t in texts]
    [True, True, False, False]
    """
    number = QUARTER_NUMBER.search(text, max(0, word - 16), word)
    if number is None or YEAR_AFTER.match(text, word + 2) is None:
        return False
    start = number.start()
    return not (PART_BEFORE.search(text, max(0, start - 16), start)
                or STREET_BEFORE.search(text, max(0, start - 40), start))


YEAR_NUMBER = re.compile(YEAR)


def year_number(flat: re.Match[str]) -> bool:
    """Whether the number of a ``FLAT`` match is a year with its word: «из 12 кв. 2024 г.» (the flat is 12, as a
    second reading of «из 12 кв. [FLAT] г.» would say), «кв. 2019 года».

    >>> [year_number(FLAT.search(t)) for t in ("из 12 кв. 2024 г.", "кв. 2019 года", "кв. 2019", "кв. 2019 г. Курск")]
    [True, True, False, False]
    """
    match = YEAR_NUMBER.match(flat.string, flat.start("number"))
    return match is not None and flat["number"].isdigit() and len(flat["number"]) == 4


def flat_follows(text: str, stop: int, ranged: bool = False) -> bool:
    """Whether a number listed after a flat's first, which ends at ``stop``, is a flat's by what follows it: the end of
    a clause, «не», «нет», a verb («кв. 5, 7 и 12 течет», «... и 715 не убирают», «... и 12 нет света», «кв. 5, 7
    и 12, течет», «квартиры 5-7, 12»), or an adverb, a pronoun, a preposition or «также», «тоже» that opens the
    clause after the list (:func:`_clause_opens`: «кв. 5, 7 и 12 постоянно течет», «... и 12 в подъезде грязно», «кв 5
    и 7 мы просим», «кв 5, 7 также затопило»), or «в», «на» before the building's part the flats are in (PART_PLACE:
    «кв 5, 7 в 3 подъезде», and when the number is smaller than the one listed before it, :func:`_ascending`, unless
    a noun it counts follows the place, :func:`_counted_after`: «кв 15, 7 в 3 подъезде текут», «кв 12, 3 в 2 подъезде
    не работают» are masked, the flats as likely as a count; «кв 12, 3 в 2 подъезде лифта не работают» counts). Not
    a noun it counts, in any case («кв 12, 5 этаж», «КВ 12, 3 ДНЯ»), a
    month («кв. 12, 8 Марта»), a measure (MEASURED: «12 ЛЕТ», «3 раза»), an abbreviation («30 сек», «5 т.р.»), a count
    («2 из 3 лифтов», «3 по 5 человек», «5 в месяц», «3 много раз») or anything else («3 ой раз»); nor, after a range
    (``ranged``), the verb of a shop's hours («кв. 5, 9-18 работает»).

    >>> [flat_follows("кв 12, 5" + tail, 8) for tail in (" течет", " не", "", ", 7", " ДНЕЙ", " сек", " из", " Марта")]
    [True, True, True, True, False, False, True, False]
    >>> [flat_follows("кв 12, 5" + tail, 8) for tail in (" в доме", " ночью", " мы", " из 7", " в месяц", " много раз")]
    [True, True, True, False, False, False]
    >>> [flat_follows("кв 5, 12" + tail, 8) for tail in (" в 3 подъезде", " на 2-м этаже", " в 3 раза", " в 2 дома")]
    [True, True, False, False]
    >>> [flat_follows("кв 12, 5" + tail, 8) for tail in (" в 3 подъезде", " на 2 этаже ламп нет", " в 5 доме")]
    [True, False, True]
    >>> flat_follows("кв 5, 9-18 работает", 10, ranged=True), flat_follows("кв 5, 9-18 течет", 10, ranged=True)
    (False, True)
    """
    after = LIST_NEXT.match(text, stop)
    if after is None:
        return False
    if after["word"] is None:
        return True
    word = after["word"].lower()
    if word in ("не", "нет"):
        return True
    if MEASURE.match(text, stop):
        return False
    if word in ("в", "во", "на") and (place := PART_PLACE.match(text, after.end())):
        # «кв 5, 7 в 3 подъезде», «кв 15, 7 в 3 подъезде текут», «кв 12, 3 в 2 подъезде не работают» (3 lifts or
        # flat 3 as likely: masked); not «кв 12, 3 в 2 подъезде лифта не работают»: the noun it counts is there
        return _ascending(text, stop) or not _counted_after(text, place.end(), stop)
    parses = analyzer().parse(word)
    if (parses[0].tag.POS in CLAUSE_OPENERS and "Abbr" not in parses[0].tag) or word in ("также", "тоже"):
        return _clause_opens(text, after.end(), parses[0].tag.POS)
    if parses[0].tag.POS not in LIST_VERBS or any("Abbr" in p.tag for p in parses):
        return False
    return not (ranged and lemma(word) in SHOP_VERBS)


def _ascending(text: str, stop: int) -> bool:
    """Whether the listed number that ends at ``stop`` is greater than the number listed right before it (LISTED_PAIR),
    as flats are listed («кв 5, 7», «кв 5 и 7»); a smaller one may be a count of something in the clause after it
    («кв 12, 3 в 2 подъезде лифта не работают»: :func:`_counted_after`).

    >>> [_ascending(t, len(t)) for t in ("кв 5, 7", "кв 5 и 7", "кв 12, 3", "кв 5-7, 12", "кв 7")]
    [True, True, False, True, False]
    """
    pair = LISTED_PAIR.search(text, max(0, stop - 16), stop)
    return pair is not None and int(pair[2]) > int(pair[1])


#: Up to three words in the clause after where the listed flats are (PART_PLACE), for a noun a number counts
WORDS_AFTER = re.compile(r"(?:[ \t\xa0]{1,2}[А-ЯЁа-яё]+){1,3}")
#: The case and number a count's noun takes, by :func:`mcu_nlp.count_forms.count_form`
COUNT_CASE = {"one": ("nomn", "sing"), "few": ("gent", "sing"), "many": ("gent", "plur")}
#: A flat's word: «квартиры» after a listed number is no noun it counts
FLAT_STEM_WORD = re.compile(r"кв(?:артир)?")


def _counted_after(text: str, stop: int, number_stop: int) -> bool:
    """Whether, among the three words after where the listed flats are (ending at ``stop``), a noun other than a
    flat's stands in the form the listed number that ends at ``number_stop`` puts its noun in: what it counts («кв
    12, 3 в 2 подъезде лифта не работают», «кв 12, 5 на 2 этаже ламп не горит»); not a verb alone («кв 12, 3 в 2
    подъезде не работают», «кв 15, 7 в 3 подъезде текут»: the flats as likely), nor «лампы» after 5.

    >>> [_counted_after(t, 21, 8) for t in ("кв 12, 3 в 2 подъезде лифта нет", "кв 12, 3 в 2 подъезде не работают")]
    [True, False]
    """
    words = WORDS_AFTER.match(text, stop)
    digits = re.search(r"\d+\Z", text[max(0, number_stop - 4):number_stop])
    if words is None or digits is None:
        return False
    case, number = COUNT_CASE[count_form(int(digits.group()))]
    return any(p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == number and not FLAT_STEM_WORD.match(w)
               for w in words.group().lower().split() for p in analyzer().parse(w))


def _clause_opens(text: str, stop: int, pos: str | None) -> bool:
    """Whether an adverb, a pronoun or a preposition (``pos``) that ends at ``stop``, right after a listed number,
    opens the clause after the list, not a count of the number: «из» or «по» before a number («2 из 3 лифтов», «3 по 5
    человек»), a preposition before a measure («5 в месяц», «5 в день», «3 за 2 дня») or an adverb before one («3 много
    раз») are a count's."""
    if pos == "PREP" and COUNT_AFTER.match(text, stop):
        return False
    return not (pos in ("PREP", "ADVB") and MEASURE.match(text, stop))


def list_end(text: str, stop: int) -> int:
    """Where the flats' numbers of a FLAT (or RANGE_LIST) match that end at ``stop`` end: past the numbers listed
    after them that the match left for the word right after them, when each is a flat's by what follows it
    (:func:`flat_follows`: «кв. 5, 7 и 12 течет», «в квартирах №№: 115, 215 и 715 не убирают»; not «кв 12, 5 этаж»,
    «кв. 5 и 2 окна», «КВ 12, 3 ДНЯ»).

    >>> [t[FLAT.search(t).start("number"):list_end(t, FLAT.search(t).end("number"))]
    ...  for t in ("кв. 5, 7 и 12 течет", "кв 12, 5 этаж", "кв. 5, 7, и 12 течет", "КВ 12, 3 ДНЯ")]
    ['5, 7 и 12', '12', '5, 7, и 12', '12']
    """
    while (item := LIST_ITEM.match(text, stop)) and flat_follows(text, item.end()):
        stop = item.end()
    return stop


def range_list(flat: re.Match[str]) -> tuple[int, int] | None:
    """The span of a RANGE_LIST match's numbers when it lists a single flat with its ranges («квартиры 5-7, 12», «кв.
    12, 15-17 нет света»), not ranges alone («кв. 1-14, 15-28»: entrances' or floors' flats, public places); a last
    number that is no flat's by what follows it (:func:`flat_follows`) is left out («кв 1-3, 5 этаж», «кв. 12, 15-17
    ДЕКАБРЯ», «кв. 5, 9-18 работает»).

    >>> [range_list(RANGE_LIST.search(t)) for t in ("квартиры 5-7, 12", "кв. 12, 15-17 нет", "кв. 1-14, 15-28")]
    [(9, 16), (4, 13), None]
    >>> range_list(RANGE_LIST.search("кв 1-3, 5 этаж")), range_list(RANGE_LIST.search("кв. 5, 9-18 работает"))
    (None, None)
    """
    stop = flat.end("number")
    if not flat_follows(flat.string, stop, ranged=RANGE_DASH.search(flat["last"]) is not None):
        stop = flat.start("last")
    items = re.split(LIST_SEP, flat.string[flat.start("number"):stop])
    ranges = sum(RANGE_DASH.search(item) is not None for item in items)
    return (flat.start("number"), stop) if 0 < ranges < len(items) else None


def number_first_flat(flat: re.Match[str]) -> bool:
    """Whether a NUMBER_FIRST match names a flat: not kilovolts («10 кВ», «ЛЭП 10 кв»), not when a part of a building
    or a street's name stands before its number, nor when the number counts the flats in its word's form («21
    квартира», «24 квартиры»; not «12 квартиры», «23 квартире»)."""
    start = flat.start("number")
    if flat["word"][:2] == "кВ" or quarter(flat.string, flat.start("word")) \
            or PART_BEFORE.search(flat.string, max(0, start - 16), start) \
            or VOLTAGE_BEFORE.search(flat.string, max(0, start - 40), start) \
            or _street_before(flat.string, start):
        return False
    form, word = count_form(int(flat["number"])), flat["word"].lower()
    if (word.startswith("кв") and len(word) <= 3) or word in ("квартира", "квартиру"):
        return form != "one"  # «1 квартира», «21 кв.»: a count as likely
    if word == "квартиры":
        return form != "few"
    return True


def _street_before(text: str, start: int) -> bool:
    """Whether a street's name stands right before the number at ``start`` (STREET_BEFORE: «Вилеровский 8 кв»), not a
    word for people or animals («Соседи 5 квартиры шумят», «Собаки 5 квартиры лают»: the neighbours' flat, the flat
    the dogs are in; :func:`animate_word`)."""
    street = STREET_BEFORE.search(text, max(0, start - 40), start)
    return street is not None and not animate_word(street.group().split()[-1])


def animate_word(word: str) -> bool:
    """Whether ``word`` reads first (pymorphy3's likeliest reading) as an animate common noun in the nominative,
    people or animals («Соседи», «жильцы», «дети», «Собаки»), not a name: no street's name before a number («живу в
    кв. 12, Соседи 5 квартиры шумят», «Собаки 5 квартиры лают»: flat 5's neighbours, flat 5's dogs; a street is named
    after people in the genitive, «Строителей»).

    >>> [animate_word(w) for w in ("Соседи", "жильцы", "Собаки", "Ленина", "Строителей", "Лесная", "Пятерочка", "Иван")]
    [True, True, True, False, False, False, False, False]
    """
    first = analyzer().parse(word.lower())[0].tag
    return first.POS == "NOUN" and first.animacy == "anim" and first.case == "nomn" and not NAME_TAGS & first.grammemes


def number_first_spans(text: str) -> list[tuple[int, int]]:
    """The flats' numbers of ``text`` written before their word (NUMBER_FIRST, number_first_flat), and one listed
    right before each («75 и 76 квартиры»)."""
    spans = []
    for flat in NUMBER_FIRST.finditer(text):
        if number_first_flat(flat):
            start = flat.start("number")
            listed = LISTED_BEFORE.search(text, max(0, start - 10), start)
            spans += [listed.span()] if listed else []
            spans.append(flat.span("number"))
    return spans


#: A floor's word and its number right after a flat's number («кв. 42 этаж 5», «квартира 42, этажа 5»): the floor
#: is the number after the word, so the one before it is the flat's, not a count of floors («42 этаж», as the reader
#: takes it); but a flat has at most a few storeys, so «квартира 2 этажа 5 комнат» counts them (FLAT_STOREYS)
FLOOR_AFTER = re.compile(r"[ \t]{0,2},?[ \t]{0,2}(?i:этаж(?P<genitive>а)?)[ \t:.№]{0,4}\d{1,3}(?![\d-])")
FLAT_STOREYS = 4
#: Words after which a number counts them: no house number («живу на Урале 5 лет», «на Лесной 3 года»), whole words
#: in their case forms (session 26: as stems, «5 разбит» read as «5 раз», «5 метро» as «5 метров», «5 часто» as «5
#: часов»); :mod:`mcu_nlp.home_address` reads it after a house number
MEASURED = (r"\s{0,2}(?i:этаж[а-яё]{0,4}|год(?:а|у|ов|ом|ами)?|лет(?:н[а-яё]{2,3})?|дн(?:я|ей|ям|ями|ях)|день"
            r"|недел[ьиюяе][а-яё]{0,2}|месяц[а-яё]{0,3}|час(?:а|у|ов|ам|ами)?|минут[а-яё]{0,2}|градус[а-яё]{0,3}"
            r"|раз(?:а)?|км|м|метр(?:а|у|ов|ам|ами|ах|ом|е)?|шт|руб[а-яё]{0,4})(?![а-яё])|\s{0,2}%")
MEASURE = re.compile(MEASURED)
#: After «квартира» spelt out, a number and up to two adjectives before a noun: the noun may be what it counts
COUNTED = re.compile(r"[ \t]{1,2}([а-яё]+)(?:[ \t]{1,2}([а-яё]+))?(?:[ \t]{1,2}([а-яё]+))?(?:[ \t]{1,2}([а-яё]+))?")
#: Words after a noun that make it a genitive of its own, not a count's: «в квартире 3 воды нет», «... света мало»
UNCOUNTED = word_set("нет не много полно мало больше меньше")
#: Parts of a building after a flat's number («квартиры 2 дома 54», «кв. 5 корпуса 2»): the flat's, not counted
BUILDING_PARTS = word_set("дом корпус строение литера подъезд парадная секция")


def before_floor(flat: re.Match[str]) -> bool:
    """Whether a floor's word and number follow the flat's number (FLOOR_AFTER), and that number cannot count the
    flat's storeys before «этажа»: «кв. 42 этаж 5», «квартира 42 этажа 5»; not «квартира 2 этажа 5 комнат»."""
    floor = FLOOR_AFTER.match(flat.string, flat.end("number"))
    number = flat["number"]
    return floor is not None and not (floor["genitive"] and number.isdigit() and int(number) <= FLAT_STOREYS)


def counts_a_noun(text: str, flat: re.Match[str]) -> bool:
    """Whether the number after «квартира» spelt out counts the noun after it, in the form that number takes (2-4: the
    genitive singular, or plural as said of people; 5-20 and the like: the genitive plural): «в квартире 3 двери», «в
    квартире 2 ребенка», «5 человек прописано», «3 маленьких детей»; not «кв. 3 окна выбиты» (the flat's number), «в
    квартире 15 окна не закрываются» (15 counts «окон»), «квартира № 3», «квартиры 2 дома 54», nor a noun before
    «нет», «не» or a quantity word, a genitive of its own («в квартире 3 воды нет», «3 двери не закрываются»: flat 3's
    doors, maybe)."""
    number = flat["number"]
    if not flat.group().lower().startswith("кварт") or "№" in flat.group() or not number.isdigit():
        return False
    form = count_form(int(number))
    if form == "one":
        return False  # «в квартире 1 ребенок»: the flat's number as likely
    forms = {("gent", "sing"), ("gent", "plur")} if form == "few" else {("gent", "plur")}
    after = COUNTED.match(text, flat.end("number"))
    following = [word for word in after.groups() if word] if after else []
    # the noun after at most two adjectives, and the word after it
    k = next((k for k, word in enumerate(following[:3]) if analyzer().parse(word)[0].tag.POS not in ("ADJF", "PRTF")),
             3)
    if k >= len(following) or (k + 1 < len(following) and following[k + 1] in UNCOUNTED):
        return False
    parses = analyzer().parse(following[k])
    if parses[0].tag.POS != "NOUN" or "Fixd" in parses[0].tag or parses[0].normal_form in BUILDING_PARTS:
        return False  # «квартиры 12 с понедельника», «квартиры 2 дома 54»: a letter's name, the flat's building
    return any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in forms for p in parses)
