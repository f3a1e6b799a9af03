"""How :meth:`~mcu_nlp.topic.TopicClassifier.fit` trains its linear SVM: on topic indices with the topics' weights,
after a held-out fold has chosen the columns to keep and fitted the softmax temperatures.

The held-out fold is :func:`~mcu_nlp.topic.calibration.calibration_split`'s: an SVM on 80% of the texts chooses the
``max_features`` strongest columns (:func:`~mcu_nlp.topic.features.keep_strongest`), and its decisions on the other
20% fit the temperature of the softmax (and, with experts, of their product: :mod:`mcu_nlp.topic.vectors`).

A fallback learned from off-topic training texts ("other") answers a text by its own evidence only: its intercept
is held down to the topics' highest (:func:`capped_fallback`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.svm import LinearSVC

from mcu_nlp.topic.calibration import calibration_split, fit_temperature, softmax
from mcu_nlp.topic.features import keep_strongest
from mcu_nlp.topic.vectors import EXPERT_TEMPERATURE, fit_expert_temperature


def topic_svm(model: Any) -> LinearSVC:
    """The linear SVM of ``model``, to be fitted on topic indices: scikit-learn looks ``class_weight`` up by
    ``int(label)``, which would merge float labels (1.5 -> 1) and miss "3"; indices keep the topics' sorted order
    and weights."""
    weights = {i: model.weights_[topic] for i, topic in enumerate(model.topics_.tolist())}
    return LinearSVC(C=model.C, class_weight=weights, random_state=model.random_state)


def learned_fallback(model: Any) -> int | None:
    """Index in ``model.topics_`` of the fallback when training texts are labelled with it, else None."""
    fallback, topics = getattr(model, "fallback_", None), model.topics_.tolist()
    return topics.index(fallback) if fallback is not None and fallback in topics else None


def capped_fallback(intercept: np.ndarray, fallback: int | None) -> np.ndarray:
    """``intercept`` (one per topic) with the learned fallback's held down to the topics' highest.

    One-vs-rest, the fallback's rest is every appeal, so the SVM gave it the intercept of "no topic word seen":
    above every topic's (session 18's shipped model: -0.33 against -0.78 to -1.41), and a real appeal in words
    the training texts did not use went to "other" with no off-topic word in it («Спасибо соцзащите за помощь с
    дровами»; blind dev sets: 154 answers of "other" for 83 texts). A text with no evidence gets the fallback
    anyway (:func:`~mcu_nlp.topic.calibration.abstaining`), so the fallback keeps only what its words earn.

    >>> capped_fallback(np.array([-0.8, -0.3, -1.1]), 1).tolist()
    [-0.8, -0.8, -1.1]
    >>> capped_fallback(np.array([-0.8, -0.3, -1.1]), None).tolist()
    [-0.8, -0.3, -1.1]
    """
    if fallback is None or len(intercept) < 3:  # binary: one decision, no topic to hold the fallback to
        return intercept
    intercept = intercept.copy()
    intercept[fallback] = min(intercept[fallback], np.delete(intercept, fallback).max())
    return intercept


def fitted_svm(model: Any, features: sp.csr_matrix, codes: np.ndarray, weight: np.ndarray | None) -> LinearSVC:
    """:func:`topic_svm` fitted on ``codes`` (topic indices), the learned fallback's intercept capped."""
    svm = topic_svm(model).fit(features, codes, sample_weight=weight)
    fallback = learned_fallback(model)
    if fallback is not None and fallback in svm.classes_:  # a calibration fold's part may lack it
        svm.intercept_ = capped_fallback(svm.intercept_, int(np.searchsorted(svm.classes_, fallback)))
    return svm


def svm_weights(model: Any, features: sp.csr_matrix, codes: np.ndarray,
                weight: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """``coef_`` and ``intercept_`` (float32, one row per topic) of the SVM fitted on all the training rows."""
    svm = fitted_svm(model, features, codes, weight)
    coef, intercept = svm.coef_.astype(np.float32), svm.intercept_.astype(np.float32)
    if coef.shape[0] == 1:  # binary: sklearn keeps one row for the second class
        return np.vstack([-coef, coef]), np.hstack([-intercept, intercept])
    return coef, intercept


def select_and_calibrate(model: Any, features: sp.csr_matrix, codes: np.ndarray, groups: list[str],
                         weight: np.ndarray | None = None,
                         vectors: np.ndarray | None = None) -> tuple[sp.csr_matrix, dict[str, float]]:
    """The training ``features`` with only the kept columns, and the fitted temperatures (``temperature_``, and
    ``expert_temperature_`` with experts) of ``model``, whose vectorisers shrink to the kept columns.

    An SVM on 80% of the texts chooses the ``max_features`` strongest columns; the kept columns of each view are
    L2-normalised again, as the shrunk vectorisers do at predict time; an SVM on the same 80% over those columns
    gives the decisions on the other 20% that fit the softmax temperature. The 20% is held out by group (normalised
    text), so no text has a copy on both sides. With experts, those fitted on the 80% are multiplied in there and
    the product gets a temperature of its own.

    Without the second normalisation the final SVM learnt from rows shorter (mean norm 0.83-0.88) than the rows it
    is asked about, so its decisions grew at predict time and the temperature, fitted on the short rows, left
    ``predict_proba`` overconfident (benchmarks/RESULTS.md)."""
    train, held = calibration_split(codes, groups, model.random_state)
    part = None if weight is None else weight[train]
    svm = fitted_svm(model, features[train], codes[train], part)
    if model.max_features and features.shape[1] > model.max_features:
        features = keep_strongest(model.words_, model.chars_, features, svm.coef_, model.max_features)
        if len(held):
            svm = fitted_svm(model, features[train], codes[train], part)
    fitted = {"temperature_": 1.0}
    if len(held):
        decision = svm.decision_function(features[held])
        decision = np.column_stack([-decision, decision]) if decision.ndim == 1 else decision
        scores = np.full((len(held), len(model.topics_)), decision.min() - 1.0)  # unseen topic: least likely
        scores[:, svm.classes_] = decision
        fitted["temperature_"] = fit_temperature(scores, codes[held])
        if vectors is not None:  # the experts' product gets its own temperature, on the same 20%
            proba = softmax(scores, fitted["temperature_"])
            fitted[EXPERT_TEMPERATURE] = fit_expert_temperature(model, proba, vectors, codes, train, held, weight)
    return features, fitted
