"""``sample_weight`` as both estimators take it (mcu_nlp.labels.check_sample_weight; session 26's review): one number
or one per text (a column too), real numbers only, finite, in a range their fits survive; errors name it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.labels import MAX_WEIGHT, check_sample_weight


@pytest.mark.parametrize(("weight", "expected"), [
    (2.0, [2.0, 2.0, 2.0]),
    ([1, 2, 3], [1.0, 2.0, 3.0]),
    (np.array([[1.0], [2.0], [3.0]]), [1.0, 2.0, 3.0]),  # a column
    (pd.Series([1.0, 2.0, 3.0], index=[10, 5, 7]), [1.0, 2.0, 3.0]),  # by position, whatever its index
    (np.array([1, 2, 3], dtype=np.int32), [1.0, 2.0, 3.0]),
])
def test_weights_taken(weight, expected) -> None:
    assert check_sample_weight(weight, 3).tolist() == expected


@pytest.mark.parametrize(("weight", "message"), [
    (np.ones((3, 2)), "one number per text"),  # a matrix of the right size is no list of weights
    (["1", "2", "3"], "real numbers"),
    ("2", "real numbers"),
    ([1 + 1j, 1, 1], "real numbers"),
    ({"a": 1}, "real numbers"),
    ((w for w in [1, 2, 3]), "real numbers"),
    ([1.0, np.nan, 1.0], "rows 1"),
    (-1.0, "-1 for every row"),
    ([1e308, 1e308, 1e308], "at most"),
    ([1e-300, 1.0, 1.0], "10\\^12"),
])
def test_weights_refused_with_a_clear_error(weight, message) -> None:
    with pytest.raises(InputError, match=message):
        check_sample_weight(weight, 3)


def test_zero_weights_are_refused_where_asked() -> None:
    assert check_sample_weight([0.0, 1.0, 1.0], 3).tolist() == [0.0, 1.0, 1.0]
    with pytest.raises(InputError, match="above 0, got others on rows 0"):
        check_sample_weight([0.0, 1.0, 1.0], 3, zero=False)
    assert check_sample_weight([MAX_WEIGHT, 1.0, 1.0], 3).max() == MAX_WEIGHT
