"""Session 46 (walkthrough D10): only the first day of a sustained surge is flagged.

The walkthrough's series: 90 days of Poisson(6) from 2024-10-01 (seed 1) with days 81-83 at 20, 19, 21. Only day 81
is flagged (20 against 6.5; 19 against 6.8 and 21 against 7.5 are not): the surge's own backtest errors widen the
dispersion every day is judged by (alpha_ 0.39, 0.05 without it), and its first day, found once on the history as
it came, lifts the next days' expectations. A fix (the alerts' dispersion read from the ordinary backtest counts
only, and the alerts found again on the history cut so far, for a season at most) flagged all three days but failed
its real-count rule by small margins and flagged two more ordinary days of the anomalies CLI test's Poisson(30)
series, so it was not shipped (/tmp/s46f/d10.patch, docs/trends.md "A surge's later days"): strict xfails here,
and the guards any fix must keep.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster

DAYS = pd.date_range("2024-10-01", periods=90)
SURGE = [80, 81, 82]  # days 81-83
D10 = pytest.mark.xfail(strict=True, reason="D10: a surge widens the dispersion its later days are judged by")


def walkthrough(surge: tuple[int, ...] = (20, 19, 21), start: int = 80) -> pd.DataFrame:
    y = np.random.default_rng(1).poisson(6, len(DAYS))
    y[start:start + len(surge)] = surge
    return pd.DataFrame({"unique_id": "__total__", "ds": DAYS, "y": y})


def flags(counts: pd.DataFrame) -> np.ndarray:
    fitted = TrendForecaster(season_length=7, levels=(80, 95)).fit(counts)
    return fitted.detect_anomalies(counts)["is_anomaly"].to_numpy()


@D10
def test_every_day_of_the_walkthrough_surge_is_flagged() -> None:
    assert flags(walkthrough())[SURGE].all()


@D10
@pytest.mark.parametrize("start", [40, 60, 80])
def test_a_five_day_surge_is_flagged_throughout(start: int) -> None:
    assert flags(walkthrough((18, 20, 19, 21, 18), start))[start:start + 5].all()


def test_the_walkthrough_surge_first_day_is_flagged() -> None:
    assert flags(walkthrough())[SURGE[0]]


@pytest.mark.parametrize("start", [40, 60, 80])
def test_a_lone_spike_is_flagged_and_the_ordinary_day_after_it_is_not(start: int) -> None:
    flagged = flags(walkthrough((20, 6), start))
    assert flagged[start] and not flagged[start + 1]


def test_a_level_that_stays_is_no_alert_after_some_weeks() -> None:
    # 6 a day for 120 days, then 18 a day for 10 weeks: its first week is mostly alerts, its last six weeks none
    rng = np.random.default_rng(0)
    y = np.concatenate([rng.poisson(6, 120), rng.poisson(18, 70)])
    counts = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-06-01", periods=len(y)), "y": y})
    flagged = flags(counts)
    assert flagged[120:127].sum() >= 4
    assert not flagged[148:].any()
