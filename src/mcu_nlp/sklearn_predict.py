"""The predict steps of fitted scikit-learn parts, computed as scikit-learn computes them, without the checks it
repeats at every call.

``TfidfVectorizer.transform`` and ``CalibratedClassifierCV.predict_proba`` validate their input (``check_array``,
parameter validation, a ``LabelEncoder`` fitted per call), which costs the same for one text as for a chunk of 2,000:
``mcu_nlp.analyze`` of one text spent most of its time there (7.0 CPU ms a text one at a time, 1.7 in a batch of 300;
benchmarks/RESULTS.md, session 13). The same arithmetic in the same order gives the same numbers to the bit
(tests/test_sklearn_predict.py compares them); a part fitted otherwise than these steps assume goes through
scikit-learn as before.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
import scipy.sparse as sp

#: each vectorizer's analyzer, built once (scikit-learn builds it, and checks the stop words, at every transform), with
#: the parameters it was built from: set_params and a refit of the same vectorizer build it again
_ANALYZERS: WeakKeyDictionary[Any, tuple[tuple[Any, ...], Callable[[str], Any]]] = WeakKeyDictionary()
_ANALYZER_PARAMS = ("input", "encoding", "decode_error", "strip_accents", "lowercase", "preprocessor", "tokenizer",
                    "stop_words", "token_pattern", "ngram_range", "analyzer")


def counted_tfidf(vectorizer: Any, indices: array | bytearray, indptr: Sequence[int], rows: int) -> sp.csr_matrix:
    """The sublinear-tf, l2-normalised TF-IDF rows of a fitted ``vectorizer`` from each row's vocabulary columns, one
    entry per occurrence (``indices``: int32, in an array or a bytearray; rows cut at ``indptr``): the counts summed
    (:func:`summed_counts`), then the log, the idf and the norm as ``TfidfTransformer.transform`` applies them."""
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    columns = np.frombuffer(indices, dtype=np.int32)
    matrix = summed_counts(columns, np.asarray(indptr, dtype=np.int64), len(vectorizer.vocabulary_))
    np.log(matrix.data, out=matrix.data)  # sublinear tf, as the vectorizer was fitted with
    matrix.data += 1.0
    matrix.data *= vectorizer.idf_.astype(np.float32)[matrix.indices]
    inplace_csr_row_normalize_l2(matrix)  # what sklearn.preprocessing.normalize does after its checks
    return matrix


#: Rows :func:`summed_counts` counts at a time: its two passes over a block's entries stay in the CPU's caches (over
#: a whole batch of 38,641 texts, 12 M character n-grams, they were slower than scipy's sort; session 61)
COUNT_BLOCK = 2000


def summed_counts(columns: np.ndarray, indptr: np.ndarray, width: int) -> sp.csr_matrix:
    """The float32 CSR matrix of ``width`` columns whose row ``i`` counts each column in
    ``columns[indptr[i]:indptr[i + 1]]``, its columns in order: what ``sum_duplicates`` makes of one entry of 1 per
    occurrence. scipy's ``sum_duplicates`` sorts each row by comparison (a sixth of the topic model's cold predict went
    there); here two counting passes do, CSR to CSC to CSR (within a column the rows come in order, then within a row
    the columns), a block of :data:`COUNT_BLOCK` rows at a time. The counts are whole numbers, the same floats
    whatever order they are added in.

    >>> summed_counts(np.array([4, 1, 4, 4, 0], dtype=np.int32), np.array([0, 3, 3, 5]), 5).toarray().tolist()
    [[0.0, 1.0, 0.0, 0.0, 2.0], [0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0, 1.0]]
    """
    rows = len(indptr) - 1
    blocks = []
    for start in range(0, max(rows, 1), COUNT_BLOCK):  # one (empty) block for no rows
        stop = min(start + COUNT_BLOCK, rows)
        first, last = indptr[start], indptr[stop]
        entries = np.ones(last - first, dtype=np.float32), columns[first:last], indptr[start : stop + 1] - first
        block = sp.csr_matrix(entries, shape=(stop - start, width))
        block = block.tocsc().tocsr()  # each row's columns in order, the repeats of one side by side
        block.sum_duplicates()  # in order already: only the repeats are added
        blocks.append(block)
    return blocks[0] if len(blocks) == 1 else sp.vstack(blocks, format="csr")


def _plain_tfidf(vectorizer: Any) -> bool:
    """Whether ``vectorizer`` is a TF-IDF of the kind :func:`counted_tfidf` computes (float32, sublinear, idf, l2)."""
    return (vectorizer.dtype == np.float32 and vectorizer.sublinear_tf and vectorizer.use_idf
            and vectorizer.norm == "l2" and not vectorizer.binary and vectorizer.idf_.dtype == np.float32)


#: The token pattern of words cut at spaces alone (the topic model's lemma view)
SPACE_TOKEN = r"(?u)[^ ]+"


def splits_at_spaces(vectorizer: Any) -> bool:
    """Whether ``vectorizer`` reads words as runs of non-spaces (``token_pattern`` :data:`SPACE_TOKEN`, no
    lower-casing, accents, stop words or callables), as 1 or 1-2 word n-grams: the kind :func:`space_words` and
    :func:`token_tfidf` read without scikit-learn's analyzer."""
    return not (
        vectorizer.analyzer != "word"
        or vectorizer.token_pattern != SPACE_TOKEN
        or vectorizer.input != "content"
        or vectorizer.preprocessor is not None
        or vectorizer.tokenizer is not None
        or vectorizer.lowercase
        or vectorizer.strip_accents is not None
        or vectorizer.stop_words is not None
        or tuple(vectorizer.ngram_range) not in ((1, 1), (1, 2))
    )


