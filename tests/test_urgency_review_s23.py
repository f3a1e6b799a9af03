"""Session 23 review of session 22's urgency work (issue #4): reading code.

A repair of another supply does not calm an outage it leaves («Газа нет, интернет дали»); a question that doubts
(«Может водитель пьяный, кто знает?») or complains of a thing again and again («Сколько можно ездить с пьяными
водителями?») reports no drunk driver now (its high twin stays). The code acts on the shipped model at once.
"""

import pytest
from helpers import names

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.settled import nothing_but_calm


def named(text):
    return {s.name for s in find_signals(text)}


# review 1: a repair that names another supply leaves the outage, and the text is no calm one
@pytest.mark.parametrize(
    "text",
    [
        "Газа нет, интернет дали",
        "Отопления нет, интернет дали",
        "Воды нет, интернет дали",
        "Света нет, связь дали",
    ],
)
def test_a_repair_of_another_supply_calms_nothing(text):
    assert not nothing_but_calm(text, find_signals(text))
    assert default_models().urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize("text", ["Вода есть!", "Свет дали", "Вода есть на ул. Мира 5"])
def test_calm_texts_stay_calm(text):
    assert nothing_but_calm(text, find_signals(text))


# review 10: doubt or a complaint of something recurring is no drunk driver now; its high twin stays
@pytest.mark.parametrize(
    "text",
    [
        "Может водитель пьяный, кто знает?",
        "Кто знает, водитель пьяный или нет?",
        "Сколько можно ездить с пьяными водителями?",
    ],
)
def test_a_doubted_or_recurring_drunk_driver_is_high(text):
    found = names(text)
    assert ("drunk driver", "critical") not in found
    assert ("drunk driver often", "high") in found


@pytest.mark.parametrize(
    "text",
    [
        "Пьяный водитель автобуса везёт детей, куда смотрит полиция?!",
        "Водитель автобуса пьяный, кто ответит?",
        "Пьяный водитель на белой машине гоняет по деревне прямо сейчас",
    ],
)
def test_a_reported_drunk_driver_stays_critical(text):
    assert ("drunk driver", "critical") in names(text)
