"""TopicClassifier's class weights count each training text at its ``sample_weight`` (issue #3, session 25).

``weights.topic_weights`` counted every text as 1 while ``training_prior`` counted it at its weight: a corpus fitted
at weight 0.4 still moved the other topics' class weights as whole rows (benchmarks/RESULTS.md, session 24's topic
candidates W and X). A fit without ``sample_weight`` is unchanged to the bit (the shipped model's fit has none).
"""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.topic import TopicClassifier
from mcu_nlp.topic.weights import topic_weights


def test_a_text_counts_at_its_weight() -> None:
    """A text of weight 2 counts as the same text twice, one of weight 0.4 as 0.4 of a text; no weight is 1 each."""
    topics = np.array(["a", "b", "c"], dtype=object)
    assert topic_weights(topics, np.array([0, 1, 2]), 0.5, np.array([2.0, 1.0, 1.0])) == topic_weights(
        topics, np.array([0, 0, 1, 2]), 0.5
    )
    codes = np.array([0, 0, 1, 2, 2, 2])
    assert topic_weights(topics, codes, 0.5, np.ones(6)) == topic_weights(topics, codes, 0.5)
    light = topic_weights(topics, codes, 1.0, np.array([1.0, 1.0, 1.0, 1.0, 0.4, 0.4]))
    assert light == pytest.approx({"a": 0.8, "b": 1.6, "c": 1.6 / 1.8})  # even share 4.8 / 3 over each count


def test_a_weighted_fit_balances_topics_by_their_weighted_counts(topic_data) -> None:
    texts, labels = topic_data[0][:300], np.asarray(topic_data[1][:300], dtype=object)
    weight = np.where(labels == "building", 3.0, 1.0)
    plain = TopicClassifier().fit(texts, labels.tolist())
    weighted = TopicClassifier().fit(texts, labels.tolist(), sample_weight=weight)
    topics = weighted.topics_
    counts = {topic: float(weight[labels == topic].sum()) for topic in topics}
    even = weight.sum() / len(topics)
    assert weighted.weights_ == pytest.approx({t: (even / counts[t]) ** weighted.balance for t in topics})
    assert weighted.weights_["building"] < plain.weights_["building"]  # three times the texts, less weight each
    assert plain.weights_ == topic_weights(topics, np.searchsorted(topics, labels), plain.balance)


def test_a_topic_whose_texts_all_weigh_0_is_refused_by_name(topic_data) -> None:
    """Session 25 review: all of a topic's rows at weight 0 gave an infinite class weight (RuntimeWarning), then
    numpy's "shape mismatch" deep in the fit; the fit now refuses it first, naming the topic, and keeps its state."""
    texts, labels = topic_data[0][:300], np.asarray(topic_data[1][:300], dtype=object)
    model = TopicClassifier().fit(texts[:60], labels[:60].tolist())
    before = model.weights_
    weight = np.where(np.isin(labels, ["building", "water"]), 0.0, 1.0)
    with pytest.raises(InputError, match=r"a total of 0 for \['building', 'water'\]"):
        model.fit(texts, labels.tolist(), sample_weight=weight)
    assert model.weights_ == before
    with pytest.raises(ValueError, match=r"a total of 0 for \['ads', "):
        TopicClassifier().fit(texts, labels.tolist(), sample_weight=0)
    weight[np.flatnonzero(labels == "water")[0]] = 0.5  # one text of weight 0.5 is enough
    with pytest.raises(InputError, match=r"a total of 0 for \['building'\]; give those topics' texts a weight > 0"):
        TopicClassifier().fit(texts, labels.tolist(), sample_weight=weight)


@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf])
def test_negative_or_not_finite_weights_are_refused_by_row(topic_data, bad: float) -> None:
    texts, labels = topic_data[0][:60], topic_data[1][:60]
    weight = np.ones(60)
    weight[[3, 7]] = bad
    with pytest.raises(InputError, match="expected sample_weight: finite numbers 0 or more, got others on rows 3, 7"):
        TopicClassifier().fit(texts, labels, sample_weight=weight)
