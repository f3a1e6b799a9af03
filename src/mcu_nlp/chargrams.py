"""Character n-grams of words and their TF-IDF matrix counted from a per-word cache (topic and urgency models).

A fitted ``TfidfVectorizer`` over character n-grams spends most of ``transform`` building n-grams that its
vocabulary does not hold. Words repeat (Zipf), so each word's *known* vocabulary columns are looked up once and
kept as a compact int array (~100 bytes a word, not ~1 KB of a tuple of strings); a text's row is then the
concatenation of its words' columns, summed into counts by scipy.

The words a batch sees for the first time are looked up all at once (:func:`gram_tfidf`, :class:`PackedGrams`):
each n-gram is an integer (its letters' codes in the vocabulary's alphabet, packed), found by one binary search
over the vocabulary's sorted integers, with no n-gram string built. A cold predict of 5,000 SPb appeals meets
~19,000 new words: as strings, their n-grams cost about a fifth of the topic model's cold predict.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping
from itertools import chain
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
import scipy.sparse as sp

from mcu_nlp.caches import remember
from mcu_nlp.sklearn_predict import counted_tfidf

#: Words whose columns are kept before the cache is emptied and refilled (bounded memory in long batch jobs).
COLUMN_CACHE_LIMIT = 50_000
#: gram_tfidf finds the columns of this many new words at a time: its numpy arrays (about 60 bytes a letter) stay
#: near 20 MB however many new words a batch holds (300,000: 283 MB at once; session 24 review item 12)
NEW_WORDS_BLOCK = 20_000


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


#: Bits of one letter in a packed n-gram (:class:`PackedGrams`): an alphabet of up to 255 letters, 0 for any other
CODE_BITS = 8
#: Each vectorizer's packed vocabulary, with the vocabulary and n-gram range it was built from (a refit or
#: ``shrink`` gives the vectorizer a new ``vocabulary_``: it is packed again)
_PACKED: WeakKeyDictionary[Any, tuple[Any, int, int, PackedGrams | None]] = WeakKeyDictionary()


class PackedGrams:
    """A vocabulary of ``low``..``high`` character n-grams as sorted integers: an n-gram's letters coded 1..255 by
    the vocabulary's alphabet (any other letter 0, which no vocabulary n-gram holds), packed ``CODE_BITS`` a letter,
    its length above them: two n-grams have one integer only if they are the same string.

    >>> packed = PackedGrams({" я": 0, "ям": 1, "ма ": 2, "яма": 3}, 2, 3)
    >>> [cols.tolist() for cols in packed.columns_of(["яма", "мая", "я"])]
    [[0, 1, 3, 2], [], [0]]
    """

    def __init__(self, vocabulary: Mapping[str, int], low: int, high: int) -> None:
        alphabet = sorted(set("".join(vocabulary)))
        lengths = {len(gram) for gram in vocabulary}
        too_wide = len(alphabet) >= 2**CODE_BITS or "\0" in alphabet or (high + 1) * CODE_BITS > 62
        if not vocabulary or too_wide or min(lengths) < low or max(lengths) > high:
            raise ValueError("a vocabulary these integers cannot hold")  # the caller reads its n-grams as strings
        self.low, self.high = low, high
        self.table = np.zeros(ord(alphabet[-1]) + 1, dtype=np.int64)
        self.table[[ord(letter) for letter in alphabet]] = np.arange(1, len(alphabet) + 1)
        keys, columns = [], []
        for n in range(low, high + 1):
            grams = [gram for gram in vocabulary if len(gram) == n]
            keys.append(self._keys(self._codes("".join(grams)), n)[::n])  # each gram's own start
            columns.append(np.array([vocabulary[gram] for gram in grams], dtype=np.int32))
        key, column = np.concatenate(keys), np.concatenate(columns)
        order = np.argsort(key, kind="stable")
        self.keys, self.columns = key[order], column[order]

    def _codes(self, text: str) -> np.ndarray:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        inside = points < len(self.table)
        return np.where(inside, self.table[np.where(inside, points, 0)], 0)

    @staticmethod
    def _keys(codes: np.ndarray, n: int) -> np.ndarray:
        """The packed n-gram starting at each position with ``n`` letters after it."""
        count = max(len(codes) - n + 1, 0)
        keys = np.full(count, n << (CODE_BITS * n), dtype=np.int64)
        for j in range(n):
            keys |= codes[j : j + count] << (CODE_BITS * j)
        return keys

    def columns_of(self, words: list[str]) -> list[np.ndarray]:
        """Each word's known columns, in :func:`word_grams`' order (by length, then position)."""
        padded = [f" {word} " for word in words]
        codes = self._codes("\0".join(padded) + "\0")  # the separator's code is 0: no n-gram spans two words
        owner = np.repeat(np.arange(len(words)), [len(p) + 1 for p in padded])
        found_words, found_columns = [], []
        for n in range(self.low, self.high + 1):
            keys = self._keys(codes, n)
            at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
            hit = np.flatnonzero(self.keys[at] == keys)
            found_words.append(owner[hit])
            found_columns.append(self.columns[at[hit]])
        word, column = np.concatenate(found_words), np.concatenate(found_columns)
        order = np.argsort(word, kind="stable")  # by word; within one, by length then position, as found
        bounds = np.searchsorted(word[order], np.arange(len(words) + 1))
        column = column[order]
        return [column[bounds[i] : bounds[i + 1]] for i in range(len(words))]


def packed_grams(vectorizer: Any, low: int, high: int) -> PackedGrams | None:
    """``vectorizer``'s vocabulary packed (:class:`PackedGrams`), built once per vocabulary; None if it cannot be."""
    vocabulary = vectorizer.vocabulary_
    built = _PACKED.get(vectorizer)
    if built is None or built[0] is not vocabulary or built[1:3] != (low, high):
        try:
            packed = PackedGrams(vocabulary, low, high)
        except ValueError:
            packed = None
        built = _PACKED[vectorizer] = (vocabulary, low, high, packed)
    return built[3]


