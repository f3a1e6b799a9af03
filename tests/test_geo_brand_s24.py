"""Session 24 mid-session review item 9: a big town hyphenated to a company's word, or after an organisation's word or a
quote mark, is a brand, not the town (21d5d53 read «Самара-Сервис» as Самара). Invented texts."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


@pytest.mark.parametrize(
    ("region", "text", "town"),
    [
        ("02", "Управляющая компания Самара-Сервис не вывозит мусор, Уфа", "Самара"),
        ("69", "Компания Тверь-Экспо не платит зарплату", "Тверь"),
        (None, "Компания Тверь-Экспо не платит зарплату", "Тверь"),
        (None, "Самара-Сервис не вывозит мусор", "Самара"),
    ],
)
def test_a_brand_hyphenated_to_a_town_is_no_town(region, text, town):
    assert town not in [p.name for p in GeoResolver(region=region).resolve(text)]


def test_the_callers_town_stays_best_beside_a_brand():
    text = "Управляющая компания Самара-Сервис не вывозит мусор, Уфа"
    places = GeoResolver(region="02").resolve(text)
    assert best_municipality(places, text).name == "Уфа"


@pytest.mark.parametrize(
    ("region", "text", "town"),
    [
        ("50", "Подмосковье, Балашиха-Железнодорожный: зарплату не платят", "Балашиха"),
        ("50", "Балашиха-Заря, нет воды", "Балашиха"),
        ("46", "маршрут Курск-Теткино отменили", "Курск"),
    ],
)
def test_a_towns_part_or_route_stays(region, text, town):
    assert town in [p.name for p in GeoResolver(region=region).resolve(text)]
