"""The resolver's time grows with the text, not with its square: adversarial repeats of what a rule looks for.

Session 14's rule of a place named apart from a district («в Осе нет воды, Осинский район») compared every district
with every place of the text: 1,000 repeats took 1.3 s, 10,000 would take minutes.
"""

from __future__ import annotations

import time

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


@pytest.mark.parametrize(
    "phrase",
    [
        "в Осе нет воды. Осинский район. ",
        "п.г.т. Безенчук под Самарой, ",
        "из Казани в Зеленодольск, где ",
        "п. Волжский Рыбинского района, ",
        "В Ленинском районе нет воды. ",  # a town district posted to ~27 towns (session 31: each re-read the text)
        "в Садгороде яма. ",  # a town's part shared with villages elsewhere
        # session 70: a closed town's namesake (Озёрск) searched the whole text for «закрытый город» once per name,
        # and a bracketed region's check copied the text before each word (this phrase failed before the fix)
        "Шуя Озёрск Калининградская (Крым) ",
        "в пгт Ильском, из Афипского ",  # walkthrough s71 D1: an unknown adjective name's forms
        "в Гор.Ключе и в Ахтарях ",  # walkthrough s71 D2: a cut first word, a colloquial name
        # session 71: a region's adjective after a place and a comma, a district's village by its поселение, «рп», a
        # road's destination, a typo of a surname-like town, a garrison and a lower-case adjective before a station
        "рп Белый Яр, Томская — Рыбинский район, пос. Песочное, рп Знаменка: дорогу на Нелидово, в Кропткине, ",
        "Мирный, в гарнизоне на рузаевском вокзале, с. Азово, Азовский район. ",
    ],
)
def test_repeats_take_linear_time(phrase: str) -> None:
    geo = GeoResolver()
    geo.resolve(phrase)
    short, long = phrase * 500, phrase * 4000
    started = time.process_time()
    best_municipality(geo.resolve(short), short)
    middle = time.process_time()
    best_municipality(geo.resolve(long), long)
    assert time.process_time() - middle < 16 * (middle - started) + 0.5  # 8x the text, not 64x the time
