"""Two home addresses that leaked (session 26): a street named after a person with no street type after the floor
one lives on («Живем на 8 этаже Маршала Говорова 16, 1 подьезд», SPb corpus row 558: nothing masked), and a street
whose name the reader reads as a town's («проживаю по адресу Куйбышева 21 кв 79», SPb row 19909: «Куйбышева» was
left before the mask). And what stays: a surname that is a person's, a problem's place, a floor without an address."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the floor, then a street with no street type: the floor stays, the street and its numbers are masked
        ("Живем на 8 этаже Маршала Говорова 16, 1 подьезд. НЕ УБИРАЮТ",
         "Живем на 8 этаже [ADDRESS], 1 подьезд. НЕ УБИРАЮТ"),
        ("Живу на 3 этаже Кирова 12, течет крыша", "Живу на 3 этаже [ADDRESS], течет крыша"),
        ("Проживаю на первом этаже Кирова 7, в подвале вода", "Проживаю на первом этаже [ADDRESS], в подвале вода"),
        ("Живу на 5-м этаже Ленина 12 кв. 40, течет крыша", "Живу на 5-м этаже [ADDRESS], течет крыша"),
        ("Живу на 5 этаже, Кирова 12-40, течет крыша", "Живу на 5 этаже, [ADDRESS], течет крыша"),
        ("Я живу на 4 этаже Королева 12, напротив яма", "Я живу на 4 этаже [ADDRESS], напротив яма"),
        ("Живем на последнем этаже Маршала Жукова 30, кв. 140", "Живем на последнем этаже [ADDRESS]"),
        ("Живу на пятом этаже Звезда 3-5", "Живу на пятом этаже [ADDRESS]"),
        # the floor, then an address the reader finds
        ("Живу на 5 этаже по ул. Ленина 12, течет крыша", "Живу на 5 этаже по [ADDRESS], течет крыша"),
        ("Живу на 2 этаже в доме 5 по Лесной", "Живу на 2 этаже в [ADDRESS]"),
        # a street named after a person that the reader reads as a town («Куйбышев»): in the mask with its numbers
        ("Я проживаю по адресу Куйбышева 21 кв 79, в нашем подъезде",
         "Я проживаю по адресу [ADDRESS], в нашем подъезде"),
        ("Проживаю по адресу Куйбышева 12", "Проживаю по адресу [ADDRESS]"),
        ("Проживаю по адресу: Куйбышева, 21, кв. 5", "Проживаю по адресу: [ADDRESS]"),
        ("Живу на Куйбышева 12, течет крыша", "Живу на [ADDRESS], течет крыша"),
        ("Живу на 3 этаже Куйбышева 12, кв. 40. Течет крыша", "Живу на 3 этаже [ADDRESS]. Течет крыша"),
        ("мой адрес Куйбышева 5-12", "мой адрес [ADDRESS]"),
        ("Проживаю в Самаре, Куйбышева 12-5", "Проживаю в Самаре, [ADDRESS]"),
        # other surnames there, as before
        ("Я проживаю по адресу Кирова 21, кв. 79", "Я проживаю по адресу [ADDRESS]"),
        ("Проживаю по адресу Калинина 5 кв 3", "Проживаю по адресу [ADDRESS]"),
        ("Мой адрес: Чехова 5, кв. 12", "Мой адрес: [ADDRESS]"),
    ],
)
def test_a_home_street_is_masked_whole(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a surname that is a person's, a problem's place with no home phrase, a town where one lives
        "живу с Ивановым 5 лет",
        "на улице Куйбышева 12 яма",
        "на Куйбышева 12 яма, не проехать",
        "Проживаю в Самаре 10 лет, на улице Куйбышева 12 яма",
        "Живу в Куйбышеве 5 лет",
        "проживаю в г. Кирова 5 лет",
        "живу в Курской области Курского района 5 лет",
        # a floor without an address: a building's part, a count, a person, another sentence
        "на 8 этаже Маршала Говорова 16 не убирают",
        "Живу на 9 этаже, Подъезд 2 не убирают",
        "Живу на 3 этаже Лифт 2 не работает",
        "Живу на 9 этаже Пятерочка 5 закрыта",
        "Живу на 5 этаже Иванов 5 лет не приходит",
        "живу на 5 этаже есть 2 ребенка",
        "Живу на 5 этаже, лифт 3 дня не работает",
        "Живу на 5 этаже. Кирова 12 яма",
        "Живу на 5 этаже. Дом 12 по ул. Ленина разрушается",
    ],
)
def test_no_home_address_stays(text):
    assert "[ADDRESS]" not in redact(text)


def test_a_town_before_a_street_stays():
    assert redact("Проживаю по адресу г. Кирова, 5") == "Проживаю по адресу г. Кирова, [ADDRESS]"
