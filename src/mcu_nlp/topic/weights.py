"""How much each topic counts in a :class:`~mcu_nlp.topic.TopicClassifier` fit: the SVM's class weights, and
the topic mix of the training texts that ``prior_power`` divides out at predict time.

Both come from the same count of the training labels; the first evens out the fit, the second the answers.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def topic_weights(
    topics: np.ndarray, codes: np.ndarray, balance: float, weight: np.ndarray | None = None
) -> dict[Any, float]:
    """Weight of each topic: ``(share of an even split / share of the topic) ** balance``, the shares counted
    in ``weight`` (each text's sample_weight; None: 1 each), as :func:`training_prior` counts them: a text
    that weighs 0.4 in the fit adds 0.4 to its topic's count, not 1.

    >>> topic_weights(np.array(["a", "b"], dtype=object), np.array([0, 0, 0, 1]), 1.0)
    {'a': 0.6666666666666666, 'b': 2.0}
    >>> topic_weights(np.array(["a", "b"], dtype=object), np.array([0, 0, 0, 1]), 1.0, np.array([1.0, 1.0, 1.0, 3.0]))
    {'a': 1.0, 'b': 1.0}
    """
    counts = np.bincount(codes, weights=weight, minlength=len(topics))
    even = counts.sum() / len(topics)
    return {t: float((even / counts[i]) ** balance) for i, t in enumerate(topics.tolist())}


def training_prior(codes: np.ndarray, n_topics: int, weight: np.ndarray | None = None) -> np.ndarray:
    """Each topic's share of the (weighted) training texts.

    >>> training_prior(np.array([0, 0, 0, 1]), 3).tolist()
    [0.75, 0.25, 0.0]
    >>> training_prior(np.array([0, 0, 0, 1]), 2, np.array([1.0, 1.0, 1.0, 3.0])).tolist()
    [0.5, 0.5]
    """
    counts = np.bincount(codes, weights=weight, minlength=n_topics)
    return counts / counts.sum()
