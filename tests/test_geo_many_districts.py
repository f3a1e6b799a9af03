"""A district name of many regions with no evidence of which names no municipality (session 11): "В Советском районе
опять отключили свет" gave Советский район of Крым (the biggest of 11 namesakes; most big towns have one too)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (caller's region, text, the best municipality's ОКТМО or None)
GUESSES = [
    (None, "В Советском районе опять отключили свет", None),
    ("57", "В Советском районе опять отключили свет", "54701000"),  # Орёл's own district (since session 21)
    (None, "Жители Октябрьского района жалуются на дороги", None),
    (None, "В Ленинском районе не вывозят мусор", None),
]

GUARDS = [
    ("46", "В Советском районе опять отключили свет", "38636000"),  # the caller's region has one
    (None, "В Советском районе Курской области нет света", "38636000"),  # the text names the region
    (None, "Курский район, с. Рышково — нет света", "38620000"),  # two regions: the biggest, unsettled
    (None, "Советский район, г. Советский — нет воды", "71824000"),  # a place of it named
    (None, "Октябрьский район, пос. Прямицыно — скользко", "38628000"),
    (None, "Красногвардейский район, нет света", "40000000"),  # a federal city's district: the biggest
]


@pytest.mark.parametrize(("region", "text", "oktmo"), GUESSES + GUARDS)
def test_a_district_name_of_many_regions_is_no_guess(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.municipality_oktmo if best else None) == oktmo
