"""A big town or a region's alias heading an address counts whatever the caller's region (session 11): "Орёл,
Советский район" with region 78 gave nothing (Орёл, also a word, counted only in 57 with a region given)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (caller's region, text, the best municipality's ОКТМО or None)
HEADS = [
    ("78", "Орёл, Советский район — яма на дороге", "54701000"),
    ("78", "Орёл, ул. Ленина 5 — яма на дороге", "54701000"),
    ("78", "Киров, Ленинский район — яма", "33701000"),
    ("77", "Киров, ул. Ленина 5 — нет света", "33701000"),
    ("78", "Питер, ул. Марата 5 — в подъезде не убирают", "40000000"),  # an alias is a nominative name as well
    (None, "Питер, ул. Марата 5 — в подъезде не убирают", "40000000"),  # a federal city is a big town
    ("46", "Питер, ул. Марата 5 — в подъезде не убирают", "40000000"),
    ("46", "В Питере на Невском яма", "40000000"),
]

GUARDS = [
    (None, "Орёл, Советский район — яма на дороге", "54701000"),
    ("57", "Орёл, ул. Ленина 5 — яма на дороге", "54701000"),
    ("78", "Орёл, яма на дороге", None),
    (None, "Питер, лифт не работает", None),  # a first name heading a report: only in the caller's region (session 8)
    ("78", "Питер, лифт не работает", "40000000"),  # a word heading a report counts only in its region (session 8)
    ("43", "Кирова, д. 5 — яма", None),  # an oblique form heading an address: улица Кирова
    ("78", "По адресу: Королева, дом 68 бегают крысы", None),  # проспект Королёва, not Королёв
]


@pytest.mark.parametrize(("region", "text", "oktmo"), HEADS + GUARDS)
def test_a_big_town_heading_an_address_counts(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.municipality_oktmo if best else None) == oktmo
