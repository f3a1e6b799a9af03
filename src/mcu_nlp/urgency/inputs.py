"""What a :class:`~mcu_nlp.urgency.UrgencyClassifier` accepts: a training set of texts
(:func:`mcu_nlp.normalization.check_texts`) with level labels (and dates, optional), and a lexicon file.

Each check raises an error that names the rows at fault (never a text's content) and says how to fix them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from numbers import Integral
from pathlib import Path
from typing import Any

import numpy as np

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.labels import check_labelled, labels_on_rows
from mcu_nlp.lexicon import LEVELS, Lexicon, load_lexicon, parse_rules
from mcu_nlp.normalization import check_texts
from mcu_nlp.season import DateLike, dates_seasons

_LEVELS = frozenset(LEVELS)  # looked up by hash, so only for a str: an unhashable label (a list) raised TypeError


def check_levels(y: Any, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` labels, each one of :data:`~mcu_nlp.lexicon.LEVELS`, as an object array, and the classes in the labels'
    own kind: LEVELS, or their codes 0, 1, 2 when ``y`` is a NumPy integer array of them (:func:`level_codes`); the
    rows at fault are named as the topic model names them (from 0, missing labels apart). Integers in a list or a
    Series are refused: a team's own coding (normal=0, high=1, critical=2) was silently read as critical=0, and the
    model came out inverted.

    >>> [part.tolist() for part in check_levels(np.array([2, 0, 1]), 3)]
    [['normal', 'critical', 'high'], [0, 1, 2]]
    >>> check_levels([2, 0, 1], 3)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected labels critical, high or normal, got integers; map them to these names \
(integers are read as levels only as a NumPy integer array of LabelEncoder codes: critical=0, high=1, normal=2)

    >>> check_levels(np.array([1, 2, 3]), 3)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected LabelEncoder codes 0, 1, 2 of critical, high, normal, got [<int (3)>] on row \
2; fix the codes or pass the level names
    >>> check_levels([], 0)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected texts labelled critical, high or normal, got no texts; pass a training set
    >>> check_levels(["critical", None, "urgent", "High", "urgent"], 5)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a label on every row, got none on row 1; drop or label them
    >>> check_levels(["critical", "urgent", "High", "urgent"], 4)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected labels critical, high or normal, got ['High', 'urgent'] on rows 1, 2, 3; \
fix the labels
    """
    labels = list(y)
    if len(labels) != n:
        got = Shown(f"{len(labels)} labels")
        raise InputError(expected(f"{n} labels, one per text", got, "pass one label per text"))
    if not labels:  # all() of no labels is true: "got integers" was the message of an empty training set
        raise InputError(expected("texts labelled critical, high or normal", Shown("no texts"), "pass a training set"))
    check_labelled(labels)  # "row 1: None" read as a label named None
    coded = isinstance(y, np.ndarray) and y.dtype.kind in "iu"
    codes = level_codes(labels) if coded else None
    if codes is not None:
        return np.asarray(LEVELS, dtype=object)[codes], np.arange(len(LEVELS), dtype=codes.dtype)
    if coded:  # the form the message below asks for, with a code out of range (walkthrough s57: 1, 2, 3)
        bad = [i for i, code in enumerate(labels) if code not in range(len(LEVELS))]
        raise InputError(f"expected LabelEncoder codes 0, 1, 2 of critical, high, normal, got "
                         f"{labels_on_rows([int(code) for code in labels], bad)}; fix the codes or pass the level "
                         "names")
    if all(isinstance(label, Integral) and not isinstance(label, (bool, np.bool_)) for label in labels):
        raise InputError("expected labels critical, high or normal, got integers; map them to these names (integers "
                         "are read as levels only as a NumPy integer array of LabelEncoder codes: critical=0, high=1, "
                         "normal=2)")
    bad = [i for i, label in enumerate(labels) if not (isinstance(label, str) and label in _LEVELS)]
    if bad:
        raise InputError(f"expected labels critical, high or normal, got {labels_on_rows(labels, bad)}; fix the labels")
    return np.asarray(labels, dtype=object), np.asarray(LEVELS, dtype=object)


