"""The predict steps computed without scikit-learn's per-call checks give its numbers to the bit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from mcu_nlp import sklearn_predict
from mcu_nlp.cleaning import clean
from mcu_nlp.corpora import SOURCE_DATA
from mcu_nlp.defaults import default_models
from mcu_nlp.normalization import normalize, normalize_cleaned
from mcu_nlp.sklearn_predict import calibrated_proba, summed_counts, word_tfidf

EDGE = ["", "hello", "нет нет нет воды воды", "Яма!!! 5 ям", "\t\n"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    sample = pd.read_csv(SOURCE_DATA / "fixtures" / "spb_sample.csv", dtype=str, keep_default_na=False)
    return [*sample["text"].head(150), *EDGE]


def _same(a, b) -> bool:
    a, b = sp.csr_matrix(a), sp.csr_matrix(b)
    return (a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a.indptr, b.indptr)
            and np.array_equal(a.indices, b.indices) and np.array_equal(a.data, b.data))


def test_word_tfidf_is_the_vectorizers_transform_to_the_bit(texts) -> None:
    models = default_models()
    topic, urgency = models.topic, models.urgency
    lemmas = [normalize_cleaned(clean(t), topic._stop()) for t in texts]
    seen = [normalize(urgency._read(t)[3]) for t in texts]
    for vectorizer, docs in [(topic.words_, lemmas), (urgency.vectorizer_, seen)]:
        assert _same(word_tfidf(vectorizer, docs), vectorizer.transform(docs))
        assert all(_same(word_tfidf(vectorizer, [doc]), vectorizer.transform([doc])) for doc in docs)


@pytest.mark.parametrize("options", [{}, {"ngram_range": (1, 2), "dtype": np.float64}, {"binary": True},
                                     {"sublinear_tf": True, "norm": "l1"}, {"sublinear_tf": True}])
def test_any_other_vectorizer_gives_its_transform(options, texts) -> None:
    # a kind the fast count does not compute (float64, binary, another norm, no sublinear tf) goes through sklearn
    vectorizer = TfidfVectorizer(**options).fit(texts)
    assert _same(word_tfidf(vectorizer, texts[:40]), vectorizer.transform(texts[:40]))


def test_a_refitted_vectorizer_builds_its_analyzer_again(texts) -> None:
    vectorizer = TfidfVectorizer(sublinear_tf=True, dtype=np.float32).fit(texts)
    word_tfidf(vectorizer, texts[:5])
    vectorizer.set_params(ngram_range=(1, 2)).fit(texts)
    assert _same(word_tfidf(vectorizer, texts[:40]), vectorizer.transform(texts[:40]))


def test_calibrated_proba_is_predict_proba_to_the_bit(texts) -> None:
    urgency = default_models().urgency
    read = [urgency._read(t) for t in texts]
    features = urgency._features([normalize(r[3]) for r in read], [r[0] for r in read])
    assert np.array_equal(calibrated_proba(urgency.model_, features), urgency.model_.predict_proba(features))
    for row in range(features.shape[0]):
        assert np.array_equal(calibrated_proba(urgency.model_, features[row]),
                              urgency.model_.predict_proba(features[row]))


@pytest.mark.parametrize("options", [{"method": "isotonic"}, {"ensemble": True}])
def test_other_calibrations_give_their_predict_proba(options) -> None:
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(90, 4)), np.repeat(["a", "b", "c"], 30)
    model = CalibratedClassifierCV(LogisticRegression(), cv=3, **{"ensemble": False, **options}).fit(x, y)
    assert np.array_equal(calibrated_proba(model, x), model.predict_proba(x))


def _sorted_by_scipy(columns: np.ndarray, indptr: np.ndarray, width: int) -> sp.csr_matrix:
    """What counted_tfidf did before summed_counts: one entry of 1 per occurrence, scipy's sum_duplicates."""
    matrix = sp.csr_matrix((np.ones(len(columns), dtype=np.float32), columns, indptr), shape=(len(indptr) - 1, width))
    matrix.sum_duplicates()
    return matrix


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.integers(0, 6), max_size=12), max_size=9), st.sampled_from([1, 2, 3, 2000]))
def test_summed_counts_are_scipys_sum_of_duplicates(rows, block) -> None:
    columns = np.array([c for row in rows for c in row], dtype=np.int32)
    indptr = np.cumsum([0, *map(len, rows)])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sklearn_predict, "COUNT_BLOCK", block)  # block bounds inside a batch, and none
        assert _same(summed_counts(columns, indptr, 7), _sorted_by_scipy(columns, indptr, 7))
