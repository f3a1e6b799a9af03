"""Topic of an appeal: :class:`TopicClassifier`, a scikit-learn classifier of raw Russian texts.

The model reads two views of each text (lemmas and character n-grams: :mod:`mcu_nlp.topic.features`). A linear
SVM separates the topics; its decision values become calibrated probabilities through a softmax whose
temperature is fitted on held-out texts (:mod:`mcu_nlp.topic.fitting`, which also keeps the strongest columns),
and texts with no evidence or too weak a best topic get the fallback ("other") with a low score instead of a
confident wrong topic (:mod:`mcu_nlp.topic.calibration`). What ``fit`` accepts is checked in
:mod:`mcu_nlp.topic.inputs`, the topics' weights and training mix come from :mod:`mcu_nlp.topic.weights`, the
word-vector experts from :mod:`mcu_nlp.topic.vectors`, ``explain`` lives in :mod:`mcu_nlp.topic.explain` and
pickling in :mod:`mcu_nlp.topic.state`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from mcu_nlp.errors import InputTypeError, expected, whole_number
from mcu_nlp.normalization import TextInputMixin, check_texts
from mcu_nlp.topic.calibration import answer, calibration_groups, softmax
from mcu_nlp.topic.explain import answer_terms
from mcu_nlp.topic.features import feature_matrix, fit_views, vectorizers
from mcu_nlp.topic.fitting import select_and_calibrate, svm_weights
from mcu_nlp.topic.inputs import check_distinct_texts, check_fit, check_min_score, check_prior_power, classes_with
from mcu_nlp.topic.state import restored_state, saved_state
from mcu_nlp.topic.vectors import EXPERT_STATE, combine, expert_vectors, fit_experts
from mcu_nlp.topic.weights import topic_weights, training_prior


class TopicClassifier(TextInputMixin, ClassifierMixin, BaseEstimator):
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
        Below this probability (0 to 1) of the best topic, answer ``fallback`` instead: its calibrated probability
        before the ``prior_power`` shift, which is no evidence, so ``predict_proba`` may show an answered topic a
        little under ``min_score``.
    fallback : "auto", str, number or None
        The "no topic" label, added to ``classes_`` (sorted with the topics, as ``predict_proba``'s columns are).
        "auto" is "other" when the labels are text and None when they are numbers; None never abstains. A given
        fallback must be of the labels' kind (e.g. -1 among integer labels): scikit-learn's metrics refuse a mix
        of texts and numbers.
    labels : list or None
        The allowed label set; training labels outside it raise ``InputError``.
    random_state : int
        Seed of the SVM solver and the calibration folds.
    stop_words : "default", None or a collection of str
        Words the lemma view drops: "default" is the list in ``data/stopwords.txt`` (function words and courtesy
        formulas such as "спасибо", "пожалуйста"), None keeps every word, a collection (lemmas or exact forms)
        drops those words only, e.g. ``load_stopwords() - {"спасибо"}`` to learn a thanks topic. A text left with
        no known lemma has no evidence and gets the fallback.
    prior_power : float
        Divide each topic's probability by its share of the training texts to this power (>= 0; 0: not at all), for
        appeals whose mix of topics is not the training data's (another region: benchmarks/RESULTS.md, session
        9). It re-ranks topics; whether a text has one is decided before, on the calibrated probabilities (deciding
        it after the shift sent more real appeals to the fallback: benchmarks/RESULTS.md, sessions 9 and 12). The
        shipped model has 0.2 (trained without Kursk, it gains there); models saved without it read as 0.
    vector_weight : float
        Weight (>= 0; 0: none) of a second expert beside the SVM: a logistic regression on the text's navec word
        vector (:mod:`mcu_nlp.topic.vectors`), multiplied in as ``p_vectors ** vector_weight`` before abstaining
        (the product is calibrated again by a temperature of its own, fitted on the SVM's held-out texts).
        Word similarity carries a topic to words the training texts of another region did not use. Needs natasha's
        navec file (~40 MB resident once loaded, ~70 MB with a batch's working memory). The shipped settings
        (``SHIPPED_PARAMS``: ``default_classifier``, ``train_default``) ask for 0.25; models saved without it read
        as 0.
    descriptions : mapping or None
        A plain-language description of some topics (label -> non-empty text, e.g. the taxonomy's scope; a key
        that is no label raises ``InputError``); with ``description_weight`` each text's similarity to them is a
        third expert, a prior that needs no training text. ``default_classifier`` gives the taxonomy's name and
        scope of every topic but "other".
    description_weight : float
        Weight (>= 0; 0: none) of the descriptions' expert, as ``vector_weight``. The shipped settings ask for 0.1.
    description_backoff : float
        Back-off to the descriptions (>= 0; 0: none), read at predict time: each text's ``description_weight`` grows
        by this times the share of its lemmas that the SVM's vocabulary lacks, so a text of words no training text
        used (another region's, a thin topic's) leans on the taxonomy more, and one the SVM knows is answered as
        before. It needs ``descriptions``; models saved without it read as 0.

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
    stop_words_ : frozenset of str
        The resolved ``stop_words`` the model was fitted with and predicts with.
    prior_ : ndarray
        Each topic's share of the (weighted) training texts, as ``prior_power`` divides it out.

    Notes
    -----
    ``clone``, ``Pipeline``, ``GridSearchCV`` (with the scorer below), ``cross_val_score`` and pickling work
    as with any scikit-learn classifier. Two things follow from abstaining:

    - ``cross_val_predict(..., method="predict_proba")`` (or ``"predict_log_proba"``, ``"decision_function"``)
      fits each fold on integer codes of ``y``, so there "auto" does not abstain and every column is a class of
      ``y``; a text ``fallback``, or a ``labels`` set or ``descriptions`` keyed by texts, raises there.
    - A fallback that is not a training label is a column that no true label falls in, and scikit-learn's
      ``log_loss`` (``scoring="neg_log_loss"``) and ``roc_auc_ovr`` refuse a column missing from ``y_true``. Score
      the topics' own calibrated probabilities with ``fallback=None``, or name every class:
      ``make_scorer(log_loss, greater_is_better=False, response_method="predict_proba", labels=sorted([*topics,
      "other"]))`` (sorted, as ``classes_`` is). Training texts labelled with the fallback (off-topic examples)
      make it a class of ``y`` too. Meta-estimators that encode ``y`` by ``classes_`` (``CalibratedClassifierCV``:
      "y contains previously unseen labels: 'other'") need ``fallback=None`` as well; the model's probabilities
      are calibrated already.
    - ``scoring="f1_macro"`` averages over the labels of ``y_true`` and of the predictions, so a fold with an
      abstention adds the fallback with an F1 of 0. The macro-F1 that ``mcu-nlp evaluate`` prints is over the
      true labels only: ``make_scorer(f1_score, average="macro", labels=topics)``.

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
        stop_words: Any = "default",
        prior_power: float = 0.0,
        vector_weight: float = 0.0,
        descriptions: Any = None,
        description_weight: float = 0.0,
        description_backoff: float = 0.0,
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
        self.stop_words = stop_words
        self.prior_power = prior_power
        self.vector_weight = vector_weight
        self.descriptions = descriptions
        self.description_weight = description_weight
        self.description_backoff = description_backoff

    def _features(self, texts: list[str]) -> tuple[sp.csr_matrix, np.ndarray, list[list[str]]]:
        """Feature matrix, per row whether any known lemma of a Cyrillic text was seen, and each text's lemmas."""
        return feature_matrix(self.words_, self.chars_, texts, self.__dict__.setdefault("_word_columns", {}),
                              self._stop())

    def _stop(self) -> frozenset[str] | None:
        """The fitted stop-word set; None (the default list) for a model saved before ``stop_words`` existed."""
        return getattr(self, "stop_words_", None)

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> TopicClassifier:
        """Learn topics from raw texts ``X`` and labels ``y``; returns ``self``.

        ``sample_weight`` (optional, one non-negative number per text) scales each text's share of the SVM loss,
        e.g. to weigh a small corpus from another portal more than a large one (class weights apply on top, each topic
        counted in the weighted texts, so each topic's texts must weigh more than 0 in total).
        """
        texts, stop, y, weight, topics, fallback = check_fit(self, X, y, sample_weight)
        words, chars = vectorizers(len(texts), self.min_df, self.char_ngrams)
        features, normal = fit_views(words, chars, texts, stop)
        groups = calibration_groups(texts, normal)
        check_distinct_texts(groups)  # before any fitted state changes: a refused fit leaves the model as it was
        for name in ("_word_columns", *EXPERT_STATE):  # the previous fit's vocabulary columns and experts
            self.__dict__.pop(name, None)
        self.words_, self.chars_, self.stop_words_ = words, chars, stop
        self.topics_, self.fallback_ = topics, fallback  # the fit caps a learned fallback's intercepts
        codes = np.searchsorted(topics, y)
        self.weights_ = topic_weights(topics, codes, self.balance, weight)
        self.prior_ = training_prior(codes, len(topics), weight)
        vectors = expert_vectors(self, normal)
        self.__dict__.update(fit_experts(self, vectors, codes, weight))
        features, temperatures = select_and_calibrate(self, features, codes, groups, weight, vectors)
        self.__dict__.update(temperatures)
        self.coef_, self.intercept_ = svm_weights(self, features, codes, weight)
        self.classes_ = classes_with(topics, fallback)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        """SVM scores of the learned topics, one column per ``topics_`` (the fallback has none); with two topics
        one score per text, for ``topics_[1]``, as scikit-learn's binary classifiers give it."""
        check_is_fitted(self, "coef_")
        texts = check_texts(X)
        # the vectorisers refuse an empty batch
        scores = self._scores(self._features(texts)[0]) if texts else np.zeros((0, len(self.topics_)))
        return scores[:, 1] if len(self.topics_) == 2 else scores

    def _scores(self, features: sp.csr_matrix) -> np.ndarray:
        """Decision values per topic, in float64: a float32 softmax sums to 1 only to within 1e-7, which
        scikit-learn's ``log_loss`` warns about."""
        return (np.asarray(features @ self.coef_.T) + self.intercept_).astype(np.float64)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probabilities, one column per ``classes_``; abstained rows put "other" on top.

        A row abstains when it has no evidence, when its best topic is less likely than ``min_score`` (before the
        ``prior_power`` shift), or when the fallback itself is its best class (learned from off-topic training
        texts labelled with it, with no intercept above the topics': it wins by its own words, not because a
        text's topic words are unknown; :func:`~mcu_nlp.topic.fitting.capped_fallback`).
        See :func:`~mcu_nlp.topic.calibration.abstained` for the low score such a row gets.
        """
        check_is_fitted(self, "coef_")
        texts = check_texts(X)
        if not texts:  # the vectorisers refuse an empty batch
            return np.zeros((0, len(self.classes_)))
        features, evidence, lemmas = self._features(texts)
        model = combine(softmax(self._scores(features), self.temperature_), lemmas, self)
        model[~evidence] = 1.0 / model.shape[1]
        proba = np.zeros((len(model), len(self.classes_)))
        columns = np.searchsorted(self.classes_, self.topics_)
        proba[:, columns] = model
        prior = np.zeros(len(self.classes_))
        prior[columns] = self.prior_
        other = None if self.fallback_ is None else int(np.searchsorted(self.classes_, self.fallback_))
        score, power = check_min_score(self.min_score), check_prior_power(self.prior_power)  # set_params after fit
        return answer(proba, other, ~evidence, score, prior, power)

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

        Character n-gram weights are added to the lemma of the word they come from. A text answered with the
        fallback for want of evidence (no known word, or no topic as likely as ``min_score``) gets ``[]``: no
        term made its answer. One whose best class is a learned fallback (off-topic training texts) gets the
        terms that pushed it there. The weights are the SVM's alone: the word-vector and description experts
        (``vector_weight``, ``description_weight``) move the answer too and are not listed, so a text whose terms
        lean to another topic than its answer was tipped by them (or by ``prior_power``).

        >>> texts = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи"]
        >>> clf = TopicClassifier(min_score=0.0).fit(texts * 3, ["roads", "roads", "heating", "heating"] * 3)
        >>> [term for term, weight in clf.explain("Глубокая яма на дороге", top=3)]
        ['дорога', 'яма', 'яма дорога']

        ``text`` is one str (None, a number or a list: ``InputTypeError``); ``top`` a whole number >= 1
        (``InputError``: ``top=-1`` would slice off the last term, ``top=0`` give none).
        """
        check_is_fitted(self, "coef_")
        if not isinstance(text, str):
            raise InputTypeError(expected("a str", text, "pass the text of one appeal"))
        top = whole_number(top, "top")
        (text,) = check_texts([text])
        return answer_terms(self, text, top)

    def __getstate__(self) -> dict[str, Any]:
        return saved_state(dict(super().__getstate__()))  # a copy: pickling must not change the live model

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(restored_state(state))
