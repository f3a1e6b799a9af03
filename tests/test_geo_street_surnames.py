"""A surname in the genitive after «на», «по» names a street ("на Щепкина": улица Щепкина), not a one-letter typo of
a town's genitive ("Щекина", Щекино of Тульская). Typos of places after «на» and «в» are still read."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.geo import GeoResolver


@pytest.mark.parametrize("region", [None, "46"])
@pytest.mark.parametrize("text", ["Фонари на Щепкина не горят", "На Щепкина яма", "Фонари по Щепкина не горят"])
def test_a_surname_after_na_is_no_typo_of_a_town(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []
    assert mcu_nlp.analyze(text, region=region).municipality is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В Салехрде нет света", "Салехард"),  # a typo after «в»
        ("Фонари в Щепкине не горят", "Щекино"),  # a locative after «в»: the town, one letter off
        ("Фонари на Салехрда не горят", "Салехард"),  # no surname reading: a typo as before
        ("Фонари на Щекина не горят", "Щекино"),  # the town's own form, no typo
    ],
)
def test_typos_of_places_are_still_read(text: str, name: str) -> None:
    assert [p.name for p in GeoResolver().resolve(text)] == [name]


# a town's own genitive that is also a surname's, after «на», «по»: the street («на Гагарина» is улица Гагарина, not
# Гагарин of Смоленская; «на Королёва» not Королёв), with no region and in the town's own region too
@pytest.mark.parametrize("region", [None, "67", "50"])
@pytest.mark.parametrize("text", ["Фонари на Гагарина не горят", "на Чехова яма", "На Королёва яма", "по Кирова яма"])
def test_a_towns_genitive_read_as_a_surname_after_na_is_a_street(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("в Гагарине нет света", "Гагарин"), ("Приехали из Гагарина", "Гагарин"), ("Еду на Гагарин", "Гагарин")],
)
def test_the_town_after_v_iz_and_in_the_accusative_stays(text: str, name: str) -> None:
    assert [p.name for p in GeoResolver(region="67").resolve(text)] == [name]
