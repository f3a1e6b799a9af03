"""A high lexicon signal the training data holds too rarely to learn makes a text at least high, as a trusted critical
signal makes it critical (urgency.md: "a bus route suddenly cancelled" is high; no annotated appeal says one was, so
the learned model read "маршрут 12 отменили" as normal, explain() listing the high signal beside it)."""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.lexicon import find_signals, load_rules
from mcu_nlp.urgency import UrgencyClassifier
from mcu_nlp.urgency.decision import HIGH_WEIGHTS, decide
from mcu_nlp.urgency.guideline import apply_guideline, settling_signals, trusted_signals

CANCELLED = ["маршрут 12 отменили", "Находка: автобус 7 отменили без предупреждения"]
TRAIN = ["Нет воды третий день", "Открыт люк во дворе", "Нет отопления, холодно", "Нет света во всём доме",
         "Не горит фонарь", "Яма на дороге", "Не убран снег", "Не работает лифт",
         "Поставьте лавочку", "Спасибо за работу", "Уберите рекламу", "Когда будет ремонт фасада?"]


def _decided(text: str, row: list[float], trusted: frozenset[str], weight: float) -> str:
    signals = find_signals(text)
    settling = settling_signals(load_rules())
    proba = apply_guideline(np.array([row]), [text], [signals], [signals], [None], trusted, [False],
                            settling=settling)
    return decide(proba, [signals], 0.13, weight, settling)[0]


def test_high_signals_are_judged_on_their_evidence():
    found = find_signals(CANCELLED[0])
    labels = np.array(["normal"] * 8)
    assert "route cancelled" in trusted_signals([[]] * 8, labels, ["route cancelled"])  # never seen: the guideline
    assert "route cancelled" not in trusted_signals([found] * 8, labels, ["route cancelled"])  # seen, labelled normal


@pytest.mark.parametrize("text", CANCELLED)
@pytest.mark.parametrize("weight", [min(HIGH_WEIGHTS), 1.0, max(HIGH_WEIGHTS)])
def test_a_trusted_high_signal_makes_the_text_high(text, weight):
    row = [0.01, 0.18, 0.81]  # the shipped model's probabilities of "маршрут 12 отменили"
    assert _decided(text, row, frozenset({"route cancelled"}), weight) == "high"
    assert _decided(text, row, frozenset(), weight) == "normal"  # the model alone


def test_the_high_lift_keeps_critical_and_thanks():
    text = CANCELLED[0]
    assert _decided(text, [0.5, 0.1, 0.4], frozenset({"route cancelled"}), 1.0) == "critical"
    thanks = "Благодарю, что восстановили отмененный маршрут 12"
    assert _decided(thanks, [0.0, 0.6, 0.4], frozenset({"route cancelled", "bus cancelled"}), 1.0) == "normal"


def test_a_fitted_model_trusts_a_high_signal_it_never_saw():
    clf = UrgencyClassifier(cv=2, min_df=1).fit(TRAIN, ["critical"] * 4 + ["high"] * 4 + ["normal"] * 4)
    assert {"route cancelled", "gas smell"} <= clf.trusted_
    assert list(clf.predict(CANCELLED)) == ["high", "high"]
