"""urgency.md's settled and short texts, and the order of P(critical) among texts with a trusted signal."""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL
from mcu_nlp.urgency.guideline import TRUSTED_FLOOR, lift_critical, rule_out_critical

# urgency.md's own examples and its road examples: (text, date, level)
LEVELS = [
    ("нет отопления", "2024-01-15", "critical"),
    ("отопление есть, но слабое", "2024-01-15", "high"),
    ("когда включат отопление?", "2024-09-10", "normal"),
    ("Спасибо, что дали отопление!", None, "normal"),
    ("вчера не было света, сейчас дали", None, "normal"),
    ("Яма в Казани", None, "high"),
    ("яма на дороге", None, "high"),
]
# a supply back, then a second problem the lexicon does not read (review of f4301b0): the model's P(critical) stays
SECOND_PROBLEM = [
    "Воду дали, но ребенок ошпарился кипятком из крана",
    "Отопление дали, но бабушка без сознания",
    "Электричество восстановили, но дом трещит и стена отходит",
    "Свет дали. Однако в подъезде пахнет горелым и искрит щиток",
]
# (text, settled): a contrast clause with words of its own is not settled; a reading of the same phrase is
SETTLED = [
    ("отопление есть, но слабое", True),
    ("Спасибо, что дали отопление!", True),
    ("вчера не было света, сейчас дали", True),
    ("Вода есть, всё хорошо", True),
    ("Круглосуточно горит свет в подвале дома 21, лит. А", True),  # a letter of an address, not a contrast
    *((text, False) for text in SECOND_PROBLEM),
]
# a trusted critical signal, in the shipped model's order of P(critical) before the lift
TRUSTED = ["Пахнет газом в подъезде, дети дома", "Пахнет газом", "Хочу сообщить о запахе газа",
           "ПОЖАР!!! горит дом на ул. Ленина"]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize(("text", "date", "level"), LEVELS)
def test_guideline_examples(shipped, text, date, level):
    assert shipped.predict([text], dates=[date])[0] == level


def test_trusted_signals_keep_their_order_above_a_water_cut(shipped):
    proba = shipped.predict_proba([*TRUSTED, "Нет воды"])
    assert np.allclose(proba.sum(axis=1), 1)
    critical = proba[:, 0]
    assert (np.diff(critical[:-1]) < 0).all(), critical  # the model's order, not one tied floor
    assert critical[:-1].min() > critical[-1] and critical[:-1].min() >= TRUSTED_FLOOR


@pytest.mark.parametrize("p", [0.0, 0.05, 0.3, 0.5, 0.89, 0.95, 1.0])
def test_lift_keeps_order_and_sums_to_one(p):
    row = np.array([p, (1 - p) * 0.3, (1 - p) * 0.7])
    lifted = lift_critical(row, TRUSTED_FLOOR)
    higher = lift_critical(np.array([min(1.0, p + 0.01), 0.0, 1 - min(1.0, p + 0.01)]), TRUSTED_FLOOR)
    assert lifted[0] >= max(p, TRUSTED_FLOOR) and np.isclose(lifted.sum(), 1)
    assert higher[0] > lifted[0] or p == 1.0
    assert np.isclose(lifted[1] / max(lifted[2], 1e-12), row[1] / max(row[2], 1e-12)) or p == 1.0


@pytest.mark.parametrize(("row", "expected"), [([0.5, 0.1, 0.4], [0.0, 0.2, 0.8]), ([1.0, 0.0, 0.0], [0.0, 0.5, 0.5])])
def test_rule_out_critical(row, expected):
    assert np.allclose(rule_out_critical(np.array(row)), expected)


@pytest.mark.parametrize("text", SECOND_PROBLEM)
def test_second_problem_keeps_the_models_critical(shipped, text):
    assert shipped.predict_proba([text])[0, 0] > 0.01


@pytest.mark.parametrize(("text", "expected"), SETTLED)
def test_settled(text, expected):
    from mcu_nlp.lexicon import find_signals, load_rules
    from mcu_nlp.urgency.guideline import settled, settling_signals

    assert settled(text, find_signals(text), settling_signals(load_rules())) is expected


def test_settling_is_fitted_once_and_required(shipped):
    from mcu_nlp.urgency.guideline import apply_guideline, settling_signals

    settling = settling_signals(shipped.lexicon_.rules)  # a refit adds the rows of its lexicon ("gas checked")
    assert {"repaired", "supply present", "fire out"} <= shipped.settling_ == settling
    with pytest.raises(TypeError):  # no silent default that turns the settled rule off
        apply_guideline(np.zeros((0, 3)), [], [], [], [], frozenset(), [])
