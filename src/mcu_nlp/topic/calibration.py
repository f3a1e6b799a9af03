"""The probability and abstaining math of :class:`~mcu_nlp.topic.TopicClassifier`.

SVM decisions become probabilities through a softmax whose temperature is fitted on decisions for held-out texts
(grouped by normalised text, so no text has a copy on both sides); texts that should get no topic put the
fallback ("other") on top with a low score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from sklearn.model_selection import GroupShuffleSplit

CALIBRATION_SHARE = 0.2


def softmax(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Row-wise softmax of ``scores / temperature``.

    >>> softmax(np.array([[0.0, 0.0]])).tolist()
    [[0.5, 0.5]]
    """
    z = scores / temperature
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def fit_temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """The softmax temperature that minimises the log-loss of ``scores`` (rows) against ``truth`` (indices).

    When every row's truth has the top score, no temperature is best: the loss falls as the softmax sharpens, and
    the search ended at its bound, every answer's probability 1.000 (a model retrained on 72 rows answered «во
    дворе» so; benchmarks/RESULTS.md, session 16). Such a fold has shown ``n`` right answers and no wrong one, and
    Laplace's rule of succession puts the next answer's chance of being wrong at ``1 / (n + 2)``: the loss is then
    taken against targets that keep that share off the truth (spread over the other columns). A fold with a wrong
    answer bounds the temperature itself and is fitted as it is (the shipped model's fold has hundreds).

    >>> scores = np.array([[2.0, 0.0], [0.0, 2.0], [2.0, 0.0], [0.0, 2.0]])
    >>> round(fit_temperature(scores, np.array([0, 1, 1, 0])), 1) > 10   # coin flips: flatten
    True
    >>> t = fit_temperature(scores, np.array([0, 1, 0, 1]))   # all right: the chance of a miss is 1 / 6
    >>> round(float(softmax(scores, t)[0, 0]), 3)
    0.833
    """
    from scipy.optimize import minimize_scalar

    rows = np.arange(len(truth))
    target = np.zeros(scores.shape)
    target[rows, truth] = 1.0
    if len(truth) and scores.shape[1] > 1 and (scores.argmax(axis=1) == truth).all():
        miss = 1.0 / (len(truth) + 2)
        target = target * (1.0 - miss) + (1.0 - target) * miss / (scores.shape[1] - 1)

    def loss(log_t: float) -> float:
        return -float((np.log(softmax(scores, math.exp(log_t)) + 1e-12) * target).sum(axis=1).mean())

    return math.exp(minimize_scalar(loss, bounds=(-5.0, 5.0), method="bounded").x)


def calibration_groups(texts: Sequence[str], normal: Sequence[str]) -> list[str]:
    """Group of each training text for the calibration fold: its normalised text, or a crude identity of the
    text when nothing is left after normalising (the same key ``data/topic/build.py`` splits train/test by).

    >>> calibration_groups(["Мусор во дворе!", "мусор во дворе", "!!!"], ["мусор двор", "мусор двор", ""])
    ['мусор двор', 'мусор двор', '']
    """
    from mcu_nlp.corpora import text_key

    return [key or text_key(text) for text, key in zip(texts, normal)]


