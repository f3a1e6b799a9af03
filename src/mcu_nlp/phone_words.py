"""Phone numbers written in words: «восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят
девять», «плюс семь девять один два три четыре пять шесть семь восемь девять», «восемь 912 345 67 89».

A run of number words and digit groups, a space, comma, dot, bracket or dash apart, is read as the digits it says,
group by group as one reads a phone aloud: a hundreds word takes the tens and units after it, a tens word the unit
after it («девятьсот двенадцать» 912, «шестьдесят семь» 67, «ноль пять» 05). From each «восемь» or «плюс семь» of
the run, the words that say exactly eleven digits (8 or 7 first) are a phone: a count of eight things («восемь
девятиэтажных домов») says one digit and is none. After a phone word («мой номер», «телефон», «тел.», «звоните»,
«контактный», up to 40 characters before the run) a run that opens with «восемь» (or «плюс семь») and a hundred of the
nine hundreds («девятьсот двадцать ...»: a mobile's code) and says ten digits to its end is a phone too, mistyped or
one digit short («мой номер восемь девятьсот двадцать один два три сорок пять шестьдесят семь»): without the phone
word, or as a count, a sum, a time («восемь девятьсот рублей», «в восемь двадцать»), it stays. Every word is looked at
a bounded number of times: linear in the text.
"""

from __future__ import annotations

import re

from mcu_nlp.phone_numbers import PHONE_WORD_BEFORE

UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
         "шесть": 6, "семь": 7, "восемь": 8, "девять": 9}
TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
         "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
        "восемьдесят": 80, "девяносто": 90}
HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
            "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
VALUES = {**UNITS, **TEENS, **TENS, **HUNDREDS}
#: A number word, «плюс», or a group of up to four digits, as a whole word
TOKEN = re.compile(
    "(?<!\\w)(?i:" + "|".join(sorted([*VALUES, "плюс"], key=len, reverse=True)) + r"|\d{1,4})(?![\w])"
)
#: What may stand between two words of one number
GAP = re.compile(r"[ \t,.\u00a0()-]{1,3}")
#: Cheap guard: every phone said in words has «семь» in it («восемь», «плюс семь»)
HINT = re.compile("(?i:семь)")
PHONE_DIGITS = 11
#: A noun after «номер» that says whose number it is, no phone's («мой номер квартиры», «... заявки», «... лицевого
#: счета», «... договора», «... дома»; not «домашнего телефона»)
NOT_PHONE_NUMBER = (r"(?:квартир|кв\b|заявк|заявлени|обращени|лицев|сч[её]т|договор|дом(?:а|у)?\b|подъезд|участк"
                    r"|паспорт|полис|снилс|инн\b|карт|машин|автомобил|очеред|кабинет|офис|школ|маршрут|рейс|этаж"
                    r"|пропуск|справк|документ|удостоверени|квитанци|плат[её]ж|заказ|талон|билет|посылк|отправлени"
                    r"|трек|кадастр|свидетельств|дела\b|жалоб|мест|кабин|гараж|ячейк|налог|пенси)")
#: A phone word before a run said in words: what makes ten digits from «восемь девятьсот» a phone (a digit lost);
#: «мой номер» not before a noun that says whose number it is (NOT_PHONE_NUMBER: «мой номер квартиры восемь ...»)
PHONE_CUE = re.compile(PHONE_WORD_BEFORE.pattern
                       + r"|(?<!\w)(?i:мо[йеи]\w{0,2}[ \t\xa0]{1,2}(?:\w+[ \t\xa0]{1,2})?номер"
                       rf"(?![а-яё]{{0,2}}[ \t\xa0]{{1,2}}(?:№[ \t\xa0]?)?{NOT_PHONE_NUMBER})"
                       r"|номер\w{0,2}[ \t\xa0]{1,2}(?:телефона|для[ \t\xa0]{1,2}связи)|контактн)")
#: How far before the run a phone word is looked for
CUE_REACH = 40
SHORT_DIGITS = 10


