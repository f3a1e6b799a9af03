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


@pytest.mark.parametrize(("X", "y"), [([], []), (np.array([], dtype=object), np.array([], dtype=object)),
                                      (pd.Series([], dtype=str), pd.Series([], dtype=str))])
def test_an_empty_training_set_is_named_as_such(X, y) -> None:
    # "got integers; map them to these names" was the message of no labels at all (walkthrough s57 D1)
    with pytest.raises(ValueError, match=r"expected texts labelled critical, high or normal, got no texts"):
        UrgencyClassifier(cv=2).fit(X, y)


def test_a_code_out_of_range_is_named_with_its_rows() -> None:
    # a NumPy integer array is the form the integers message asks for; a code 3 in it was "got integers" too
    with pytest.raises(ValueError, match=r"expected LabelEncoder codes 0, 1, 2 .*got \[<int \(3\)>\] on rows 2, 5"):
        UrgencyClassifier(cv=2).fit(TEXTS, np.array([1, 2, 3] * 4))


def test_a_model_fitted_on_codes_is_refused_for_analyze(tmp_path) -> None:
    # analyze wrote urgency '0' for a gas smell with such a model, and a filter on "critical" found nothing (s57 D2)
    import mcu_nlp

    texts = ["Нет воды третий день", "Открыт люк во дворе", "Пахнет газом", "Нет отопления, дети мерзнут",
             "Не горит фонарь", "Яма на дороге", "Не убран снег", "Не работает лифт",
             "Поставьте лавочку", "Спасибо за работу", "Уберите рекламу", "Когда будет ремонт фасада?"]
    coded = UrgencyClassifier(cv=2).fit(texts, np.array([0] * 4 + [1] * 4 + [2] * 4))
    assert list(coded.classes_) == [0, 1, 2]  # still a scikit-learn estimator on its codes
    with pytest.raises(ValueError, match=r"whose classes_ are the level names .*got \[0, 1, 2\]"):
        mcu_nlp.with_models(urgency=coded)
    mcu_nlp.save(coded, tmp_path / "urgency.joblib")
    with pytest.raises(mcu_nlp.errors.ModelFileError, match=r"level names .*; in urgency.joblib"):
        mcu_nlp.with_models(urgency=tmp_path / "urgency.joblib")
