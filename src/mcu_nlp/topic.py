"""Topic of an appeal: :class:`TopicClassifier` and the shipped default model.

The model reads two views of each text: lemmas (:func:`mcu_nlp.normalize`, unigrams and bigrams) and
character n-grams of the cleaned text (robust to typos and unknown word forms). A linear SVM separates
the topics; its decision values become probabilities through a softmax whose temperature is fitted on
held-out decisions (texts grouped by normalised text, as the train/test split is), so ``predict_proba`` is
calibrated. Texts with no evidence (empty after clean-up, no Cyrillic words, or nothing the model knows) and
texts whose best topic is less likely than ``min_score`` get the ``fallback`` topic ("other") with a low score
instead of a confident wrong topic.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import normalize as normalize_rows
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from mcu_nlp.chargrams import cached_tfidf, word_grams
from mcu_nlp.cleaning import clean
from mcu_nlp.errors import InputError, Shown, expected, is_missing
from mcu_nlp.normalization import lemmas, normalize_cleaned, text_rows

DEFAULT_MODEL = Path(__file__).parent / "data" / "models" / "topic.joblib"
FALLBACK = "other"
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
TOKEN = r"(?u)[^ ]+"
CALIBRATION_SHARE = 0.2
SHOWN_ROWS = 10


def _texts(X: Any) -> list[str]:
    """Texts from a list, array, Series or one-column frame; ``TypeError`` names the first non-text."""
    if isinstance(X, str):
        raise TypeError(expected("a list of texts", X, "wrap a single text in a list: [text]"))
    texts = list(text_rows(X))
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"item {position}: " + expected("a str", text, "convert or drop non-text rows"))
    return texts


def _missing(label: Any) -> bool:
    """None, NaN, pandas' NA / NaT or an empty string.

    >>> import pandas as pd
    >>> [_missing(v) for v in (None, float("nan"), pd.NA, "", "roads", 0)]
    [True, True, True, True, False, False]
    """
    if isinstance(label, str):
        return label == ""
    if isinstance(label, np.floating):  # a NaN in a float32 array is no Python float
        return bool(np.isnan(label))
    return label is None or is_missing(label)


def _sample_weight(weight: Any, n: int) -> np.ndarray | None:
    """``None`` or a float array of ``n`` finite, non-negative weights (``InputError`` naming the rows otherwise);
    one number is every text's weight, as in scikit-learn."""
    if weight is None:
        return None
    values = np.asarray(weight, dtype=float)
    values = np.full(n, float(values)) if values.ndim == 0 else values.ravel()
    if values.shape != (n,):
        raise InputError(expected(f"sample_weight with one number per text ({n})", Shown(f"{values.size} numbers")))
    bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
    if len(bad):
        raise InputError(f"expected finite, non-negative sample weights, got others on rows {_rows(bad)}")
    return values


def _rows(positions: Sequence[int]) -> str:
    shown = ", ".join(map(str, positions[:SHOWN_ROWS]))
    return shown + (f" and {len(positions) - SHOWN_ROWS} more" if len(positions) > SHOWN_ROWS else "")


def _label_array(labels: list[Any]) -> np.ndarray:
    """Labels in their own type, as scikit-learn's ``LabelEncoder`` keeps them: texts as an object array of str,
    numbers as a numeric array; a mix of texts and numbers becomes text, as ``np.asarray`` makes it.

    >>> [_label_array(y).tolist() for y in (["a", "b"], [3, 1], [0.5, 2.0], [1, "other"])]
    [['a', 'b'], [3, 1], [0.5, 2.0], ['1', 'other']]
    """
    if any(isinstance(label, str) for label in labels):
        return np.asarray([str(label) for label in labels], dtype=object)
    values = np.asarray(labels)
    if values.ndim != 1 or values.dtype.kind not in "biuf":
        kinds = sorted({type(label).__name__ for label in labels})
        raise InputError(expected("labels that are all text or all numbers", Shown(f"labels of type {kinds}"),
                                  "convert the labels to str or int"))
    return values


