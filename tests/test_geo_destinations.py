"""Where someone only goes, or where the writer lives, is not where the problem is when another place is named
(session 11). "Я из Казани, еду в Уфу": a journey's start, as a route's ("Автобус из Якутска в Нерюнгри" → Якутск)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the best municipality's name); no region
DESTINATIONS = [
    # "в"/"на" with the accusative: where someone goes
    ("Я из Казани, еду в Уфу, в поезде грязно", "Казань"),
    ("Из Сызрани еду в Самару, электричка грязная и холодная", "Сызрань"),
    ("р.п. Тальменка: дорога в Барнаул разбита", "Тальменский район"),
    ("пос. Ува — автобус в Ижевск не ходит с понедельника", "Увинский район"),
    # "живу в X": the writer's home, when someone is elsewhere
    ("Живу в Томске, а дача в Северске: там нет света", "Северск"),
    ("Живу в Самаре, а родители в Новокуйбышевске — у них нет газа", "Новокуйбышевск"),
]

GUARDS = [
    ("Кимры: автобус в Тверь не ходит третий день", "Кимрский муниципальный округ"),  # right before: the earlier
    ("Нерехта, дорога на Кострому вся в ямах", "Нерехта"),
    ("Я из Казани, еду в Уфу, а в Уфе на вокзале грязно", "Уфа"),  # the destination named again, where one is
    ("Автобус в Новосибирск не ходит", "Новосибирск"),  # a destination alone
    ("Живу в Пензе, на ул. Ленина нет воды", "Пенза"),  # a home alone
    ("Живу в Томске, на работу езжу в Северск, автобусы переполнены", "Томск"),  # the other place only a destination
    ("Я из Соликамска, а живу в Березниках", "Березники"),  # an origin, then a home
    ("Мы переехали всей семьёй из Омска в Тару, здесь нет врача", "Тарский район"),  # a move: no destination
    ("Вернулись из Уфы в Стерлитамак, а в подъезде грязь", "Стерлитамак"),
    ("Из Чистополя в Казань автобусы отменили", "Чистопольский район"),  # a route: its start
    ("Жители Бердска просят пустить автобус в Новосибирск", "Бердск"),
]


@pytest.mark.parametrize(("text", "name"), DESTINATIONS + GUARDS)
def test_a_destination_or_the_writers_home_gives_way(text: str, name: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert (best.name if best else None) == name
