"""Why a :class:`~mcu_nlp.topic.TopicClassifier` chose a topic: the terms of the text that pushed it there.

A lemma or lemma pair weighs its TF-IDF value times the topic's SVM weight; a character n-gram's weight is
shared among the words of the text containing it, each credited to its lemma, so the terms read as words.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from mcu_nlp.cleaning import clean
from mcu_nlp.normalization import normalize_cleaned
from mcu_nlp.topic.reading import topic_text


def answer_terms(model: Any, text: str, top: int) -> list[tuple[str, float]]:
    """The ``top`` terms (:func:`top_terms`) that pushed ``text`` (one checked str) toward the topic a fitted
    :class:`~mcu_nlp.topic.TopicClassifier` ``model`` answers; [] when it abstained although its SVM's best class
    is a topic: no term made that answer."""
    row = model._features([text])[0].getrow(0)
    best = int(np.argmax(row @ model.coef_.T + model.intercept_))
    said = model.predict([text])[0]
    if model.fallback_ is not None and said == model.fallback_ and model.topics_[best] != model.fallback_:
        return []  # abstained: the best topic's terms would explain an answer the model did not give
    best = int(np.flatnonzero(model.topics_ == said)[0])  # the answer's topic: prior_power can re-rank
    return top_terms(topic_text(text), row, model.coef_[best], model.words_, model.chars_, top, model._stop())


def top_terms(text: str, row: sp.csr_matrix, coef: np.ndarray, words: TfidfVectorizer, chars: TfidfVectorizer,
              top: int, stop: frozenset[str] | None = None) -> list[tuple[str, float]]:
    """The ``top`` terms with the largest positive weight toward the topic whose SVM weights are ``coef``;
    ``row`` is the text's feature row (lemma columns, then character n-gram columns); ``stop`` is the model's
    stop-word set (None: the default list)."""
    weights: dict[str, float] = {}
    n_words = len(words.vocabulary_)
    names = words.get_feature_names_out()
    for column, value in zip(row.indices, row.data):
        if column < n_words:
            term = str(names[column])
            weights[term] = weights.get(term, 0.0) + float(value * coef[column])
    _add_char_weights(text, row, coef, chars, n_words, weights, stop)
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    return [(term, round(weight, 4)) for term, weight in ranked[:top] if weight > 0]


def _add_char_weights(text: str, row: sp.csr_matrix, coef: np.ndarray, chars: TfidfVectorizer, offset: int,
                      weights: dict[str, float], stop: frozenset[str] | None = None) -> None:
    """Spread character n-gram weights over the words containing them, keyed by the word's lemma."""
    contribution = {int(c) - offset: float(v * coef[c]) for c, v in zip(row.indices, row.data) if c >= offset}
    analyze = chars.analyzer
    vocabulary = chars.vocabulary_
    owners: dict[int, list[str]] = {}
    for word in clean(text).split():
        found = normalize_cleaned(clean(word), stop)
        if not found:  # a stop-word of the model: its n-grams name no topic
            continue
        key = found.split()[0]
        for gram in set(analyze(word)):
            column = vocabulary.get(gram)
            if column is not None and column in contribution:
                owners.setdefault(column, []).append(key)
    for column, keys in owners.items():
        for key in keys:
            weights[key] = weights.get(key, 0.0) + contribution[column] / len(keys)
