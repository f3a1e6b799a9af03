"""How urgent an appeal is: ``critical``, ``high`` or ``normal`` (``data/urgency.md``), with the reasons shown.

:class:`UrgencyClassifier` is a hybrid: the danger signals of :mod:`mcu_nlp.lexicon` (explainable patterns over
lemmas, with negation, hedges and repairs handled) are features beside a TF-IDF of the normalised text
(:mod:`mcu_nlp.urgency.features`), in a calibrated logistic regression. :mod:`mcu_nlp.urgency.decision` turns its
probabilities into a level, after the rules of :mod:`mcu_nlp.urgency.guideline`.

``predict`` applies the cuts of ``decision`` (below 0.5); ``predict_proba`` stays calibrated, so a caller that takes
the largest probability gets fewer critical alarms (and misses more critical appeals) than ``predict``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from threadpoolctl import threadpool_limits

from mcu_nlp.errors import InputError, InputTypeError, expected
from mcu_nlp.labels import check_sample_weight
from mcu_nlp.lexicon import LEVELS, Signal, find_signals
from mcu_nlp.normalization import TextInputMixin, check_texts, normalize
from mcu_nlp.season import DateLike, dates_seasons, northern_dates, seasonal, stated_seasons
from mcu_nlp.sklearn_predict import calibrated_proba, word_tfidf
from mcu_nlp.urgency.decision import check_decision, decide, decision_cuts, tune_decision
from mcu_nlp.urgency.features import (
    char_matrix,
    char_vectorizer,
    learned_terms,
    lemma_pushes,
    lexicon_matrix,
    signal_columns,
    word_vectorizer,
)
from mcu_nlp.urgency.guideline import (
    RANK,
    TRUSTED_LEVELS,
    agreed_signals,
    apply_guideline,
    question_signals,
    repair_signals,
    settling_signals,
    short_text,
    trusted_signals,
)
from mcu_nlp.urgency.inputs import (
    as_classes,
    check_cuts,
    check_recall_rows,
    check_training_set,
    read_lexicon,
)
from mcu_nlp.urgency.model_text import model_text, read_text
from mcu_nlp.urgency.saved_state import SavedStateMixin


class UrgencyClassifier(TextInputMixin, ClassifierMixin, SavedStateMixin, BaseEstimator):
    """Urgency of appeals: lexicon signals + TF-IDF of lemmas in a calibrated logistic regression.

    Parameters
    ----------
    use_words, use_lexicon : bool
        Feature sets: the TF-IDF of normalised text and the lexicon signals (both by default).
    C : float
        Inverse regularisation of the logistic regression.
    lexicon_weight : float
        Scale of the lexicon features against the TF-IDF ones. The defaults of ``C`` and ``lexicon_weight`` were
        chosen by fitting on one labelling round and scoring on the other (rounds 1 and 2) and confirmed on round
        3; round 4 did not confirm them, and leave-one-round-out over all four keeps them narrowly ahead of the
        old 1.0 / 0.5 (``benchmarks/RESULTS.md``).
    char_weight : float
        Scale of the character n-grams of lemmas (``CHAR_NGRAMS``) against the word TF-IDF; 0 leaves them out.
    critical_recall : float
        Share of critical appeals the tuned ``critical`` threshold must catch on out-of-fold predictions.
    decision : {"other_regions", "out_of_fold"}
        How :meth:`predict` reads the probabilities (:mod:`mcu_nlp.urgency.decision`): the out-of-fold
        ``critical_threshold_`` and ``high_weight_`` of the training texts for every text (the default; what
        ``critical_recall`` sets), or cuts and weights by the lexicon reading of a text, chosen on other regions'
        appeals (higher precision and macro-F1, lower critical recall: see the module).
    cv : int
        Folds for calibration and for tuning the threshold.
    max_features, min_df : int
        Vocabulary limits of the TF-IDF (unigrams and bigrams of lemmas).
    lexicon_path : str or None
        A lexicon CSV; None uses the shipped one. The rules are copied into the fitted model. Latin look-alike
        letters inside its Russian words are read as Cyrillic, as in texts (:mod:`mcu_nlp.lexicon_rules`).
    random_state : int
        Seed of the folds.
    blank_context : bool
        Blank personal data, contacts, addresses, towns and tag tails before the TF-IDF reads a text, at fit and
        predict (:mod:`mcu_nlp.urgency.model_text`): who wrote, where from and how to reach them say nothing of
        urgency. The lexicon reads the text as written. Models saved before it existed read everything (False).

    Attributes
    ----------
    classes_ : ndarray
        ``["critical", "high", "normal"]``; ``[0, 1, 2]`` when fitted on a NumPy integer array of those codes of
        the levels (as scikit-learn's ``cross_val_predict(method="predict_proba")`` passes them), which
        :meth:`predict` then returns. The codes are read in the levels' sorted order, 0 critical, 1 high, 2 normal;
        integers in a list or a Series are refused (``InputError``, a ``ValueError``): labels coded another way (0
        for normal) must be passed as the level names, or the model would learn the levels upside down.
    critical_threshold_, high_weight_ : float
        The P(critical) cut that catches ``critical_recall`` of the out-of-fold predictions (at most 0.5), and the
        weight of P(high) against P(normal) below it with their best macro-F1: what ``decision="out_of_fold"`` uses.
    critical_cuts_, high_weights_ : tuple of float
        The cuts of ``decision`` at fit (the manifest's): from P(critical) ``critical_cuts_[r]`` a text is critical,
        below it high when ``high_weights_[r] * P(high) >= P(normal)``, ``r`` its lexicon reading (0 a critical
        signal, 1 a high one, 2 neither; :func:`~mcu_nlp.urgency.decision.decision_cuts`). :meth:`predict` uses
        them while ``decision`` is still ``fit_decision_`` (a model file keeps predicting as it did when saved) and
        derives them from ``decision`` as it is then after ``set_params`` changed it.
    fit_decision_ : str
        The ``decision`` that ``critical_cuts_`` and ``high_weights_`` were made for.
    oof_critical_proba_ : ndarray of float or None
        The out-of-fold P(critical) of each training text that the cut and weight were tuned on (None when ``fit`` was
        given its ``cuts``).
    trusted_ : frozenset of str
        Critical and high lexicon signals the training texts hold too rarely to learn (a gas smell, a person
        trapped, a bus route cancelled: rare on appeal portals); a text with a critical one has its P(critical)
        lifted to at least 0.9, in the model's order, one with a high one and no critical signal is at least high
        (:mod:`mcu_nlp.urgency.trust`, :mod:`mcu_nlp.urgency.guideline`).
    agreed_ : frozenset of str
        Critical lexicon signals the training labels agree with at least half the time, however common (a power cut,
        which the learned «свет» of stairwell lighting talked down): a text with one has P(critical) at least 0.5,
        past every threshold, in the model's order (:func:`mcu_nlp.urgency.lifts.lift_agreed`).
    settling_ : frozenset of str
        The lexicon signals that say a supply works or was repaired (the settled rule of
        :mod:`mcu_nlp.urgency.guideline`), taken from ``lexicon_`` once at fit.
    char_weight_ : float
        ``char_weight`` as fitted (0 without character n-grams); what prediction uses.
    lexicon_ : mcu_nlp.lexicon.Lexicon
        The rules the model was fitted with (pickled with it).
    vectorizer_, chars_, model_
        The TF-IDF vectorisers (lemmas, character n-grams of lemmas) and the calibrated logistic regression.
    triage_ : UrgencyClassifier or None
        None after :meth:`fit`. The shipped model has one (:func:`mcu_nlp.urgency.training.with_triage`): a second
        model fitted with other regions' hand-labelled appeals beside the annotated ones, which says high or normal
        for each text this one does not answer critical (critical answers stay this model's; session 55, A9).
        :meth:`predict_proba` stays this model's own; :meth:`predict` and :meth:`explain` take the triage's word.

    :meth:`explain` gives the phrases behind a level as :class:`~mcu_nlp.lexicon.Signal` records with offsets.

    >>> clf = UrgencyClassifier(cv=2).fit(
    ...     ["Нет воды третий день", "Открыт люк во дворе", "Пахнет газом", "Нет отопления, дети мерзнут",
    ...      "Не горит фонарь", "Яма на дороге", "Не убран снег", "Не работает лифт",
    ...      "Поставьте лавочку", "Спасибо за работу", "Уберите рекламу", "Когда будет ремонт фасада?"],
    ...     ["critical"] * 4 + ["high"] * 4 + ["normal"] * 4)
    >>> list(clf.classes_), clf.predict(["Сильно пахнет газом в подъезде"]).tolist()
    (['critical', 'high', 'normal'], ['critical'])
    >>> [(s.name, s.text) for s in clf.explain("Сильно пахнет газом в подъезде")]
    [('gas smell', 'пахнет газом')]
    """

    def __init__(
        self,
        *,
        use_words: bool = True,
        use_lexicon: bool = True,
        C: float = 0.5,
        lexicon_weight: float = 0.25,
        char_weight: float = 1.5,
        critical_recall: float = 0.9,
        decision: str = "out_of_fold",
        cv: int = 5,
        max_features: int = 20000,
        min_df: int = 2,
        lexicon_path: str | None = None,
        random_state: int = 0,
        blank_context: bool = True,
    ) -> None:
        self.use_words = use_words
        self.use_lexicon = use_lexicon
        self.C = C
        self.lexicon_weight = lexicon_weight
        self.char_weight = char_weight
        self.critical_recall = critical_recall
        self.decision = decision
        self.cv = cv
        self.max_features = max_features
        self.min_df = min_df
        self.lexicon_path = lexicon_path
        self.random_state = random_state
        self.blank_context = blank_context

    # -- fitting ------------------------------------------------------------------------------------------------
    def fit(self, X: Iterable[str], y: Iterable[str], dates: Sequence[DateLike] | None = None,
            recall_rows: Sequence[bool] | None = None, sample_weight: Sequence[float] | None = None,
            cuts: tuple[float, float] | None = None) -> UrgencyClassifier:
        """Learn from texts and their levels; ``dates`` (optional, one per text) feed the season rule.

        ``recall_rows`` (optional, one bool per text) names the texts whose critical labels ``critical_recall``
        counts when ``critical_threshold_`` is tuned, and the texts whose labels ``trusted_`` and ``agreed_`` count
        (None: all; session 24's A4: other rows' labels add no lifted signal). ``sample_weight`` (optional, one
        positive number per text; None: 1 each) weighs each text in the logistic regression, its calibration, the
        out-of-fold models and the out-of-fold macro-F1 that picks ``high_weight_``, not in the vocabularies.
        ``train_default(dev_blind=...)`` counts the annotated SPb and Kursk appeals, not the hand-written dev-set
        rows, and weighs those at ``DEV_BLIND_WEIGHT``.

        ``cuts`` (optional: another fit's ``(critical_threshold_, high_weight_)``) are taken as they are instead of
        tuned on out-of-fold predictions (none are made: ``oof_critical_proba_`` is None).
        ``train_default(dev_blind=...)`` passes the cuts of the same fit on the annotations alone to the fit with the
        dev rows (session 25's A5: tuned with the dev rows, the Kursk -> SPb split's cut fell 0.149 -> 0.087, and SPb
        paid in critical precision).
        """
        if not (self.use_words or self.use_lexicon):
            raise InputError(expected("use_words or use_lexicon to be True", (self.use_words, self.use_lexicon)))
        check_decision(self.decision)  # before minutes of fitting
        texts, labels, colds, classes = check_training_set(X, y, dates, self.cv)
        given = None if cuts is None else check_cuts(cuts)
        counted = check_recall_rows(recall_rows, labels)
        weights = check_sample_weight(sample_weight, len(labels), zero=False)
        colds = stated_seasons(texts, colds)
        signals = self._fit_lexicon(texts, colds, labels, counted)
        normalized = [normalize(self._model_text(t)) for t in texts]
        self._fit_vectorizers(normalized)
        features = self._features(normalized, signals)
        self.classes_ = classes
        # BLAS threads fighting over a busy machine make lbfgs ~10x slower on these small sparse problems
        with threadpool_limits(limits=1):
            if given is None:
                tuned = tune_decision(self._model, features, labels, cv=self.cv, random_state=self.random_state + 1,
                                      critical_recall=self.critical_recall, recall_rows=counted, sample_weight=weights)
            else:
                tuned = (*given, None)
            self.critical_threshold_, self.high_weight_, self.oof_critical_proba_ = tuned
            self.critical_cuts_, self.high_weights_ = decision_cuts(self.decision, *tuned[:2])
            self.fit_decision_ = self.decision
            self.model_ = self._model().fit(features, labels, sample_weight=weights)
        self.triage_ = None  # a triage learned beside another fit is not this one's
        return self

    def _fit_lexicon(self, texts: list[str], colds: list[bool | None], labels: np.ndarray,
                     counted: np.ndarray | None = None) -> list[list[Signal]] | None:
        """``lexicon_``, its columns, ``trusted_`` and ``agreed_`` (counted on the ``counted`` rows alone, None:
        all); the texts' signals after the season rule (None without lexicon features)."""
        self.lexicon_ = read_lexicon(self.lexicon_path)
        self.signal_names_ = signal_columns(self.lexicon_)
        self.settling_ = settling_signals(self.lexicon_.rules)
        if not self.use_lexicon:
            self.trusted_ = self.agreed_ = frozenset()
            return None
        signals = [seasonal(find_signals(t, self.lexicon_), c) for t, c in zip(texts, colds)]
        names = {rule.name for rule in self.lexicon_.rules if rule.level in TRUSTED_LEVELS}
        if counted is None:
            self.trusted_ = trusted_signals(signals, labels, names)
            self.agreed_ = agreed_signals(signals, labels)
        else:  # the dev rows' labels add no lift (session 24, A4)
            kept = [found for found, keep in zip(signals, counted) if keep]
            self.trusted_ = trusted_signals(kept, labels[counted], names)
            self.agreed_ = agreed_signals(kept, labels[counted])
        return signals

    def _fit_vectorizers(self, normalized: list[str]) -> None:
        """``vectorizer_`` and ``chars_`` on the normalised texts (none without word features)."""
        self.char_weight_ = self.char_weight if self.use_words else 0.0  # what predict uses, whatever set_params does
        if not self.use_words:
            return
        self.vectorizer_ = word_vectorizer(self.min_df, self.max_features).fit(normalized)
        self.__dict__.pop("_lemma_columns", None)
        if self.char_weight_ > 0:
            self.chars_ = char_vectorizer().fit(normalized)

    def _model(self) -> Any:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold

        folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
        linear = LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000)
        return CalibratedClassifierCV(linear, method="sigmoid", cv=folds, ensemble=False)

    # -- features (mcu_nlp.urgency.features) -------------------------------------------------------------------
    def _features(self, normalized: list[str], signals: list[list[Signal]] | None) -> Any:
        """The feature matrix of normalised texts; ``signals`` (after the season rule) may be None only without
        lexicon features."""
        from scipy.sparse import hstack

        parts = []
        if self.use_words:
            parts.append(word_tfidf(self.vectorizer_, normalized))  # its transform without the checks
        if self.use_lexicon:
            parts.append(lexicon_matrix(signals, self.signal_names_, self.lexicon_weight))
        if self.use_words and self.char_weight_ > 0:  # last, so the word columns keep their place for explain()
            columns = self.__dict__.setdefault("_lemma_columns", {})
            parts.append(char_matrix(self.chars_, normalized, columns) * self.char_weight_)
        return hstack(parts, format="csr")

    # -- prediction -----------------------------------------------------------------------------------------------
    def predict_proba(self, X: Iterable[str], dates: Sequence[DateLike] | None = None) -> np.ndarray:
        """Calibrated probabilities, columns in ``classes_`` order (critical, high, normal)."""
        proba, _ = self._proba_and_signals(X, dates)
        return proba

    def _proba_and_signals(self, X: Any, dates: Sequence[DateLike] | None) -> tuple[np.ndarray, list[list[Signal]]]:
        """Probabilities after the rules of :mod:`mcu_nlp.urgency.guideline`, and the signals after the season rule."""
        proba, signals, _ = self._scored(X, dates, triage=False)
        return proba, signals

    def _scored(self, X: Any, dates: Sequence[DateLike] | None,
                triage: bool = True) -> tuple[np.ndarray, list[list[Signal]], np.ndarray | None]:
        """:meth:`_proba_and_signals`, and the levels ``triage_`` gives the same texts from the same reading (None
        without a triage or when not asked)."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "model_")
        texts = check_texts(X)
        colds = stated_seasons(texts, dates_seasons(dates, len(texts)))
        second = getattr(self, "triage_", None) if triage else None
        if not texts:
            return np.zeros((0, len(LEVELS))), [], None if second is None else np.zeros(0, dtype=object)
        read = [self._read(t) for t in texts]  # signals, whether a critical match is past only, the address, the text
        raw = [found for found, _, _, _ in read]
        signals = [seasonal(s, c) for s, c in zip(raw, colds)]
        normalized = [normalize(seen) for *_, seen in read]
        proba = self._guided_proba(texts, read, raw, signals, colds, normalized)
        if second is None:
            return proba, signals, None
        # the triage reads with the same lexicon and blanking (with_triage checks), so the reading is shared
        levels = second._levels(second._guided_proba(texts, read, raw, signals, colds, normalized), signals)
        return proba, signals, levels

    def _guided_proba(self, texts: list[str], read: list[Any], raw: list[list[Signal]], signals: list[list[Signal]],
                      colds: list[bool | None], normalized: list[str]) -> np.ndarray:
        """This model's probabilities of texts already read (:meth:`_scored`), after the guideline's rules."""
        proba = calibrated_proba(self.model_, self._features(normalized, signals))  # model_.predict_proba
        vocabulary = self.vectorizer_.vocabulary_ if self.use_words else None
        short = [short_text(t, doc, found, vocabulary, where)
                 for t, doc, (found, _, where, _) in zip(texts, normalized, read)]
        proba = apply_guideline(proba, texts, raw, signals, colds, self.trusted_, short, settling=self.settling_,
                                dated=[past for _, past, _, _ in read], agreed=self.agreed_,
                                repairs=repair_signals(self.lexicon_.rules),
                                questions=question_signals(self.lexicon_.rules))
        return proba

    def _read(self, text: str) -> tuple[list[Signal], bool, frozenset[str] | None, str]:
        """:func:`mcu_nlp.urgency.model_text.read_text` with this model's lexicon and ``blank_context``."""
        return read_text(self.lexicon_, text, self.blank_context)

    def _model_text(self, text: str, seq: list[Any] | None = None, marks: Any = None) -> str:
        """``text`` as the word features read it (:func:`mcu_nlp.urgency.model_text.model_text` or as written)."""
        return model_text(text, seq, marks) if self.blank_context else text

    def predict(self, X: Iterable[str], dates: Sequence[DateLike] | None = None) -> np.ndarray:
        """Levels: ``critical`` from P(critical) ``critical_cuts_``, else high or normal by ``high_weights_``.

        When the lexicon reads a text as settled (a supply said to work or repaired, and no other problem), it
        is not critical: "вода есть", "отопление есть, но слабое" are no alarm (:mod:`mcu_nlp.urgency.guideline`).
        "нет отопления" in July is not critical at all (the season rule, :mod:`mcu_nlp.season`).
        """
        proba, signals, triaged = self._scored(X, dates)
        return as_classes(self._levels(proba, signals, triaged), self.classes_)

    def predict_with_proba(
        self, X: Iterable[str], dates: Sequence[DateLike] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Levels (as :meth:`predict`) and probabilities in one pass."""
        proba, signals, triaged = self._scored(X, dates)
        return as_classes(self._levels(proba, signals, triaged), self.classes_), proba

    def _levels(self, proba: np.ndarray, signals: list[list[Signal]], triaged: np.ndarray | None = None) -> np.ndarray:
        """The levels of :func:`~mcu_nlp.urgency.decision.decide` with the cuts and weights of this model's
        ``decision`` as it is now: the stored ``critical_cuts_`` and ``high_weights_`` while it is the one they were
        made for (``fit_decision_``: a model file saved in session 20 keeps its cuts), else derived from its
        out-of-fold ``critical_threshold_`` and ``high_weight_`` (:func:`~mcu_nlp.urgency.decision.decision_cuts`):
        ``set_params(decision="other_regions")`` counts without a refit, and a ``decision`` not in DECISIONS is
        refused here, not read as another. With ``triaged`` (the levels of ``triage_``), a text this model does not
        answer critical is high when the triage answers critical or high, else normal."""
        check_decision(self.decision)
        if self.decision == getattr(self, "fit_decision_", None):
            cuts, weights = self.critical_cuts_, self.high_weights_
        else:
            cuts, weights = decision_cuts(self.decision, self.critical_threshold_, self.high_weight_)
        levels = decide(proba, signals, cuts, weights, self.settling_)
        if triaged is None:
            return levels
        return np.where(levels == "critical", levels, np.where(triaged == "normal", "normal", "high")).astype(object)

    def explain(self, text: str, date: DateLike = None, region: str | None = None) -> list[Signal]:
        """The phrases behind the level of ``text``, most severe first, with offsets into ``text``.

        ``date`` and ``region`` as :func:`mcu_nlp.analyze` reads them: ``region`` is the subject code whose cold
        season the date is read in (the Far North's runs into June, :func:`mcu_nlp.season.northern_dates`);
        ``analyze`` takes the municipality's the text names, else the caller's, so the reasons of its answer are
        ``explain(a.text, date, (a.municipality.region_code if a.municipality else caller_region))``.

        Lexicon signals come first, none above the level given (a "dark" the model answers normal is no reason of
        normal); when the learned model alone raised the level, its strongest words for
        that level follow with ``group="model"``: content words only, each among the strongest twentieth of the
        words that push that level up (:func:`~mcu_nlp.urgency.features.learned_terms`), so none may follow. A
        ``high`` a triage gave (``triage_``) shows the triage's words.
        """
        if not isinstance(text, str):
            raise InputTypeError(expected("a str", text, "pass the text of one appeal"))
        if region is not None and date is not None:
            date = northern_dates([date], [region])[0]
        proba, signals, triaged = self._scored([text], [date])
        level = str(self._levels(proba, signals, triaged)[0])
        # a signal above the level given is none of its reasons: the learned model talked it down
        found = sorted((s for s in signals[0] if RANK[s.level] >= RANK[level]), key=lambda s: (RANK[s.level], s.start))
        # a high or normal answer is the triage's when there is one: its words are the reasons
        learned = self if triaged is None or level == "critical" else self.triage_
        if level != "normal" and not any(s.level == level for s in found) and learned.use_words:
            linear = learned.model_.calibrated_classifiers_[0].estimator
            seen = learned._model_text(text)  # as long as text: a blanked word is no reason
            pushes = learned._pushes(linear, seen, signals[0], level)
            found = found + learned_terms(linear, learned.vectorizer_.vocabulary_, seen, level, pushes=pushes)
        return found

    def _pushes(self, linear: Any, seen: str, signals: list[Signal], level: str) -> dict[str, float]:
        """:func:`~mcu_nlp.urgency.features.lemma_pushes` of the text the word features read (``seen``)."""
        doc = normalize(seen)
        row = self._features([doc], [signals] if self.use_lexicon else None)
        if self.char_weight_ > 0:  # the n-gram block is the row's last (_features)
            columns, start = self.__dict__.get("_lemma_columns", {}), row.shape[1] - len(self.chars_.vocabulary_)
        else:
            columns, start = {}, row.shape[1]
        return lemma_pushes(linear, row, doc, self.vectorizer_.vocabulary_, columns, start, level)
