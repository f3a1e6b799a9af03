"""Where a bus, a train or a road goes after «до» is not where the problem is when another place is named (session
12): "Пушкинские Горы — автобус до Пскова отменили" is about Пушкинские Горы, as "Кимры: автобус в Тверь" is about
Кимры (test_geo_destinations.py). A town named only after «до» stays the answer."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the best municipality's name); no region. Each names a town that is its own municipality after «до».
UNTIL = [
    ("Семибратово — автобус до Ярославля отменили", "Ростовский район"),
    ("пос. Разумное — маршрутка до Белгорода переполнена", "Белгородский район"),
    ("Яблоновский: дорога до Краснодара в пробках", "Тахтамукайский район"),
    ("Красный Яр — автобус до Самары не ходит", "Красноярский район"),
    ("Ессентукская — маршрутка до Пятигорска не ходит", "Предгорный муниципальный округ"),
    ("Доехать до Самары невозможно, в Сызрани вокзал закрыт", "Сызрань"),
]

GUARDS = [
    ("Рамонь, дорога до Воронежа вся в ямах", "Рамонский район"),  # a district's town: it won already
    ("Электричка до Твери опять отменена", "Тверь"),  # the destination alone
    ("Из Искитима до Новосибирска автобусы переполнены", "Искитим"),  # a route's start, as before
]


@pytest.mark.parametrize(("text", "name"), UNTIL + GUARDS)
def test_a_place_after_until_gives_way(text: str, name: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert (best.name if best else None) == name
