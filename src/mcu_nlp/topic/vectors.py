"""Word-vector experts of a :class:`~mcu_nlp.topic.TopicClassifier`: dense text vectors from navec and the two
second opinions they give beside the SVM, combined as a product of experts.

A text's vector is the SIF-weighted mean (weight ``a / (a + p(word))``, ``p`` the word's frequency in navec's own
news counts, so function words count little) of navec's vectors of its lemmas, L2-normalised. Two experts read it:
a multinomial logistic regression fitted on the training texts' vectors (``vector_weight``), and the similarity to
each topic's description (``description_weight``: a prototype vector per topic, a prior that needs no training
text of the topic). Trained without Kursk and scored on it, the stand-in for another region's portal, they gain
where the SVM learnt a topic from a handful of rows (benchmarks/RESULTS.md, topic, session 10). Their product
with the SVM's calibrated probabilities gets a softmax temperature of its own, fitted on the SVM's held-out fold
(session 11), so that ``predict_proba`` is calibrated as it is answered.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import scipy.sparse as sp

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.topic.calibration import fit_temperature, softmax
from mcu_nlp.topic.inputs import check_expert_weights

NAVEC_FILE = os.path.join("data", "emb", "navec_news_v1_1B_250K_300d_100q.tar")  # inside the natasha package
SIF_A = 1e-4
NEGATION = "не_"
#: The experts' fitted state (``vector_weight``'s two, ``description_weight``'s two)
EXPERT_ATTRIBUTES = ("vector_coef_", "vector_intercept_", "prototypes_", "prototype_temperature_")
#: The temperature of the SVM and experts' product, fitted on a held-out fold when either expert is asked for
EXPERT_TEMPERATURE = "expert_temperature_"
#: What a fit with experts adds to the model (dropped before a refit)
EXPERT_STATE = (*EXPERT_ATTRIBUTES, EXPERT_TEMPERATURE)
#: The vector expert's regularisation (LogisticRegression's C), measured at 1 (sessions 3 and 10).
VECTOR_C = 1.0


@dataclass(frozen=True)
class WordVectors:
    """navec's table, kept product-quantised: ``keys`` the sorted hashes of its words (a dict of 250k words would
    cost ~40 MB more), ``rows`` their rows, ``weights`` the SIF weight per row, ``indexes`` each row's centroid
    number per sub-vector, ``codes`` the centroids (sub-vector x centroid x dimension)."""

    keys: np.ndarray
    rows: np.ndarray
    weights: np.ndarray
    indexes: np.ndarray
    codes: np.ndarray

    def lookup(self, words: list[str]) -> np.ndarray:
        """Row of each word, -1 for a word navec does not know (hashes are per process, as the table is)."""
        hashes = np.fromiter(map(hash, words), dtype=np.int64, count=len(words))
        at = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        return np.where(self.keys[at] == hashes, self.rows[at], -1)

    def decode(self, rows: np.ndarray) -> np.ndarray:
        """Full vectors of ``rows``."""
        parts = self.codes[np.arange(self.codes.shape[0]), self.indexes[rows]]
        return parts.reshape(len(rows), self.codes.shape[0] * self.codes.shape[2])


def navec_path() -> str:
    """navec's news vectors as natasha ships them, found without importing natasha (whose import is heavy)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise InputError(expected("the natasha package (its navec vectors)", None, "pip install natasha"))
    return os.path.join(next(iter(spec.submodule_search_locations)), NAVEC_FILE)


@lru_cache(maxsize=1)
def load_vectors(path: str | None = None) -> WordVectors:
    """navec's table, read once per process (~40 MB resident, ~0.2 CPU-s)."""
    import gzip
    import tarfile

    with tarfile.open(path or navec_path()) as tar:
        vocab = gzip.decompress(tar.extractfile("vocab.bin").read())
        raw = tar.extractfile("pq.bin").read()
    n = int(np.frombuffer(vocab[:4], np.uint32)[0])
    counts = np.frombuffer(vocab[4:4 + 4 * n], np.uint32).astype(np.float64)
    hashes = np.fromiter(map(hash, vocab[4 + 4 * n:].decode("utf8").splitlines()), dtype=np.int64, count=n)
    order = np.argsort(hashes, kind="stable")
    n, _, parts, centroids = np.frombuffer(raw[:16], np.uint32).astype(int)
    indexes = np.frombuffer(raw[16:16 + n * parts], np.uint8).reshape(n, parts)
    codes = np.frombuffer(raw[16 + n * parts:], np.float32).reshape(parts, centroids, -1)
    weights = SIF_A / (SIF_A + counts / counts.sum())
    return WordVectors(hashes[order], order, weights.astype(np.float32), indexes, codes)


def _words(lemmas: str | list[str]) -> list[str]:
    """The lemmas of a text given as their space-separated string (split here) or as their list (as it is: the
    predict path has it, :func:`~mcu_nlp.topic.features.feature_matrix`)."""
    return lemmas.split() if isinstance(lemmas, str) else lemmas


