"""Session 16: «в Тамбовском районе» with no region evidence (a caller of none, or of a third subject) was Амурская
область's Тамбовский округ, the first of two namesakes of no population: the district named as its own region
(Тамбовская область's) now ranks first, still unsettled; the caller's or the text's region decides as before."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver

CASES = [
    (None, "в Тамбовском районе нет газа", "68"),
    ("46", "в Тамбовском районе нет газа", "68"),
    (None, "В Смоленском районе не ходит автобус", "67"),
    (None, "в Ульяновском районе нет воды", "73"),
    ("28", "в Тамбовском районе нет газа", "28"),  # the caller's own
    (None, "в Тамбовском районе Амурской области нет газа", "28"),  # the text's region
    ("40", "в Ульяновском районе нет воды", "40"),
    (None, "в Курском округе не вывозят мусор", "26"),  # the noun written outranks it: Ставропольский край's округ
]


@pytest.mark.parametrize(("region", "text", "code"), CASES)
def test_the_district_named_as_its_region(region: str | None, text: str, code: str) -> None:
    places = [p for p in GeoResolver(region=region).resolve(text) if p.kind == "municipality"]
    assert [p.region_code for p in places] == [code]


def test_without_evidence_it_stays_unsettled() -> None:
    [place] = GeoResolver().resolve("в Тамбовском районе нет газа")
    assert place.score < 0.9
