"""Session 44 (walkthrough D8): a flagged spike still lifts its weekday's forecast; a level that moved is followed.

The walkthrough's series (90 days of Poisson counts, 12 a weekday and 5 a weekend day, a spike of 60 on Tuesday
2026-11-10 and a 0 on Wednesday 2026-11-18): ``detect_anomalies`` flags the spike, yet both forecast Tuesdays are
20.38, 13.60 with the spike replaced by 12. A fit reading the history with its isolated outliers replaced by their
expected count fixed this case (13.85) and followed the level shift below, but failed the real-count rule
(benchmarks/RESULTS.md, "Session 44: forecast outliers (D8)"), so it was not shipped: the spike case is a strict xfail.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster

DAYS = pd.date_range("2026-09-01", "2026-11-29")
WEEKLY = np.where(DAYS.day_of_week < 5, 12.0, 5.0)
SPIKE, DROP = pd.Timestamp("2026-11-10"), pd.Timestamp("2026-11-18")


def walkthrough(spike: float = 60.0) -> pd.DataFrame:
    y = np.random.default_rng(1).poisson(WEEKLY).astype(float)
    y[DAYS.get_loc(SPIKE)], y[DAYS.get_loc(DROP)] = spike, 0.0
    return pd.DataFrame({"unique_id": "__total__", "ds": DAYS, "y": y})


def tuesdays(counts: pd.DataFrame) -> np.ndarray:
    forecast = TrendForecaster(season_length=7, levels=(80, 95)).fit(counts).predict(h=14)
    return forecast.loc[forecast["ds"].dt.day_name() == "Tuesday", "mean"].to_numpy()


@pytest.mark.xfail(strict=True, reason="D8 left: the same-weekday means read a flagged spike as a Tuesday like the "
                                        "others (20.38 against 13.60); the cleaning measured failed on real counts")
def test_spike_leaves_its_weekday() -> None:
    with_spike, without = tuesdays(walkthrough()), tuesdays(walkthrough(spike=12.0))
    assert len(with_spike) == 2
    assert np.all(np.abs(with_spike / without - 1) <= 0.15), (with_spike, without)  # 20.38 / 13.60; 13.85 cleaned


def test_spike_is_still_an_anomaly() -> None:
    counts = walkthrough()
    scored = TrendForecaster(season_length=7).fit(counts).detect_anomalies(counts)
    assert scored.loc[scored["is_anomaly"], "ds"].tolist() == [SPIKE]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_level_shift_is_followed(seed: int) -> None:
    shifted = WEEKLY * np.where(np.arange(len(DAYS)) >= len(DAYS) - 21, 2.0, 1.0)  # doubled for the last 3 weeks
    y = np.random.default_rng(seed).poisson(shifted).astype(float)
    counts = pd.DataFrame({"unique_id": "a", "ds": DAYS, "y": y})
    forecast = TrendForecaster(season_length=7).fit(counts).predict(h=14)
    assert forecast["mean"].mean() >= 0.8 * shifted[-21:].mean()  # 20.6, 19.4, 17.0 of 20 (with the cleaning too)
