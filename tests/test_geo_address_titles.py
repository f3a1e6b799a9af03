"""A surname-like or adjective-like town opening a text as an address's first part, «Кириллов, ул. Ленина 5 — яма»,
«Асино, ул. Ленина, не горят фонари», named no place without the caller's region (blind11, blind12, blind18: five
such texts). Its own name, capitalised, then a comma and a street's, a microdistrict's or a house's word is the town
for a caller of any region when all its namesakes are of one region (``letter_case.titled_address``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the best municipality's ОКТМО or None), with no caller's region
TITLED = [
    ("Кириллов, ул. Ленина 5 — яма у подъезда", "19528000"),
    ("Шелехов, ул. Ленина — нет воды", "25655000"),
    ("Гагарин, ул. Советская — мусор не вывозят", "66608000"),
    ("Лермонтов, мкр. Шахтёр — нет света", "07718000"),
]
KEPT = [
    ("Кириллов И.П., ул. Ленина 5", None),  # a person signing, with initials
    ("Кирова, д. 5, кв. 3", None),  # a street's name, not the town's own
    ("Мирный, ул. Ленина — нет воды", None),  # namesakes of several regions: a known region's only
    ("Кириллов, Соколов и Петров, ул. Мира", None),  # no street word right after the comma
    ("кириллов, ул. ленина 5 — яма", None),  # no letter case: as before
]


@pytest.mark.parametrize(("text", "want"), TITLED + KEPT)
def test_town_heading_an_address(text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert (best.oktmo if best else None) == want


def test_the_callers_region_still_settles_namesakes() -> None:
    text = "Мирный, ул. Ленина — нет воды"
    best = best_municipality(GeoResolver(region="14").resolve(text), text)
    assert best is not None and best.region_code == "14"
