"""A misspelt town written in lower case in a text that uses capitals elsewhere (a sentence's first word, a street):
with the caller's region it is still found, as in an all-lower-case text; the capitals are no evidence that a
lower-case word is no name (walkthrough 16, item 7)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver


def _names(region: str | None, text: str) -> list[str]:
    return [p.name for p in GeoResolver(region=region).resolve(text)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("В нефтекамке нет воды", "Нефтекамск"),  # a capital opens the sentence
        ("в стерлитомаке нет отопления в доме по ул. Ленина", "Стерлитамак"),  # a capitalised street
        ("В стерлитомаке нет отопления в доме по ул. Ленина", "Стерлитамак"),
        ("Нет воды в нефтекамке уже два дня", "Нефтекамск"),
        ("Пишу из нефтекамке, нет воды", "Нефтекамск"),
        ("в нефтекамке нет воды", "Нефтекамск"),  # all lower case: found before too
    ],
)
def test_a_lower_case_typo_of_a_place_of_the_callers_region_is_found(text: str, town: str) -> None:
    assert _names("02", text) == [town]


@pytest.mark.parametrize(
    ("region", "text"),
    [
        (None, "В нефтекамке нет воды"),  # no region: a lower-case word of a cased text is no typo
        ("46", "В нефтекамке нет воды"),  # a town of another region needs a capital
        ("02", "В салехрде нет воды"),  # ... even a big one (Салехард, ЯНАО)
        ("02", "Яма на стерлитомаке"),  # only after "в", "во", "из" or a type word
        ("02", "В ноябре не было воды"),  # a dictionary word is no typo
        ("02", "В подьезде грязно, Ленина 5"),
    ],
)
def test_a_lower_case_word_of_a_cased_text_stays_no_place_without_that_evidence(region, text) -> None:
    assert _names(region, text) == []


def test_a_capitalised_typo_is_still_found_anywhere() -> None:
    assert _names("02", "В Салехрде нет воды") == ["Салехард"]
