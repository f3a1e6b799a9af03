"""Character n-grams of words and their TF-IDF matrix counted from a per-word cache (topic and urgency models).

A fitted ``TfidfVectorizer`` over character n-grams spends most of ``transform`` building n-grams that its
vocabulary does not hold. Words repeat (Zipf), so each word's *known* vocabulary columns are looked up once and
kept as a compact int array (~100 bytes a word, not ~1 KB of a tuple of strings); a text's row is then the
concatenation of its words' columns, summed into counts by scipy.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

import scipy.sparse as sp

from mcu_nlp.caches import remember
from mcu_nlp.sklearn_predict import counted_tfidf

#: Words whose columns are kept before the cache is emptied and refilled (bounded memory in long batch jobs).
COLUMN_CACHE_LIMIT = 50_000


def word_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    """The ``low``..``high`` character n-grams of ``word`` padded with one space on each side.

    >>> word_grams("яма", 3, 4)
    (' ям', 'яма', 'ма ', ' яма', 'яма ')
    """
    padded = f" {word} "
    size = len(padded)
    return tuple([padded[i : i + n] for n in range(low, min(high, size) + 1) for i in range(size - n + 1)])


def cached_tfidf(vectorizer: Any, docs: list[str], grams_of: Callable[[str], tuple[str, ...]],
                 columns: dict[str, array]) -> sp.csr_matrix:
    """``vectorizer.transform(docs)`` for a sublinear-tf, l2-normalised TF-IDF whose analyzer yields
    ``grams_of(word)`` for every space-separated word; ``columns`` is the caller's per-word cache."""
    vocabulary = vectorizer.vocabulary_
    indptr, indices = [0], array("i")
    for doc in docs:
        for word in doc.split():
            known = columns.get(word)
            if known is None:
                found = array("i", [c for c in map(vocabulary.get, grams_of(word)) if c is not None])
                known = remember(columns, word, found, COLUMN_CACHE_LIMIT)
            indices.extend(known)
        indptr.append(len(indices))
    return counted_tfidf(vectorizer, indices, indptr, len(docs))  # one entry per n-gram occurrence, summed there
