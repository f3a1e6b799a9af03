"""Towns whose hflabs code names a municipality since merged away land in the municipality that absorbed it."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, succession
from mcu_nlp.geo.gazetteer import load_gazetteer

# hflabs (2021) codes of an okrug merged away by 2024; the absorbing okrug got a new SberIndex territory,
# so the first seven had no municipality at all
MERGED_TOWNS = [
    ("В Ржеве нет света", "Ржев", "28548000"),
    ("Кимры: прорыв трубы", "Кимры", "28528000"),
    ("В Сасово нет воды", "Сасово", "61542000"),
    ("Губаха, ул. Дегтярёва", "Губаха", "57516000"),
    ("Кудымкар замерзает", "Кудымкар", "57528000"),
    ("В Гремячинске закрыли школу", "Гремячинск", "57516000"),
    ("Электрогорск, двор без освещения", "Электрогорск", "46759000"),
    ("Ивантеевка: яма на дороге", "Ивантеевка", "46758000"),
    ("В Красноармейске нет воды", "Красноармейск", "46758000"),
    ("Озёры, ул. Ленина", "Озёры", "46738000"),
    ("В Кунгуре нет света", "Кунгур", "57530000"),
]

OLD_CODES = [
    ("28745000", "28548000"),  # Ржев → Ржевский: same centre, г Ржев
    ("57715000", "57516000"),  # Гремячинский → Губахинский: nearest new territory of 2023
    ("57615000", "57516000"),  # Гремячинский район (to 2019), same territory as the okrug above
    ("46732000", "46758000"),  # Ивантеевка → Пушкинский
    ("46791000", "46759000"),  # Электрогорск → Павлово-Посадский (2024)
    ("71916000", "71936000"),  # Надымский район → муниципальный округ: same territory, new code
]


@pytest.mark.parametrize(("text", "name", "municipality_oktmo"), MERGED_TOWNS)
def test_a_town_of_a_merged_municipality(text: str, name: str, municipality_oktmo: str) -> None:
    (place,) = GeoResolver().resolve(text)
    assert (place.name, place.kind, place.municipality_oktmo) == (name, "settlement", municipality_oktmo)


@pytest.mark.parametrize(("old", "new"), OLD_CODES)
def test_an_old_code_maps_to_its_successor(old: str, new: str) -> None:
    assert load_gazetteer().current_oktmo(old) == new


def test_every_settlement_code_sits_in_the_municipality_it_maps_to() -> None:
    g = load_gazetteer()
    wrong = [
        (g.name[e], code, g.current_oktmo(code), g.oktmo[g.mun[e]] if g.mun[e] >= 0 else None)
        for e, code in enumerate(g.oktmo)
        if g.kind[e] == "settlement" and code
        if g.current_oktmo(code) is None or g.mun[e] < 0 or g.oktmo[g.mun[e]] != g.current_oktmo(code)
    ]
    assert wrong == []


def row(code: str, territory: str, years: str, centre: str = "", lat: str = "", lon: str = "") -> dict[str, str]:
    year_from, year_to = years.split("-")
    return {
        "oktmo": f"{code[:2]}-{code[2:5]}-{code[5:]}-000",
        "territory_id": territory,
        "year_from": year_from,
        "year_to": year_to,
        "region_code": "69",
        "municipal_district_center": centre,
        "municipal_district_center_lat": lat,
        "municipal_district_center_lon": lon,
    }


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [
                row("28745000", "1", "2018-2023", "г Ржев"),
                row("28548000", "2", "2023-9999", "г Ржев"),
                row("28528000", "3", "2023-9999", "г Кимры"),
            ],
            {"28745000": "28548000"},
        ),
        (
            [
                row("11111000", "1", "2018-2023", "г А", "56.0", "34.0"),
                row("22222000", "2", "2023-9999", "г Б", "56.2", "34.0"),
                row("33333000", "3", "2023-9999", "г В", "57.0", "34.0"),
            ],
            {"11111000": "22222000"},
        ),
        # the only new territory is ~110 km away: no evidence, no guess
        (
            [
                row("11111000", "1", "2018-2023", "г А", "56.0", "34.0"),
                row("33333000", "3", "2023-9999", "г В", "57.0", "34.0"),
            ],
            {},
        ),
        # a new territory of another year did not absorb it
        ([row("28745000", "1", "2018-2023", "г Ржев"), row("28548000", "2", "2022-9999", "г Ржев")], {}),
        ([row("28612000", "7", "2018-2020"), row("28714000", "7", "2020-9999")], {"28612000": "28714000"}),
    ],
    ids=["same centre", "nearest centre", "too far", "another year", "same territory"],
)
def test_successors(rows: list[dict[str, str]], expected: dict[str, str]) -> None:
    assert succession.successors(rows) == expected