def _labels(y: Any, n: int, allowed: Iterable[Any] | None) -> np.ndarray:
    """Labels in their own type (:func:`_label_array`); ``InputError`` names rows with missing labels or labels
    outside ``allowed``."""
    labels = list(y)
    if len(labels) != n:
        got = Shown(f"{len(labels)} labels")
        raise InputError(expected(f"{n} labels, one per text", got, "pass one label per text"))
    missing = [i for i, label in enumerate(labels) if _missing(label)]
    if missing:
        raise InputError(f"expected a label on every row, got none on rows {_rows(missing)}; drop or label them")
    values = _label_array(labels)
    if allowed is not None:
        allowed = set(map(str, allowed)) if values.dtype == object else set(allowed)
        outside = [i for i, label in enumerate(values.tolist()) if label not in allowed]
        if outside:
            found = sorted({values[i] for i in outside})[:5]
            raise InputError(
                f"expected labels from the given set, got {found} on rows {_rows(outside)}; "
                "fix the labels or extend `labels`"
            )
    return values


def resolve_fallback(fallback: Any, topics: np.ndarray) -> Any:
    """The label of "no topic" answers for training labels ``topics``, or None for a model that never abstains.

    ``"auto"`` is ``"other"`` among text labels and None among numbers (no number is free to mean "no topic").
    A given fallback must be of the labels' kind, as scikit-learn's metrics refuse a mix of texts and numbers.

    >>> resolve_fallback("auto", np.array(["roads"], dtype=object)), resolve_fallback("auto", np.array([1, 2]))
    ('other', None)
    >>> resolve_fallback(-1, np.array([1, 2]))
    -1
    """
    if fallback is None:
        return None
    text = topics.dtype == object
    if isinstance(fallback, str) and fallback == "auto":
        return FALLBACK if text else None
    if isinstance(fallback, str) != text:
        kind = "text" if text else "numbers"
        fix = "a str such as 'other'" if text else ("a number no topic uses, such as -1 (cross_val_predict with "
                                                   "method='predict_proba' fits on integer codes of the labels)")
        raise InputError(expected(f"a fallback of the labels' kind ({kind})", Shown(f"fallback={fallback!r}"),
                                  f"pass fallback='auto', None (never abstain) or {fix}"))
    return fallback


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
                grams = self.word(word)
                if len(_GRAMS) >= GRAM_CACHE_LIMIT:
                    _GRAMS.clear()
                _GRAMS[key] = grams
            out.extend(grams)
        return out


def _shrink(vectorizer: TfidfVectorizer, keep: np.ndarray) -> None:
    """Restrict a fitted TF-IDF vectorizer to the given (sorted) columns."""
    names = vectorizer.get_feature_names_out()[keep]
    idf = vectorizer.idf_[keep]
    vectorizer.vocabulary_ = {str(name): i for i, name in enumerate(names)}
    vectorizer.idf_ = idf
    vectorizer._tfidf.n_features_in_ = len(keep)  # the inner transformer checks the width it was fitted on


