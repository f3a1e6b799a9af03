"""A district named before a place it holds: "Выборгский р-н, пос. Рощино" (session 10 user defect 2)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (region, text, the best municipality's (name, region code)); Петербург has Выборгский and Кировский districts too
CASES = [
    (None, "Выборгский р-н, пос. Рощино — нет света", ("Выборгский район", "47")),
    (None, "Выборгский район Рощино нет света", ("Выборгский район", "47")),
    (None, "Кировский район, г. Кировск: яма", ("Кировский район", "47")),
    (None, "Кировский р-н, г. Кировск — яма", ("Кировский район", "47")),
]

GUARDS = [
    (None, "Ленинский район, пос. Развилка, яма", ("Ленинский городской округ", "50")),
    ("47", "Выборгский р-н, пос. Рощино — нет света", ("Выборгский район", "47")),
    (None, "Кировский район, г. Кировск, ЛО: яма", ("Кировский район", "47")),
    (None, "Выборгский район, пос. Парголово, яма", ("Парголово", "78")),  # a place of Петербург's district
    (None, "Кировский район, ул. Стачек 5, яма", ("Санкт-Петербург", "78")),
    (None, "Пуровский р-н, п. Ханымей", ("Пуровский район", "89")),
    (None, "Гатчинский район, пос. Сиверский, нет газа", ("Гатчинский район", "47")),
]


@pytest.mark.parametrize(("region", "text", "expected"), CASES + GUARDS)
def test_a_district_before_a_place_it_holds(region: str | None, text: str, expected: tuple[str, str]) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None
    assert (best.name, best.region_code) == expected


@pytest.mark.parametrize("text", ["Выборгский р-н, пос. Рощино — нет света", "Кировский район, г. Кировск: яма"])
def test_both_places_are_settled(text: str) -> None:
    places = GeoResolver().resolve(text)
    assert [(p.region_code, p.score) for p in places] == [("47", 0.95), ("47", 0.95)]
