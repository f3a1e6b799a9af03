"""ОКТМО codes in the shipped gazetteer: shape by kind, region prefix, and codes only as the sources give them."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, build
from mcu_nlp.geo.gazetteer import load_gazetteer

WIDTHS = {"region": 8, "municipality": 8, "settlement": 11}

# hflabs gives these towns only the 8-digit code of their поселение or округ; the builder padded it to
# 11 digits ("00018645101"), an invalid code that also hid Жиздра's and Долинск's municipality
EIGHT_DIGIT_TOWNS = [
    ("В Палласовке нет воды", "Палласовка", "18645000"),
    ("Жиздра: яма на дороге", "Жиздра", "29612000"),
    ("В Долинске нет света", "Долинск", "64712000"),
    ("Верхоянск замерзает", "Верхоянск", "98616000"),
    ("Пошехонье, ул. Гагарина", "Пошехонье", "78634000"),
]


def test_every_shipped_code_has_the_shape_of_its_kind_and_region() -> None:
    g = load_gazetteer()
    wrong = [
        (g.name[e], g.kind[e], g.oktmo[e])
        for e, code in enumerate(g.oktmo)
        if code or g.kind[e] != "settlement"  # a settlement with no known code has "" rather than an invented one
        if not (code.isdigit() and len(code) == WIDTHS[g.kind[e]] and not code.startswith("00")
                and code[:2] == g.oktmo[g.region[e]][:2])
    ]
    assert wrong == []


@pytest.mark.parametrize(("text", "name", "municipality_oktmo"), EIGHT_DIGIT_TOWNS)
def test_a_town_with_an_eight_digit_source_code(text: str, name: str, municipality_oktmo: str) -> None:
    (place,) = GeoResolver().resolve(text)
    found = (place.name, place.kind, place.oktmo, place.municipality_oktmo)
    assert found == (name, "settlement", "", municipality_oktmo)


@pytest.mark.parametrize("code", ["00018645101", "18645101", "34000000001"])
def test_the_builder_refuses_a_code_of_the_wrong_shape_or_region(code: str) -> None:
    table = {"name": ["Волгоградская область", "Палласовка"], "kind": ["region", "settlement"],
             "oktmo": ["18000000", code], "region": [0, 0]}
    with pytest.raises(ValueError, match=f"expected an 11-digit ОКТМО starting with '18' for settlement Палласовка, "
                                         f"got '{code}'"):
        build.check_codes(table)