def softmax(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Row-wise softmax of ``scores / temperature``.

    >>> softmax(np.array([[0.0, 0.0]])).tolist()
    [[0.5, 0.5]]
    """
    z = scores / temperature
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def fit_temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """The softmax temperature that minimises the log-loss of ``scores`` (rows) against ``truth`` (indices).

    >>> scores = np.array([[2.0, 0.0], [0.0, 2.0], [2.0, 0.0], [0.0, 2.0]])
    >>> round(fit_temperature(scores, np.array([0, 1, 1, 0])), 1) > 10   # coin flips: flatten
    True
    """
    from scipy.optimize import minimize_scalar

    rows = np.arange(len(truth))

    def loss(log_t: float) -> float:
        return -float(np.log(softmax(scores, math.exp(log_t))[rows, truth] + 1e-12).mean())

    return math.exp(minimize_scalar(loss, bounds=(-5.0, 5.0), method="bounded").x)


def calibration_groups(texts: Sequence[str], normal: Sequence[str]) -> list[str]:
    """Group of each training text for the calibration fold: its normalised text, or a crude identity of the
    text when nothing is left after normalising (the same key ``data/topic/build.py`` splits train/test by).

    >>> calibration_groups(["Мусор во дворе!", "мусор во дворе", "!!!"], ["мусор двор", "мусор двор", ""])
    ['мусор двор', 'мусор двор', '']
    """
    from mcu_nlp.corpora import text_key

    return [key or text_key(text) for text, key in zip(texts, normal)]


def calibration_split(y: np.ndarray, groups: Sequence[str], random_state: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Rows that fit the calibration SVM and rows whose decisions fit the temperature: ``CALIBRATION_SHARE`` of
    the groups is held out whole, so no text has a copy on the other side. With fewer than 20 rows, or one topic
    left to train on, every row trains and none is held out.

    >>> train, held = calibration_split(np.array(["a", "b"] * 15), [f"text {i % 10}" for i in range(30)])
    >>> len(train), len(held), sorted({int(i) % 10 for i in held})
    (24, 6, [2, 8])
    """
    rows = np.arange(len(y))
    if len(y) < 20:
        return rows, rows[:0]
    # integer group codes in sorted-text order: the split is the one of the texts themselves, without numpy
    # sorting a fixed-width unicode array of every text (8 of the default model's 45 s of fitting)
    code = {key: i for i, key in enumerate(sorted(set(groups)))}
    split = GroupShuffleSplit(1, test_size=CALIBRATION_SHARE, random_state=random_state)
    train, held = next(split.split(rows, groups=[code[key] for key in groups]))
    return (train, held) if len(np.unique(y[train])) >= 2 else (rows, rows[:0])


def abstained(proba: np.ndarray, other: int) -> np.ndarray:
    """Rows of ``proba`` turned into "no topic" answers: column ``other`` on top with a low score.

    Mass the model put on ``other`` (it learned off-topic texts) is evidence against every topic, so it is
    spread evenly over them; then the fallback gets just enough to lead, ``best / (1 + best)`` of the best
    topic's share (under 0.5, and near 0 for a confidently off-topic text), and the topics keep their ranking.

    >>> off = abstained(np.array([[0.01] * 9 + [0.91]]), other=9)   # confidently off-topic, 9 topics
    >>> int(off.argmax()), round(float(off.max()), 3)
    (9, 0.101)
    >>> abstained(np.array([[0.6, 0.1, 0.1, 0.2]]), other=3).round(3).tolist()   # a weak topic, learned other
    [[0.399, 0.1, 0.1, 0.401]]
    """
    topics = np.delete(proba, other, axis=1)
    topics += proba[:, [other]] / topics.shape[1]
    best = topics.max(axis=1, keepdims=True)
    weight = np.minimum(best / (1.0 + best) + 1e-3, 1.0)
    out = np.insert(topics * (1.0 - weight), other, 0.0, axis=1)
    out[:, other] = weight[:, 0]
    return out


class TopicClassifier(ClassifierMixin, BaseEstimator):
    """Topic of raw Russian appeal texts: lemma and character n-gram TF-IDF, linear SVM, calibrated.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the linear SVM.
    balance : float
        Topic weights are ``(share of an even split / share of the topic) ** balance``: 0 weighs every text
        alike, 1 is scikit-learn's "balanced"; in between helps rare topics without drowning big ones.
    char_ngrams : tuple of int
        Range of character n-gram lengths (within words).
    min_df : int
        Ignore terms seen in fewer training texts.
    max_features : int or None
        Keep only the terms with the largest SVM weights (keeps the model file small and fast).
    min_score : float
        Below this probability of the best topic, answer ``fallback`` instead.
    fallback : "auto", str, number or None
        The "no topic" label, added to ``classes_`` (sorted with the topics, as ``predict_proba``'s columns are).
        "auto" is "other" when the labels are text and None when they are numbers; None never abstains. A given
        fallback must be of the labels' kind (e.g. -1 among integer labels): scikit-learn's metrics refuse a mix
        of texts and numbers.
    labels : list or None
        The allowed label set; training labels outside it raise ``InputError``.
    random_state : int
        Seed of the SVM solver and the calibration folds.

    Attributes
    ----------
    classes_ : ndarray
        The training labels in their own type, as scikit-learn keeps them (str labels in an object array,
        integers as integers: ``predict`` gives back 3, not "3"; a mix of texts and numbers becomes text), plus
        ``fallback_``.
    topics_ : ndarray
        The training labels alone: the columns of ``decision_function``.
    fallback_ : label or None
        The resolved ``fallback``: the label of abstained rows, None when the model never abstains.

    Notes
    -----
    ``clone``, ``Pipeline``, ``GridSearchCV`` (e.g. ``scoring="f1_macro"``), ``cross_val_score`` and pickling work
    as with any scikit-learn classifier. Two things follow from abstaining:

    - ``cross_val_predict(..., method="predict_proba")`` (or ``"predict_log_proba"``, ``"decision_function"``)
      fits each fold on integer codes of ``y``, so there "auto" does not abstain and every column is a class of
      ``y``; a text ``fallback`` or a ``labels`` set of texts raises there: leave both at their defaults.
    - A fallback that is not a training label is a column that no true label falls in, and scikit-learn's
      ``log_loss`` (``scoring="neg_log_loss"``) and ``roc_auc_ovr`` refuse a column missing from ``y_true``. Score
      the topics' own calibrated probabilities with ``fallback=None``, or name every class:
      ``make_scorer(log_loss, greater_is_better=False, response_method="predict_proba", labels=sorted([*topics,
      "other"]))`` (sorted, as ``classes_`` is). Training texts labelled with the fallback (off-topic examples)
      make it a class of ``y`` too.

    >>> texts = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи"]
    >>> clf = TopicClassifier(min_score=0.0).fit(texts * 3, ["roads", "roads", "heating", "heating"] * 3)
    >>> clf.predict(["Яма во дворе", "Батареи еле тёплые"]).tolist()
    ['roads', 'heating']
    """

    def __init__(
        self,
        C: float = 0.5,
        balance: float = 0.5,
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_features: int | None = 40_000,
        min_score: float = 0.2,
        fallback: Any = "auto",
        labels: Sequence[Any] | None = None,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.balance = balance
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_features = max_features
        self.min_score = min_score
        self.fallback = fallback
        self.labels = labels
        self.random_state = random_state

    def _vectorizers(self, n: int) -> tuple[TfidfVectorizer, TfidfVectorizer]:
        min_df = self.min_df if n >= 10 * self.min_df else 1  # tiny training sets keep every term
        words = TfidfVectorizer(token_pattern=TOKEN, lowercase=False, ngram_range=(1, 2), min_df=min_df,
                                sublinear_tf=True, dtype=np.float32)
        chars = TfidfVectorizer(analyzer=CharGrams(*self.char_ngrams), lowercase=False, min_df=min_df,
                                sublinear_tf=True, dtype=np.float32)
        return words, chars

    def _features(self, texts: list[str]) -> tuple[sp.csr_matrix, np.ndarray]:
        """Feature matrix and, per row, whether any known lemma of a Cyrillic text was seen."""
        views = [clean(t) for t in texts]
        words = self.words_.transform([normalize_cleaned(v) for v in views])
        chars = self._char_matrix(views)
        has_words = np.diff(words.indptr) > 0
        cyrillic = np.array([bool(CYRILLIC.search(t)) for t in texts], dtype=bool)
        return sp.hstack([words, chars], format="csr"), has_words & cyrillic

    def _svm(self) -> LinearSVC:
        """The linear SVM, fitted on topic indices: scikit-learn looks ``class_weight`` up by ``int(label)``, which
        would merge float labels (1.5 -> 1) and miss "3"; indices keep the topics' sorted order and weights."""
        weights = {i: self.weights_[topic] for i, topic in enumerate(self.topics_.tolist())}
        return LinearSVC(C=self.C, class_weight=weights, random_state=self.random_state)

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> TopicClassifier:
        """Learn topics from raw texts ``X`` and labels ``y``; returns ``self``.

        ``sample_weight`` (optional, one non-negative number per text) scales each text's share of the SVM loss,
        e.g. to weigh a small corpus from another portal more than a large one (class weights apply on top).
        """
        texts = _texts(X)
        y = _labels(y, len(texts), self.labels)
        weight = _sample_weight(sample_weight, len(texts))
        topics = np.unique(y)
        if len(topics) < 2:
            raise InputError(expected("at least two different labels", topics.tolist(), "add texts of another topic"))
        fallback = resolve_fallback(self.fallback, topics)
        self.__dict__.pop("_word_columns", None)  # columns of the previous fit's vocabulary
        self.words_, self.chars_ = self._vectorizers(len(texts))
        views = [clean(t) for t in texts]
        normal = [normalize_cleaned(v) for v in views]
        features = sp.hstack([self.words_.fit_transform(normal), self.chars_.fit_transform(views)], format="csr")
        self.topics_ = topics
        codes = np.searchsorted(topics, y)
        counts = np.bincount(codes, minlength=len(topics))
        even = len(y) / len(topics)
        self.weights_ = {t: float((even / counts[i]) ** self.balance) for i, t in enumerate(topics.tolist())}
        features = self._calibrate_and_select(features, codes, calibration_groups(texts, normal), weight)
        svm = self._svm().fit(features, codes, sample_weight=weight)
        self.coef_ = svm.coef_.astype(np.float32)
        self.intercept_ = svm.intercept_.astype(np.float32)
        if self.coef_.shape[0] == 1:  # binary: sklearn keeps one row for the second class
            self.coef_ = np.vstack([-self.coef_, self.coef_])
            self.intercept_ = np.hstack([-self.intercept_, self.intercept_])
        self.fallback_ = fallback
        self.classes_ = topics
        if fallback is not None and fallback not in topics.tolist():
            kind = object if topics.dtype == object else None  # numbers: the dtype both fit in (ints and -1.5: float)
            self.classes_ = np.unique(np.concatenate([topics, np.asarray([fallback], dtype=kind)]))
        return self

    def _calibrate_and_select(self, features: sp.csr_matrix, codes: np.ndarray, groups: list[str],
                              weight: np.ndarray | None = None) -> sp.csr_matrix:
        """An SVM on 80% of the texts chooses the ``max_features`` strongest columns (the vocabularies shrink to
        match); the kept columns of each view are L2-normalised again, as the shrunk vectorisers do at predict
        time; an SVM on the same 80% over those columns gives the decisions on the other 20% that fit the softmax
        temperature. The 20% is held out by group (normalised text), so no text has a copy on both sides.

        Without the second normalisation the final SVM learnt from rows shorter (mean norm 0.83-0.88) than the
        rows it is asked about, so its decisions grew at predict time and the temperature, fitted on the short
        rows, left ``predict_proba`` overconfident (benchmarks/RESULTS.md)."""
        train, held = calibration_split(codes, groups, self.random_state)
        part = None if weight is None else weight[train]
        svm = self._svm().fit(features[train], codes[train], sample_weight=part)
        if self.max_features and features.shape[1] > self.max_features:
            keep = np.sort(np.argsort(-np.abs(svm.coef_).max(axis=0), kind="stable")[: self.max_features])
            n_words = len(self.words_.vocabulary_)
            words, chars = keep[keep < n_words], keep[keep >= n_words]
            _shrink(self.words_, words)
            _shrink(self.chars_, chars - n_words)
            features = sp.hstack([normalize_rows(features[:, words]), normalize_rows(features[:, chars])], format="csr")
            if len(held):
                svm = self._svm().fit(features[train], codes[train], sample_weight=part)
        self.temperature_ = 1.0
        if len(held):
            decision = svm.decision_function(features[held])
            decision = np.column_stack([-decision, decision]) if decision.ndim == 1 else decision
            scores = np.full((len(held), len(self.topics_)), decision.min() - 1.0)  # unseen topic: least likely
            scores[:, svm.classes_] = decision
            self.temperature_ = fit_temperature(scores, codes[held])
        return features

    def decision_function(self, X: Any) -> np.ndarray:
        """SVM scores of the learned topics, one column per ``topics_`` (the fallback has none); with two topics
        one score per text, for ``topics_[1]``, as scikit-learn's binary classifiers give it."""
        check_is_fitted(self, "coef_")
        texts = _texts(X)
        # the vectorisers refuse an empty batch
        scores = self._scores(self._features(texts)[0]) if texts else np.zeros((0, len(self.topics_)))
        return scores[:, 1] if len(self.topics_) == 2 else scores

    def _scores(self, features: sp.csr_matrix) -> np.ndarray:
        """Decision values per topic, in float64: a float32 softmax sums to 1 only to within 1e-7, which
        scikit-learn's ``log_loss`` warns about."""
        return (np.asarray(features @ self.coef_.T) + self.intercept_).astype(np.float64)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probabilities, one column per ``classes_``; abstained rows put "other" on top.

        A row abstains when it has no evidence, when its best topic is less likely than ``min_score``, or when
        the fallback itself is its best class (learned from off-topic training texts labelled with it).
        See :func:`abstained` for the low score such a row gets.
        """
        check_is_fitted(self, "coef_")
        texts = _texts(X)
        if not texts:  # the vectorisers refuse an empty batch
            return np.zeros((0, len(self.classes_)))
        features, evidence = self._features(texts)
        model = softmax(self._scores(features), self.temperature_)
        model[~evidence] = 1.0 / model.shape[1]
        proba = np.zeros((len(model), len(self.classes_)))
        proba[:, np.searchsorted(self.classes_, self.topics_)] = model
        if self.fallback_ is None:
            return proba
        other = int(np.searchsorted(self.classes_, self.fallback_))
        topics = np.delete(proba, other, axis=1)
        abstain = ~evidence | (topics.max(axis=1) < self.min_score) | (proba.argmax(axis=1) == other)
        proba[abstain] = abstained(proba[abstain], other)
        return proba

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Logarithm of :meth:`predict_proba` (-inf where a class has no probability)."""
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X: Any) -> np.ndarray:
        """The most probable topic of each text (the fallback for off-topic or empty texts)."""
        best = self.predict_proba(X).argmax(axis=1)  # checks fitting before classes_ is read
        return self.classes_[best]

    def explain(self, text: str, top: int = 5) -> list[tuple[str, float]]:
        """The terms (lemmas, lemma pairs) that pushed ``text`` most toward its predicted topic.

        Character n-gram weights are added to the lemma of the word they come from.

        >>> texts = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи"]
        >>> clf = TopicClassifier(min_score=0.0).fit(texts * 3, ["roads", "roads", "heating", "heating"] * 3)
        >>> [term for term, weight in clf.explain("Глубокая яма на дороге", top=3)]
        ['дорога', 'яма', 'яма дорога']
        """
        check_is_fitted(self, "coef_")
        (text,) = _texts([text])
        features, _ = self._features([text])
        row = features.getrow(0)
        best = int(np.argmax(row @ self.coef_.T + self.intercept_))
        weights: dict[str, float] = {}
        n_words = len(self.words_.vocabulary_)
        names = self.words_.get_feature_names_out()
        for column, value in zip(row.indices, row.data):
            if column < n_words:
                term = str(names[column])
                weights[term] = weights.get(term, 0.0) + float(value * self.coef_[best, column])
        self._char_weights(text, row, best, n_words, weights)
        ranked = sorted(weights.items(), key=lambda item: -item[1])
        return [(term, round(weight, 4)) for term, weight in ranked[:top] if weight > 0]

    def _char_weights(self, text: str, row: sp.csr_matrix, best: int, offset: int,
                      weights: dict[str, float]) -> None:
        """Spread character n-gram weights over the words containing them, keyed by the word's lemma."""
        contribution = {int(c) - offset: float(v * self.coef_[best, c]) for c, v in zip(row.indices, row.data)
                        if c >= offset}
        analyze = self.chars_.analyzer
        vocabulary = self.chars_.vocabulary_
        words = clean(text).split()
        owners: dict[int, list[str]] = {}
        for word in words:
            found = lemmas(word)
            if not found:  # a stop-word: its n-grams name no topic
                continue
            key = found[0]
            for gram in set(analyze(word)):
                column = vocabulary.get(gram)
                if column is not None and column in contribution:
                    owners.setdefault(column, []).append(key)
        for column, keys in owners.items():
            for key in keys:
                weights[key] = weights.get(key, 0.0) + contribution[column] / len(keys)

    def _char_matrix(self, views: list[str]) -> sp.csr_matrix:
        """``self.chars_.transform(views)``, counted from a per-word cache of the word's known n-gram columns."""
        analyzer = self.chars_.analyzer
        grams_of = analyzer.word if isinstance(analyzer, CharGrams) else analyzer
        return cached_tfidf(self.chars_, views, grams_of, self.__dict__.setdefault("_word_columns", {}))

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state.pop("_word_columns", None)  # a run-time cache, rebuilt on use
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if "topics_" in state and "fallback_" not in state:  # saved before fallback_ (the shipped model)
            state["fallback_"] = resolve_fallback(state.get("fallback"), state["topics_"])
        super().__setstate__(state)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


@lru_cache(maxsize=2)
def _load_cached(path: str) -> TopicClassifier:
    from mcu_nlp.persistence import load

    return load(path)


def load_default(path: str | os.PathLike[str] | None = None) -> TopicClassifier:
    """The shipped topic model (loaded once per process, hash-checked against its manifest).

    >>> load_default().predict(["Во дворе не вывозят мусор"]).tolist()
    ['waste']
    """
    return _load_cached(str(path or DEFAULT_MODEL))


def training_texts(data_dir: str | os.PathLike[str] | None = None, seeds: bool = True) -> tuple[list[str], list[str]]:
    """Texts and topics the default model learns from: SPb train split, all of Kursk, and (``seeds``) the
    hand-written rows: seed phrases of thin topics and off-topic chit-chat labelled "other".

    The SPb test split stays out, so the shipped model's SPb figures are held-out figures.
    """
    from mcu_nlp.corpora import load_hand_written, load_topic_data

    spb, kursk = load_topic_data(data_dir)
    parts = [spb[spb["split"] == "train"], kursk]
    if seeds:
        parts.append(load_hand_written(data_dir))
    texts = [text for part in parts for text in part["text"]]
    topics = [topic for part in parts for topic in part["topic"]]
    return texts, topics


def train_default(out_path: str | os.PathLike[str] | None = None, seed: int = 0,
                  data_dir: str | os.PathLike[str] | None = None) -> TopicClassifier:
    """Rebuild the shipped topic model from ``data/`` and save it (with a manifest) to ``out_path``.

    Deterministic for a given ``seed``; takes a few minutes on two cores. The manifest's metrics are
    measured on the SPb test split, which the model never saw.
    """
    from mcu_nlp.corpora import load_taxonomy, load_topic_data
    from mcu_nlp.persistence import save
    from mcu_nlp.training import scores

    texts, topics = training_texts(data_dir)
    codes = load_taxonomy(data_dir)["code"].tolist()
    model = TopicClassifier(labels=codes, random_state=seed).fit(texts, topics)
    spb, _ = load_topic_data(data_dir)
    test = spb[spb["split"] == "test"]
    metrics = {"spb_test": scores(test["topic"].tolist(), model.predict(test["text"].tolist()).tolist())}
    save(model, out_path or DEFAULT_MODEL, metrics=metrics,
         notes="trained on SPb train split + all Kursk + data/topic/seeds.csv and offtopic.csv; see RESULTS.md")
    _load_cached.cache_clear()
    return model
