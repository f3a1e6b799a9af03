"""The topic model's predict reads each text's lemmas as one list (session 61, issue #3): the word TF-IDF
(:func:`~mcu_nlp.sklearn_predict.token_tfidf`), the word vectors and the unknown share give what they gave for the
lemma string that each split again."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from mcu_nlp.cleaning import clean
from mcu_nlp.defaults import default_models
from mcu_nlp.normalization import lemmas_cleaned, load_stopwords, normalize_cleaned
from mcu_nlp.sklearn_predict import token_tfidf, word_tfidf
from mcu_nlp.topic.vectors import text_vectors, unknown_share

#: Pieces of appeals: words in cases and forms, «не», numbers, glued and hyphenated tokens, Latin, marks, and every
#: kind of space str.split cuts at that a " " split keeps (a lemma holding one would split differently)
PIECES = ["Яма", "яма", "ямы", "на", "дороге", "не", "НЕ", "работает", "лифт", "5", "12а", "345-67-89", "кое-как",
          "не_работать", "Спасибо", "в", "и", "вода", "hello", "WiFi", "ё", "Ёлка", " ", "  ", "\t", "\n", "\xa0",
          "\u2028", "\x1c", "\x85", "\u3000", ",", ".", "!", "-", "_", "№", "°", "-40°", "+13", "ᲃ", "İ", "ﬁ"]
TEXTS = st.one_of(st.lists(st.sampled_from(PIECES), max_size=16).map("".join), st.text(max_size=40))


@pytest.fixture(scope="module")
def topic():
    return default_models().topic


def _same(a, b) -> bool:
    a, b = sp.csr_matrix(a), sp.csr_matrix(b)
    return (a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a.indptr, b.indptr)
            and np.array_equal(a.indices, b.indices) and np.array_equal(a.data, b.data))


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.sampled_from([None, frozenset(), frozenset({"яма", "вода"})]))
def test_the_lemma_list_is_the_lemma_string_split(text, stop) -> None:
    cleaned = clean(text)
    lemmas = lemmas_cleaned(cleaned, stop)
    assert " ".join(lemmas) == normalize_cleaned(cleaned, stop)
    assert " ".join(lemmas).split() == lemmas  # no lemma is empty or holds a space of any kind
    assert " ".join(lemmas).split(" ") == lemmas or not lemmas


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_token_tfidf_is_word_tfidf_of_the_lemma_strings(topic, texts) -> None:
    lemmas = [lemmas_cleaned(clean(t), topic._stop()) for t in texts]
    assert _same(token_tfidf(topic.words_, lemmas), word_tfidf(topic.words_, [" ".join(x) for x in lemmas]))


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_word_vectors_and_unknown_share_of_lists_are_those_of_strings(topic, texts) -> None:
    lemmas = [lemmas_cleaned(clean(t), load_stopwords()) for t in texts]
    strings = [" ".join(x) for x in lemmas]
    assert np.array_equal(text_vectors(lemmas), text_vectors(strings))
    vocabulary = topic.words_.vocabulary_
    assert np.array_equal(unknown_share(lemmas, vocabulary), unknown_share(strings, vocabulary))


DOCS = [["яма", "дорога"], [], ["нет", "вода", "нет", "вода"], ["hello"], ["не_работать", "лифт", "яма"]]


@pytest.mark.parametrize("options", [
    {"token_pattern": r"(?u)[^ ]+", "lowercase": False, "ngram_range": (1, 2), "sublinear_tf": True,
     "dtype": np.float32},  # the topic model's kind: read from the lists
    {"token_pattern": r"(?u)[^ ]+", "lowercase": False, "sublinear_tf": True, "dtype": np.float32},
    {}, {"ngram_range": (1, 2)}, {"sublinear_tf": True, "dtype": np.float32},  # other kinds: the joined strings
    {"token_pattern": r"(?u)[^ ]+", "lowercase": False, "ngram_range": (1, 3), "sublinear_tf": True,
     "dtype": np.float32},
])
def test_token_tfidf_of_any_vectorizer_is_its_transform_of_the_joined_docs(options) -> None:
    joined = [" ".join(doc) for doc in DOCS]
    vectorizer = TfidfVectorizer(**options).fit(joined * 2)
    assert _same(token_tfidf(vectorizer, DOCS), vectorizer.transform(joined))
