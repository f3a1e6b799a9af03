"""Session 15's fresh-user walkthrough of redaction (invented data): a flat's number before its word, a plate
spaced in lower case with its region and «rus», two families joined by «и»."""

from __future__ import annotations

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("соседка Петрова из 12 кв. шумит", "соседка [PERSON] из [FLAT] кв. шумит"),
        ("из 12 квартиры шумят всю ночь", "из [FLAT] квартиры шумят всю ночь"),
        ("лампочка не горит у 207 квартиры", "лампочка не горит у [FLAT] квартиры"),
        ("течёт в 38 квартире", "течёт в [FLAT] квартире"),
        ("счётчики 75 и 76 квартиры", "счётчики [FLAT] и [FLAT] квартиры"),  # a list: both are flats
    ],
)
def test_flat_number_before_its_word_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "перегородка на 2 квартиры",  # a count after «на»
        "в доме 24 квартиры",  # 24 counts them in this form
        "с 1 по 11 квартиры не моют",  # a range
        "площадка менее 20 кв. м",  # an area
        "ЛЭП 10 кв. оборвана",  # kilovolts
        "линия 10 кВ",
        "дом 11 квартира не указана",  # the house's number
        "подъезд номер 3 квартира не указана",  # the entrance's
        "Добрый день, Берёзовый 5 кв , течь",  # a street's name before: the house's
        "ул. Садовая 12 кв. не указана",
    ],
)
def test_number_before_flat_word_that_is_no_flat_stays(text: str) -> None:
    assert "[FLAT]" not in redact(text)


def test_house_number_before_flat_stays_and_flat_is_masked() -> None:
    assert redact("ул. Ленина 47 кв 153 нет отопления") == "ул. Ленина 47 кв [FLAT] нет отопления"


@pytest.mark.parametrize("plate", ["а 001 аа 82 rus", "А 001 АА 82 RUS", "о 123 ка 46 рус", "а001аа 82 rus"])
def test_plate_spaced_with_region_and_rus_is_masked(plate: str) -> None:
    assert redact(f"номер машины {plate} стоит на газоне") == "номер машины [PLATE] стоит на газоне"


def test_lower_case_spaced_numbers_without_rus_stay() -> None:
    assert redact("в 100 км 40 минут езды") == "в 100 км 40 минут езды"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жильцы Петровы и Сидоровы шумят", "Жильцы [PERSON] и [PERSON] шумят"),
        ("собака у Петровых и Сидоровых лает", "собака у [PERSON] и [PERSON] лает"),
        ("пришли к Ивановым или Смирновым", "пришли к [PERSON] или [PERSON]"),
    ],
)
def test_two_families_joined_by_and(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_streets_joined_by_and_stay() -> None:
    assert redact("на улицах Ленина и Мира ямы") == "на улицах Ленина и Мира ямы"
