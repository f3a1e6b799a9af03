"""The two views a :class:`~mcu_nlp.topic.TopicClassifier` reads of each text, and their feature matrix.

Lemmas (:func:`mcu_nlp.normalize`, unigrams and bigrams) and character n-grams of the cleaned text's words (robust
to typos and unknown word forms), each TF-IDF weighted; the columns kept are those with the largest SVM weights.
A row has evidence when a Cyrillic text has at least one lemma the model knows.
"""

from __future__ import annotations

import copy

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as normalize_rows

from mcu_nlp.caches import remember
from mcu_nlp.chargrams import cached_tfidf, gram_tfidf, word_grams
from mcu_nlp.cleaning import clean
from mcu_nlp.normalization import lemmas_cleaned, normalize_cleaned
from mcu_nlp.sklearn_predict import token_tfidf
from mcu_nlp.topic.reading import CYRILLIC, topic_text

TOKEN = r"(?u)[^ ]+"

_GRAMS: dict[tuple[str, int, int], tuple[str, ...]] = {}
#: Words each per-word cache keeps before it starts over. A word costs ~1 KB in each (its n-grams, its columns),
#: so 50k words hold ~100 MB; measured on SPb texts, more words bought no speed, only memory.
GRAM_CACHE_LIMIT = 50_000


class CharGrams:
    """Character n-grams of each space-separated word padded with spaces, cached per word (Zipf: most repeat).

    >>> CharGrams(2, 3)("яма")
    [' я', 'ям', 'ма', 'а ', ' ям', 'яма', 'ма ']
    """

    def __init__(self, low: int = 2, high: int = 5) -> None:
        self.low = low
        self.high = high

    def word(self, word: str) -> tuple[str, ...]:
        """The n-grams of one word, not cached (prediction caches the word's vocabulary columns instead)."""
        return word_grams(word, self.low, self.high)

    def __call__(self, text: str) -> list[str]:
        out: list[str] = []
        for word in text.split():
            key = (word, self.low, self.high)
            grams = _GRAMS.get(key)
            if grams is None:
                grams = remember(_GRAMS, key, self.word(word), GRAM_CACHE_LIMIT)
            out.extend(grams)
        return out


def shrink(vectorizer: TfidfVectorizer, keep: np.ndarray) -> None:
    """Restrict a fitted TF-IDF vectorizer to the given (sorted) columns."""
    names = vectorizer.get_feature_names_out()[keep]
    idf = vectorizer.idf_[keep]
    vectorizer.vocabulary_ = {str(name): i for i, name in enumerate(names)}
    vectorizer.idf_ = idf
    vectorizer._tfidf.n_features_in_ = len(keep)  # the inner transformer checks the width it was fitted on


def vectorizers(n: int, min_df: int, char_ngrams: tuple[int, int]) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """Unfitted lemma and character n-gram vectorisers for ``n`` training texts."""
    min_df = min_df if n >= 10 * min_df else 1  # tiny training sets keep every term
    words = TfidfVectorizer(token_pattern=TOKEN, lowercase=False, ngram_range=(1, 2), min_df=min_df,
                            sublinear_tf=True, dtype=np.float32)
    chars = TfidfVectorizer(analyzer=CharGrams(*char_ngrams), lowercase=False, min_df=min_df,
                            sublinear_tf=True, dtype=np.float32)
    return words, chars


def portable(vectorizer: TfidfVectorizer) -> TfidfVectorizer:
    """The vectorizer as it pickles the same in every process: scikit-learn keeps ``id(stop_words)``, a memory
    address, once it has checked them; a copy without it only checks ``stop_words=None`` again, at no cost."""
    if not hasattr(vectorizer, "_stop_words_id"):
        return vectorizer
    vectorizer = copy.copy(vectorizer)
    del vectorizer._stop_words_id
    return vectorizer


def lemma_strings(texts: list[str], stop: frozenset[str] | None = None) -> list[str]:
    """The lemma view of raw ``texts``, as both :func:`fit_views` and :func:`feature_matrix` read them."""
    return [normalize_cleaned(clean(t), stop) for t in texts]


def fit_views(words: TfidfVectorizer, chars: TfidfVectorizer, texts: list[str],
              stop: frozenset[str] | None = None) -> tuple[sp.csr_matrix, list[str]]:
    """Fit both vectorisers on ``texts``: their feature matrix, and each text's normalised form (``stop``: the
    stop-words dropped, :func:`~mcu_nlp.normalization.stop_word_set`; None is the default list)."""
    views = [clean(t) for t in texts]
    normal = [normalize_cleaned(v, stop) for v in views]
    return sp.hstack([words.fit_transform(normal), chars.fit_transform(views)], format="csr"), normal


def char_matrix(chars: TfidfVectorizer, views: list[str], cache: dict) -> sp.csr_matrix:
    """``chars.transform(views)``, counted from ``cache``, a per-word cache of the word's known n-gram columns."""
    analyzer = chars.analyzer
    if isinstance(analyzer, CharGrams):
        return gram_tfidf(chars, views, analyzer.low, analyzer.high, cache)
    return cached_tfidf(chars, views, analyzer, cache)


def feature_matrix(words: TfidfVectorizer, chars: TfidfVectorizer, texts: list[str], cache: dict,
                   stop: frozenset[str] | None = None) -> tuple[sp.csr_matrix, np.ndarray, list[list[str]]]:
    """Feature matrix of ``texts``, per row whether any known lemma of a text with a Cyrillic word (:data:`CYRILLIC`)
    was seen, and each text's lemmas (a list: the word TF-IDF here and the word-vector experts after read the same
    lists, not a string each splits again). Each text is read as :func:`~mcu_nlp.topic.reading.topic_text` gives it
    (no contact, sign-off, tags or opening greeting)."""
    texts = [topic_text(t) for t in texts]
    views = [clean(t) for t in texts]
    lemmas = [lemmas_cleaned(v, stop) for v in views]
    lemma_rows = token_tfidf(words, lemmas)  # words.transform of the lemma strings, without its checks
    has_words = np.diff(lemma_rows.indptr) > 0
    cyrillic = np.array([bool(CYRILLIC.search(t)) for t in texts], dtype=bool)
    return sp.hstack([lemma_rows, char_matrix(chars, views, cache)], format="csr"), has_words & cyrillic, lemmas


def keep_strongest(words: TfidfVectorizer, chars: TfidfVectorizer, features: sp.csr_matrix, coef: np.ndarray,
                   limit: int) -> sp.csr_matrix:
    """Keep the ``limit`` columns with the largest SVM weights ``coef``: both vocabularies shrink to match, and
    each view's kept columns are L2-normalised again, as the shrunk vectorisers do at predict time."""
    keep = np.sort(np.argsort(-np.abs(coef).max(axis=0), kind="stable")[:limit])
    n_words = len(words.vocabulary_)
    kept_words, kept_chars = keep[keep < n_words], keep[keep >= n_words]
    shrink(words, kept_words)
    shrink(chars, kept_chars - n_words)
    return sp.hstack([normalize_rows(features[:, kept_words]), normalize_rows(features[:, kept_chars])], format="csr")
