"""«Горячей воды нет ..., а воды так и нет»: the bare water after the hot water is the hot water again (session 71,
:mod:`mcu_nlp.lexicon_ellipsis`)."""

from __future__ import annotations

import pytest

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals


def names(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.level) for s in find_signals(text)]


@pytest.mark.parametrize(
    "text",
    [
        # labelled high (blind71, blind34), called critical before
        "Горячей воды нет пятый день. Обещали после ремонта котельной, ремонт закончился, а воды так и нет. "
        "Купать ребёнка греем в кастрюле",
        "остров ул освобождения горячей воды нет месяц летом говорили к сентябрю уже октябрь а воды нет",
        # other words
        "ГВС отключили в понедельник, сказали на три дня. Сегодня суббота, воды нет",
        "Нет горячей воды с 1 июля. Когда будет вода? Уже месяц без воды, моемся из тазика",
    ],
)
def test_the_bare_water_after_the_hot_water_is_the_hot_water(text):
    assert all(name != "no water" for name, _ in names(text))
    assert default_models().urgency.predict([text])[0] != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Горячей воды нет неделю, а сегодня воды нет вообще",
        "Горячей воды нет с утра, а теперь и воды тоже нет",
        "Горячей воды нет неделю, а сегодня и холодной воды нет, дома маленький ребёнок",
        "Нет холодной воды с 22.06. Горячая вода отключена по графику. Хол.воду отключили без уведомления",
        "Воды нет второй день, дома лежачая мама",  # no hot water named: the water is all of it
    ],
)
def test_water_named_wider_or_alone_stays_no_water(text):
    assert ("no water", "critical") in names(text)
