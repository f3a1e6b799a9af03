"""Where someone comes from or lives is not where the problem is when another place follows (session 10 defect 1)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the best municipality's name); no region
ORIGINS = [
    # an origin lost only its town rank, so the earlier mention won the tie
    ("Я из Казани, но пишу про дачу в Зеленодольском районе: нет света", "Зеленодольский район"),
    ("Жительница Самары пишет: в Новокуйбышевске прорвало трубу", "Новокуйбышевск"),
    # "Жители X" is where they live
    ("Жители Новосибирска жалуются: в Бердске не вывозят мусор", "Бердск"),
    ("Жители города Читы просят: в Краснокаменске нет отопления", "Краснокаменск"),
    ("Жители Бердска жалуются на мусор в Новосибирске", "Новосибирск"),
    ("Жители Кемерово жалуются: в Топках нет воды", "Топкинский муниципальный округ"),
    # a move "из X в Y" is no route
    ("Переехали из Якутска в Нерюнгри, тут третий день нет воды", "Нерюнгринский район"),
    ("Мы переехали всей семьёй из Омска в Тару, здесь нет врача", "Тарский район"),
    ("Вернулись из Уфы в Стерлитамак, а в подъезде грязь", "Стерлитамак"),
]

GUARDS = [
    ("Жители Новосибирска жалуются на мусор", "Новосибирск"),  # one place
    ("Жители Новосибирска, нет воды", "Новосибирск"),
    ("Жители Бердска просят пустить автобус в Новосибирск", "Бердск"),  # where they go: no locative
    ("Жители Бердска просят отремонтировать дорогу на Новосибирск", "Бердск"),
    ("Я из Казани, нет света", "Казань"),  # an origin named alone keeps it
    ("Переехали из Якутска, нет воды", "Якутск"),
    ("Автобус из Якутска в Нерюнгри не ходит", "Якутск"),  # a route: the earlier wins
    ("из Балтийска в Калининград нет ночных маршруток", "Балтийский городской округ"),
    ("Я из Перми, пишу про маму в Кунгуре: не чистят снег", "Кунгурский муниципальный округ"),
]


@pytest.mark.parametrize(("text", "name"), ORIGINS + GUARDS)
def test_the_place_with_the_problem_beats_the_writers_origin(text: str, name: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert (best.name if best else None) == name
