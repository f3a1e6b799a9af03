"""From urgency probabilities to a level: the recall-tuned ``critical`` threshold and the high/normal weight.

Missing a critical appeal is the worst error, so ``critical`` is not simply the likeliest level: it is said from
a P(critical) threshold tuned on out-of-fold predictions of the training data to catch at least
``critical_recall`` of the critical appeals (:func:`recall_threshold`). Below it, ``high`` wins when
``high_weight * P(high) >= P(normal)``, the weight tuned on the same predictions for the best macro-F1
(:func:`best_high_weight`). A text the lexicon reads as calm (a supply said to work or repaired, no danger) needs
P(critical) >= 0.5 (:func:`decide`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container
from typing import Any

import numpy as np

from mcu_nlp.lexicon import LEVELS, Signal

#: Weights of P(high) against P(normal) tried when the decision is tuned (e^-1 .. e^1).
HIGH_WEIGHTS = tuple(float(w) for w in np.exp(np.linspace(-1.0, 1.0, 21)))
#: The P(critical) a calm text needs, whatever the tuned threshold.
CALM_THRESHOLD = 0.5


def tune_decision(make_model: Callable[[], Any], features: Any, labels: np.ndarray, *, cv: int, random_state: int,
                  critical_recall: float) -> tuple[float, float, np.ndarray]:
    """The highest P(critical) cut that keeps ``critical_recall`` on out-of-fold predictions, the weight of P(high)
    against P(normal) below it that gives the best out-of-fold macro-F1, and the out-of-fold P(critical)."""
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(cv, shuffle=True, random_state=random_state)
    out_of_fold = out_of_fold_proba(make_model, features, labels, folds)
    threshold = recall_threshold(out_of_fold[labels == "critical", 0], critical_recall)
    return threshold, best_high_weight(out_of_fold, labels, threshold), out_of_fold[:, 0]


def out_of_fold_proba(make_model: Callable[[], Any], features: Any, labels: np.ndarray, folds: Any) -> np.ndarray:
    """Each text's probabilities from a ``make_model()`` fitted on the folds that leave it out."""
    out_of_fold = np.zeros((len(labels), len(LEVELS)))
    for train, test in folds.split(features, labels):
        model = make_model().fit(features[train], labels[train])
        out_of_fold[test] = model.predict_proba(features[test])
    return out_of_fold


def recall_threshold(critical_scores: np.ndarray, recall: float) -> float:
    """The highest P(critical) cut that keeps ``recall`` of the critical appeals (their ``critical_scores``),
    at most 0.5.

    >>> recall_threshold(np.array([0.9, 0.2, 0.6, 0.3]), 0.75)
    0.3
    >>> recall_threshold(np.array([0.9, 0.8]), 0.5)
    0.5
    """
    scores = np.sort(critical_scores)[::-1]
    keep = max(1, math.ceil(recall * len(scores)))
    return float(min(0.5, scores[keep - 1]))


def weighted_levels(proba: np.ndarray, critical: np.ndarray, high_weight: float) -> np.ndarray:
    """``critical`` where the mask says so, else ``high`` when ``high_weight * P(high) >= P(normal)``, else ``normal``.

    >>> weighted_levels(np.array([[0.6, 0.3, 0.1], [0.1, 0.4, 0.5]]), np.array([True, False]), 1.5).tolist()
    ['critical', 'high']
    """
    rest = np.where(proba[:, 1] * high_weight >= proba[:, 2], "high", "normal")
    return np.where(critical, "critical", rest)


def best_high_weight(proba: np.ndarray, labels: np.ndarray, threshold: float) -> float:
    """The weight of P(high) against P(normal) (a grid around 1, ties to the one nearest 1) with the best macro-F1."""
    from sklearn.metrics import f1_score

    critical = proba[:, 0] >= threshold
    best = (-1.0, 0.0, 1.0)
    for weight in HIGH_WEIGHTS:
        predicted = weighted_levels(proba, critical, weight)
        score = f1_score(labels, predicted, labels=list(LEVELS), average="macro", zero_division=0)
        best = max(best, (round(score, 6), -abs(math.log(weight)), weight))
    return float(best[2])


def is_calm(signals: list[Signal], settling: Container[str] | None = None) -> bool:
    """A supply said to work or repaired (a signal named in ``settling``; None: any "normal" signal), and no danger
    signal. A question about the heating season is "normal" but settles nothing: "когда включат отопление? дома
    +12" is not calm.

    >>> from mcu_nlp.lexicon import find_signals
    >>> is_calm(find_signals("вода есть")), is_calm(find_signals("нет воды")), is_calm([])
    (True, False, False)
    >>> is_calm(find_signals("когда включат отопление?"), {"supply present", "repaired"})
    False
    """
    return (bool(signals) and all(s.level == "normal" for s in signals)
            and (settling is None or any(s.name in settling for s in signals)))


def decide(proba: np.ndarray, signals: list[list[Signal]], threshold: float, high_weight: float,
           settling: Container[str] | None = None) -> np.ndarray:
    """The level of each text from its probabilities (critical, high, normal) and its lexicon signals; ``settling``
    names the signals that make a text calm (:func:`is_calm`)."""
    calm = np.array([is_calm(found, settling) for found in signals], dtype=bool)
    cut = np.where(calm, max(threshold, CALM_THRESHOLD), threshold)
    return weighted_levels(proba, proba[:, 0] >= cut, high_weight).astype(object)
