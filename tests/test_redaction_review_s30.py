"""A review of session 30's redaction (ad8acaf): a time of day after a house number after «с» counts the hour, so
the street is no one's home («я с Ленина 5 вечера ждала»: masked as a neighbour's home before)."""

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
])
def test_a_neighbours_home_is_still_masked(text: str, expected: str) -> None:
    assert redact(text) == expected