def level_codes(labels: list[Any]) -> np.ndarray | None:
    """``labels`` as an integer array when every one is a code 0, 1 or 2 of :data:`~mcu_nlp.lexicon.LEVELS` (which
    are sorted, so these are scikit-learn's ``LabelEncoder`` codes of the level names: ``cross_val_predict(...,
    method="predict_proba")`` fits each fold on them, as a NumPy integer array), else None (a bool is no code).

    >>> level_codes([0, 2, 1]).tolist(), level_codes([0, 3]), level_codes(["high"]), level_codes([True, False])
    ([0, 2, 1], None, None, None)
    """
    if not labels or any(isinstance(label, (bool, np.bool_)) or not isinstance(label, Integral) for label in labels):
        return None
    codes = np.asarray(labels)
    return codes if codes.ndim == 1 and set(codes.tolist()) <= set(range(len(LEVELS))) else None


def check_training_set(
    X: Any, y: Any, dates: Sequence[DateLike] | None, cv: int
) -> tuple[list[str], np.ndarray, list[bool | None], np.ndarray]:
    """Texts, level labels, seasons (:func:`mcu_nlp.season.dates_seasons`) and classes (:func:`check_levels`) of a
    training set, with at least ``2 * cv`` texts of each level for the folds of calibration and of tuning the
    threshold."""
    texts = check_texts(X)
    labels, classes = check_levels(y, len(texts))
    colds = dates_seasons(dates, len(texts))
    counts = {level: int((labels == level).sum()) for level in LEVELS}
    if min(counts.values()) < 2 * cv:
        raise InputError(expected(f"at least {2 * cv} texts of each level for cv={cv}", Shown(f"{counts}"),
                                  "label more texts, or lower cv (UrgencyClassifier(cv=...); mcu-nlp train uses 5)"))
    return texts, labels, colds, classes


def check_recall_rows(rows: Sequence[bool] | None, labels: np.ndarray) -> np.ndarray | None:
    """``rows`` (one bool per training text, None for all) as a mask holding at least one critical text.

    >>> check_recall_rows([True, False], np.array(["critical", "critical"])).tolist()
    [True, False]
    >>> check_recall_rows([False, True], np.array(["critical", "normal"]))
    Traceback (most recent call last):
    mcu_nlp.errors.InputError: expected recall_rows holding a critical text, got none of 1; count more or pass None
    """
    if rows is None:
        return None
    mask = np.asarray(rows)
    if mask.dtype != bool or mask.shape != labels.shape:
        shown = Shown(f"{mask.dtype} of shape {mask.shape}")
        raise InputError(expected(f"recall_rows: {len(labels)} bools, one per text", shown))
    critical = labels == "critical"
    if not (mask & critical).any():
        shown = Shown(f"none of {int(critical.sum())}")
        raise InputError(expected("recall_rows holding a critical text", shown, "count more or pass None"))
    return mask


def check_cuts(cuts: Any) -> tuple[float, float]:
    """``cuts`` (a P(critical) cut in (0, 0.5] and a positive weight of P(high) against P(normal), as another fit's
    ``critical_threshold_`` and ``high_weight_``) as two floats.

    >>> check_cuts((0.1381, 1))
    (0.1381, 1.0)
    >>> check_cuts((0.7, 1.0))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    mcu_nlp.errors.InputError: expected cuts: a cut in (0, 0.5], a weight above 0, got (0.7, 1.0); pass ...
    """
    try:
        threshold, weight = (float(value) for value in cuts)
    except (TypeError, ValueError):
        threshold = weight = math.nan
    if not (0 < threshold <= 0.5 and 0 < weight < math.inf):
        raise InputError(expected("cuts: a cut in (0, 0.5], a weight above 0", Shown(repr(cuts)),
                                  "pass a fit's (critical_threshold_, high_weight_)"))
    return threshold, weight


def as_classes(levels: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Predicted ``levels`` (names) as ``classes`` (:func:`check_levels`) name them: the names, or their codes.

    >>> as_classes(np.array(["normal", "critical"], dtype=object), np.arange(3)).tolist()
    [2, 0]
    """
    if classes.dtype == object:
        return levels
    return classes[np.searchsorted(np.asarray(LEVELS), np.asarray(levels, dtype=str))]


def read_lexicon(path: str | None) -> Lexicon:
    """The shipped lexicon (``path`` None) or the one in the CSV at ``path``."""
    if path is None:
        return load_lexicon()
    return Lexicon(parse_rules(Path(path).read_text("utf-8").splitlines()))
