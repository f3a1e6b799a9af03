"""Session 30, the redaction leaks session 29 noted and left: a home after how long one has lived there and a comma or a
semicolon, the address its clause whole («живу в Курске 5 лет; Ленина 5»); a surname opening a sentence before an
address with a flat's number and no mark between («Петренко Зорге 33/2-15»); a neighbour's home «с» a street and a
house before the next clause's subject («у соседки с Ленина 5 собака лает»); a third person's address with a flat
(«ее адрес Ленина 150 кв 24»), a home «у нас на» a street with a flat («у нас на Комарова 28 кв 15»), the writer's
home after «мой дом» and a dash or a colon («мой дом - Королева 10/2»). A street and a house alone, an object's place,
stays («у нас на Комарова 28 яма», «магазин, его адрес Ленина 5», a range of houses). Invented names and numbers.
Each test of what was wrong fails on the parent (2b473b1); each has a test of its neighbours that must stay as they
were (which pass there too)."""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duration, then a comma or a semicolon and an address that is its clause whole
        ("живу в Курске 5 лет; Ленина 5", "живу в Курске 5 лет; [ADDRESS]"),
        ("живу в Курске 5 лет; Ленина 5-12", "живу в Курске 5 лет; [ADDRESS]"),
        ("живу в Курске 5 лет;Ленина 5. Яма во дворе", "живу в Курске 5 лет;[ADDRESS]. Яма во дворе"),
        ("Проживаю в Самаре 10 лет; Куйбышева 12", "Проживаю в Самаре 10 лет; [ADDRESS]"),
        ("проживаю в Курске с 2010 года; ул. Ленина, д. 5", "проживаю в Курске с 2010 года; [ADDRESS]"),
        ("живу в Курске 5 лет;\xa0Ленина\xa05", "живу в Курске 5 лет;\xa0[ADDRESS]"),
        ("живу 5 лет; Ленина 5", "живу 5 лет; [ADDRESS]"),
        ("живу 5 лет, Ленина 5-12.", "живу 5 лет, [ADDRESS]."),
        ("живу 5 лет; д. 5 по ул. Ленина", "живу 5 лет; [ADDRESS]"),
        # a surname opening a sentence before an address with a flat's or a building's number, no mark between
        ("Петренко Зорге 33/2-15", "[PERSON] [ADDRESS]"),
        ("Кузьменко Стачки 200/1", "[PERSON] [ADDRESS]"),
        ("Течет крыша. Шевчук Ленина 5-12", "Течет крыша. [PERSON] [ADDRESS]"),
        ("Иванов ул. Мира 3, кв. 15", "[PERSON] [ADDRESS]"),
        ("Петренко\xa0Зорге\xa033/2-15", "[PERSON]\xa0[ADDRESS]"),
        # a neighbour's home «с» a street and a house, the next clause's subject after it
        ("у соседки с Ленина 5 собака лает", "у соседки с [ADDRESS] собака лает"),
        ("у соседа с Мира 12 кошка орет всю ночь", "у соседа с [ADDRESS] кошка орет всю ночь"),
        ("Соседка с Гагарина 7 машина стоит на газоне", "Соседка с [ADDRESS] машина стоит на газоне"),
        ("у соседки с ул. Ленина д. 5 собака лает", "у соседки с [ADDRESS] собака лает"),
        ("у соседки\xa0с\xa0Ленина\xa05 собака лает", "у соседки\xa0с\xa0[ADDRESS] собака лает"),
        ("у соседа с пр-та Ленина 5 собака лает", "у соседа с [ADDRESS] собака лает"),
        # a third person's address with a flat's number
        ("ее адрес Ленина 150 кв 24", "ее адрес [ADDRESS]"),
        ("её адрес: ул. Садовая, д. 17, кв. 3", "её адрес: [ADDRESS]"),
        ("его адрес Мира 3-45", "его адрес [ADDRESS]"),
        ("Их адрес Ленина 5/12", "Их адрес [ADDRESS]"),
        ("ее адрес Ленина\xa0150\xa0кв.\xa024", "ее адрес [ADDRESS]"),
        # a home «у нас», «у меня» on a street, with a flat's word and number
        ("у нас на Комарова 28 кв 15", "у нас на [ADDRESS]"),
        ("у нас на Комарова 28 кв 15 течет крыша", "у нас на [ADDRESS] течет крыша"),
        ("у меня по ул. Гагарина д. 7 кв. 40 нет отопления", "у меня по [ADDRESS] нет отопления"),
        ("У нас на Советской 3, кв. 8 холодно", "У нас на [ADDRESS] холодно"),
        ("у нас на Комарова\xa028\xa0кв.\xa015", "у нас на [ADDRESS]"),
        # the writer's home after «мой дом», «моя квартира» and a dash or a colon
        ("мой дом - Королева 10/2", "мой дом - [ADDRESS]"),
        ("мой дом — Ленина 5", "мой дом — [ADDRESS]"),
        ("Мой дом: ул. Мира, д. 3", "Мой дом: [ADDRESS]"),
        ("моя квартира: Ленина 5-12", "моя квартира: [ADDRESS]"),
    ],
)
def test_fixed(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object's place: a street and a house alone, a range of houses, an organisation's address
        ("на Комарова 28 яма", "на Комарова 28 яма"),
        ("у нас на Комарова 28 яма", "у нас на Комарова 28 яма"),
        ("у нас на Комарова 28 нет воды", "у нас на Комарова 28 нет воды"),
        ("У нас на Ленинском пр 84 - 86 тротуар заканчивается", "У нас на Ленинском пр 84 - 86 тротуар заканчивается"),
        ("у нас на Ленина 84-86 тротуар", "у нас на Ленина 84-86 тротуар"),
        ("магазин, его адрес Ленина 5", "магазин, его адрес Ленина 5"),
        ("их адрес Ленина 5", "их адрес Ленина 5"),
        ("наш дом - Ленина 5", "наш дом - Ленина 5"),
        ("мой дом 5 по ул. Ленина разрушается", "мой дом 5 по ул. Ленина разрушается"),
        ("мой дом - 5 этажей", "мой дом - 5 этажей"),
        ("у нас в доме 5 кв 12 течет", "у нас в доме 5 кв [FLAT] течет"),
        # a route's start, a plural's or kin's street, a count after the house
        ("у соседки с Ленина 5 до Мира 3 шли", "у соседки с Ленина 5 до Мира 3 шли"),
        ("я с Ленина 5 до Мира 3 шла пешком", "я с Ленина 5 до Мира 3 шла пешком"),
        ("соседи с Ленина 5 собака лает", "соседи с Ленина 5 собака лает"),
        ("мама с Ленина 5 собака лает", "мама с Ленина 5 собака лает"),
        ("автобус с Ленина 5 собака", "автобус с Ленина 5 собака"),
        ("я с Ленина 10 минут шла", "я с Ленина 10 минут шла"),
        ("соседка с Ленина 5 лет не платит", "соседка с Ленина 5 лет не платит"),
        ("бабушка с Таганрога 3 сумки везла", "бабушка с Таганрога 3 сумки везла"),
        # a street the clause goes on after, a new clause's place, a building, no home phrase
        ("живу в Курске 5 лет; Ленина 5 яма", "живу в Курске 5 лет; Ленина 5 яма"),
        ("живу 5 лет, Ленина 5 яма", "живу 5 лет, Ленина 5 яма"),
        ("живу 5 лет; Ленина 5 яма", "живу 5 лет; Ленина 5 яма"),
        ("живу в Курске 5 лет; на Ленина 5 яма", "живу в Курске 5 лет; на Ленина 5 яма"),
        ("Проживаю в Самаре 10 лет, на улице Куйбышева 12 яма", "Проживаю в Самаре 10 лет, на улице Куйбышева 12 яма"),
        ("живу в Курске, Ленина 5 — это поликлиника", "живу в Курске, Ленина 5 — это поликлиника"),
        ("живу в Курске 5 лет; Ленина 5 — это поликлиника", "живу в Курске 5 лет; Ленина 5 — это поликлиника"),
        ("Живу в Курске 5 лет; Пятерочка 1 закрыта", "Живу в Курске 5 лет; Пятерочка 1 закрыта"),
        ("Мне 5 лет; Ленина 5", "Мне 5 лет; Ленина 5"),
        ("живу в Курске 5 лет, Ленина 5", "живу в Курске 5 лет, [ADDRESS]"),
        # a town, a street's name of two words, no flat's number
        ("Ломоносов, Ленина 5-12", "Ломоносов, Ленина 5-12"),
        ("Ломоносов Ленина 5-12", "Ломоносов Ленина 5-12"),
        ("Королев Гагарина 5-12", "Королев Гагарина 5-12"),
        ("Героев Панфиловцев 5-12", "Героев Панфиловцев 5-12"),
        ("Маршала Жукова 5-12", "Маршала Жукова 5-12"),
        ("Иванова Гагарина 5-12", "Иванова Гагарина 5-12"),
        ("Горький Ленина 5-12", "Горький Ленина 5-12"),
        ("Петренко Зорге 33", "Петренко Зорге 33"),
        ("Петренко, Зорге 33/2-15", "[PERSON], [ADDRESS]"),
    ],
)
def test_neighbours_stay(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the street words now built from mcu_nlp.street_words: the alternations session 29 wrote by hand lacked
        # «пр-кт», «пркт», «бул» after a signature and «пр-т», «пр-кт», «пркт», «б-р», «бул» after a neighbour's «с»
        ("Петренко, пр-кт Мира 5-12", "[PERSON], [ADDRESS]"),
        ("Петренко, бул. Мира 5-12", "[PERSON], [ADDRESS]"),
        ("Петренко, пркт Мира 5-12", "[PERSON], [ADDRESS]"),
        ("Сосед Кузьменко с пр-т Мира 60 шумит", "Сосед [PERSON] с [ADDRESS] шумит"),
        ("Сосед Кузьменко с б-р Мира 60 шумит", "Сосед [PERSON] с [ADDRESS] шумит"),
        ("Сосед Кузьменко с бул. Мира 60 шумит", "Сосед [PERSON] с [ADDRESS] шумит"),
    ],
)
def test_street_words_from_one_place(text, expected):
    assert redact(text) == expected


PATTERNS = {
    "semicolon_home": "живу в Курске 5 лет; Ленина 5. ",
    "semicolon_no_town": "живу 5 лет; Ленина 5. ",
    "semicolon_goes_on": "живу 5 лет; Ленина 5 яма ",
    "surname_no_mark": "Петренко Зорге 33/2-15. ",
    "from_street_subject": "у соседки с Ленина 5 собака лает. ",
    "her_address": "ее адрес Ленина 150 кв 24. ",
    "at_ours": "у нас на Комарова 28 кв 15 ",
    "at_ours_no_flat": "у нас на Комарова 28 яма ",
    "my_house": "мой дом - Королева 10/2 ",
    "nbsp_at_ours": "у\xa0нас\xa0на\xa0Комарова\xa028\xa0кв.\xa015 ",
    "cues_only": "у нас на ",
    "from_abbreviation": "Сосед Кузьменко с пр-кт Мира 60 шумит. ",
}


@pytest.mark.parametrize("pattern", list(PATTERNS.values()), ids=list(PATTERNS))
def test_the_new_patterns_are_read_in_linear_time(pattern):
    assert grows_linearly(redact, pattern, sizes=(25_000, 100_000))
