"""Session 21 review of session 20's urgency decision code (issue #4): ``predict`` reads ``decision`` as it is now
(``set_params`` counts without a refit, a wrong value is refused there), and ``"other_regions"`` takes the model's own
out-of-fold threshold as its first cut.
"""

import copy

import numpy as np
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.decision import SIGNAL_CUTS, decide, decision_cuts


# -- decision (review #10, #11) ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def shipped():
    import mcu_nlp

    return mcu_nlp.default_models().urgency


def test_other_regions_takes_the_model_threshold():
    assert decision_cuts("other_regions", 0.2, 1.0)[0] == (0.2, *SIGNAL_CUTS[1:])
    assert decision_cuts("out_of_fold", 0.2, 1.0) == ((0.2,) * 3, (1.0,) * 3)


def test_predict_reads_the_decision_set_after_fit(shipped):
    model = copy.copy(shipped)  # the cached shipped model stays as it is
    texts = ["Пахнет газом в подъезде", "Яма на дороге у школы", "Поставьте лавочку во дворе",
             "Когда отремонтируют крышу? Течёт в подъезде", "Нет отопления в школе"]
    proba, signals = model._proba_and_signals(texts, None)
    for decision in ("other_regions", "out_of_fold", "other_regions"):
        model.set_params(decision=decision)
        cuts = decision_cuts(decision, model.critical_threshold_, model.high_weight_)
        assert model.predict(texts).tolist() == decide(proba, signals, *cuts, model.settling_).tolist()


def test_a_cut_between_the_two_decisions_follows_set_params(shipped):
    model = copy.copy(shipped)
    threshold = model.critical_threshold_
    if threshold >= SIGNAL_CUTS[1]:
        pytest.skip("this model's out-of-fold cut is above the other_regions cut of a high signal")
    signals = [find_signals("Яма на дороге у школы")]  # a high signal: the other_regions cut is SIGNAL_CUTS[1]
    proba = np.array([[threshold, 0.2, 1.0 - threshold - 0.2]])
    model.set_params(decision="out_of_fold")
    assert model._levels(proba, signals).tolist() == ["critical"]
    model.set_params(decision="other_regions")
    assert model._levels(proba, signals).tolist() != ["critical"]


def test_a_wrong_decision_is_refused_at_predict(shipped):
    model = copy.copy(shipped).set_params(decision="bogus")
    with pytest.raises(InputError, match="decision in"):
        model.predict(["Яма на дороге"])
