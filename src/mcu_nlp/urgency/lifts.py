"""What a rule of :mod:`mcu_nlp.urgency.guideline` does to a text's probabilities (critical, high, normal): lift
P(critical) for a trusted critical signal, lift P(high) for a trusted high one, or rule critical out for a settled
text; each keeps the model's order among the texts it changes."""

from __future__ import annotations

import numpy as np

#: The least P(critical) of a text with a trusted signal (:func:`lift_critical`): above what the model gives the
#: plainest water cut-off ("Нет воды", 0.82), since urgency.md puts a threat to life now first.
TRUSTED_FLOOR = 0.9
#: The least P(critical) of a text with an agreed signal (:func:`lift_agreed`): above every threshold the decision may
#: be tuned to (at most 0.5), below the trusted band.
AGREED_FLOOR = 0.5
#: The least share of P(high) in P(high) + P(normal) of a text with a trusted high signal (:func:`lift_high`): high
#: wins at every weight of P(high) against P(normal) the decision may be tuned to (1 / (1 + e^-1) = 0.731).
HIGH_FLOOR = 0.75


def lift_critical(row: np.ndarray, floor: float) -> np.ndarray:
    """``row`` with P(critical) ``p`` lifted to ``floor + (1 - floor) * p``, the other levels scaled down in
    proportion: never below ``p`` or ``floor``, and in the model's order among lifted rows.

    >>> lift_critical(np.array([0.0, 0.25, 0.75]), 0.5).tolist()
    [0.5, 0.125, 0.375]
    >>> lift_critical(np.array([0.2, 0.4, 0.4]), 0.5).round(2).tolist()
    [0.6, 0.2, 0.2]
    """
    out = row.copy()
    rest = row[1:].sum()
    out[0] = floor + (1 - floor) * row[0]
    out[1:] = row[1:] / rest * (1 - out[0]) if rest > 0 else (1 - out[0]) / 2
    return out


def lift_agreed(row: np.ndarray) -> np.ndarray:
    """``row`` with P(critical) ``p`` lifted to ``max(p, AGREED_FLOOR + (TRUSTED_FLOOR - AGREED_FLOOR) * p)``, the other
    levels scaled down in proportion: past every threshold, never below ``p``, in the model's order among lifted rows,
    and below TRUSTED_FLOOR unless the model itself said more.

    >>> lift_agreed(np.array([0.1, 0.8, 0.1])).round(2).tolist(), float(lift_agreed(np.array([0.95, 0.05, 0.0]))[0])
    ([0.54, 0.41, 0.05], 0.95)
    """
    p = row[0]
    target = max(p, AGREED_FLOOR + (TRUSTED_FLOOR - AGREED_FLOOR) * p)
    return lift_critical(row, (target - p) / (1 - p)) if p < 1 else row.copy()


def lift_high(row: np.ndarray, floor: float = HIGH_FLOOR) -> np.ndarray:
    """``row`` with P(critical) kept and the share ``q`` of P(high) in what is left lifted to ``floor + (1 - floor) *
    q``: never below ``q`` or ``floor``, and in the model's order among lifted rows.

    >>> lift_high(np.array([0.1, 0.18, 0.72])).round(3).tolist()
    [0.1, 0.72, 0.18]
    """
    out = row.copy()
    rest = row[1:].sum()
    share = floor + (1 - floor) * (row[1] / rest if rest > 0 else 0.0)
    out[1], out[2] = share * rest, (1 - share) * rest
    return out


def one_level_lower(row: np.ndarray) -> np.ndarray:
    """``row`` read one level lower: P(critical) moved to high and P(high) to normal (a heating-season question in
    the warm season, :func:`mcu_nlp.urgency.guideline.apply_guideline`).

    >>> one_level_lower(np.array([0.25, 0.3, 0.45])).tolist()
    [0.0, 0.25, 0.75]
    """
    return np.array([0.0, row[0], row[1] + row[2]])


def rule_out_critical(row: np.ndarray) -> np.ndarray:
    """``row`` with P(critical) 0 and the other two levels in their ratio (what is left once critical is ruled out).

    >>> rule_out_critical(np.array([0.5, 0.1, 0.4])).round(2).tolist()
    [0.0, 0.2, 0.8]
    """
    rest = row[1:].sum()
    return np.array([0.0, *(row[1:] / rest if rest > 0 else (0.5, 0.5))])
