"""A road named after the towns it joins ("трасса Уфа-Оренбург") names the road, not where on it the problem is: a
place the text puts the problem at or near wins; named alone, the road's first town stays (walkthrough 16, item 10)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


def _municipality(text: str, region: str | None = "02") -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.name if best else None


@pytest.mark.parametrize("region", ["02", None])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На трассе Уфа-Оренбург у Кумертау огромная яма, уже несколько машин пробили колеса", "Кумертау"),
        ("На автодороге «Уфа — Оренбург» возле Мелеуза яма", "Мелеузовский район"),
        ("Трасса Уфа - Оренбург, в Кумертау на выезде нет освещения", "Кумертау"),
    ],
)
def test_a_place_on_the_road_wins_over_the_towns_the_road_is_named_after(text, expected, region) -> None:
    assert _municipality(text, region) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На трассе Уфа-Оренбург огромная яма", "Уфа"),  # named alone: the road's first town stays
        ("Дорога Усть-Кулом – Помоздино после дождей превратилась в кашу", "Усть-Куломский район"),
        ("Из Уфы в Кумертау автобус не ходит", "Уфа"),  # a trip is no road's name: where it starts, as before
        ("В Уфе на дороге Кумертау-Мелеуз яма", "Уфа"),  # ... and no road's town outranks a place the text is in
    ],
)
def test_guards_around_road_names(text, expected) -> None:
    assert _municipality(text) == expected
