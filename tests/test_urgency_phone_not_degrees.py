"""A phone's country code written with a hyphen or a dot ("+7-912-...") is no temperature for the urgency lexicon:
read as "+7" degrees beside "квартира" it made a critical "cold indoors in degrees" signal (session 17 review)."""

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.lexicon_words import temperatures


@pytest.mark.parametrize("text", [
    "Тел. +7-912-345-67-89, квартира 5, прошу перезвонить",
    "Мой номер +7-912-000-11-22, в квартире нужно поменять счетчик",
    "+7.912.345.67.89 квартира 3",
    "+7-(912)-345-67-89 дом 4",
    "тел +7 – 912 345 67 89, квартира 12",
])
def test_a_phone_is_no_cold_flat(text: str) -> None:
    assert [s.name for s in find_signals(text) if s.name == "cold indoors in degrees"] == []


@pytest.mark.parametrize(("text", "level"), [
    ("В квартире +7, отопления нет", "critical"),
    ("в квартире +7. Батареи ледяные", "critical"),
    ("В квартире +13-15, холодно", "high"),
    ("Дома +14, батареи чуть теплые", "high"),
])
def test_degrees_still_read(text: str, level: str) -> None:
    assert any(s.name == "cold indoors in degrees" and s.level == level for s in find_signals(text))


def test_phone_code_has_no_token() -> None:
    assert temperatures("+7-912-345-67-89") == {}
    assert list(temperatures("В классе +15-16")) == [10]


@pytest.mark.parametrize("text", [
    "3 градуса уклон, коляска не заезжает", "Пандус с уклоном в 10 градусов", "под углом 30 градусов",
    "+1 в квартире так же", "  +1, у нас тоже",
])
def test_an_angle_or_a_me_too_is_no_temperature(text: str) -> None:
    """Session 18: an angle's degrees and a «+1» opening a text (a reader's «me too») are no temperature."""
    assert temperatures(text) == {}
    assert [s.level for s in find_signals(text) if s.name == "cold indoors in degrees"] == []


def test_degrees_opening_a_text_still_read() -> None:
    assert any(s.level == "critical" for s in find_signals("+5 в квартире, батареи ледяные"))
    assert list(temperatures("+1 градус в квартире")) == [1]


@pytest.mark.parametrize("text", [
    "В квартире +8, угловая комната ледяная", "На улице -35, в квартире +9, углы чёрные от плесени",
    "В квартире в углу +5", "Дома 10 градусов, поворотный кран батареи сломан", "В квартире 12 градусов, угол промерз",
])
def test_a_flats_corner_keeps_its_degrees(text: str) -> None:
    """Review s19 #10: «угловая», «углы», «в углу», «поворотный» are no angle (cf902da read them as one); the flat's
    degrees stay a token."""
    tokens = temperatures(text).values()
    assert any(token.startswith("темп_") and not token.startswith("темп_минус") for token in tokens)


@pytest.mark.parametrize("text", ["+1 в квартире, дети спят в куртках", "+1 в детской комнате, ребёнок болеет"])
def test_a_degree_opening_a_text_with_no_agreement_word_is_one(text: str) -> None:
    """Review s19 #10: a «+1» opening a text is a «me too» only alone in its clause or with an agreement word."""
    assert list(temperatures(text)) == [1]


def test_one_degree_in_a_flat_with_children_in_coats_is_critical_cold() -> None:
    found = find_signals("+1 в квартире, дети спят в куртках")
    assert any(s.name == "cold indoors in degrees" and s.level == "critical" for s in found)
