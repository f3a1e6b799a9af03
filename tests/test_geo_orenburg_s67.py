"""An Оренбургская область analyst's walkthrough (session 67), D4: Орск's adjective («орские перевозчики», «Орская
больница») named no place with or without region 56: the rule that makes a town's adjective leaves the short stem
«орск» out, so it is in ``lexicon.IRREGULAR_TOWN_ADJECTIVES``.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CASES = [
    (None, "Орские перевозчики отменили маршрут", "53723000"),
    ("56", "орские дороги ужасны", "53723000"),
    ("56", "Орская больница хамит", "53723000"),
    # a street of another town stays a street
    (None, "Орская улица, д 5", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_orenburg_walkthrough_places(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == oktmo
