"""Where a person lives and the numbers of their accounts and phones that redact missed (fresh-user walkthrough,
session 11): a flat number, an address given as a home, dotted phones, an area code in brackets, «лицевой счёт»."""

from __future__ import annotations

import pytest

from mcu_nlp import redact

MASKED = [
    # a flat number names a household: the number goes, the word stays
    ("живу по адресу ул. Ленина, д. 5, кв. 12", "живу по адресу [ADDRESS]"),
    ("в кв. 12 нет воды", "в кв. [FLAT] нет воды"),
    ("Анна Иванова, ул. Мира 3, кв.7", "[PERSON], [ADDRESS]"),  # session 43: a full name's home street is masked too
    ("Квартира № 40, течёт потолок", "Квартира № [FLAT], течёт потолок"),
    ("кв.12а течёт", "кв.[FLAT] течёт"),
    ("потолок квартиры12 на 4 этаже", "потолок квартиры[FLAT] на 4 этаже"),  # glued: the whole number
    ("слышно в квартирах 19,20,21 и 22, у кв. 27", "слышно в квартирах [FLAT], у кв. [FLAT]"),  # a list of flats
    ("хлам перед квартирами 137 и 138, кв 12, 5 этаж", "хлам перед квартирами [FLAT], кв [FLAT], 5 этаж"),
    # an address given as a home: street to last number; a town at either end and the preposition stay
    ("живу по адресу г. Тюмень, ул. Ленина, д. 5; нет воды", "живу по адресу г. Тюмень, [ADDRESS]; нет воды"),
    ("Я проживаю на ул. Мира 3, у нас нет отопления", "Я проживаю на [ADDRESS], у нас нет отопления"),
    ("прописан в доме 7 по ул. Садовой", "прописан в [ADDRESS]"),
    ("Проживаем по адресу Софийская, д. 40, корп. 1", "Проживаем по адресу [ADDRESS]"),  # no street word
    ("мой адрес: пр. Строителей 4-12", "мой адрес: [ADDRESS]"),
    ("Адрес регистрации: ул. Мира, д. 3, Курск", "Адрес регистрации: [ADDRESS], Курск"),
    ("живу на ул. Мира 3 89123456789", "живу на [ADDRESS] [PHONE]"),  # the phone is no part of the address
    # phones written with dots, an area code in brackets with no 7/8 before it
    ("звоните 8.912.345.67.89", "звоните [PHONE]"),
    ("+7.912.345.67.89 или 912.345.67.89", "[PHONE] или [PHONE]"),
    ("(812) 123-45-67", "[PHONE]"),
    ("приёмная (4712) 72-14-91, дом 5 (812) 123-45-67", "приёмная [PHONE], дом 5 [PHONE]"),
    ("(81378) 2-14-91", "[PHONE]"),
    # a utility account number
    ("лицевой счет 1234567890", "лицевой счет [ACCOUNT]"),
    ("номер лицевого счёта: 12-345-678", "номер лицевого счёта: [ACCOUNT]"),
    ("лиц. счет № 4001234567, л/с 123456, ЛС 7654321", "лиц. счет № [ACCOUNT], л/с [ACCOUNT], ЛС [ACCOUNT]"),
]

UNCHANGED = [
    # a public problem's place: geo, topics and operators need it
    "яма у дома 5 по ул. Ленина",
    "в доме 12 по ул. Мира нет воды",
    "живу в Тюмени, нет воды",  # a town names no household
    # nor does a street without a house number: after a home phrase it is often the problem's place
    "живу в Тюмени, ул. Ленина разбита",
    "живу в Курске, на ул. Ленина яма",
    "Я живу на ул. Ленина, у нас нет воды",
    "живу на Невском проспекте, во дворе яма",
    "живу по адресу ул. Ленина, нет газа",
    # an address a home is near, not at: the neighbourhood's, often the problem's place
    "живу рядом с домом ул. Ленина 5, там яма",
    "живу напротив дома 5 по ул. Ленина, там яма",
    "Проживаю около дома 12 на ул. Мира, во дворе свалка",
    "живу возле ул. Ленина 5, там яма",
    # numbers after «квартира» that measure, and «кв. м»
    "в квартире 12 градусов",
    "в квартире 3 дня нет воды",
    "Температура в квартире 14",
    "площадь 54 кв. м, 2 кв.м",
    # a range of flats names an entrance or a floor
    "парадная №1 (кв. 1-14), квартиры 34 - 48, у квартир №10-13",
    # dotted numbers that are no phones, codes in brackets with too few digits, «л.с.» of an engine
    "с 12.03.2024 по 1.234.567.89",
    "версия 8.1.2, (812) 12-34",
    "мощность 150 л.с. 2020 года",
    "счёт за свет 1234 руб.",
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", [text for text, _ in MASKED])
def test_a_second_pass_changes_nothing(text: str) -> None:
    assert redact(redact(text)) == redact(text)


def test_home_spans_read_as_if_masked_spans_were_spaces() -> None:
    from mcu_nlp.home_address import home_spans

    text = "живу на ул. Мира 3 89123456789"
    assert [text[a:b] for a, b, _ in home_spans(text)] == ["ул. Мира 3 89123456789"]
    assert [text[a:b] for a, b, _ in home_spans(text, [(19, 30), (20, 25)])] == ["ул. Мира 3"]
