"""TopicClassifier(prior_power=...): the training mix's prior divided out at predict time, abstaining unchanged."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from mcu_nlp.errors import InputError
from mcu_nlp.topic import TopicClassifier, load_default
from mcu_nlp.topic.calibration import shift_prior
from mcu_nlp.topic.explain import top_terms
from mcu_nlp.topic.reading import topic_text
from mcu_nlp.topic.training import SHIPPED_PARAMS, default_classifier

# the top power moves some of the model's own training texts (answered confidently): 1.0 did until session 19's cap
# on the learned fallback's intercept sharpened this fit's temperature (0.233 -> 0.197) and moved none of them
POWERS = [0.0, 0.25, 0.5, 1.5]
TOP = POWERS[-1]


@pytest.fixture(scope="module")
def data(topic_data: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    return topic_data  # tests/conftest.py: shared with test_topic_vectors


@pytest.fixture(scope="module")
def fitted(topic_model: TopicClassifier) -> TopicClassifier:
    return topic_model  # the same fit as test_topic_vectors' plain model; tests that set prior_power set it back


@pytest.fixture(scope="module")
def answers(fitted: TopicClassifier, data: tuple[list[str], list[str]]) -> dict[float, tuple[np.ndarray, np.ndarray]]:
    texts = data[0] + ["Привет, как дела?", "12345", "Во дворе яма, а в квартире холодные батареи"]
    out = {}
    for power in POWERS:
        fitted.set_params(prior_power=power)  # read at predict time: one fit serves every power
        proba = fitted.predict_proba(texts)
        out[power] = (proba, fitted.predict(texts))
    fitted.set_params(prior_power=0.0)
    return out


def test_prior_is_each_topics_share_of_the_weighted_training_texts(fitted: TopicClassifier, data) -> None:
    texts, labels = data[0][:300], data[1][:300]
    shares = pd.Series(data[1]).value_counts(normalize=True)
    np.testing.assert_allclose(fitted.prior_, shares[fitted.topics_].to_numpy())
    weight = np.where(np.asarray(labels) == "building", 3.0, 1.0)
    weighted = TopicClassifier().fit(texts, labels, sample_weight=weight)
    expected = pd.Series(weight).groupby(np.asarray(labels)).sum() / weight.sum()
    np.testing.assert_allclose(weighted.prior_, expected[weighted.topics_].to_numpy())


@pytest.mark.parametrize("power", POWERS[1:])
def test_prior_power_leans_toward_rare_topics_and_keeps_abstaining(fitted: TopicClassifier, answers, power) -> None:
    proba, said = answers[power]
    plain_proba, plain = answers[0.0]
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert (said == fitted.classes_[proba.argmax(axis=1)]).all()
    # every text the unshifted model abstains on still abstains, with the same (low) score
    assert (said[plain == "other"] == "other").all()
    np.testing.assert_array_equal(proba[plain == "other"], plain_proba[plain == "other"])
    # answers that change go to a topic rarer in training than the one they leave
    share = dict(zip(fitted.topics_, fitted.prior_))
    moved = (said != plain) & (said != "other")
    assert moved.any() or power < TOP  # a topic's own training texts are answered confidently: TOP moves some
    assert all(share[new] < share[old] for new, old in zip(said[moved], plain[moved]))


def test_more_power_moves_more_answers(answers) -> None:
    changed = [int((answers[p][1] != answers[0.0][1]).sum()) for p in POWERS]
    assert changed == sorted(changed) and changed[0] == 0 < changed[-1]


def test_explain_names_the_terms_of_the_answered_topic(fitted: TopicClassifier, answers, data) -> None:
    texts = data[0]
    moved = [i for i, (new, old) in enumerate(zip(answers[TOP][1], answers[0.0][1])) if new != old and new != "other"]
    fitted.set_params(prior_power=TOP)
    try:
        for i in moved[:5]:
            row = fitted._features([texts[i]])[0].getrow(0)
            topic = int(np.flatnonzero(fitted.topics_ == answers[TOP][1][i])[0])
            read = topic_text(texts[i])  # explain reads what predict reads (no greeting, contact, sign-off or tags)
            expected = top_terms(read, row, fitted.coef_[topic], fitted.words_, fitted.chars_, 5, fitted._stop())
            assert fitted.explain(texts[i]) == expected
    finally:
        fitted.set_params(prior_power=0.0)


def test_old_pickles_and_the_default_keep_the_unshifted_answers(fitted: TopicClassifier, answers, data) -> None:
    assert TopicClassifier().get_params()["prior_power"] == 0.0
    state = pickle.loads(pickle.dumps(fitted)).__getstate__()
    del state["prior_power"], state["prior_"]  # as a model saved before the parameter existed
    old = TopicClassifier.__new__(TopicClassifier)
    old.__setstate__(state)
    assert clone(old).get_params()["prior_power"] == 0.0
    texts = data[0] + ["Привет, как дела?", "12345", "Во дворе яма, а в квартире холодные батареи"]
    np.testing.assert_array_equal(old.predict_proba(texts), answers[0.0][0])
    old.set_params(prior_power=1.0)  # no prior saved: a uniform one, nothing to shift
    np.testing.assert_allclose(old.predict_proba(texts), answers[0.0][0], rtol=1e-12, atol=1e-15)


def test_prior_power_pickles_and_clones(fitted: TopicClassifier, data) -> None:
    fitted.set_params(prior_power=0.5)
    try:
        again = pickle.loads(pickle.dumps(fitted))
        assert again.get_params()["prior_power"] == clone(fitted).get_params()["prior_power"] == 0.5
        np.testing.assert_array_equal(again.predict_proba(data[0][:50]), fitted.predict_proba(data[0][:50]))
    finally:
        fitted.set_params(prior_power=0.0)


def test_without_a_fallback_the_shift_still_applies(data) -> None:
    texts, labels = data
    model = TopicClassifier(fallback=None, prior_power=1.0).fit(texts[:300], labels[:300])
    proba = model.predict_proba(texts[:100])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    model.set_params(prior_power=0.0)
    plain = model.predict_proba(texts[:100])
    np.testing.assert_allclose(proba, shift_prior(plain.copy(), model.prior_, 1.0))


def test_without_a_fallback_an_empty_text_keeps_even_probabilities_under_a_prior_shift():
    # the training mix is no evidence: shifted, it made the topic rarest in training (heating, 2 of 5 texts) the
    # answer to "", "hello" and "12345" with 0.55 where the model knows nothing
    texts = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи", "Яма во дворе"]
    labels = ["roads", "roads", "heating", "heating", "roads"]
    model = TopicClassifier(fallback=None, prior_power=0.5, min_score=0.0).fit(texts * 3, labels * 3)
    np.testing.assert_array_equal(model.predict_proba(["", "hello", "12345"]), np.full((3, 2), 0.5))
    shifted = model.predict_proba(["Яма во дворе", "Холодные батареи"])  # texts with evidence are still shifted
    model.set_params(prior_power=0.0)
    assert (shifted[:, 0] > model.predict_proba(["Яма во дворе", "Холодные батареи"])[:, 0]).all()


SHIFTS = [
    # proba, prior, power, other, shifted
    ([[0.6, 0.3, 0.1]], [0.8, 0.2, 0.0], 0.0, 2, [[0.6, 0.3, 0.1]]),
    ([[0.6, 0.3, 0.1]], [0.8, 0.2, 0.0], 0.5, 2, [[0.45, 0.45, 0.1]]),
    ([[0.6, 0.4]], [0.8, 0.2], 1.0, None, [[0.272727, 0.727273]]),
    ([[0.5, 0.5, 0.0]], [0.5, 0.5, 0.0], 1.0, 2, [[0.5, 0.5, 0.0]]),  # an even prior changes nothing
    ([[0.0, 0.0, 1.0]], [0.9, 0.1, 0.0], 1.0, 2, [[0.0, 0.0, 1.0]]),  # all mass on the fallback stays there
]


@pytest.mark.parametrize(("proba", "prior", "power", "other", "shifted"), SHIFTS)
def test_shift_prior(proba, prior, power, other, shifted) -> None:
    got = shift_prior(np.array(proba, dtype=float), np.array(prior), power, other)
    np.testing.assert_allclose(got, shifted, atol=1e-6)


REFUSED_POWERS = [-0.15, -1, float("nan"), float("inf"), "0.15", None, True]


@pytest.mark.parametrize("power", REFUSED_POWERS)
def test_prior_power_below_zero_or_not_a_number_is_refused(fitted: TopicClassifier, data, power) -> None:
    with pytest.raises(InputError, match=r"expected a number >= 0 as prior_power, got .*; pass 0"):
        TopicClassifier(prior_power=power).fit(data[0][:60], data[1][:60])
    fitted.set_params(prior_power=power)  # set after fitting: refused where it is read
    try:
        with pytest.raises(InputError, match="expected a number >= 0 as prior_power"):
            fitted.predict(["Яма на дороге"])
    finally:
        fitted.set_params(prior_power=0.0)


def test_the_shipped_model_divides_out_its_training_mix_at_0_2() -> None:
    shipped = load_default()
    assert SHIPPED_PARAMS["prior_power"] == 0.2 and default_classifier().prior_power == 0.2
    assert shipped.get_params()["prior_power"] == 0.2 and TopicClassifier().prior_power == 0.0
    # fitted with prior_ (a model saved before it has a uniform one: the shift would do nothing)
    prior = dict(zip(shipped.topics_, shipped.prior_))
    # safety 0.0015 since session 22's 22 safety seeds (0.0008 before), 0.0029 since session 26's region rows (health
    # 0.0044, building 0.31): still the rarest of the three; since session 59's T59 (blind27..46's rows) safety 0.0053,
    # health 0.0067, building 0.29
    assert prior["building"] > 0.28 and prior["health"] < 0.008 and prior["safety"] < 0.006
    assert abs(sum(prior.values()) - 1) < 1e-9


def test_the_shipped_model_leans_toward_topics_rare_in_its_training_mix() -> None:
    shipped = load_default()
    plain = pickle.loads(pickle.dumps(shipped)).set_params(prior_power=0.0)
    text = ["Остановка автобуса без навеса, лужа"]  # transport is 0.6 % of the training texts, roads 10 %
    before, after = (dict(zip(m.classes_, m.predict_proba(text)[0])) for m in (plain, shipped))
    prior = dict(zip(shipped.topics_, shipped.prior_))
    lean = (prior["roads"] / prior["transport"]) ** 0.2  # how much more transport weighs against roads
    assert after["transport"] / after["roads"] == pytest.approx(lean * before["transport"] / before["roads"])
    assert after["transport"] > before["transport"] and after["roads"] < before["roads"]
