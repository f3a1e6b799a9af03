"""Session 15: which of two places a text is about, when one is only a landmark or the way.

A place one is near («под Красноярском», «возле Пскова») or passes («в объезд через Ярославль») gives way to another
place named, as one only gone to does; a place right followed by a clause about it («в Усть-Коксу, там ФАП закрыт»)
is where the problem is, though gone to. A big town whose form is also an adjective's («под Красноярском») names its
region as plainly as any, so the place near it is that region's namesake.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


def _oktmo(text: str) -> str | None:
    best = best_municipality(GeoResolver().resolve(text), text)
    return best.oktmo if best else None


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("пгт Берёзовка под Красноярском, в садике холодно", "04605000"),  # Берёзовский район of Красноярский край
        ("Тутаев: паром не ходит, только в объезд через Ярославль", "78643000"),
        ("Из Горно-Алтайска езжу к маме в Усть-Коксу, там ФАП закрыт", "84640000"),
        ("Вожу детей из Казани в Зеленодольск, где в школе нет отопления", "92628000"),
        ("Дом в Печорах возле Пскова, дорога разбита", "58540000"),
        # session 16: a name in -ино after «в», said undeclined, is where one is (pymorphy3 reads the accusative only)
        ("Под Уфой в Иглино нет воды третий день", "80628000"),
        ("Живём под Новосибирском в Кольцово, автобусы не ходят", "50740000"),
        # a clause about where one comes from is no sign the problem is there: a life's past, the move's end follows
        ("Я из Томска, где родился, но сейчас живу в Северске, и у нас не вывозят мусор", "69741000"),
        ("Переехал из Казани, где всё было хорошо, в Уфу, тут нет воды", "80701000"),
    ],
)
def test_the_place_of_the_problem(text: str, oktmo: str) -> None:
    assert _oktmo(text) == oktmo


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("Я из Казани, еду в Уфу, в поезде грязно", "92701000"),  # a trip is about its start
        ("Икряное — дорога до Астрахани разбита", "12620000"),
        ("в деревне под Красноярском нет воды", "04701000"),  # named alone, the landmark stays
    ],
)
def test_trips_and_lone_landmarks_stay(text: str, oktmo: str) -> None:
    assert _oktmo(text) == oktmo
