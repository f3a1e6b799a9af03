"""Integer urgency labels in a list or a Series were read as positions in (critical, high, normal): a team coding
normal=0, high=1, critical=2 got an inverted model with no warning, and analyze wrote urgency '0' (walkthrough s18
D11). fit now refuses them with a ValueError naming the level names; a NumPy integer array of LabelEncoder codes
(what cross_val_predict passes; tests/test_urgency_label_codes.py) is still read."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp import UrgencyClassifier

TEXTS = ["нет воды", "яма", "лавочка"] * 4
SEVERITY = [0, 1, 2] * 4  # normal=0, high=1, critical=2: the usual "higher is worse" coding


@pytest.mark.parametrize("labels", [SEVERITY, pd.Series(SEVERITY), pd.Series(SEVERITY, dtype="Int64"),
                                    [np.int64(v) for v in SEVERITY], tuple(SEVERITY)])
def test_integer_labels_refused(labels) -> None:
    with pytest.raises(ValueError, match=r"expected labels critical, high or normal, got integers; map them"):
        UrgencyClassifier(cv=2).fit(TEXTS, labels)


def test_level_names_still_accepted_in_a_series() -> None:
    from mcu_nlp.urgency.inputs import check_levels

    names = pd.Series(["normal", "high", "critical"])
    assert check_levels(names, 3)[0].tolist() == ["normal", "high", "critical"]
    assert check_levels(np.array([0, 2]), 2)[0].tolist() == ["critical", "normal"]  # LabelEncoder codes
