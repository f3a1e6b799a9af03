"""Session 35's redaction of homes.

A town the dictionary does not know as a place, written before a home's street, stays in clear (noted in session
34's Саратовская walkthrough: «Я живу в Энгельсе на ул. Ломоносова, 15, кв. 3» gave «Я живу в [ADDRESS]»: pymorphy3
reads «Энгельсе» as the surname's, the address reader as a street's name after «в»). The gazetteer holds it:
:func:`mcu_nlp.home_address._town_before_street`.

A street's name in lower case or in capitals after its type word is the home's («живу на ул ломоносова 15» was left
in clear: the address reader marks a capitalised name only; :func:`mcu_nlp.home_address._lower_names`), and so is one
with no type word after «на» or «по» right after the home phrase, when it reads as a street's name and the words from
the phrase on are all in lower case or in capitals («живу на ленина 5»; :data:`mcu_nlp.home_address.ON_STREET`).

Each case of test_a_town_the_dictionary_does_not_know_stays, test_a_street_name_in_lower_case_is_masked and
test_a_bare_street_after_on_is_masked fails on the parent (973b9a9)."""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Я живу в Энгельсе на ул. Ломоносова, 15, кв. 3", "Я живу в Энгельсе на [ADDRESS]"),
        ("Я живу в Энгельсе, ул. Ломоносова, 15, кв. 3", "Я живу в Энгельсе, [ADDRESS]"),
        ("живу в Марксе на пр. Ленина 20", "живу в Марксе на [ADDRESS]"),
        # with no street word the street was left in clear: the town now says where the address begins
        ("живу в Энгельсе на Ломоносова 15", "живу в Энгельсе на [ADDRESS]"),
    ],
)
def test_a_town_the_dictionary_does_not_know_stays(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # towns the dictionary knows, as before
        ("Я живу в Саратове на ул. Ломоносова, 15, кв. 3", "Я живу в Саратове на [ADDRESS]"),
        ("Проживаю в Вольске на ул. Октябрьской 12-4", "Проживаю в Вольске на [ADDRESS]"),
        ("Мы живём в Энгельсе по адресу ул. Ломоносова, 15", "Мы живём в Энгельсе по адресу [ADDRESS]"),
        # a capitalised word the gazetteer does not hold, or not in the locative: read as before
        ("живу в Общежитии на ул. Мира 5, кв. 3", "живу в [ADDRESS]"),
        ("живу в Энгельса на ул. Мира 5", "живу в [ADDRESS]"),
        # a town with no street after it: no home, nothing masked
        ("В Энгельсе на ул. Ломоносова яма", "В Энгельсе на ул. Ломоносова яма"),
    ],
)
def test_other_towns_and_words_read_as_before(text, expected):
    assert redact(text) == expected


def test_the_town_reading_is_linear():
    assert grows_linearly(redact, "живу в Энгельсе на Ломоносова 15. ", sizes=(25_000, 100_000))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("живу на ул ломоносова 15 кв 3", "живу на [ADDRESS]"),
        ("я живу на ул ломоносова 15", "я живу на [ADDRESS]"),
        ("живу на улице ломоносова 15", "живу на [ADDRESS]"),
        ("живу на ул маршала жукова 5", "живу на [ADDRESS]"),
        ("ЖИВУ НА УЛ ЛОМОНОСОВА 15", "ЖИВУ НА [ADDRESS]"),
        ("ЖИВУ В САРАТОВЕ НА УЛ ЛОМОНОСОВА 15 КВ 3", "ЖИВУ В САРАТОВЕ НА [ADDRESS]"),
        ("живу в саратове на ул ломоносова 15 кв 3", "живу в саратове на [ADDRESS]"),
        # from the SPb and Kursk corpora (3 of their 61,889 texts change, these three)
        ("Мы проживаем по ул. хуторская 12г, раньше", "Мы проживаем по [ADDRESS], раньше"),
        ("проживающему по адресу г.Курск, Ул косухина 26, подъезд 1.",
         "проживающему по адресу г.Курск, [ADDRESS], подъезд 1."),
        ("Мы проживаем по адресу Проспект победы 32. Сады", "Мы проживаем по адресу [ADDRESS]. Сады"),
    ],
)
def test_a_street_name_in_lower_case_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "на ул ленина 5 яма, живу рядом",  # no home phrase before it: the problem's place
        "живу на ул ленина, яма у дома",  # no house number
        "живу рядом, на ул ленина яма 5 лет",  # a number after a word that is no name's
    ],
)
def test_a_street_in_lower_case_that_is_no_home_stays(text):
    assert "[ADDRESS]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("живу на ломоносова 15", "живу на [ADDRESS]"),
        ("я живу на ломоносова 15, у нас яма", "я живу на [ADDRESS], у нас яма"),
        ("Я живу на ломоносова 15", "Я живу на [ADDRESS]"),  # the words from the home phrase on have no capital
        ("ЖИВУ НА ЛОМОНОСОВА 15", "ЖИВУ НА [ADDRESS]"),
        ("живу по ленина 5-12", "живу по [ADDRESS]"),
        ("живу на мира 3", "живу на [ADDRESS]"),
        ("живу на советской 12", "живу на [ADDRESS]"),
    ],
)
def test_a_bare_street_after_on_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "живу на даче 5 лет",  # a noun no street is named after
        "живу на пятом 5 лет",  # an ordinal, a count after it
        "живу на втором 3 подъезд",  # a floor's ordinal
        "живу на севере 20 лет",
        "живу на пенсию 15 тысяч",
        "живу на 5 этаже",
        "Живу на лесной 4, Мария",  # capitals from the home phrase on: a name after «на» is capitalised (session 27)
    ],
)
def test_what_is_no_street_after_on_stays(text):
    assert redact(text) == text
