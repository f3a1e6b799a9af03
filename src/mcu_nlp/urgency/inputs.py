"""What a :class:`~mcu_nlp.urgency.UrgencyClassifier` accepts: a training set of texts
(:func:`mcu_nlp.normalization.check_texts`) with level labels (and dates, optional), and a lexicon file.

Each check raises an error that names the rows at fault (never a text's content) and says how to fix them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.labels import check_labelled, labels_on_rows
from mcu_nlp.lexicon import LEVELS, Lexicon, load_lexicon, parse_rules
from mcu_nlp.normalization import check_texts
from mcu_nlp.season import DateLike, dates_seasons

_LEVELS = frozenset(LEVELS)  # looked up by hash, so only for a str: an unhashable label (a list) raised TypeError


def check_levels(y: Any, n: int) -> np.ndarray:
    """``n`` labels, each one of :data:`~mcu_nlp.lexicon.LEVELS`, as an object array; the rows at fault are named
    as the topic model names them (from 0, missing labels apart).

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
    check_labelled(labels)  # "row 1: None" read as a label named None
    bad = [i for i, label in enumerate(labels) if not (isinstance(label, str) and label in _LEVELS)]
    if bad:
        raise InputError(f"expected labels critical, high or normal, got {labels_on_rows(labels, bad)}; fix the labels")
    return np.asarray(labels, dtype=object)


def check_training_set(
    X: Any, y: Any, dates: Sequence[DateLike] | None, cv: int
) -> tuple[list[str], np.ndarray, list[bool | None]]:
    """Texts, labels and seasons (:func:`mcu_nlp.season.dates_seasons`) of a training set, with at least ``2 * cv``
    texts of each level for the folds of calibration and of tuning the threshold."""
    texts = check_texts(X)
    labels = check_levels(y, len(texts))
    colds = dates_seasons(dates, len(texts))
    counts = {level: int((labels == level).sum()) for level in LEVELS}
    if min(counts.values()) < 2 * cv:
        raise InputError(expected(f"at least {2 * cv} texts of each level for cv={cv}", Shown(f"{counts}"),
                                  "label more texts or lower cv"))
    return texts, labels, colds


def read_lexicon(path: str | None) -> Lexicon:
    """The shipped lexicon (``path`` None) or the one in the CSV at ``path``."""
    if path is None:
        return load_lexicon()
    return Lexicon(parse_rules(Path(path).read_text("utf-8").splitlines()))