def gram_tfidf(vectorizer: Any, docs: list[str], low: int, high: int, columns: dict[str, array]) -> sp.csr_matrix:
    """:func:`cached_tfidf` with ``grams_of`` the ``low``..``high`` :func:`word_grams`: the same matrix, the
    columns of the words not in ``columns`` found together (:class:`PackedGrams`), then kept there in the order
    the words first occur."""
    packed = packed_grams(vectorizer, low, high)
    if packed is None:
        return cached_tfidf(vectorizer, docs, lambda word: word_grams(word, low, high), columns)
    split = [doc.split() for doc in docs]
    batch = dict.fromkeys(chain.from_iterable(split))  # the batch's words, in the order they first occur
    new = [word for word in batch if word not in columns]
    found: dict[str, array] = {}
    for k in range(0, len(new), NEW_WORDS_BLOCK):  # numpy's arrays for a block at a time, not for all new words
        block = new[k : k + NEW_WORDS_BLOCK]
        found.update(
            (word, array("i", cols.tobytes())) for word, cols in zip(block, packed.columns_of(block), strict=True)
        )
    known = {word: columns.get(word) for word in batch}
    known.update(found)
    for word in [word for word, cols in known.items() if cols is None]:  # emptied by another thread since
        known[word] = found[word] = array("i", packed.columns_of([word])[0].tobytes())
    # each row's columns joined as bytes, word by word in C (a Python loop per word cost a fifth of a stream's predict)
    rows = [b"".join(map(known.__getitem__, words)) for words in split]
    indptr = np.cumsum([0, *map(len, rows)]) // array("i").itemsize
    for word, cols in found.items():  # after the rows: a full cache emptied here loses none of this batch's words
        remember(columns, word, cols, COLUMN_CACHE_LIMIT)
    return counted_tfidf(vectorizer, bytearray().join(rows), indptr, len(docs))