def text_vectors(lemma_texts: Sequence[str | list[str]], table: WordVectors | None = None) -> np.ndarray:
    """Unit SIF vectors of space-separated lemma strings, or of lists of lemmas (``не_x`` read as ``x``); a row with
    no known word is 0.

    >>> vectors = text_vectors(["яма дорога", "", "zzz"])
    >>> vectors.shape, np.linalg.norm(vectors, axis=1).round(3).tolist()
    ((3, 300), [1.0, 0.0, 0.0])
    >>> bool((text_vectors([["яма", "дорога"]]) == vectors[:1]).all())
    True
    """
    table = table or load_vectors()
    words = [_words(text) for text in lemma_texts]
    found = table.lookup([word.removeprefix(NEGATION) for text in words for word in text])
    texts = np.repeat(np.arange(len(words)), [len(text) for text in words])[found >= 0]
    used, columns = np.unique(found[found >= 0], return_inverse=True)
    weights = sp.csr_matrix((table.weights[used][columns], (texts, columns)), shape=(len(words), len(used)))
    vectors = np.asarray(weights @ table.decode(used), dtype=np.float32)
    norm = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norm, out=np.zeros_like(vectors), where=norm > 0)


def fit_vector_expert(vectors: np.ndarray, codes: np.ndarray, weights: Mapping[int, float],
                      sample_weight: np.ndarray | None, topics: int) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients and intercepts of a multinomial logistic regression on the text vectors (topic weights as
    the SVM's), one row per topic code of ``range(topics)``; a code without a text (a calibration fold's part can
    lack a thin topic) gets a zero row and an intercept below the others, as the SVM's least likely."""
    from sklearn.linear_model import LogisticRegression

    present = np.unique(codes)
    model = LogisticRegression(C=VECTOR_C, class_weight={code: weights[code] for code in present.tolist()},
                               max_iter=2000)
    model.fit(vectors, codes, sample_weight=sample_weight)
    coef, intercept = model.coef_, model.intercept_
    if len(coef) == 1:  # binary: one row for the second class; half of it either way gives the same softmax
        coef, intercept = np.vstack([-coef, coef]) / 2, np.hstack([-intercept, intercept]) / 2
    full = np.zeros((topics, coef.shape[1])), np.full(topics, intercept.min() - 1.0)
    full[0][present], full[1][present] = coef, intercept
    return full[0].astype(np.float32), full[1].astype(np.float32)


def rowwise_dot(vectors: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``vectors @ rows.T`` with each text's products summed the same way whatever else is in the batch: BLAS
    picks its kernels by the matrix's size, so a text scored alone and in a batch differed in the 7th digit.

    >>> a = np.random.default_rng(0).random((5, 300), dtype=np.float32)
    >>> bool((rowwise_dot(a, a[:3]) == rowwise_dot(a[4:], a[:3])[[0] * 5]).all(axis=1)[4])
    True
    """
    return np.einsum("ij,kj->ik", vectors, rows)


def prototype_scores(vectors: np.ndarray, prototypes: np.ndarray) -> np.ndarray:
    """Cosine of each text to each topic's description; a topic without one (a zero prototype, e.g. the
    fallback) gets the row's mean over the described topics: the descriptions say nothing for or against it."""
    scores = rowwise_dot(vectors, prototypes)
    described = np.linalg.norm(prototypes, axis=1) > 0
    if described.any():
        columns = np.flatnonzero(described)
        total = scores[:, columns[0]].copy()
        for column in columns[1:]:  # column by column: each text's mean summed in one order, alone or in a batch
            total += scores[:, column]
        scores[:, ~described] = (total / len(columns))[:, None]
    return scores


def fit_prototypes(descriptions: Mapping[Any, str] | None, topics: np.ndarray, lemmas: Any, vectors: np.ndarray,
                   codes: np.ndarray) -> tuple[np.ndarray, float]:
    """Each topic's description vector (0 for a topic without one) and the softmax temperature that fits the
    training texts' similarities to them."""
    descriptions = descriptions or {}
    texts = [descriptions.get(topic, "") for topic in topics.tolist()]
    prototypes = text_vectors(lemmas(texts))
    return prototypes, fit_temperature(prototype_scores(vectors, prototypes).astype(np.float64), codes)


def describes(model: Any) -> bool:
    """Whether ``model`` asks for the descriptions' expert: a ``description_weight``, or a back-off to it."""
    return bool(model.description_weight or model.description_backoff)


def expert_vectors(model: Any, lemmas: list[str]) -> np.ndarray | None:
    """The text vectors of lemma strings ``lemmas`` when ``model`` asks for an expert, else None (navec unread)."""
    return text_vectors(lemmas) if model.vector_weight or describes(model) else None


