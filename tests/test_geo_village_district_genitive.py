"""Session 15: a village named with its district in the genitive («п. Волжский Рыбинского района»).

The gazetteer lacks most villages; one after a village's type word that none of the named district's namesakes holds
is that district's village, not a town of that name elsewhere (Волжский of Волгоградская) nor a namesake in another
district of the district's region («пос. Октябрьский Рыбинского района» is no Октябрьский of Богучанский район).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


@pytest.mark.parametrize(
    ("text", "region", "oktmo"),
    [
        ("п. Волжский Рыбинского района — нет света с вечера", "76", "78640000"),
        ("пос. Октябрьский Рыбинского района нет света", "24", "04647000"),
        ("с. Троицкое Целинного района, нет воды", None, "85637000"),  # a village the district holds stays
        ("г. Курчатов Курчатовского района", None, "38708000"),  # a town stays
    ],
)
def test_the_district_of_the_village(text: str, region: str | None, oktmo: str) -> None:
    places = GeoResolver(region=region).resolve(text)
    best = best_municipality(places, text)
    assert best is not None and best.oktmo == oktmo


def test_no_town_elsewhere_for_a_typed_village() -> None:
    names = [p.name for p in GeoResolver().resolve("п. Волжский Рыбинского района — нет света")]
    assert names == ["Рыбинский район"]
