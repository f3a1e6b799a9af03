"""From urgency probabilities to a level: a ``critical`` cut on P(critical) and a weight of P(high) against P(normal).

Missing a critical appeal is the worst error, so ``critical`` is not simply the likeliest level: it is said from a
P(critical) cut below 0.5. Below it, ``high`` wins when ``high_weight * P(high) >= P(normal)``. Two ways to set them
(``UrgencyClassifier(decision=...)``, :func:`decision_cuts`; :meth:`~mcu_nlp.urgency.UrgencyClassifier.predict` reads
``decision`` each time, so ``set_params(decision=...)`` on a fitted model counts without a refit):

- ``"other_regions"``: SIGNAL_CUTS and SIGNAL_HIGH_WEIGHTS, one pair per lexicon reading of the text
  (:func:`reading`: a critical signal, a high one, none), chosen on hand-written appeals of other regions than the
  training corpus; the cut of a text with a critical signal is the model's own out-of-fold one. A danger signal the
  learned model talks down out of its region keeps more weight: a text with a critical signal below the cut is high
  unless the model is sure it is normal.
- ``"out_of_fold"`` (the default): one cut tuned on out-of-fold predictions of the training data to catch at least
  ``critical_recall`` of its critical appeals (:func:`recall_threshold`), and the weight tuned on the same predictions
  for the best macro-F1 (:func:`best_high_weight`), whatever the lexicon reads. Tuned on the SPb / Kursk training
  texts, the cut and weight lost to the plain argmax on every other-region dev set (blind13..19).

``"other_regions"`` raised macro-F1 on the dev sets it was chosen on (blind12..18), on blind19 and on the annotated
hold-out, but lowered critical recall on three of the four sets not used to choose it (hold-out 0.900 -> 0.887, SPb ->
Kursk 0.866 -> 0.827, the fresh blind20 0.512 -> 0.488, where its macro-F1 was also lower, 0.663 -> 0.652; Kursk ->
SPb 0.862 -> 0.867; benchmarks/RESULTS.md, session 20). A missed critical appeal is the worst error, so it is not the
default.

A text the lexicon reads as calm (a supply said to work or repaired, no danger) needs P(critical) >= 0.5
(:func:`decide`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Sequence
from typing import Any

import numpy as np

from mcu_nlp.errors import InputError, Shown, expected, quoted
from mcu_nlp.lexicon import LEVELS, Signal
from mcu_nlp.urgency.guideline import signal_level
from mcu_nlp.urgency.trust import RANK

#: Weights of P(high) against P(normal) tried when the decision is tuned (e^-1 .. e^1).
HIGH_WEIGHTS = tuple(float(w) for w in np.exp(np.linspace(-1.0, 1.0, 21)))
#: How much out-of-fold macro-F1 a weight away from 1 must gain to be chosen (:func:`best_high_weight`): a few texts of
#: the ~5,000 training ones
HIGH_WEIGHT_TOLERANCE = 0.002
#: The P(critical) a calm text needs, whatever the tuned threshold.
CALM_THRESHOLD = 0.5
#: The ``other_regions`` decision's P(critical) cut by the lexicon reading of a text (:func:`reading`: a critical
#: signal, a high signal and no critical one, neither) and its weight of P(high) against P(normal). Chosen in session
#: 20 on the pooled other-region dev sets data/topic/blind12..18 (1,992 hand-written appeals of regions outside the
#: SPb / Kursk training corpus), with the probabilities of the shipped model of session 19, for the best macro-F1 with
#: critical recall at most 0.02 below the out-of-fold cut's (0.7491 -> 0.7546, recall 0.848 -> 0.835); confirmed on
#: blind19 (0.726 -> 0.730) and the annotated held-out 25 % (0.746 -> 0.754, critical recall 0.900 -> 0.887), see
#: benchmarks/RESULTS.md. The first cut (a text with a critical signal) is the out-of-fold one of that model, which the
#: search kept: :func:`decision_cuts` puts each model's own out-of-fold threshold in its place.
SIGNAL_CUTS = (0.1384, 0.16, 0.14)
SIGNAL_HIGH_WEIGHTS = (math.exp(3.0), math.exp(0.4), 1.0)
#: The ways :func:`decision_cuts` sets the cuts and weights (``UrgencyClassifier(decision=...)``).
DECISIONS = ("other_regions", "out_of_fold")


def tune_decision(make_model: Callable[[], Any], features: Any, labels: np.ndarray, *, cv: int, random_state: int,
                  critical_recall: float, recall_rows: np.ndarray | None = None,
                  sample_weight: np.ndarray | None = None) -> tuple[float, float, np.ndarray]:
    """The highest P(critical) cut that keeps ``critical_recall`` of the critical texts among ``recall_rows`` (a
    boolean mask; None: all texts) on out-of-fold predictions, the weight of P(high) against P(normal) below it that
    gives the best out-of-fold macro-F1 over all texts, and the out-of-fold P(critical); ``sample_weight`` (None: 1
    each) weighs the texts in the fold models and in that macro-F1, not in the recall count."""
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(cv, shuffle=True, random_state=random_state)
    out_of_fold = out_of_fold_proba(make_model, features, labels, folds, sample_weight)
    counted = labels == "critical" if recall_rows is None else (labels == "critical") & recall_rows
    threshold = recall_threshold(out_of_fold[counted, 0], critical_recall)
    return threshold, best_high_weight(out_of_fold, labels, threshold, sample_weight), out_of_fold[:, 0]


def out_of_fold_proba(make_model: Callable[[], Any], features: Any, labels: np.ndarray, folds: Any,
                      sample_weight: np.ndarray | None = None) -> np.ndarray:
    """Each text's probabilities from a ``make_model()`` fitted (with the texts' ``sample_weight``, if any) on the
    folds that leave it out."""
    out_of_fold = np.zeros((len(labels), len(LEVELS)))
    for train, test in folds.split(features, labels):
        weights = None if sample_weight is None else sample_weight[train]
        model = make_model().fit(features[train], labels[train], sample_weight=weights)
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


def weighted_levels(proba: np.ndarray, critical: np.ndarray, high_weight: float | np.ndarray) -> np.ndarray:
    """``critical`` where the mask says so, else ``high`` when ``high_weight * P(high) >= P(normal)`` (one weight, or
    one per text), else ``normal``.

    >>> weighted_levels(np.array([[0.6, 0.3, 0.1], [0.1, 0.4, 0.5]]), np.array([True, False]), 1.5).tolist()
    ['critical', 'high']
    """
    rest = np.where(proba[:, 1] * high_weight >= proba[:, 2], "high", "normal")
    return np.where(critical, "critical", rest)


def best_high_weight(proba: np.ndarray, labels: np.ndarray, threshold: float,
                     sample_weight: np.ndarray | None = None) -> float:
    """The weight of P(high) against P(normal) (a grid around 1) with the best macro-F1 (texts weighed by
    ``sample_weight``, None: 1 each), or the one nearest 1 of those within HIGH_WEIGHT_TOLERANCE of it: session 23's
    refit chose 1.49 over 1.0 for an out-of-fold gain of 0.00016, noise that moved every other-region answer between
    high and normal (blind23: normal answered high 10 -> 20).

    >>> proba = np.array([[0.0, 0.45, 0.55], [0.0, 0.40, 0.60], [0.0, 0.7, 0.3]])
    >>> best_high_weight(proba, np.array(["high", "normal", "high"]), 0.5)  # 1.0 misses one high: 1.3 gets all
    1.3498588075760032
    >>> best_high_weight(proba[[0, 2]], np.array(["normal", "high"]), 0.5)
    1.0
    """
    from sklearn.metrics import f1_score

    critical = proba[:, 0] >= threshold
    scores = [(f1_score(labels, weighted_levels(proba, critical, weight), labels=list(LEVELS), average="macro",
                        zero_division=0, sample_weight=sample_weight), weight) for weight in HIGH_WEIGHTS]
    best = max(score for score, _ in scores)
    return float(min((abs(math.log(w)), w) for score, w in scores if score >= best - HIGH_WEIGHT_TOLERANCE)[1])


def check_decision(decision: Any) -> None:
    """Refuse a ``decision`` not in DECISIONS (``InputError``, a ``ValueError``); a short string is shown as it is (a
    hyper-parameter, not a text: «got str of 3 characters» hid the typo; walkthrough s57 A4).

    >>> check_decision("oof")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected decision in ('other_regions', 'out_of_fold'), got 'oof'; pass one of them
    """
    if decision not in DECISIONS:
        shown = Shown(quoted(decision, spaces=False))  # a hyper-parameter's typo as typed, no text's words
        raise InputError(expected(f"decision in {DECISIONS}", shown, "pass one of them"))


def decision_cuts(decision: str, threshold: float, high_weight: float) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The P(critical) cuts and P(high) weights by lexicon reading (:func:`reading`) of a ``decision`` of DECISIONS:
    the out-of-fold ``threshold`` and ``high_weight`` for every reading, or SIGNAL_CUTS and SIGNAL_HIGH_WEIGHTS with
    the model's own out-of-fold ``threshold`` as the cut of a text with a critical signal (SIGNAL_CUTS holds the one of
    the model they were chosen with, 0.1384: a model fitted on other texts keeps its own).

    >>> decision_cuts("out_of_fold", 0.13, 1.1)
    ((0.13, 0.13, 0.13), (1.1, 1.1, 1.1))
    >>> decision_cuts("other_regions", 0.13, 1.1)[0]
    (0.13, 0.16, 0.14)
    """
    if decision == "other_regions":
        return (threshold, *SIGNAL_CUTS[1:]), SIGNAL_HIGH_WEIGHTS
    return (threshold,) * len(LEVELS), (high_weight,) * len(LEVELS)


