"""A review of session 30's redaction (ad8acaf): an hour after the writer's «я с» a house number is where they
waited from, no home («я с Ленина 5 вечера ждала»); a neighbour's home stays masked whatever follows it (a second
review: 23be2d0 counted the hour after anyone's «с» and left «сосед с Ленина 5 ночи напролет сверлит» in clear)."""

from __future__ import annotations

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize("text", [
    "я с Ленина 5 вечера ждала автобус",
    "я с Ленина 5 утра шла",
    "Я с Мира 12 дня стою в очереди",
])
def test_an_hour_after_the_house_number_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("у соседки с Ленина 5 собака лает", "у соседки с [ADDRESS] собака лает"),
    ("Сосед Кузьменко с Малиновского 60 вечером шумит", "Сосед [PERSON] с [ADDRESS] вечером шумит"),
    # a neighbour's home whatever follows the number (the second review: 23be2d0 left these in clear)
    ("сосед с Ленина 5 ночи напролет сверлит", "сосед с [ADDRESS] ночи напролет сверлит"),
    ("соседка с Мира 12 утра до ночи орет", "соседка с [ADDRESS] утра до ночи орет"),
    ("я с Ленина 45 вечера ждала", "я с [ADDRESS] вечера ждала"),  # no hour
])
def test_a_neighbours_home_is_still_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form of address or a housing body's abbreviation after a surname is no given name (second review: 6bd9a59
    # masked them with the surname)
    ("сосед ахметов абый шумит", "сосед [PERSON] абый шумит"),
    ("соседке ахметовой апай плохо", "соседке [PERSON] апай плохо"),
    ("мастеру иванову тсж не ответило", "мастеру [PERSON] тсж не ответило"),
    ("звонила мастеру сабирову ильназу", "звонила мастеру [PERSON]"),
])
def test_words_after_a_surname(text: str, expected: str) -> None:
    assert redact(text) == expected
