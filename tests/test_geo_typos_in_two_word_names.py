"""Session 16: letter slips in a big town's declined form that the one-letter typo search missed.

A typo in the first word of a two-word name whose last word is exact («в Нижмем Новгороде», «в Хонты-Мансийске»: only
the last word could carry one), a first «Ё» written for the «Йо» it sounds («в Ёшкар-Оле»), and a case ending slipped
into a dictionary word («в Казане»: a cauldron's locative; only the last letter, capitalised, of a big town's form).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

SLIPS = [
    (None, "Не вывозят мусор в Казане уже неделю", "92701000"),
    ("46", "Не вывозят мусор в Казане уже неделю", "92701000"),
    (None, "в Ёшкар-Оле нет света второй день", "88701000"),
    (None, "Сын учится в Иошкар-Оле, в общежитии холодно", "88701000"),
    (None, "в Нижмем Новгороде ямы на дорогах", "22701000"),
    (None, "в Велком Новгороде не чистят снег", "49701000"),
    (None, "в Хонты-Мансийске не ходит автобус", "71871000"),
    ("86", "в Хонты-Мансийске не ходит автобус", "71871000"),
    (None, "В Петропавлоске-Камчатском отключили воду", "30701000"),
]
GUARDS = [
    (None, "В Ноябре отключали свет"),  # a month: «ноябрец» (Ноябрьск) is a letter added, no ending slipped
    ("89", "В Ноябре отключали свет"),
    (None, "Мусор в Канаве"),  # Канаш: under 50,000 people
    (None, "Домой тащим песок, как будто в Сахаре"),  # the desert's name, and not the ending: no Самара
    (None, "плов в казане подгорел"),  # lower case: the word
    (None, "Курсы в Курсе Дела"),  # one letter inside the word: no Курск
]


@pytest.mark.parametrize(("region", "text", "oktmo"), SLIPS)
def test_a_slip_in_a_big_towns_form(region: str | None, text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize(("region", "text"), GUARDS)
def test_a_word_stays_a_word(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []


def test_the_exact_name_keeps_its_score() -> None:
    assert [p.score for p in GeoResolver().resolve("в Нижнем Новгороде ямы")] == [0.95]


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("свалка в начале д. Кашара Конышевского района", "38616000"),  # Кашира's typo, no pair: the district stays
        ("дом 130 по гражданскому пр. г. санкт-петербург", "40000000"),  # «г.» no initial («им. А. С. Пушкина»)
    ],
)
def test_the_next_word_keeps_its_own_place(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == oktmo
