"""Session 15: the dative after a word of dedication names a person («Концерт посвящён Чайковскому»), not a town."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver


@pytest.mark.parametrize(
    "text", ["Концерт посвящён Чайковскому", "Выставка, посвящённая Лермонтову, закрыта", "посвящение Пушкину"]
)
@pytest.mark.parametrize("region", [None, "59"])
def test_a_dedication_names_no_town(text: str, region: str | None) -> None:
    assert GeoResolver(region=region).resolve(text) == []


def test_the_town_beside_a_dedication_stays() -> None:
    places = GeoResolver().resolve("Концерт посвящён Чайковскому, а в Чайковском нет воды")
    assert [p.name for p in places] == ["Чайковский"]
