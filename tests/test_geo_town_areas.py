"""Walkthrough of session 17 (G3): a regional capital's name written for its region or district ("Вологда обл, г.
Сокол") was read as the city at 0.95, and the town named next lost to it (``geo/town_areas.py``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

SOKOL, KUNGUR, RZHEV = "19538000", "57530000", "28548000"

# (caller's region, text, the region found, the best municipality's ОКТМО)
AREAS = [
    ("35", "Вологда обл, г. Сокол, нет воды", "19000000", SOKOL),
    (None, "Вологда обл, г. Сокол, нет воды", "19000000", SOKOL),
    (None, "Вологда обл. г. Сокол", "19000000", SOKOL),
    ("59", "Пермь обл, г. Кунгур, нет воды", "57000000", KUNGUR),  # a край written «обл», as many still do
    ("69", "Тверь обл, г. Ржев", "28000000", RZHEV),
    (None, "Тверь область, г. Ржев, нет света", "28000000", RZHEV),
    (None, "Москва обл, г. Химки", "46000000", "46783000"),  # a federal city's name for the oblast around it
    ("35", "Вологда р-н, д. Марфино, нет света", None, "19520000"),  # the district named after its town
]


@pytest.mark.parametrize(("region", "text", "area", "oktmo"), AREAS)
def test_a_towns_name_before_an_area_noun_is_the_area(region, text, area, oktmo) -> None:
    places = GeoResolver(region=region).resolve(text)
    assert area is None or area in [p.oktmo for p in places if p.kind == "region"]
    best = best_municipality(places, text)
    assert best is not None and best.oktmo == oktmo


# the town itself: a type word names it, «обл.» before a lower-case noun cuts «областная», a capitalised word after
# «р-н» is the town's part, an adjective before «район» is a district's name, a comma makes a list
TOWNS = [
    ("35", "г. Вологда обл. больница", "19701000"),
    ("35", "Вологда обл. больница не принимает", "19701000"),
    ("59", "Пермь р-н Гайва, яма", "57701000"),
    ("35", "Вологда, область тут ни при чём, яма во дворе", "19701000"),
    ("55", "Омск обл, г. Тара", "52654000"),  # the gazetteer's own cut form, as before
]


@pytest.mark.parametrize(("region", "text", "oktmo"), TOWNS)
def test_the_town_itself_stays(region, text, oktmo) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize("text", ["Заезд в новый район не освещён", "Новый район, яма"])
def test_no_area_from_a_word(text: str) -> None:
    assert not [p for p in GeoResolver().resolve(text) if p.kind == "region" or p.name.endswith("округ")]