def fit_experts(model: Any, vectors: np.ndarray | None, codes: np.ndarray,
                weight: np.ndarray | None) -> dict[str, Any]:
    """The fitted state of the experts that ``model.vector_weight`` and ``model.description_weight`` (or
    ``description_backoff``) ask for (``vectors``: the training texts' :func:`expert_vectors`; ``codes``: their topic
    indices into ``model.topics_``)."""
    from mcu_nlp.topic.features import lemma_strings

    if vectors is None:
        return {}
    state = {}
    if model.vector_weight:
        weights = {i: model.weights_[topic] for i, topic in enumerate(model.topics_.tolist())}
        state["vector_coef_"], state["vector_intercept_"] = fit_vector_expert(vectors, codes, weights, weight,
                                                                              len(model.topics_))
    if describes(model):
        state["prototypes_"], state["prototype_temperature_"] = fit_prototypes(
            model.descriptions, model.topics_, lambda texts: lemma_strings(texts, model.stop_words_), vectors, codes)
    return state


def add_votes(log: np.ndarray, model: Any, state: Mapping[str, Any], vectors: np.ndarray,
              description_weight: float | np.ndarray | None = None) -> np.ndarray:
    """``log`` (changed in place) plus ``vector_weight * log p_vectors + description_weight * log p_descriptions``
    of the experts in ``state`` (a model's own fitted attributes, or a calibration fold's), a row per text vector;
    ``description_weight`` (one number, or one per row) is the model's unless given."""
    if model.vector_weight:
        vote = rowwise_dot(vectors, state["vector_coef_"]) + state["vector_intercept_"]
        log += model.vector_weight * np.log(np.clip(softmax(vote.astype(np.float64)), 1e-12, 1.0))
    weight = model.description_weight if description_weight is None else description_weight
    if np.any(weight):
        vote = prototype_scores(vectors, state["prototypes_"]).astype(np.float64)
        log += np.reshape(weight, (-1, 1)) * np.log(softmax(vote, state["prototype_temperature_"]))
    return log


def unknown_share(lemmas: Sequence[str | list[str]], vocabulary: Mapping[str, int]) -> np.ndarray:
    """Per text (a lemma string, or a list of lemmas), the share of its lemmas that are not in ``vocabulary`` (the
    SVM's lemma columns); 0 for a text without lemmas (it has no evidence, and no answer to back off from).

    >>> unknown_share(["яма дорога", "паром переправа дорога", ""], {"яма": 0, "дорога": 1}).round(3).tolist()
    [0.0, 0.667, 0.0]
    >>> unknown_share([["паром", "переправа", "дорога"]], {"яма": 0, "дорога": 1}).round(3).tolist()
    [0.667]
    """
    share = np.zeros(len(lemmas))
    for row, text in enumerate(lemmas):
        words = _words(text)
        if words:
            share[row] = 1.0 - sum(map(vocabulary.__contains__, words)) / len(words)
    return share


def fit_expert_temperature(model: Any, proba: np.ndarray, vectors: np.ndarray, codes: np.ndarray,
                           train: np.ndarray, held: np.ndarray, weight: np.ndarray | None) -> float:
    """The temperature of the experts' product, fitted as the SVM's is: experts fitted on the calibration fold's
    ``train`` rows, multiplied into the SVM's calibrated probabilities ``proba`` of its ``held`` rows, and the
    softmax temperature of that product that minimises their log-loss. Without it the experts sharpened
    probabilities already calibrated, and ``predict_proba`` was overconfident by 5-9 points between 0.7 and 0.99
    (benchmarks/RESULTS.md, topic, session 11)."""
    state = fit_experts(model, vectors[train], codes[train], None if weight is None else weight[train])
    log = add_votes(np.log(np.clip(proba, 1e-300, 1.0)), model, state, vectors[held])
    return fit_temperature(log, codes[held])


def combine(proba: np.ndarray, lemmas: Sequence[str | list[str]], model: Any) -> np.ndarray:
    """``softmax((log proba + vector_weight * log p_vectors + description_weight * log p_descriptions) / T)`` for
    texts of lemmas ``lemmas`` (a list per text, or a lemma string), ``T`` the fitted ``expert_temperature_`` (1 for
    a model saved before it); ``proba`` itself when both weights are 0. With ``description_backoff`` each text's
    ``description_weight`` grows by it times the share of the text's lemmas that the SVM never learnt
    (:func:`unknown_share`): where the SVM knows little of a text, the taxonomy's descriptions say more
    (benchmarks/RESULTS.md, topic, sessions 13 and 14)."""
    check_expert_weights(model)  # set_params after fitting is read here
    if not (model.vector_weight or describes(model)):
        return proba
    unfitted = [weight for weight, names in (("vector_weight", EXPERT_ATTRIBUTES[:2]),
                                             ("description_weight", EXPERT_ATTRIBUTES[2:]),
                                             ("description_backoff", EXPERT_ATTRIBUTES[2:]))
                if getattr(model, weight) and not all(hasattr(model, name) for name in names)]
    if unfitted:
        raise InputError(expected("a model fitted with the vector_weight and description_weight it predicts with",
                                  Shown(f"{' and '.join(unfitted)} set after fitting"), "fit it again"))
    weight = model.description_weight
    if model.description_backoff:
        weight = weight + model.description_backoff * unknown_share(lemmas, model.words_.vocabulary_)
    log = add_votes(np.log(np.clip(proba, 1e-300, 1.0)), model, model.__dict__, text_vectors(lemmas), weight)
    return softmax(log, getattr(model, EXPERT_TEMPERATURE, 1.0))
