"""A word- or surname-like town titling a text («Кириллов, ул. Ленина 5 — яма», «Корсаков, нет горячей воды»,
«Пугачёв: маршрутка не ходит») is the town for a caller of any region when all its namesakes are of one region (review
s20 #10: with a caller of another region these gave nothing, as a name that needs the caller's region;
``letter_case.titled_verdicts``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

TITLED = [
    ("Кириллов, ул. Ленина 5 — яма у подъезда", "19528000"),
    ("Шелехов, ул. Ленина — нет воды", "25655000"),
    ("Гагарин, ул. Советская — мусор не вывозят", "66608000"),
    ("Лермонтов, мкр. Шахтёр — нет света", "07718000"),
    ("Кириллов — на площади разбит тротуар", "19528000"),
]
KEPT = [
    ("Кириллов И.П., ул. Ленина 5", None),  # a person signing, with initials
    ("Кириллов, откройте дверь", None),  # an imperative addressed to a person
    ("Кириллов", None),
    ("кириллов, ул. ленина 5 — яма", None),  # no letter case
]


@pytest.mark.parametrize("region", ["78", "02", "46"])
@pytest.mark.parametrize(("text", "want"), TITLED + KEPT)
def test_a_titling_town_for_a_caller_of_another_region(text: str, want: str | None, region: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want


def test_namesakes_of_several_regions_still_need_the_callers_region() -> None:
    text = "Мирный, ул. Ленина — нет воды"
    assert GeoResolver(region="78").resolve(text) == []
    best = best_municipality(GeoResolver(region="14").resolve(text), text)
    assert best is not None and best.region_code == "14"