def _groups(words: list[str]) -> list[tuple[str, int]]:
    """The digit groups ``words`` say, each with how many words it took: «девятьсот двенадцать» ("912", 2).

    >>> _groups("восемь девятьсот двенадцать 345 шестьдесят семь ноль пять".split())
    [('8', 1), ('912', 2), ('345', 1), ('67', 2), ('0', 1), ('5', 1)]
    """
    groups: list[tuple[str, int]] = []
    value = size = room = 0  # the group read so far, its words, the largest place it still takes (0: none)
    for word in words:
        number = int(word) if word.isdigit() else VALUES[word]
        place = 1000 if word.isdigit() else 100 if number >= 100 else 10 if number >= 10 else 1
        if not (size and number and place <= room):
            if size:
                groups.append((str(value), size))
            value = size = 0
        value, size = value + number, size + 1
        room = 10 if place == 100 else 1 if place == 10 and number % 10 == 0 and number >= 20 else 0
    if size:
        groups.append((str(value), size))
    return groups


def _phone_at(groups: list[tuple[str, int]], first: int) -> int:
    """How many words from group ``first`` on say exactly eleven digits, 8 or 7 first; 0 if none do."""
    digits = words = 0
    for k in range(first, len(groups)):  # not groups[first:]: a copy of the rest at every start was quadratic
        digits, words = digits + len(groups[k][0]), words + groups[k][1]
        if digits >= PHONE_DIGITS:
            return words if digits == PHONE_DIGITS else 0
    return 0


def phone_word_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each phone written in words in ``text``.

    >>> text = "звоните: восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять, Анна"
    >>> [text[a:b] for a, b in phone_word_spans(text)]
    ['восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять']
    >>> phone_word_spans("восемь девятиэтажных домов, семь подъездов по сто квартир")
    []
    >>> text = "мой номер восемь девятьсот двадцать один два три сорок пять шестьдесят семь"  # ten digits
    >>> [text[a:b] for a, b in phone_word_spans(text)]
    ['восемь девятьсот двадцать один два три сорок пять шестьдесят семь']
    >>> phone_word_spans("итого восемь девятьсот двадцать один два три сорок пять шестьдесят семь")  # no phone word
    []
    """
    if not HINT.search(text):
        return []
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for token in TOKEN.finditer(text):
        if run and not GAP.fullmatch(text, run[-1].end(), token.start()):
            spans += _phones(run)
            run = []
        run.append(token)
    return spans + _phones(run)


def _cued(text: str, start: int) -> bool:
    """Whether a phone word stands up to CUE_REACH characters before ``start``, after the last mask ("]") if any."""
    reach = max(0, start - CUE_REACH)
    return PHONE_CUE.search(text, max(reach, text.rfind("]", reach, start)), start) is not None


def _short_phone(groups: list[tuple[str, int]], first: int) -> bool:
    """Whether the groups from ``first`` (an 8 or 7) to the run's end say ten digits, a 9xx hundred second."""
    if first + 1 >= len(groups) or len(groups[first + 1][0]) != 3 or groups[first + 1][0][0] != "9":
        return False
    digits = 0
    for k in range(first, len(groups)):  # bounded: past ten digits it is no such phone
        digits += len(groups[k][0])
        if digits > SHORT_DIGITS:
            return False
    return digits == SHORT_DIGITS


def _phones(run: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The phones of one ``run`` of number words and digit groups: from each «восемь» or «плюс семь» on."""
    words = [token.group().lower() for token in run]
    kept = [i for i, word in enumerate(words) if word != "плюс"]  # where each word read as a number stands in run
    groups = _groups([words[i] for i in kept])
    spans: list[tuple[int, int]] = []
    at = stop = 0  # the first word of each group in ``kept``; where the last phone ended
    for g, (_, size) in enumerate(groups):
        i = kept[at]
        after_plus = i > 0 and words[i - 1] == "плюс"
        if at >= stop and size == 1 and (words[i] == "восемь" or (words[i] == "семь" and after_plus)):
            taken = _phone_at(groups, g)
            if not taken and _short_phone(groups, g) and _cued(run[0].string, run[i - after_plus].start()):
                taken = len(kept) - at  # a phone one digit short after «мой номер»: to the run's end
            if taken:
                spans.append((run[i - after_plus].start(), run[kept[at + taken - 1]].end()))
                stop = at + taken
        at += size
    return spans
