"""The character n-gram columns of a batch's new words found at once (chargrams.gram_tfidf, PackedGrams): the same
matrix, to the bit, and the same per-word cache as one word at a time (cached_tfidf), for any words."""

from __future__ import annotations

from array import array

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from mcu_nlp import caches, chargrams
from mcu_nlp.chargrams import PackedGrams, cached_tfidf, gram_tfidf, packed_grams, word_grams
from mcu_nlp.cleaning import clean
from mcu_nlp.topic.features import CharGrams, shrink

ODD = [
    "",
    "   ",
    "Яма ЯМА яма яМа",
    "ямаяма яма",
    "нуль\0внутри",
    "\ud800одинокий",
    "\U00017000В Салехарде",
    "ё ёж ЁЖ еж",
    "a b c",
    "x" * 300,
    "#ЖКХ [PHONE] 8-900-000-00-00",
    "\t\nперевод\u00a0строки",
]


@pytest.fixture(scope="module")
def fitted(spb_sample) -> tuple[TfidfVectorizer, list[str]]:
    views = [clean(text) for text in spb_sample["text"].tolist()[:300]]
    vectorizer = TfidfVectorizer(
        analyzer=CharGrams(2, 5), lowercase=False, min_df=2, sublinear_tf=True, dtype=np.float32
    )
    vectorizer.fit(views)
    return vectorizer, views


def one_by_one(vectorizer: TfidfVectorizer, docs: list[str], cache: dict) -> object:
    return cached_tfidf(vectorizer, docs, lambda word: word_grams(word, 2, 5), cache)


def same(a: object, b: object) -> bool:
    return (
        a.shape == b.shape
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
    )


def test_same_matrix_and_cache_as_word_by_word(fitted) -> None:
    vectorizer, views = fitted
    docs = views + ODD
    old, new = {}, {}
    assert same(gram_tfidf(vectorizer, docs, 2, 5, new), one_by_one(vectorizer, docs, old))
    assert list(new) == list(old) and all(new[word] == old[word] for word in old)  # same words, same order
    assert same(gram_tfidf(vectorizer, docs, 2, 5, new), one_by_one(vectorizer, docs, {}))  # read from the cache


def test_repeated_and_other_case_words(fitted) -> None:
    vectorizer, _ = fitted
    cache: dict[str, array] = {}
    docs = ["Яма яма", "яма Яма ЯМА", "яма"]
    first = gram_tfidf(vectorizer, docs, 2, 5, cache)
    assert set(cache) == {"Яма", "яма", "ЯМА"}  # the case is a word's own: its n-grams differ
    assert same(first, one_by_one(vectorizer, docs, {}))
    assert same(gram_tfidf(vectorizer, docs[::-1], 2, 5, cache), one_by_one(vectorizer, docs[::-1], {}))
    assert same(gram_tfidf(vectorizer, ["яма"] * 3, 2, 5, {}), one_by_one(vectorizer, ["яма"] * 3, {}))


def test_a_full_cache_loses_no_word(fitted, monkeypatch) -> None:
    vectorizer, views = fitted
    monkeypatch.setattr(chargrams, "COLUMN_CACHE_LIMIT", 7)
    cache: dict[str, array] = {}
    assert same(gram_tfidf(vectorizer, views[:40], 2, 5, cache), one_by_one(vectorizer, views[:40], {}))
    assert same(gram_tfidf(vectorizer, views[20:60], 2, 5, cache), one_by_one(vectorizer, views[20:60], {}))
    assert len(cache) <= 7
    monkeypatch.setattr(caches, "CACHE_LIMIT", 7)  # the word caches' limit does not bound this one
    assert same(gram_tfidf(vectorizer, views[:5], 2, 5, {}), one_by_one(vectorizer, views[:5], {}))


def test_packed_again_for_a_new_vocabulary(fitted) -> None:
    vectorizer, views = fitted
    vectorizer = TfidfVectorizer(**vectorizer.get_params()).fit(views)
    before = packed_grams(vectorizer, 2, 5)
    assert packed_grams(vectorizer, 2, 5) is before  # built once
    shrink(vectorizer, np.arange(0, len(vectorizer.vocabulary_), 3))
    assert packed_grams(vectorizer, 2, 5) is not before
    assert same(gram_tfidf(vectorizer, views + ODD, 2, 5, {}), one_by_one(vectorizer, views + ODD, {}))


def test_a_vocabulary_too_wide_to_pack_is_read_as_strings() -> None:
    letters = [chr(0x4E00 + i) for i in range(300)]  # 300 letters: more than a packed letter holds
    vectorizer = TfidfVectorizer(analyzer=CharGrams(2, 3), lowercase=False, sublinear_tf=True, dtype=np.float32)
    docs = ["".join(letters[i : i + 4]) for i in range(0, 300, 2)]
    vectorizer.fit(docs)
    assert packed_grams(vectorizer, 2, 3) is None
    assert same(gram_tfidf(vectorizer, docs, 2, 3, {}), one_by_one_range(vectorizer, docs, 2, 3))
    with pytest.raises(ValueError):
        PackedGrams({"ab": 0, "abcdefgh": 1}, 2, 5)  # an n-gram outside the range


def one_by_one_range(vectorizer: TfidfVectorizer, docs: list[str], low: int, high: int) -> object:
    return cached_tfidf(vectorizer, docs, lambda word: word_grams(word, low, high), {})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ямаЯМ кот\0ё-.1aZ\u0301"), max_size=30), max_size=6))
def test_any_words(fitted, docs: list[str]) -> None:
    vectorizer, _ = fitted
    assert same(gram_tfidf(vectorizer, docs, 2, 5, {}), one_by_one(vectorizer, docs, {}))


def test_shipped_topic_model_char_view(shipped_topic, spb_sample) -> None:
    from mcu_nlp.topic.features import char_matrix

    views = [clean(text) for text in spb_sample["text"].tolist()] + ODD
    chars = shipped_topic.chars_
    assert same(char_matrix(chars, views, {}), one_by_one(chars, views, {}))


class Emptied(dict):
    """A cache another thread empties between the batch's check of its words and their reading."""

    def get(self, key, default=None):
        return default if key == "яма" else super().get(key, default)


def test_a_cache_emptied_meanwhile(fitted) -> None:
    vectorizer, _ = fitted
    docs = ["яма на дороге", "яма"]
    cache = Emptied()
    gram_tfidf(vectorizer, docs, 2, 5, cache)  # fills it
    assert "яма" in cache
    assert same(gram_tfidf(vectorizer, docs, 2, 5, cache), one_by_one(vectorizer, docs, {}))
