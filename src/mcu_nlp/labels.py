"""Labels as both estimators accept them (:class:`~mcu_nlp.topic.TopicClassifier` any label set,
:class:`~mcu_nlp.urgency.UrgencyClassifier` its three levels): missing ones found, kept in their own type, rows at fault
named (positions from 0, never the texts) with the way to fix them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from mcu_nlp.errors import InputError, Shown, expected, is_missing, quoted

SHOWN_ROWS = 10


def missing_label(label: Any) -> bool:
    """None, NaN, pandas' NA / NaT or an empty string.

    >>> import pandas as pd
    >>> [missing_label(v) for v in (None, float("nan"), pd.NA, "", "roads", 0)]
    [True, True, True, True, False, False]
    """
    if isinstance(label, str):
        return label == ""
    if isinstance(label, np.floating):  # a NaN in a float32 array is no Python float
        return bool(np.isnan(label))
    return label is None or is_missing(label)


def shown_rows(positions: Sequence[int]) -> str:
    """Row numbers for an error message, the first ``SHOWN_ROWS`` of them: positions in the data given, from 0, as
    Python and pandas count them (``mcu-nlp train`` names the lines of the file instead).

    >>> shown_rows(list(range(12)))
    '0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 2 more'
    """
    shown = ", ".join(map(str, positions[:SHOWN_ROWS]))
    return shown + (f" and {len(positions) - SHOWN_ROWS} more" if len(positions) > SHOWN_ROWS else "")


def check_labelled(labels: Sequence[Any]) -> None:
    """``InputError`` naming the rows without a label (:func:`missing_label`), if any.

    >>> check_labelled(["roads", None, ""])
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a label on every row, got none on rows 1, 2; drop or label them
    """
    missing = [i for i, label in enumerate(labels) if missing_label(label)]
    if missing:
        raise InputError(f"expected a label on every row, got none on row{'s' * (len(missing) > 1)} "
                         f"{shown_rows(missing)}; drop or label them")


def labels_on_rows(labels: Sequence[Any], rows: Sequence[int]) -> str:
    """The labels at ``rows`` (the first 5 distinct, each :func:`~mcu_nlp.errors.quoted`) and the rows, for a
    message on labels outside a set: the topic and the urgency model say it alike.

    >>> labels_on_rows(["roads", "Roads", "x", "Roads"], [1, 2, 3])
    "['Roads', 'x'] on rows 1, 2, 3"
    """
    found = sorted({quoted(labels[i], spaces=False) for i in rows})[:5]
    return f"[{', '.join(found)}] on row{'s' * (len(rows) > 1)} {shown_rows(rows)}"


def label_array(labels: list[Any]) -> np.ndarray:
    """Labels in their own type, as scikit-learn's ``LabelEncoder`` keeps them: texts as an object array of str,
    numbers as a numeric array. A mix of texts and numbers is refused, naming the rows of the rarer kind (as
    scikit-learn refuses a "mix of label input types"): made text, a stray 3 became a class '3' of its own.

    >>> [label_array(y).tolist() for y in (["a", "b"], [3, 1], [0.5, 2.0])]
    [['a', 'b'], [3, 1], [0.5, 2.0]]
    >>> label_array(["roads", "roads", 3])
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected labels that are all text or all numbers, got 2 text and 1 other labels, the \
other on row 2; convert the labels to text (str) or fix those rows
    """
    texts = [isinstance(label, str) for label in labels]
    if any(texts) and not all(texts):
        raise InputError(_mixed(texts))
    if any(texts):
        return np.asarray([str(label) for label in labels], dtype=object)
    values = np.asarray(labels)
    if values.ndim != 1 or values.dtype.kind not in "biuf":
        kinds = sorted({type(label).__name__ for label in labels})
        raise InputError(expected("labels that are all text or all numbers", Shown(f"labels of type {kinds}"),
                                  "convert the labels to str or int"))
    return values


def _mixed(texts: list[bool]) -> str:
    """The message for labels of both kinds (``texts`` says which are text), naming the rows of the rarer kind."""
    rare = sum(texts) < len(texts) / 2  # the rows at fault are the fewer: texts among numbers, or the reverse
    rows = [i for i, text in enumerate(texts) if text == rare]
    got = Shown(f"{sum(texts)} text and {len(texts) - sum(texts)} other labels, the {'text' if rare else 'other'} "
                f"on row{'s' if len(rows) > 1 else ''} {shown_rows(rows)}")
    return expected("labels that are all text or all numbers", got,
                    f"convert the labels to {'numbers' if rare else 'text (str)'} or fix those rows")


def check_labels(y: Any, n: int, allowed: Iterable[Any] | None) -> np.ndarray:
    """Labels in their own type (:func:`label_array`); ``InputError`` names rows with missing labels or labels
    outside ``allowed``."""
    labels = list(y)
    if len(labels) != n:
        got = Shown(f"{len(labels)} labels")
        raise InputError(expected(f"{n} labels, one per text", got, "pass one label per text"))
    check_labelled(labels)
    values = label_array(labels)
    if allowed is not None:
        allowed = set(map(str, allowed)) if values.dtype == object else set(allowed)
        outside = [i for i, label in enumerate(values.tolist()) if label not in allowed]
        if outside:
            raise InputError(f"expected labels from the given set, got {labels_on_rows(values.tolist(), outside)}; "
                             "fix the labels or extend `labels`")
    return values


#: The largest sample weight either model takes: the SVM and the logistic regression multiply their C by it, and at
#: 1e308 the urgency model's probabilities were NaN and the topic model answered "other" for every text
MAX_WEIGHT = 1e9


def check_sample_weight(weight: Any, n: int, *, zero: bool = True) -> np.ndarray | None:
    """``None``, or ``weight`` as a float array of ``n`` finite weights, each >= 0 (``zero``) or > 0, at most MAX_WEIGHT
    and none 10^12 times another; one number is every text's weight, as in scikit-learn, and a column (n x 1) a row
    each. ``InputError`` (a ``ValueError``) naming the rows at fault otherwise.
    The topic model drops a text of weight 0; the urgency model refuses it (its calibration folds and recall count
    need every text they are given).

    >>> check_sample_weight(0.5, 2).tolist(), check_sample_weight([1, 0], 2).tolist()
    ([0.5, 0.5], [1.0, 0.0])
    >>> check_sample_weight([1, 0, -1], 3, zero=False)
    Traceback (most recent call last):
    mcu_nlp.errors.InputError: expected sample_weight: finite numbers above 0, got others on rows 1, 2
    >>> check_sample_weight(["1", "2"], 2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    mcu_nlp.errors.InputError: expected sample_weight as real numbers, got an array of <U1; pass None for 1 each
    """
    if weight is None:
        return None
    raw = np.asarray(weight) if not isinstance(weight, (str, bytes)) else np.asarray(weight, dtype=object)
    if raw.dtype.kind not in "biuf":  # text, objects, complex: no weight, however numpy would read it
        raise InputError(expected("sample_weight as real numbers", Shown(f"an array of {raw.dtype}"),
                                  "pass None for 1 each"))
    values = raw.astype(float)
    if values.ndim == 0:
        values = np.full(n, float(values))
    elif values.ndim > 1:
        values = values.ravel() if values.ndim == 2 and 1 in values.shape else values
    if values.shape != (n,):
        raise InputError(expected(f"sample_weight with one number per text ({n})",
                                  Shown(f"an array of shape {np.shape(raw)}"), "pass None for 1 each"))
    bad = np.flatnonzero(~np.isfinite(values) | ((values < 0) if zero else (values <= 0)))
    if len(bad):
        least = "0 or more" if zero else "above 0"
        where = f"{float(raw):g} for every row" if raw.ndim == 0 else f"others on rows {shown_rows(bad)}"
        raise InputError(f"expected sample_weight: finite numbers {least}, got {where}")
    top = values.max(initial=0.0)
    if top > MAX_WEIGHT or (top > 0 and values[values > 0].min() < top * 1e-12):
        raise InputError(expected(f"sample_weight of at most {MAX_WEIGHT:g}, none 10^12 times another",
                                  Shown(f"from {values.min():g} to {top:g}"), "scale them: only their ratios count"))
    return values
