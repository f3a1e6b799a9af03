"""redact: a name signing an appeal before its address or phone («ФИО, ул. ..., тел.»), and the places it is not."""

from __future__ import annotations

import pytest

from mcu_nlp.names import find_names
from mcu_nlp.redaction import redact

#: (text, what redact makes of it)
SIGNED = [
    # a street type after a name opens the next street: the name is a person's (walkthrough, session 9)
    ("Иванов И.И. ул. Ленина 5", "[PERSON] ул. Ленина 5"),
    ("Иванов Иван ул. Ленина 5", "[PERSON] ул. Ленина 5"),
    ("Сулейманов Ильдар, ул. Ленина 5", "[PERSON], ул. Ленина 5"),
    ("ИВАНОВА А.А. УЛ. МИРА 5", "[PERSON] УЛ. МИРА 5"),
    ("Петров П.П. ул. Мира 3", "[PERSON] ул. Мира 3"),
    ("Анна Иванова, ул. Мира 3, кв. 5", "[PERSON], ул. Мира 3, кв. 5"),
    ("Иванова Анна улица Ленина 5", "[PERSON] улица Ленина 5"),
    ("Иванов Иван, пр. Мира 3", "[PERSON], пр. Мира 3"),
    ("Иванов Иван ул. 8 Марта 5", "[PERSON] ул. 8 Марта 5"),
    ("Иванов Иван ул. им. Ленина 5", "[PERSON] ул. им. Ленина 5"),
    # initials close a name: the word after them is no part of it
    ("Сидоров А.А. Ленина", "[PERSON] Ленина"),
    ("Иванов И.И. Петров П.П.", "[PERSON] [PERSON]"),
    # a phone or other masked number after a name is no house number
    ("Иванов Иван, 8 912 345 67 89", "[PERSON], [PHONE]"),
    ("Иванов Иван 8 (912) 345-67-89", "[PERSON] [PHONE]"),
    ("Гульнара Хабибуллина 8 917 555 44 33", "[PERSON] [PHONE]"),
    ("Иванов Иван 7 912 345 67 89", "[PERSON] [PHONE]"),
    ("Иванов Иван 912 345 67 89", "[PERSON] [PHONE]"),
    ("Иванов Иван 40 12 123456", "[PERSON] [PASSPORT]"),
    # guards: as before
    ("Иванов Иван, 89123456789", "[PERSON], [PHONE]"),
    ("Иванов И.И., нет воды", "[PERSON], нет воды"),
    ("Иванов Иван Иванович ул. Ленина 5", "[PERSON] ул. Ленина 5"),
]
#: guards: places named after someone stay whole
PLACES = [
    "Евгения Шварца улица",
    "Много мусора Евгенния Шварца улица",
    "Юрия Гагарина проспект, д. 5",
    "Юрия Гагарина пр. д. 5",
    "ЮРИЯ ГАГАРИНА ПР. ДОМ 5",
    "КАРЛА ЛИБКНЕХТА ДОРОГА ПРИШЛА В НЕГОДНОСТЬ",
    "ДО РАБОЧЕГО ПОСЁЛКА КАРЛА ЛИБКНЕХТА, ДОРОГА ПРИШЛА В НЕГОДНОСТЬ",
    "Б.Сампсониевский пр. д.108",
    "по Б.Сампсониевскому пр. со стороны проспекта",
    "Невский район",
    "Юрия Гагарина 37",
    "Карла Маркса, 77/2.",
    "Юрия Гагарина 5 строения 2",
    # a settlement's type in one capital before its name and a street
    "Г. Курчатов ул Гайдара д.8",
    "ПО АДРЕСУ П. ПАРГОЛОВО, УЛ. ЗАРЕЧНАЯ 11",
    "ПО АДРЕСУ: Г. ПУШКИН, БУЛЬВАР АЛЕКСЕЯ ТОЛСТОГО ДОМ 5",
    "ЖЕЛЕЗНОГОРСКИЙ РАЙОН С. АЖОВО УЛ. СЕЛЕЦКАЯ Д. 2",
    "КУРСКАЯ ОБЛ., Д. ТАТАРЕНКОВА, УЛ. АДМИРАЛА УШАКОВА, Д. 8",
]


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_a_name_before_its_address_or_phone_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", PLACES)
def test_a_place_named_after_someone_is_kept(text: str) -> None:
    assert find_names(text) == []
