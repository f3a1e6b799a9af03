"""The shipped urgency model, refitted in session 14 with the trust of common critical signals and the lexicon's
de-energised homes (tests/test_urgency_power_cuts_trust.py): a power cut the lexicon reads is critical whatever the
learned «свет» says, weak heating is high, stairwell and street lighting stay high, a fixed cut is normal."""

from __future__ import annotations

import pytest

from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", [
    "Нет света",
    "В деревне нет света второй день",
    "Вся улица без света",
    "Улица Ленина обесточена второй день",
    "Живу на 5 этаже. Нет света с утра.",
    "Нет света второй день, на этаже темно, дети сидят без света",
    "У нас в селе третий день нет электричества",
])
def test_the_shipped_model_calls_a_power_cut_critical(shipped, text):
    assert shipped.predict([text]).tolist() == ["critical"]


@pytest.mark.parametrize(("text", "level"), [
    ("отопление слабое", "high"),
    ("Отопление слабое, в квартире прохладно", "high"),
    ("Нет света в подъезде", "high"),  # guards: stairwell lighting stays high
    ("Пожарная лестница. Между 15 и 16 нет света.", "high"),
    ("Не горят фонари на улице", "high"),
    ("Вчера не было света, сейчас дали", "normal"),
])
def test_the_shipped_model_on_weak_heating_and_lighting(shipped, text, level):
    assert shipped.predict([text]).tolist() == [level]
