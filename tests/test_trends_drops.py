"""A fall to no appeals where ~60 a day are usual (the portal or an export down) is what an operator most needs to
see in a total (walkthrough s18 D17): ``detect_anomalies(counts, drops=True)`` flags it; the default stays spikes."""

import numpy as np
import pandas as pd
import pytest

from mcu_nlp import TrendForecaster


@pytest.fixture(scope="module")
def fitted() -> tuple[TrendForecaster, pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(0)
    days = pd.date_range("2024-01-01", periods=140, freq="D")
    busy = pd.DataFrame({"unique_id": "всего", "ds": days, "y": rng.poisson(60, len(days))})
    sparse = pd.DataFrame({"unique_id": "редкая", "ds": days, "y": rng.poisson(0.3, len(days))})
    history = pd.concat([busy, sparse], ignore_index=True)
    new_days = pd.date_range(days[-1] + pd.Timedelta(days=1), periods=7, freq="D")
    new = pd.concat([
        pd.DataFrame({"unique_id": "всего", "ds": new_days, "y": [58, 61, 0, 2, 63, 59, 140]}),
        pd.DataFrame({"unique_id": "редкая", "ds": new_days, "y": [0] * 7}),
    ], ignore_index=True)
    return TrendForecaster().fit(history), history, new


def test_a_fall_to_nothing_is_flagged_with_drops(fitted) -> None:
    forecaster, _, new = fitted
    scored = forecaster.detect_anomalies(new, drops=True)
    flagged = scored[scored["is_anomaly"]]
    assert set(zip(flagged["unique_id"], flagged["y"])) == {("всего", 0), ("всего", 2), ("всего", 140)}
    falls = flagged[flagged["y"] < 10]
    assert (falls["score"] > 5).all()  # a day of 0 where 60 are usual is as surprising as a big spike
    assert (scored.loc[~scored["is_anomaly"], "score"] <= flagged["score"].min()).all()  # alerts rank first


def test_the_default_flags_spikes_only(fitted) -> None:
    forecaster, _, new = fitted
    scored = forecaster.detect_anomalies(new)
    assert scored.loc[scored["is_anomaly"], "y"].tolist() == [140]
    assert scored.columns.tolist() == ["unique_id", "ds", "y", "expected", "score", "is_anomaly"]
