"""scikit-learn's ``cross_val_predict(..., method="predict_proba")`` label-encodes ``y`` (critical, high, normal ->
0, 1, 2) before it fits each fold, then puts each fold's columns where ``classes_`` says: the urgency model refused
the codes with an InputError (session 16 walkthrough); the topic model accepts them."""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.urgency import LEVELS, UrgencyClassifier, read_annotations


@pytest.fixture(scope="module")
def sample():
    annotations = read_annotations()
    rows = annotations.groupby("label").sample(n=30, random_state=4).sample(frac=1.0, random_state=4)
    return rows["text"].tolist(), rows["label"].tolist()


def test_cross_val_predict_of_probabilities(sample) -> None:
    from sklearn.model_selection import cross_val_predict

    texts, labels = sample
    out = cross_val_predict(UrgencyClassifier(cv=2, char_weight=0), texts, labels, cv=3, method="predict_proba")
    assert out.shape == (len(texts), len(LEVELS))
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    assert (np.asarray(LEVELS)[out.argmax(axis=1)] == np.asarray(labels)).mean() > 0.5


def test_codes_are_the_levels_in_order(sample) -> None:
    texts, labels = sample
    codes = np.array([LEVELS.index(label) for label in labels])  # as cross_val_predict passes them
    named = UrgencyClassifier(cv=2, char_weight=0).fit(texts, labels)
    coded = UrgencyClassifier(cv=2, char_weight=0).fit(texts, codes)
    assert coded.classes_.tolist() == [0, 1, 2]
    probe = ["Сильно пахнет газом в подъезде", "Прошу установить лавочку", "Яма на дороге"]
    np.testing.assert_array_equal(coded.predict_proba(probe), named.predict_proba(probe))
    assert [LEVELS[i] for i in coded.predict(probe)] == named.predict(probe).tolist()


@pytest.mark.parametrize("labels", [[0, 1, 3], [True, False, True], [0, "high", 2]])
def test_other_numbers_are_refused(labels) -> None:
    with pytest.raises(InputError, match="expected labels critical, high or normal"):
        UrgencyClassifier(cv=2).fit(["нет воды", "яма", "лавочка"], labels)
