"""What a :class:`~mcu_nlp.topic.TopicClassifier` accepts beside texts (:func:`mcu_nlp.normalization.check_texts`):
sample weights, ``prior_power``, the experts' weights and descriptions, and the fallback label that abstaining rows
get (labels: :mod:`mcu_nlp.labels`); :func:`check_fit` runs the checks ``fit`` needs, before anything is fitted.

Each check raises an error that names the rows at fault (never their content) and says how to fix them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from mcu_nlp.errors import InputError, InputTypeError, Shown, describe, expected, quoted
from mcu_nlp.labels import SHOWN_ROWS, check_labels, check_sample_weight
from mcu_nlp.normalization import check_texts, stop_word_set

FALLBACK = "other"
#: Distinct normalised texts a model needs: fewer leave it nothing to tell apart, and calibration no text to hold out
MIN_DISTINCT_TEXTS = 2
#: Texts of the median topic below which a fit warns that its answers will be weak (:func:`warn_few_texts`).
FEW_TEXTS = 10


def check_expert_weights(model: Any) -> None:
    """``InputError`` unless ``vector_weight``, ``description_weight`` and ``description_backoff`` are numbers >= 0.

    >>> from types import SimpleNamespace
    >>> check_expert_weights(SimpleNamespace(vector_weight=0.25, description_weight=-1, description_backoff=0))
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a number >= 0 as description_weight, got int (-1); pass 0 (no such expert) \
or a weight such as 0.25
    """
    for name in ("vector_weight", "description_weight", "description_backoff"):
        value = getattr(model, name)
        if not (_is_number(value) and 0 <= value < np.inf):
            raise InputError(expected(f"a number >= 0 as {name}", value, "pass 0 (no such expert) or a weight such "
                                      "as 0.25"))


def check_descriptions(descriptions: Any, topics: np.ndarray, allowed: Iterable[Any] | None = None) -> None:
    """Refuse ``descriptions`` unless None or a mapping of labels (training ``topics`` or the ``allowed`` set) to
    non-empty texts: ``InputTypeError`` for a wrong type, ``InputError`` naming keys that are no label (a typo left
    its topic undescribed, silently) or whose text is blank. Keys are labels and are named; texts are not quoted.

    >>> check_descriptions({"roads": "Дороги", "raods": "Ямы"}, np.array(["roads", "waste"], dtype=object))
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected descriptions keyed by labels, got keys that are no label: ['raods']; fix \
the keys or add those labels to `labels`
    """
    if descriptions is None:
        return
    if not isinstance(descriptions, Mapping):
        raise InputTypeError(expected("descriptions as a mapping from labels to texts, or None", descriptions,
                                      "pass a dict such as {'roads': 'Дороги. Ямы на проезжей части'}"))
    for key, text in descriptions.items():
        if not isinstance(text, str):
            got = Shown(f"{describe(text)} for {quoted(key, spaces=False)}")
            raise InputTypeError(expected("a text (str) as each description", got, "pass each description as str"))
    known = set(topics.tolist())
    if allowed is not None:
        known |= set(map(str, allowed)) if topics.dtype == object else set(allowed)  # as check_labels reads them
    unknown = [key for key in descriptions if key not in known]
    if unknown:
        raise InputError(expected("descriptions keyed by labels", Shown(f"keys that are no label: {_keys(unknown)}"),
                                  "fix the keys or add those labels to `labels`"))
    blank = [key for key, text in descriptions.items() if not text.strip()]
    if blank:
        raise InputError(expected("a non-empty text as each description", Shown(f"blank ones for {_keys(blank)}"),
                                  "describe those labels or leave them out"))


def _keys(keys: list[Any]) -> str:
    """Labels for an error message, each :func:`~mcu_nlp.errors.quoted`, the first ``SHOWN_ROWS`` of them."""
    return f"[{', '.join(quoted(key, spaces=False) for key in keys[:SHOWN_ROWS])}]"


def _is_number(value: Any) -> bool:
    """Whether ``value`` is a real number (numpy's too), not a bool: True would read as 1, "0.2" from a
    configuration file fails only where it is compared."""
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool | np.bool_)


def check_min_score(score: Any) -> float:
    """``min_score`` as a float, or ``InputError``: a probability from 0 to 1 (a text "0.2" failed only once a
    fitted model predicted, with numpy's TypeError; NaN never abstained, above 1 always did).

    >>> check_min_score(0.15)
    0.15
    >>> check_min_score("0.2")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a number from 0 to 1 as min_score, got str of 3 characters; pass a \
probability such as 0.2 (0: abstain only on texts without evidence)
    """
    if not (_is_number(score) and 0 <= score <= 1):
        raise InputError(expected("a number from 0 to 1 as min_score", score, "pass a probability such as 0.2 "
                                  "(0: abstain only on texts without evidence)"))
    return float(score)


def check_prior_power(power: Any) -> float:
    """``prior_power`` as a float, or ``InputError``: a number >= 0 (a negative power would push the answers further
    toward the training mix's big topics, not away from it).

    >>> check_prior_power(0.15)
    0.15
    >>> check_prior_power(-0.5)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a number >= 0 as prior_power, got float (-0.5); pass 0 (no correction) or \
a power such as 0.15
    """
    if not (_is_number(power) and 0 <= power < np.inf):
        raise InputError(expected("a number >= 0 as prior_power", power, "pass 0 (no correction) or a power such "
                                  "as 0.15"))
    return float(power)


def check_distinct_texts(groups: Sequence[str]) -> None:
    """``InputError`` unless ``groups`` (each text's normalised form, as
    :func:`~mcu_nlp.topic.calibration.calibration_groups` gives it) hold at least ``MIN_DISTINCT_TEXTS`` distinct
    texts. Texts that differ only in numbers, phones, e-mails, stop words or punctuation are one text for the
    model, and calibration holds out whole groups of them.

    >>> check_distinct_texts(["нет вода дом num"] * 20)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected at least 2 distinct texts after normalisation to fit and calibrate, got 1 \
(of 20 texts); texts that differ only in numbers, phones, e-mails, stop words or punctuation count as one: add texts \
that say different things
    """
    distinct = len(set(groups))
    if distinct < MIN_DISTINCT_TEXTS:
        got = Shown(f"{distinct} (of {len(groups)} texts)")
        raise InputError(expected(f"at least {MIN_DISTINCT_TEXTS} distinct texts after normalisation to fit and "
                                  "calibrate", got, "texts that differ only in numbers, phones, e-mails, stop words "
                                  "or punctuation count as one: add texts that say different things"))


def check_fit(model: Any, X: Any, y: Any, sample_weight: Any) -> tuple[list[str], frozenset[str] | None, np.ndarray,
                                                                     np.ndarray | None, np.ndarray, Any]:
    """What ``model.fit(X, y, sample_weight)`` reads, checked before any fitted state changes: the texts, the
    resolved stop words, the labels, the sample weights, the sorted training topics and the resolved fallback; the
    settings it reads (``min_score``, ``prior_power``, the experts' weights, ``descriptions``) are checked too."""
    texts = check_texts(X)
    check_min_score(model.min_score)
    check_prior_power(model.prior_power)
    check_expert_weights(model)
    stop = stop_word_set(model.stop_words)
    y = check_labels(y, len(texts), model.labels)
    weight = check_sample_weight(sample_weight, len(texts))
    topics = np.unique(y)
    if len(topics) < 2:
        raise InputError(expected("at least two different labels", topics.tolist(), "add texts of another topic"))
    check_topic_weights(y, topics, weight)
    check_descriptions(model.descriptions, topics, model.labels)
    fallback = resolve_fallback(model.fallback, topics)
    warn_few_texts(y, topics, fallback)
    warn_lookalike_labels(topics)
    return texts, stop, y, weight, topics, fallback


def lookalike_labels(topics: Iterable[Any]) -> list[list[str]]:
    """Groups of text labels that differ only in case, ё / е or spaces around them: «ЖКХ», «ЖКХ », «жкх» are
    three topics to a fit, most likely one mistyped (a Ставропольский край walkthrough, session 61, D6).

    >>> lookalike_labels(["ЖКХ", "ЖКХ ", "roads", "жкх", "Roads", "water"])
    [['Roads', 'roads'], ['ЖКХ', 'ЖКХ ', 'жкх']]
    >>> lookalike_labels([1, 2]), lookalike_labels(["roads", "water"])
    ([], [])
    """
    groups: dict[str, list[str]] = {}
    for topic in topics:
        if isinstance(topic, str):
            groups.setdefault(topic.strip().casefold().replace("ё", "е"), []).append(topic)
    return sorted(sorted(group) for group in groups.values() if len(group) > 1)


def warn_lookalike_labels(topics: Iterable[Any]) -> None:
    """A :class:`~mcu_nlp.errors.McuNlpWarning` naming the :func:`lookalike_labels` groups, each label
    :func:`~mcu_nlp.errors.quoted` (a label that reads like a text is described, not shown)."""
    groups = lookalike_labels(topics)
    if not groups:
        return
    import warnings

    from mcu_nlp.errors import McuNlpWarning

    said = "; ".join(", ".join(quoted(label, spaces=False) for label in group) for group in groups[:5])
    warnings.warn(f"labels that differ only in case or spaces are separate topics: {said}; if each group is one "
                  "topic, write its labels alike (e.g. strip and fix the case)", McuNlpWarning, stacklevel=4)


def texts_per_topic(labels: Iterable[Any], fallback: Any) -> list[int]:
    """How many of ``labels`` each topic has, the ``fallback``'s off-topic texts aside, fewest first.

    >>> texts_per_topic(["roads", "roads", "water", "other"], "other")
    [1, 2]
    """
    counts = Counter(map(str, labels))
    counts.pop(str(fallback), None)
    return sorted(counts.values())


def warn_few_texts(y: np.ndarray, topics: np.ndarray, fallback: Any) -> None:
    """A :class:`~mcu_nlp.errors.McuNlpWarning` when the median topic (the fallback's off-topic texts aside) has
    fewer than FEW_TEXTS texts to learn from: a model fitted on 26 texts of 4 topics answered every text at about
    0.25 a topic and was right no more often than a plain TF-IDF + logistic regression (walkthrough s39), and only
    ``mcu-nlp train`` said so. Counts only, no text or label is shown.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_few_texts(np.array(["a"] * 6 + ["b"] * 7), np.array(["a", "b"]), "other")
    >>> str(caught[0].message).split(";")[0]
    'few texts per topic to learn from: 7 for the median topic, 6 for the fewest (2 topics, 13 texts)'
    """
    per_topic = texts_per_topic(y, fallback)
    median = per_topic[len(per_topic) // 2] if per_topic else FEW_TEXTS
    if median >= FEW_TEXTS:
        return
    import warnings

    from mcu_nlp.errors import McuNlpWarning

    warnings.warn(f"few texts per topic to learn from: {median} for the median topic, "
                  f"{per_topic[0]} for the fewest ({len(per_topic)} topics, {len(y)} texts); expect flat "
                  "probabilities and answers little better than chance; 30 or more texts per topic make useful "
                  "topics", McuNlpWarning, stacklevel=4)  # the caller of fit


def check_topic_weights(y: np.ndarray, topics: np.ndarray, weight: np.ndarray | None) -> None:
    """``InputError`` naming the topics whose texts weigh 0 in total in ``weight`` (checked sample weights): such a
    topic has nothing to learn from, and its class weight (an even share over its weighted count) would be infinite.

    >>> y = np.array(["roads", "waste", "waste"], dtype=object)
    >>> check_topic_weights(y, np.unique(y), np.array([0.0, 1.0, 0.5]))
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected sample weights above 0 for some text of every topic, got a total of 0 for \
['roads']; give those topics' texts a weight > 0 or leave them out
    """
    if weight is None:
        return
    totals = np.bincount(np.searchsorted(topics, y), weights=weight, minlength=len(topics))
    empty = topics[totals <= 0].tolist()
    if empty:
        raise InputError(
            expected(
                "sample weights above 0 for some text of every topic",
                Shown(f"a total of 0 for {_keys(empty)}"),
                "give those topics' texts a weight > 0 or leave them out",
            )
        )


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


def classes_with(topics: np.ndarray, fallback: Any) -> np.ndarray:
    """The sorted ``classes_`` of a model with training labels ``topics`` (sorted) and resolved ``fallback``.

    >>> classes_with(np.array([3, 7]), -1).tolist(), classes_with(np.array(["roads"], dtype=object), "other")
    ([-1, 3, 7], array(['other', 'roads'], dtype=object))
    """
    if fallback is None or fallback in topics.tolist():
        return topics
    kind = object if topics.dtype == object else None  # numbers: the dtype both fit in (ints and -1.5: float)
    return np.unique(np.concatenate([topics, np.asarray([fallback], dtype=kind)]))