def reading(signals: list[Signal]) -> int:
    """0 when a signal is critical, 1 when one is high (and none critical), 2 otherwise: the row of a text's cut.

    >>> from mcu_nlp.lexicon import find_signals
    >>> reading(find_signals("Пахнет газом")), reading(find_signals("Яма на дороге")), reading([])
    (0, 1, 2)
    """
    return RANK[signal_level(signals)]


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


def decide(proba: np.ndarray, signals: list[list[Signal]], threshold: float | Sequence[float],
           high_weight: float | Sequence[float], settling: Container[str] | None = None) -> np.ndarray:
    """The level of each text from its probabilities (critical, high, normal) and its lexicon signals; ``threshold``
    and ``high_weight`` are one number for all texts or three, by the lexicon reading of each (:func:`reading`, as
    :func:`decision_cuts` gives them); ``settling`` names the signals that make a text calm (:func:`is_calm`).

    >>> from mcu_nlp.lexicon import find_signals
    >>> signals = [find_signals("Пахнет газом"), find_signals("Поставьте лавочку")]
    >>> decide(np.array([[0.12, 0.1, 0.78]] * 2), signals, SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS).tolist()
    ['high', 'normal']
    >>> decide(np.array([[0.12, 0.1, 0.78]] * 2), signals, 0.1384, 1.1).tolist()
    ['normal', 'normal']
    """
    readings = np.array([reading(found) for found in signals], dtype=int)
    cuts = np.broadcast_to(np.asarray(threshold, dtype=float), (len(LEVELS),))[readings]
    weights = np.broadcast_to(np.asarray(high_weight, dtype=float), (len(LEVELS),))[readings]
    calm = np.array([is_calm(found, settling) for found in signals], dtype=bool)
    cut = np.where(calm, np.maximum(cuts, CALM_THRESHOLD), cuts)
    return weighted_levels(proba, proba[:, 0] >= cut, weights).astype(object)
