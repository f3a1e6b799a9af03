"""Counts whose series have one date each: there is no step to read, so the counts are daily (count_series' default,
API.md ``freq="D"``); two series of one day each, 2 days apart, were refused as "a step of 2 days"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp import TrendForecaster
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError

CASES = [
    # (unique_id, ds) rows -> the step between forecast dates in days, or the refusal
    ([("а", "2024-01-01"), ("б", "2024-01-03")], 1),  # refused on ec4b2f3: "a step of 2 days"
    ([("а", "2024-01-01"), ("б", "2024-01-04"), ("в", "2024-01-06")], 1),  # refused: "a step of 2 days"
    ([("а", "2024-01-01"), ("б", "2024-01-08")], 1),  # weekly on ec4b2f3: a gap between series is no step either
    ([("а", "2024-01-01")], 1),  # guard: one date
    ([("а", "2024-01-01"), ("а", "2024-01-02"), ("б", "2024-01-05")], 1),  # guard: a daily step in а
    ([("а", "2024-01-01"), ("а", "2024-01-08"), ("б", "2024-01-15")], 7),  # guard: a weekly step in а
    ([("а", "2024-01-01"), ("а", "2024-01-03")], "a step of 2 days"),  # guard: а's own step
    ([("а", "2024-01-01"), ("а", "2024-01-03"), ("б", "2024-01-05")], "a step of 2 days"),  # guard: а's own step
]


@pytest.mark.parametrize(("rows", "step"), CASES)
def test_the_step_is_read_within_a_series(rows: list[tuple[str, str]], step: int | str) -> None:
    counts = pd.DataFrame(rows, columns=["unique_id", "ds"]).assign(y=3)
    if isinstance(step, str):
        with pytest.raises(InputError, match=step):
            TrendForecaster().fit(counts)
        return
    forecast = TrendForecaster().fit(counts).predict(2)
    days = sorted(forecast["ds"].unique())
    assert (days[1] - days[0]).days == step
    assert days[0] == pd.Timestamp(max(ds for _, ds in rows)) + pd.Timedelta(days=step)


def test_forecast_reads_two_series_of_one_day_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the walkthrough's file: exit 2, "expected daily or weekly dates, got a step of 2 days; resample first"
    counts = tmp_path / "counts.csv"
    counts.write_text("unique_id,ds,y\nа,2024-01-01,3\nб,2024-01-03,4\n", encoding="utf-8")
    assert main(["forecast", str(counts), "--horizon", "3", "-o", str(tmp_path / "out.csv")]) == 0
    assert "read as counts: 2 series, from 2024-01-01 to 2024-01-03; 4 days without a row count as 0" in (
        capsys.readouterr().err)
    assert pd.read_csv(tmp_path / "out.csv")["ds"].unique().tolist() == ["2024-01-04", "2024-01-05", "2024-01-06"]
