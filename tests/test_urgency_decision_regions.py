"""The urgency decision by lexicon reading, chosen on other regions' appeals (session 20, issue #4): the P(critical) cut
and the weight of P(high) against P(normal) depend on whether the lexicon reads a critical signal, a high one or
neither (SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS); the out-of-fold cut tuned on the SPb / Kursk training texts stays one
``decision`` away, and models saved before keep it."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency import UrgencyClassifier
from mcu_nlp.urgency.decision import SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS, decide, decision_cuts

TRAIN = ["Нет воды третий день", "Открыт люк во дворе", "Пахнет газом", "Нет отопления, дети мерзнут",
         "Не горит фонарь", "Яма на дороге", "Не убран снег", "Не работает лифт",
         "Поставьте лавочку", "Спасибо за работу", "Уберите рекламу", "Когда будет ремонт фасада?"]
LABELS = ["critical"] * 4 + ["high"] * 4 + ["normal"] * 4

# (text, probabilities, level by reading, level by the one out-of-fold cut 0.1384 and weight 1.105)
CASES = [
    ("Пахнет газом в подъезде", [0.12, 0.10, 0.78], "high", "normal"),  # a critical signal below the cut: high
    ("Пахнет газом в подъезде", [0.14, 0.10, 0.76], "critical", "critical"),
    ("Яма на дороге у школы", [0.15, 0.40, 0.45], "high", "critical"),  # a high signal needs P(critical) 0.16
    ("Яма на дороге у школы", [0.05, 0.32, 0.63], "normal", "normal"),  # 1.49 * 0.32 < 0.63
    ("Яма на дороге у школы", [0.05, 0.40, 0.55], "high", "normal"),  # 1.49 * 0.40 >= 0.55
    ("Поставьте лавочку во дворе", [0.139, 0.40, 0.461], "normal", "critical"),  # no signal: critical from 0.14
    ("Поставьте лавочку во дворе", [0.05, 0.45, 0.50], "normal", "normal"),  # no signal: P(high) >= P(normal)
]


@pytest.mark.parametrize(("text", "row", "level", "out_of_fold"), CASES)
def test_cuts_by_lexicon_reading(text, row, level, out_of_fold):
    proba, signals = np.array([row]), [find_signals(text)]
    assert decide(proba, signals, SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS).tolist() == [level]
    assert decide(proba, signals, 0.1384, 1.1052).tolist() == [out_of_fold]


def test_one_call_mixes_readings():
    texts = [case[0] for case in CASES]
    proba = np.array([case[1] for case in CASES])
    levels = decide(proba, [find_signals(t) for t in texts], SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS)
    assert levels.tolist() == [case[2] for case in CASES]


def test_a_calm_text_still_needs_half():
    signals = [find_signals("Вода есть, спасибо")]
    assert decide(np.array([[0.4, 0.1, 0.5]]), signals, SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS).tolist() == ["normal"]


@pytest.fixture(scope="module")
def fitted():
    return UrgencyClassifier(cv=2, decision="other_regions").fit(TRAIN, LABELS)


def test_a_fitted_model_uses_the_cuts_of_its_decision(fitted):
    assert UrgencyClassifier().decision == "out_of_fold"  # the default keeps the recall-tuned cut (session 20)
    assert fitted.decision == "other_regions"
    # the first cut is the model's own out-of-fold one (session 21 review #11)
    assert (fitted.critical_cuts_, fitted.high_weights_) == ((fitted.critical_threshold_, *SIGNAL_CUTS[1:]),
                                                             SIGNAL_HIGH_WEIGHTS)
    tuned = clone(fitted).set_params(decision="out_of_fold").fit(TRAIN, LABELS)
    assert tuned.critical_cuts_ == (tuned.critical_threshold_,) * 3
    assert tuned.high_weights_ == (tuned.high_weight_,) * 3


def test_an_unknown_decision_is_refused_before_fitting():
    with pytest.raises(InputError, match="decision in"):
        UrgencyClassifier(decision="argmax").fit(TRAIN, LABELS)


def test_predict_and_explain_follow_the_cuts(fitted):
    texts = ["Сильно пахнет газом в подъезде", "Яма на дороге у школы", "Поставьте лавочку во дворе"]
    proba, signals = fitted._proba_and_signals(texts, None)
    cuts = decision_cuts("other_regions", fitted.critical_threshold_, fitted.high_weight_)
    expected = decide(proba, signals, *cuts, fitted.settling_).tolist()
    assert fitted.predict(texts).tolist() == expected
    assert fitted.predict_with_proba(texts)[0].tolist() == expected


def test_a_model_saved_before_keeps_its_out_of_fold_cut(fitted):
    state = fitted.__getstate__()
    for name in ("decision", "critical_cuts_", "high_weights_"):  # what a model file of session 19 lacks
        del state[name]
    restored = UrgencyClassifier.__new__(UrgencyClassifier)
    restored.__setstate__(state)
    assert restored.decision == "out_of_fold"
    assert restored.critical_cuts_ == decision_cuts("out_of_fold", fitted.critical_threshold_, fitted.high_weight_)[0]
    texts = ["Яма на дороге у школы", "Нет воды", "Поставьте лавочку во дворе"]
    proba, signals = restored._proba_and_signals(texts, None)
    old = decide(proba, signals, fitted.critical_threshold_, fitted.high_weight_, fitted.settling_).tolist()
    assert restored.predict(texts).tolist() == old
