"""Session 27 walkthrough (Свердловская область): a hyphenated town closing a text is no signed surname, and a first
name beside a phone is the contact's when it is a river's name too («Лена») or the phone is written in words.
Invented names and numbers. Each case pairs what was wrong with a neighbour that must stay as it was."""

from __future__ import annotations

import pytest

from mcu_nlp import redact

WORDS = "восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шумят соседи, Каменск-Уральский", "Шумят соседи, Каменск-Уральский"),
        ("дом Космонавтов 11, Каменск-Уральский", "дом Космонавтов 11, Каменск-Уральский"),
        ("Нет воды третий день, Ленинск-Кузнецкий", "Нет воды третий день, Ленинск-Кузнецкий"),
        ("Яма на дороге, Петровск-Забайкальский.", "Яма на дороге, Петровск-Забайкальский."),
        ("Не вывозят мусор, Усть-Лабинск", "Не вывозят мусор, Усть-Лабинск"),
        ("Не вывозят мусор, Каменск-Шахтинский", "Не вывозят мусор, Каменск-Шахтинский"),
    ],
)
def test_a_hyphenated_town_closing_a_text_is_no_signature(text, expected):
    assert redact(text) == expected
    # a signed surname there stays masked, a double one too
    assert redact(text.rsplit(", ", 1)[0] + ", Кузнецова") == text.rsplit(", ", 1)[0] + ", [PERSON]"
    assert redact(text.rsplit(", ", 1)[0] + ", Римский-Корсаков") == text.rsplit(", ", 1)[0] + ", [PERSON]"


@pytest.mark.parametrize(
    "town",
    ["Каменск-Уральский", "Ростов-на-Дону", "Комсомольск-на-Амуре", "Петропавловск-Камчатский", "Гусь-Хрустальный"],
)
def test_a_hyphenated_town_is_never_a_person_while_a_double_surname_is(town):
    assert redact(f"Сосед Игорь Валерьевич шумит, {town}") == f"Сосед [PERSON] шумит, {town}"
    assert redact(f"жалоба, {town}") == f"жалоба, {town}"
    assert redact("жалоба, Каменск-Уральский") == "жалоба, Каменск-Уральский"
    assert redact("жалоба, Петров-Водкин") == "жалоба, [PERSON]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("тел 89221234567 Лена", "тел [PHONE] [PERSON]"),
        ("звоните 89123456789 Лена", "звоните [PHONE] [PERSON]"),
        ("тел 8 922 1 23 45 67 Лена", "тел [PHONE] [PERSON]"),
        ("тел 89221234567, Лена", "тел [PHONE], [PERSON]"),
        ("8 912 345-67-89 (Лена)", "[PHONE] ([PERSON])"),
        ("Лена, тел. 8-921-555-44-33", "[PERSON], тел. [PHONE]"),
        ("Лена 89221234567", "[PERSON] [PHONE]"),
        ("Яна 89221234567", "[PERSON] [PHONE]"),
        ("тел 89221234567 Владимир", "тел [PHONE] [PERSON]"),
        ("89123456789, спросить Лену", "[PHONE], спросить [PERSON]"),
    ],
)
def test_a_first_name_that_is_a_river_or_a_town_too_beside_a_phone_is_masked(text, expected):
    assert redact(text) == expected
    # the river, the town stay where a preposition, a river's or town's word says the place
    assert redact("живу на Лене, тел 89221234567") == "живу на Лене, тел [PHONE]"
    assert redact("река Лена, тел 89221234567") == "река Лена, тел [PHONE]"
    assert redact("Подтопление на Лене, 89221234567") == "Подтопление на Лене, [PHONE]"
    assert redact("г. Владимир, тел 89221234567") == "г. Владимир, тел [PHONE]"
    assert redact("сын в Алматы 8 (701) 123-45-67") == "сын в Алматы [PHONE]"
    assert redact("спросите Москву") == "спросите Москву"
    assert redact("тел 89221234567 Москва") == "тел [PHONE] Москва"
    assert redact("река Лена вышла из берегов, на Лене лёд") == "река Лена вышла из берегов, на Лене лёд"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Звоните мне: {WORDS}, Галина", "Звоните мне: [PHONE], [PERSON]"),
        (f"Галина, {WORDS}", "[PERSON], [PHONE]"),
        (f"звоните {WORDS} (Галина)", "звоните [PHONE] ([PERSON])"),
        ("плюс семь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять Галина",
         "[PHONE] [PERSON]"),
    ],
)
def test_a_first_name_beside_a_phone_written_in_words_is_masked(text, expected):
    assert redact(text) == expected
    # a count of things in words is no phone, and a town after a phone stays
    assert redact("восемь девятиэтажных домов, Галина") == "восемь девятиэтажных домов, Галина"
    assert redact(f"{WORDS} Москва") == "[PHONE] Москва"
