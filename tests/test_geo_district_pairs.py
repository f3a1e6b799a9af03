"""A district named with a place it holds is the district holding the place chosen (session 11): "Советский район,
г. Советский" is ХМАО's district of ХМАО's town, not Крым's district beside ХМАО's town."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (region, text, the best municipality's ОКТМО); the district and the place end in one region, the district holding it
PAIRS = [
    (None, "Советский район, г. Советский — нет воды", "71824000"),
    (None, "Советский р-н, г. Советский: не вывозят мусор", "71824000"),
    (None, "Первомайский район, пгт Первомайский — нет воды", "68522000"),
    (None, "Березовский район, пгт Березовский — нет воды", "65731000"),
    (None, "г. Советский, Советский район — нет воды", "71824000"),  # the other order (the best was right)
]

GUARDS = [
    ("12", "Советский р-н, пгт Советский — нет воды", "88652000"),  # the caller's region holds both
    (None, "Выборгский р-н, пос. Рощино — нет света", "41615000"),
    (None, "Кировский район, г. Кировск — нет света", "41625000"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), PAIRS + GUARDS)
def test_a_district_and_the_place_it_holds_agree(region: str | None, text: str, oktmo: str) -> None:
    places = GeoResolver(region=region).resolve(text)
    assert len(places) == 2 and len({p.region_code for p in places}) == 1
    assert best_municipality(places, text).oktmo == oktmo
