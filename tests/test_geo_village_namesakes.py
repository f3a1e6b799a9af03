"""Session 18: a village's type word before a name of many namesakes ("в с. Никольское") chooses among the rural ones
only (a town or an urban-type settlement is never written so), and a name then held by villages of two or more
regions, none the caller's or the text's, is no place, with or without a caller's region: the gazetteer holds
villages of 3,000+ people only, so the one it knows is a guess among the many it lacks. Before, the town Никольское of
Ленинградская область (Тосненский район) kept the set from counting as villages only, and the biggest village was
answered for a caller of any region; without a region, every village namesake was guessed."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("46", "в с. Никольское нет воды"),  # Никольское: villages of 31, 44, 30, 40, 41 and a town of 47
        ("77", "В с. Никольское не ходит автобус"),
        ("47", "в с. Никольское нет воды"),  # the caller's Никольское is a town: «с.» names one of its villages
        (None, "в с. Никольское нет воды"),
        (None, "В прошлом месяце в д. Ключи текла крыша"),  # Ключи: villages of 22, 55, 41
    ],
)
def test_a_village_of_many_namesakes_is_no_place(region: str | None, text: str) -> None:
    assert best_municipality(GeoResolver(region=region).resolve(text), text) is None


@pytest.mark.parametrize(
    ("region", "text", "municipality"),
    [
        ("31", "в с. Никольское нет воды", "Белгородский район"),  # the caller's own village
        (None, "в с. Никольское Белгородской области нет воды", "Белгородский район"),  # the region the text names
        ("46", "д. Никольское, Белгородский район, нет воды", "Белгородский район"),  # the district it names
        ("47", "в г. Никольское нет воды", "Тосненский район"),  # a town's type word: the town
        ("47", "в Никольском нет воды", "Тосненский район"),  # no type word: as before
        ("55", "В прошлом месяце в д. Ключи текла крыша", "Омский район"),
    ],
)
def test_the_namesake_a_region_settles(region: str | None, text: str, municipality: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.name == municipality


def test_a_guess_without_a_type_word_stays() -> None:
    """"в Ключах" names no kind of place: the documented guess below CONFIDENT stays (Ключи of Алтайский край)."""
    places = GeoResolver().resolve("В прошлом месяце в Ключах текла крыша")
    assert [(p.region_code, p.score < 0.6) for p in places] == [("22", True)]