def space_words(vectorizer: Any) -> Callable[[Any], list[str]] | None:
    """The analyzer of a word vectorizer that :func:`splits_at_spaces`: the same tokens as ``build_analyzer()``'s, in
    its order (words, then pairs), from ``str.split`` instead of a regex and a loop per pair; None for another
    vectorizer. A doc that is not a str goes through scikit-learn's analyzer.

    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> vectorizer = TfidfVectorizer(token_pattern=SPACE_TOKEN, lowercase=False, ngram_range=(1, 2))
    >>> text = " яма  дорога,двор "
    >>> space_words(vectorizer)(text), vectorizer.build_analyzer()(text)
    (['яма', 'дорога,двор', 'яма дорога,двор'], ['яма', 'дорога,двор', 'яма дорога,двор'])
    """
    if not splits_at_spaces(vectorizer):
        return None
    other = vectorizer.build_analyzer()
    pairs = vectorizer.ngram_range[1] == 2

    def analyze(doc: Any) -> list[str]:
        if type(doc) is not str:
            return other(doc)
        tokens = doc.split(" ")
        if "" in tokens:
            tokens = [token for token in tokens if token]
        return _with_pairs(tokens) if pairs else tokens

    return analyze


def _with_pairs(tokens: list[str]) -> list[str]:
    """``tokens``, then each two neighbours joined by a space: scikit-learn's 1-2 word n-grams, in its order."""
    return tokens + list(map(" ".join, pairwise(tokens)))


def word_tfidf(vectorizer: Any, docs: list[str]) -> Any:
    """``vectorizer.transform(docs)`` of a fitted ``TfidfVectorizer``: the same values (a ``csr_matrix``), its
    analyzer built once per vectorizer."""
    if not _plain_tfidf(vectorizer):
        return vectorizer.transform(docs)
    params = tuple(getattr(vectorizer, name) for name in _ANALYZER_PARAMS)
    built, analyze = _ANALYZERS.get(vectorizer, ((), None))
    if analyze is None or built != params:
        analyze = space_words(vectorizer) or vectorizer.build_analyzer()
        _ANALYZERS[vectorizer] = params, analyze
    return _tfidf_of_terms(vectorizer, map(analyze, docs), len(docs))


def token_tfidf(vectorizer: Any, docs: list[list[str]]) -> Any:
    """:func:`word_tfidf` of the docs ``" ".join(tokens)``, each doc given as its tokens (non-empty, no whitespace
    in them: :func:`~mcu_nlp.normalization.lemmas_cleaned`'s), read as they are: a vectorizer that
    :func:`splits_at_spaces` would cut the joined doc into these very tokens, so the string is neither built nor
    split (another vectorizer gets the joined docs).

    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> vectorizer = TfidfVectorizer(token_pattern=SPACE_TOKEN, lowercase=False, ngram_range=(1, 2), sublinear_tf=True,
    ...                              dtype=np.float32).fit(["яма дорога", "нет вода"])
    >>> (token_tfidf(vectorizer, [["яма", "дорога"], []]) != word_tfidf(vectorizer, ["яма дорога", ""])).nnz
    0
    """
    if not (_plain_tfidf(vectorizer) and splits_at_spaces(vectorizer)):
        return word_tfidf(vectorizer, [" ".join(tokens) for tokens in docs])
    terms = map(_with_pairs, docs) if vectorizer.ngram_range[1] == 2 else docs
    return _tfidf_of_terms(vectorizer, terms, len(docs))


def _tfidf_of_terms(vectorizer: Any, terms: Iterable[list[str]], rows: int) -> sp.csr_matrix:
    """:func:`counted_tfidf` of each doc's terms (its analyzer's output), the terms outside the vocabulary dropped."""
    vocabulary = vectorizer.vocabulary_
    indptr, indices = [0], array("i")
    for doc in terms:
        indices.extend([c for c in map(vocabulary.get, doc) if c is not None])
        indptr.append(len(indices))
    return counted_tfidf(vectorizer, indices, indptr, rows)


def calibrated_proba(model: Any, features: Any) -> np.ndarray:
    """``model.predict_proba(features)`` of a fitted ``CalibratedClassifierCV(method="sigmoid", ensemble=False)``
    over a linear classifier of three classes or more, as scikit-learn computes it: each class's score, its sigmoid,
    the row divided by its sum (a uniform row where all are 0), values just over 1 set to 1."""
    from scipy.special import expit
    from sklearn.linear_model._base import LinearClassifierMixin

    calibrated = model.calibrated_classifiers_
    estimator = calibrated[0].estimator if len(calibrated) == 1 else None
    if (estimator is None or calibrated[0].method != "sigmoid" or len(model.classes_) < 3
            or type(estimator).decision_function is not LinearClassifierMixin.decision_function
            or not np.array_equal(calibrated[0].classes, model.classes_)):
        return model.predict_proba(features)
    scores = np.asarray(features @ estimator.coef_.T) + estimator.intercept_
    proba = np.zeros((scores.shape[0], len(model.classes_)))
    columns = np.searchsorted(model.classes_, estimator.classes_)
    for column, score, calibrator in zip(columns, scores.T, calibrated[0].calibrators):
        proba[:, column] = expit(-(calibrator.a_ * np.ascontiguousarray(score) + calibrator.b_))  # its predict
    total = np.sum(proba, axis=1)[:, np.newaxis]
    proba = np.divide(proba, total, out=np.full_like(proba, 1 / proba.shape[1]), where=total != 0)
    proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
    mean = np.zeros_like(proba)
    mean += proba  # CalibratedClassifierCV's mean over its one classifier: -0.0 becomes 0.0, as there
    return mean
