"""The weight of P(high) against P(normal) that the default decision tunes out of fold (decision.best_high_weight):
a weight away from 1 needs a real gain. Session 23's final refit chose 1.49 over 1.0 for an out-of-fold macro-F1 gain
of 0.00016, and doubled the other-region texts answered high that were normal (blind23: 10 -> 20)."""

import numpy as np

from mcu_nlp.urgency.decision import HIGH_WEIGHT_TOLERANCE, best_high_weight


def _proba(rows: list[tuple[float, float]]) -> np.ndarray:
    return np.array([[0.0, high, normal] for high, normal in rows])


def test_one_text_of_six_hundred_does_not_move_the_weight_from_1():
    rows = [(0.7, 0.3)] * 300 + [(0.3, 0.7)] * 299 + [(0.45, 0.55)]  # the last: high, caught from a weight of 1.35
    labels = np.array(["high"] * 300 + ["normal"] * 299 + ["high"])
    assert best_high_weight(_proba(rows), labels, threshold=0.5) == 1.0


def test_a_real_gain_moves_it():
    rows = [(0.7, 0.3)] * 300 + [(0.3, 0.7)] * 250 + [(0.45, 0.55)] * 50  # 50 highs caught from 1.35 on
    labels = np.array(["high"] * 300 + ["normal"] * 250 + ["high"] * 50)
    assert abs(best_high_weight(_proba(rows), labels, threshold=0.5) - 1.3499) < 1e-3
    assert 0 < HIGH_WEIGHT_TOLERANCE < 0.01
