"""Session 64: detect_anomalies' sparse window means from running sums (no series x 64 x 56 arrays), bit for bit the
same."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, anomalies


def sparse_mean_s63(values, cols, first, m):
    """Session 63's _sparse_mean (the arrays of series x cols x 8 seasons' days), the reference."""
    span = anomalies.SPARSE_SEASONS * m
    back = cols[:, None] - span + np.arange(span)[None, :]
    seen = back[None, :, :] >= first[:, None, None]
    recent = np.where(seen, values[:, np.maximum(back, 0)], 0.0)
    total = recent.reshape(*recent.shape[:2], anomalies.SPARSE_SEASONS, m).sum(axis=2)
    count = seen.reshape(*seen.shape[:2], anomalies.SPARSE_SEASONS, m).sum(axis=2).astype(float)
    level = total.sum(axis=2) / np.maximum(count.sum(axis=2), 1)
    half, stop = span - (anomalies.SPARSE_SEASONS // 2 + 1) * m, span - m
    late = recent[:, :, half:stop].sum(axis=2) / np.maximum(seen[:, :, half:stop].sum(axis=2), 1)
    return level, np.maximum(level, late) * anomalies._weekday_shape(total, count)[:, :, 0]


# --- defect 1: the same numbers, without the large arrays ----------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("m", [1, 7])
def test_sparse_mean_bit_equal_to_session_63(seed, m):
    rng = np.random.default_rng(seed)
    n, steps = 12, int(rng.integers(5, 150))
    values = rng.poisson(rng.choice([0.1, 0.5, 3.0, 40.0]), (n, steps)).astype(float)
    values[rng.random((n, steps)) < 0.3] = 0
    first = np.where(rng.random(n) < 0.2, steps, rng.integers(0, steps, n))  # some series of zeros (first = T)
    cols = np.sort(rng.integers(0, steps, int(rng.integers(1, 70))))  # early cols too: windows cut at day 0
    for new, old in zip(anomalies._sparse_mean(values, cols, first, m), sparse_mean_s63(values, cols, first, m)):
        assert np.array_equal(new, old)


def test_sparse_mean_builds_no_series_by_window_arrays():
    """A chunk of 64 cols over 1,000 series: session 63's arrays were 1,000 x 64 x 56 floats (28.7 MB each; its peak
    here 61 MB), now 1,000 x 64 x 8 (15 MB at most)."""
    rng = np.random.default_rng(0)
    values = rng.poisson(0.3, (1000, 400)).astype(float)
    cols, first = np.arange(300, 364), np.zeros(1000, dtype=int)
    tracemalloc.start()
    anomalies._sparse_mean(values, cols, first, 7)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20e6


def hierarchy(days: int = 150, seed: int = 5) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ds = pd.date_range("2024-01-01", periods=days)
    rows = [pd.DataFrame({"unique_id": f"t{i}/town", "ds": ds, "y": rng.poisson(rate * (1 + (ds.day_of_week < 5)))})
            for i, rate in enumerate((0.05, 0.2, 0.6, 3.0, 12.0))]
    counts = pd.concat(rows, ignore_index=True)
    counts.loc[counts.sample(6, random_state=seed).index, "y"] += 9  # a few spikes
    total = counts.groupby("ds", as_index=False).y.sum().assign(unique_id="town")
    return pd.concat([counts.assign(level="topic/town"), total.assign(level="town")], ignore_index=True)


@pytest.mark.parametrize("drops", [False, True])
def test_detect_anomalies_equal_to_session_63(monkeypatch, drops):
    counts = hierarchy()
    fitted = TrendForecaster().fit(counts)
    new = fitted.detect_anomalies(counts, drops=drops)
    monkeypatch.setattr(anomalies, "_sparse_mean", sparse_mean_s63)
    pd.testing.assert_frame_equal(new, fitted.detect_anomalies(counts, drops=drops), check_exact=True)
