"""`mcu-nlp forecast --levels`: the intervals' levels from the command line (a Саратовская область walkthrough's D7,
session 66: `levels=(80, 99)`, which cut its false spikes from 29 to 5 at topic x municipality, was Python-only)."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mcu_nlp import TrendForecaster
from mcu_nlp.cli import main


@pytest.fixture
def counts(tmp_path: Path) -> Path:
    days = pd.date_range("2025-01-13", "2025-05-25")
    rng = np.random.default_rng(0)
    y = rng.poisson(8, len(days))
    y[[40, 90]] += 30  # two spikes
    path = tmp_path / "counts.csv"
    pd.DataFrame({"ds": days, "y": y}).to_csv(path, index=False)
    return path


def test_levels_name_the_intervals_and_bound_the_anomalies(counts: Path, tmp_path: Path) -> None:
    plain, wide = tmp_path / "plain.csv", tmp_path / "wide.csv"
    plain_spikes, wide_spikes = tmp_path / "plain_spikes.csv", tmp_path / "wide_spikes.csv"
    assert main(["forecast", str(counts), "--horizon", "7", "-o", str(plain), "--anomalies", str(plain_spikes)]) == 0
    assert main(["forecast", str(counts), "--horizon", "7", "-o", str(wide), "--anomalies", str(wide_spikes),
                 "--levels", "80,99"]) == 0
    assert {"lo_95", "hi_95"} <= set(pd.read_csv(plain).columns)
    assert {"lo_99", "hi_99"} <= set(pd.read_csv(wide).columns) and "hi_95" not in pd.read_csv(wide).columns
    flagged = pd.read_csv(wide_spikes)["is_anomaly"]
    assert flagged.sum() <= pd.read_csv(plain_spikes)["is_anomaly"].sum()
    assert flagged.iloc[[40, 90]].all()  # the planted spikes stay flagged
    frame = pd.read_csv(counts, parse_dates=["ds"]).assign(unique_id="__total__")
    python = TrendForecaster(horizon=7, levels=(80, 99)).fit(frame).predict(7)
    assert np.abs(pd.read_csv(wide)["hi_99"].to_numpy() - python["hi_99"].to_numpy()).max() <= 0.5  # the file rounds


@pytest.mark.parametrize("levels", ["80,x", "80,100", "", "0"])
def test_levels_that_are_no_percentages_stop_the_command(counts: Path, tmp_path: Path, levels: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", str(counts), "-o", str(tmp_path / "out.csv"), "--levels", levels]) == 2
    assert "--levels" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


def test_flagged_only_writes_the_flagged_counts(counts: Path, tmp_path: Path) -> None:
    """`--flagged-only` (an Оренбург walkthrough's D10, session 67): the anomalies file holds the flags alone."""
    every, flags = tmp_path / "every.csv", tmp_path / "flags.csv"
    assert main(["forecast", str(counts), "-o", str(tmp_path / "a.csv"), "--anomalies", str(every)]) == 0
    assert main(["forecast", str(counts), "-o", str(tmp_path / "b.csv"), "--anomalies", str(flags),
                 "--flagged-only"]) == 0
    scored, flagged = pd.read_csv(every), pd.read_csv(flags)
    assert flagged["is_anomaly"].all() and len(flagged) == scored["is_anomaly"].sum() > 0
    assert flagged.equals(scored[scored["is_anomaly"]].reset_index(drop=True))


def test_flagged_only_without_anomalies_stops_the_command(counts: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", str(counts), "-o", str(tmp_path / "out.csv"), "--flagged-only"]) == 2
    assert "--flagged-only" in capsys.readouterr().err
