"""A home's electricity named as such is no stairwell lamp: a place word elsewhere in the text does not cancel it.

The «no power» row reads a stairwell, a floor or a lamp named anywhere in the text as the place of «нет света»
(«Пожарная лестница. Между 15 и 16 нет света.» is stairwell lighting, high). «Электричество», «электроэнергия»,
«электроснабжение», «напряжение» name no lamp: «Нет электричества с утра. Соседи по подъезду тоже без света.» lost
its only signal and was normal.
"""

import pytest

from mcu_nlp.lexicon import find_signals

CUTS = [  # a supply word that names no lamp, a place word in another sentence
    "Нет электричества с утра. Соседи по подъезду тоже без света.",
    "Второй день нет электроэнергии. На этаже темно, лифт стоит.",
    "Живу на 5 этаже. Отключили электроснабжение, холодильник потёк.",
    "Пропало напряжение в сети. В подъезде тоже ничего не работает.",
]
LIGHTING = [  # guards: «свет» where a stairwell or a lamp is named stays lighting
    "Пожарная лестница. Между 15 и 16 нет света.",
    "7 этаж. Лифт холл. Нет света.",
    "В подъезде нет электричества",  # the place within the rule's window, as before
]
LIGHT_CUTS = [  # «свет» cut in a home; a stairwell or a floor named where one lives or where it is dark too (review 13)
    "Нет света третий день. В подъезде тоже темно.",
    "Живу на 5 этаже. Нет света с утра.",
    "Подъезд 3. Нет света с утра, холодильник разморозился",  # a heading, but a thawing fridge is a home's
    "Мы проживаем на 2 этаже. Нет света вторые сутки.",
]
LIGHT_HEADINGS = [  # guards: a stairwell or a floor named elsewhere makes «свет» lighting
    "Подъезд 3. Нет света с утра.",
    "Нет света на 9 и 10 этажах",
]


@pytest.mark.parametrize("text", CUTS + LIGHT_CUTS)
def test_a_cut_named_elsewhere_from_a_stairwell_is_a_cut(text):
    assert "no power" in [s.name for s in find_signals(text)]


@pytest.mark.parametrize("text", LIGHTING + LIGHT_HEADINGS)
def test_lamps_and_stairwells_stay_lighting(text):
    assert "no power" not in [s.name for s in find_signals(text)]
