"""A home address whose street is named by adjectives before its type (a walkthrough, session 26): «Обращается Глеб
Орлов, мой адрес Тверь, Волоколамский пр-т 35, ...» masked the name and left the address. The reader knows no «пр-т»
and reads no name before a street word, and a town before the street («Тверь, ») hid «Волоколамский проспект 35» from
the name words it reads on. Now the street, its type (any case form, abbreviated or not) and its house number are
masked after a home phrase; the town, the preposition and the floor before it stay. And what stays: a problem's place
with no home phrase, a street without a house number, a measure, a neighbourhood, an animal's home, another sentence."""

import pytest

from mcu_nlp.home_address import home_spans
from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the walkthrough's texts
        ("Обращается Глеб Орлов, мой адрес Тверь, Волоколамский пр-т 35, прошу починить фонарь у подъезда",
         "Обращается [PERSON], мой адрес Тверь, [ADDRESS], прошу починить фонарь у подъезда"),
        ("мой адрес Волоколамский пр-т 35", "мой адрес [ADDRESS]"),
        ("мой адрес: Тверь, Волоколамский пр-т, д. 35", "мой адрес: Тверь, [ADDRESS]"),
        ("живу на Волоколамском пр-те 35", "живу на [ADDRESS]"),
        ("мой адрес Тверь, Волоколамский проспект 35", "мой адрес Тверь, [ADDRESS]"),
        ("живу на Советской ул., д. 5", "живу на [ADDRESS]"),
        ("проживаю: Комсомольский проспект 7 кв 3", "проживаю: [ADDRESS]"),
        ("мой адрес Тверь, пр-т Ленина 35", "мой адрес Тверь, [ADDRESS]"),  # the type first: as before
        # other types, abbreviated or not, in other cases
        ("живу по Волоколамскому пр-ту 35", "живу по [ADDRESS]"),
        ("живу на Лиговском пр-кте 50", "живу на [ADDRESS]"),
        ("живу на Невском пр. 5", "живу на [ADDRESS]"),
        ("живу на Цветном б-ре 12", "живу на [ADDRESS]"),
        ("живу на Кузнечном пер. 7", "живу на [ADDRESS]"),
        ("проживаю: Красносельское ш. 55", "проживаю: [ADDRESS]"),
        ("живу по Московскому шоссе 12", "живу по [ADDRESS]"),
        ("мой адрес Синопская наб., 22", "мой адрес [ADDRESS]"),
        ("мой адрес: Северный пр., д. 7", "мой адрес: [ADDRESS]"),
        ("прописан по Садовой ул., д. 12", "прописан по [ADDRESS]"),
        ("живу на Первой линии 5", "живу на [ADDRESS]"),
        # two adjectives, a hyphen; a name the reader reads as a town's («Тверская»)
        ("мой адрес: Малый Сампсониевский пр., 16", "мой адрес: [ADDRESS]"),
        ("живу на Старо-Петергофском пр. 12", "живу на [ADDRESS]"),
        ("мой адрес Тверская ул. 5", "мой адрес [ADDRESS]"),
        ("мой адрес Тверь, Тверская ул., д. 5", "мой адрес Тверь, [ADDRESS]"),
        # a house number's letter, a flat's number, what follows
        ("живу на Волоколамском пр-те 35а", "живу на [ADDRESS]"),
        ("живу на Волоколамском пр-те 35-3", "живу на [ADDRESS]"),
        ("мой адрес Приморский пр. 10/2", "мой адрес [ADDRESS]"),
        ("живу на Волоколамском пр-те 35 кв 3", "живу на [ADDRESS]"),
        ("Прописан в Твери, Волоколамский пр-т 35, кв. 12", "Прописан в Твери, [ADDRESS], кв. [FLAT]"),
        ("живу на Волоколамском пр-те 35, у подъезда яма", "живу на [ADDRESS], у подъезда яма"),
        # a town with «в» or its type, the floor, a form's applicant, an address for the answer
        ("проживаю в Курске, Ленинский пр-т 5", "проживаю в Курске, [ADDRESS]"),
        ("проживаю по адресу: г. Курск, Ленинский пр-т, д. 5, кв. 12", "проживаю по адресу: г. Курск, [ADDRESS]"),
        ("живу на 5 этаже, Волоколамский пр-т 35", "живу на 5 этаже, [ADDRESS]"),
        ("Живем на 8 этаже Малый Сампсониевский пр. 16", "Живем на 8 этаже [ADDRESS]"),
        ("Заявитель: Орлов Г.В., адрес: Волоколамский пр-т 35", "Заявитель: [PERSON], адрес: [ADDRESS]"),
        ("Адрес для ответа: Тверь, Волоколамский пр-т 35", "Адрес для ответа: Тверь, [ADDRESS]"),
    ],
)
def test_a_street_named_before_its_type_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a problem's place: no home phrase
        "на Волоколамском проспекте 35 яма",
        "на Волоколамском пр-те 35 яма",
        "Яма во дворе. Адрес: Волоколамский пр-т 35",
        "Не указан адрес заявителя. Волоколамский пр-т 35 яма",
        "Проживаю в Твери 10 лет, на Волоколамском пр-те 35 яма",
        "Живу в Москве. Волоколамский пр-т 35 разбит",
        "живу на 5 этаже. Волоколамский пр-т 35 яма",
        # no house number, a measure, a neighbourhood, an animal's home
        "живу на Волоколамском пр-те",
        "живу в Тюмени, Волоколамский пр-т разбит",
        "мой адрес Курск, ул 8 Марта",
        "живу на Волоколамском пр-те 5 лет",
        "проживаю на Ленинском проспекте 20 лет",
        "живу на Ленинском пр-те 3 дня нет воды",
        "живу рядом с Волоколамским пр-том 35",
        "Собака живет на Волоколамском пр-те 35",
        "Крысы живут на Волоколамском пр-те 35",
    ],
)
def test_no_home_address_stays(text):
    assert "[ADDRESS]" not in redact(text)


def test_a_town_before_the_street_and_its_type_stays():
    """«Курск» before «ул 8» is no street's adjective: the town stays, «ул 8 Марта, 5» is the address."""
    text = "мой адрес Курск ул 8 Марта 5"
    assert [text[a:b] for a, b, kind in home_spans(text) if kind == "ADDRESS"] == ["ул 8 Марта 5"]
