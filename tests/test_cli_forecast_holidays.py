"""`mcu-nlp forecast --holidays`: a region's own days off added to Russia's calendar from the command line (the
Ставропольский край walkthrough's G2, session 61: `add_holidays` was Python-only)."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mcu_nlp import TrendForecaster
from mcu_nlp.cli import main
from mcu_nlp.trends.calendar import add_holidays


@pytest.fixture
def counts(tmp_path: Path) -> Path:
    days = pd.date_range("2025-01-13", "2025-05-25")
    week = np.array([60, 58, 57, 55, 50, 20, 15])
    rng = np.random.default_rng(0)
    y = [rng.poisson(week[day.day_of_week]) for day in days]
    path = tmp_path / "counts.csv"
    pd.DataFrame({"ds": days, "y": y}).to_csv(path, index=False)
    return path


def test_holidays_are_read_as_days_off_as_add_holidays_reads_them(counts: Path, tmp_path: Path) -> None:
    # 2025-05-28 is a Wednesday: forecast as a day off with --holidays, as a working day without
    plain, added = tmp_path / "plain.csv", tmp_path / "added.csv"
    assert main(["forecast", str(counts), "--horizon", "7", "-o", str(plain)]) == 0
    days_off = "2025-05-28, 2025-06-06,"  # spaces and a trailing comma are allowed
    assert main(["forecast", str(counts), "--horizon", "7", "-o", str(added), "--holidays", days_off]) == 0
    day = pd.Timestamp("2025-05-28")
    before = pd.read_csv(plain, parse_dates=["ds"]).set_index("ds").loc[day, "mean"]
    after = pd.read_csv(added, parse_dates=["ds"]).set_index("ds").loc[day, "mean"]
    assert after < 0.7 * before
    frame = pd.read_csv(counts, parse_dates=["ds"]).assign(unique_id="__total__")
    python = TrendForecaster(horizon=7, calendar=add_holidays(["2025-05-28", "2025-06-06"])).fit(frame).predict(7)
    assert np.abs(pd.read_csv(added)["mean"].to_numpy() - python["mean"].to_numpy()).max() <= 0.5  # the file rounds


def test_a_date_that_is_no_iso_date_stops_the_command(counts: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", str(counts), "-o", str(tmp_path / "out.csv"), "--holidays", "2025-05-28,28 мая"]) == 2
    assert "holiday dates" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()
