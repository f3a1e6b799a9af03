"""TrendForecaster.fit says when days without a row were counted as 0, as `mcu-nlp forecast` says it."""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.errors import McuNlpWarning
from mcu_nlp.trends import TrendForecaster


def _counts(gap: bool) -> pd.DataFrame:
    days = pd.date_range("2024-01-01", periods=200)
    y = np.random.default_rng(3).poisson(20, len(days))
    other = pd.DataFrame({"unique_id": "b", "ds": days, "y": y})
    a = pd.DataFrame({"unique_id": "a", "ds": days, "y": y})
    if gap:  # a broken export: 50 days of one series missing
        a = a[(a["ds"] < days[120]) | (a["ds"] >= days[170])]
    return pd.concat([a, other], ignore_index=True)


def test_a_gap_is_filled_with_0_and_said_so_by_counts_only() -> None:
    counts = _counts(gap=True)
    with pytest.warns(McuNlpWarning, match=r"50 days without a row in 1 of 2 series count as 0") as caught:
        TrendForecaster(horizon=7).fit(counts)
    said = [str(w.message) for w in caught if "without a row" in str(w.message)]
    assert len(said) == 1 and re.findall(r"\d+", said[0]) == ["50", "1", "2", "0", "0"]  # counts only


def test_weeks_are_named_weeks() -> None:
    weeks = pd.date_range("2022-01-03", periods=120, freq="7D")
    counts = pd.DataFrame({"unique_id": "a", "ds": weeks, "y": 30.0}).drop(index=[50, 51, 52])
    with pytest.warns(McuNlpWarning, match=r"3 weeks without a row in 1 of 1 series"):
        TrendForecaster(horizon=4).fit(counts)


def test_complete_counts_fit_without_that_warning() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*without a row.*")
        TrendForecaster(horizon=7).fit(_counts(gap=False))
