"""Session 24 mid-session review item 12: chargrams.gram_tfidf finds a batch's new words' columns 20,000 words at a
time, so its numpy arrays stay bounded however many new words a batch holds; the matrix is the same to the bit."""

from __future__ import annotations

import random

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from mcu_nlp.chargrams import PackedGrams, cached_tfidf, gram_tfidf, word_grams
from mcu_nlp.cleaning import clean
from mcu_nlp.topic.features import CharGrams


def test_new_words_are_looked_up_in_blocks(spb_sample, monkeypatch) -> None:
    views = [clean(text) for text in spb_sample["text"].tolist()[:200]]
    vectorizer = TfidfVectorizer(
        analyzer=CharGrams(2, 5), lowercase=False, min_df=2, sublinear_tf=True, dtype=np.float32
    ).fit(views)
    rng = random.Random(0)
    words = ["".join(rng.choice("абвгдежзиклмнопрстуя") for _ in range(rng.randint(3, 9))) for _ in range(45_000)]
    docs = [" ".join(words[k : k + 30]) for k in range(0, len(words), 30)]
    sizes = []
    real = PackedGrams.columns_of

    def counted(self, block):
        sizes.append(len(block))
        return real(self, block)

    monkeypatch.setattr(PackedGrams, "columns_of", counted)
    found = gram_tfidf(vectorizer, docs, 2, 5, {})
    assert max(sizes) <= 20_000 and sum(sizes) == len(set(words))
    alone = cached_tfidf(vectorizer, docs, lambda word: word_grams(word, 2, 5), {})
    assert np.array_equal(found.indptr, alone.indptr) and np.array_equal(found.indices, alone.indices)
    assert np.array_equal(found.data, alone.data)
