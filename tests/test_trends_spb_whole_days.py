"""benchmarks/forecast.py counts SPb from the days its corpus holds whole (issue #6, session 20): a crawl that began
or ended inside a day holds part of it, which is no count of that day, in the history or in a window scored."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


@pytest.fixture(scope="module")
def bench(script):
    return script("benchmarks/forecast.py")


def corpus(folder, start: str, end: str) -> None:
    """Ten appeals an hour from ``start`` to ``end`` in two districts, written as the SPb corpus's files."""
    times = pd.date_range(start, end, freq="6min")
    reasons = np.where(np.arange(len(times)) % 3 == 0, "Яма", "Мусор")
    pd.DataFrame({"created_dt": times.strftime("%Y-%m-%dT%H:%M:%S.%f"), "reason": reasons,
                  "district": np.where(np.arange(len(times)) % 2 == 0, "Приморский", "Невский")}).to_csv(
        folder / "spb_appeals.csv.gz", index=False)
    pd.DataFrame({"source_label": ["Яма", "Мусор"], "topic": ["roads", "waste"]}).to_csv(
        folder / "reason_to_topic.csv", index=False)


def test_a_crawl_begun_and_ended_inside_a_day_counts_neither_day(bench, tmp_path, monkeypatch) -> None:
    corpus(tmp_path, "2024-03-01 14:50", "2024-03-20 16:23")
    monkeypatch.setattr(bench, "SPB", tmp_path)
    total = bench.spb_counts().query("unique_id == '__total__'")
    assert total["ds"].min() == pd.Timestamp("2024-03-02") and total["ds"].max() == pd.Timestamp("2024-03-19")
    assert (total["y"] == 240).all()  # whole days only: 10 an hour


def test_a_partial_last_day_is_no_target_of_the_final_window(bench, tmp_path, monkeypatch) -> None:
    corpus(tmp_path, "2024-01-01 00:00", "2024-05-10 10:00")
    monkeypatch.setattr(bench, "SPB", tmp_path)
    counts = bench.spb_counts()
    assert counts["ds"].max() == pd.Timestamp("2024-05-09")
    assert bench._before(counts, 7)["ds"].max() == pd.Timestamp("2024-05-02")  # periods count from the last whole day


def test_edge_days_held_whole_are_kept(bench, tmp_path, monkeypatch) -> None:
    corpus(tmp_path, "2024-03-01 01:30", "2024-03-20 23:30")
    monkeypatch.setattr(bench, "SPB", tmp_path)
    total = bench.spb_counts().query("unique_id == '__total__'")
    assert total["ds"].min() == pd.Timestamp("2024-03-01") and total["ds"].max() == pd.Timestamp("2024-03-20")
