"""A region in brackets right after a place is its region: "Мирный (Якутия)" (session 10 user defect 3)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (region, text, the best municipality's (name, region code) or None); «Мирный», «Заречный» ... are words too, so
# heading a text they count only with evidence: a region right after them, now also in brackets
CASES = [
    (None, "Мирный (Якутия) — в больнице нет педиатра", ("Мирнинский район", "14")),
    ("14", "Мирный (Якутия) — в больнице нет педиатра", ("Мирнинский район", "14")),
    (None, "Мирный (Якутия): нет педиатра", ("Мирнинский район", "14")),
    (None, "Мирный (Архангельская обл.) — нет света", ("Мирный", "29")),
    (None, "Заречный (Пензенская область) — нет воды", ("Заречный", "58")),
    (None, "Советский (ХМАО) — яма на дороге", ("Советский район", "86")),
    (None, "Светлый (Калининградская область), нет воды", ("Светловский городской округ", "39")),
    # a region's own name that a village shares (Ростовская's Крым) is still the region's evidence (session 34)
    (None, "Кировское (Крым): автобус не ходит", ("Кировский район", "91")),
    (None, "Первомайское (Крым) — нет воды", ("Первомайский район", "91")),
    ("50", "пгт Советский, Крым: нет света", ("Советский район", "91")),  # not Марий Эл's
]

GUARDS = [
    (None, "Ленск (Якутия) — в больнице нет педиатра", ("Ленский район", "14")),
    (None, "г.Мирный(Якутия) — в больнице нет педиатра", ("Мирнинский район", "14")),
    (None, "Мирный — в больнице нет педиатра", None),
    (None, "Мирный житель (Якутия) пишет", None),
    (None, "Мирный (Курская обл.) — нет света", None),  # no Мирный there
    (None, "Кировск (Мурманская область) — яма", ("Кировск", "51")),
    (None, "Кировск (Ленинградская обл.) — яма", ("Кировский район", "47")),
    ("61", "В Крыму нет воды", ("Мясниковский район", "61")),  # the caller's village Крым, as before
]


@pytest.mark.parametrize(("region", "text", "expected"), CASES + GUARDS)
def test_a_region_in_brackets_after_a_place(region: str | None, text: str, expected: tuple[str, str] | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert ((best.name, best.region_code) if best else None) == expected


def test_a_village_in_a_region_in_brackets_the_gazetteer_lacks_is_none() -> None:
    """As "с. Яр Тюменской области" (060d13c): the gazetteer has Яр of Удмуртия only."""
    places = GeoResolver().resolve("с. Яр (Тюменская область) нет дороги")
    assert [(p.name, p.region_code) for p in places] == [("Тюменская область", "72")]
