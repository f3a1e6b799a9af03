"""``min_score`` is checked as ``prior_power`` is: a fit refuses a value that is no probability before it fits, and a
fitted model whose min_score is set to one refuses to predict, with an InputError that says what to pass. Before, a
text "0.2" (from a configuration file) fitted and then failed in predict with numpy's TypeError, None likewise, and NaN
or -1 never abstained by score without a word."""

import numpy as np
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.topic import TopicClassifier

TEXTS = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи"] * 3
TOPICS = ["roads", "roads", "heating", "heating"] * 3
BAD = ["0.2", None, float("nan"), -0.1, 1.5, np.inf, True, [0.2]]


@pytest.mark.parametrize("score", BAD)
def test_fit_refuses_a_min_score_that_is_no_probability(score):
    model = TopicClassifier(min_score=score)
    with pytest.raises(InputError, match=r"^expected a number from 0 to 1 as min_score, got .*; pass a probability"):
        model.fit(TEXTS, TOPICS)
    assert not hasattr(model, "coef_")  # refused before anything was fitted


@pytest.mark.parametrize("score", BAD)
def test_predict_refuses_a_min_score_set_after_fitting(score):
    model = TopicClassifier(min_score=0.2).fit(TEXTS, TOPICS)
    model.set_params(min_score=score)
    with pytest.raises(InputError, match="as min_score"):
        model.predict(["Яма во дворе"])


@pytest.mark.parametrize("score", [0, 0.0, 1, np.float32(0.15), np.int64(0)])
def test_probabilities_from_0_to_1_are_accepted(score):
    model = TopicClassifier(min_score=score).fit(TEXTS, TOPICS)
    assert model.predict_proba(["Яма во дворе"]).shape == (1, 3)