def calibration_split(y: np.ndarray, groups: Sequence[str], random_state: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Rows that fit the calibration SVM and rows whose decisions fit the temperature: ``CALIBRATION_SHARE`` of
    the groups is held out whole, so no text has a copy on the other side. With fewer than 20 rows, one group (a
    fit refuses it first: :func:`~mcu_nlp.topic.inputs.check_distinct_texts`), or one topic left to train on, every
    row trains and none is held out.

    >>> train, held = calibration_split(np.array(["a", "b"] * 15), [f"text {i % 10}" for i in range(30)])
    >>> len(train), len(held), sorted({int(i) % 10 for i in held})
    (24, 6, [2, 8])
    """
    rows = np.arange(len(y))
    if len(y) < 20:
        return rows, rows[:0]
    # integer group codes in sorted-text order: the split is the one of the texts themselves, without numpy
    # sorting a fixed-width unicode array of every text (8 of the default model's 45 s of fitting)
    code = {key: i for i, key in enumerate(sorted(set(groups)))}
    if len(code) < 2:  # a held-out group would leave no row to train on
        return rows, rows[:0]
    split = GroupShuffleSplit(1, test_size=CALIBRATION_SHARE, random_state=random_state)
    train, held = next(split.split(rows, groups=[code[key] for key in groups]))
    return (train, held) if len(np.unique(y[train])) >= 2 else (rows, rows[:0])


def abstained(proba: np.ndarray, other: int) -> np.ndarray:
    """Rows of ``proba`` turned into "no topic" answers: column ``other`` on top with a low score.

    Mass the model put on ``other`` (it learned off-topic texts) is evidence against every topic, so it is
    spread evenly over them; then the fallback gets just enough to lead, ``best / (1 + best)`` of the best
    topic's share (under 0.5, and near 0 for a confidently off-topic text), and the topics keep their ranking.

    >>> off = abstained(np.array([[0.01] * 9 + [0.91]]), other=9)   # confidently off-topic, 9 topics
    >>> int(off.argmax()), round(float(off.max()), 3)
    (9, 0.101)
    >>> abstained(np.array([[0.6, 0.1, 0.1, 0.2]]), other=3).round(3).tolist()   # a weak topic, learned other
    [[0.399, 0.1, 0.1, 0.401]]
    """
    topics = np.delete(proba, other, axis=1)
    topics += proba[:, [other]] / topics.shape[1]
    best = topics.max(axis=1, keepdims=True)
    weight = np.minimum(best / (1.0 + best) + 1e-3, 1.0)
    out = np.insert(topics * (1.0 - weight), other, 0.0, axis=1)
    out[:, other] = weight[:, 0]
    return out


def abstaining(proba: np.ndarray, other: int, no_evidence: np.ndarray, min_score: float) -> np.ndarray:
    """Rows that get no topic: no evidence, best topic less likely than ``min_score``, or the fallback (column
    ``other``, learned from off-topic training texts labelled with it) the best class.

    >>> abstaining(np.array([[0.7, 0.2, 0.1], [0.5, 0.3, 0.2], [0.1, 0.3, 0.6]]), 2, np.zeros(3, bool), 0.2).tolist()
    [False, False, True]
    """
    topics = np.delete(proba, other, axis=1)
    return no_evidence | (topics.max(axis=1) < min_score) | (proba.argmax(axis=1) == other)


def shift_prior(proba: np.ndarray, prior: np.ndarray, power: float, other: int | None = None) -> np.ndarray:
    """``proba`` with each topic's probability divided by ``prior ** power`` (its share of the training texts),
    each row's topics renormalised to the mass they had; column ``other`` (the fallback) keeps its own.

    A model's probabilities carry the topic mix of its training data; another region's appeals come in another
    mix, where the topics rare in training are more common (benchmarks/RESULTS.md, session 9). ``power`` 0 changes
    nothing, 1 divides out the whole training prior.

    >>> shift_prior(np.array([[0.6, 0.3, 0.1]]), np.array([0.8, 0.2, 0.0]), 0.5, other=2).round(3).tolist()
    [[0.45, 0.45, 0.1]]
    """
    if not power:
        return proba
    ratio = np.power(np.where(prior > 0, prior, 1.0), -power)
    if other is not None:
        ratio[other] = 0.0
    shifted = proba * ratio
    total = shifted.sum(axis=1, keepdims=True)
    mass = proba.sum(axis=1, keepdims=True) - (0.0 if other is None else proba[:, [other]])
    shifted *= np.divide(mass, total, out=np.zeros_like(total), where=total > 0)
    if other is not None:
        shifted[:, other] = proba[:, other]
    return shifted


def answer(proba: np.ndarray, other: int | None, no_evidence: np.ndarray, min_score: float, prior: np.ndarray,
           power: float = 0.0) -> np.ndarray:
    """``proba`` (changed in place) as the model answers it: the :func:`abstaining` rows, decided on the model's
    own probabilities, become "no topic" answers (:func:`abstained`); the others' topics are re-ranked by
    :func:`shift_prior`, and a row whose best topic then falls below the fallback's mass abstains too. ``other``
    None: the model never abstains, and a row without evidence keeps its even probabilities (the training mix is no
    evidence: shifted, it made the topic rarest in training the confident answer to an empty text).

    >>> proba = np.array([[0.7, 0.2, 0.1], [0.5, 0.3, 0.2], [0.45, 0.35, 0.2]])
    >>> answer(proba.copy(), 2, np.array([False, True, False]), 0.2, np.array([0.9, 0.1, 0.0])).round(3).tolist()
    [[0.7, 0.2, 0.1], [0.374, 0.25, 0.376], [0.45, 0.35, 0.2]]
    >>> answer(proba.copy(), 2, np.zeros(3, bool), 0.2, np.array([0.9, 0.1, 0.0]), 0.5).round(3).tolist()[2]
    [0.24, 0.56, 0.2]
    >>> answer(np.array([[0.5, 0.5], [0.5, 0.5]]), None, np.array([True, False]), 0.2, np.array([0.8, 0.2]), 1.0)
    array([[0.5, 0.5],
           [0.2, 0.8]])
    """
    if other is None:
        shifted = shift_prior(proba, prior, power)
        shifted[no_evidence] = proba[no_evidence]
        return shifted
    rows = abstaining(proba, other, no_evidence, min_score)
    shifted = shift_prior(proba, prior, power, other)
    rows |= shifted.argmax(axis=1) == other
    shifted[rows] = abstained(proba[rows], other)
    return shifted
