"""``mcu-nlp forecast --anomalies``: the history's counts scored against their one-step-ahead forecasts, from the
command line (a walkthrough found spikes only in Python and on the ``--plot`` picture)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.cli import main
from mcu_nlp.trends import TrendForecaster, forecast_command

DAYS = pd.date_range("2024-01-01", periods=120)


def counts(spike_day: int | None = 100, drop_day: int | None = None, noise: bool = True) -> pd.DataFrame:
    y = np.random.default_rng(1).poisson(30, len(DAYS)) if noise else np.full(len(DAYS), 30)
    if spike_day is not None:
        y[spike_day] = 120
    if drop_day is not None:
        y[drop_day] = 0
    return pd.DataFrame({"ds": DAYS.strftime("%Y-%m-%d"), "y": y})


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_anomalies_are_written_and_the_spike_named_on_stderr(tmp_path, capsys, suffix):
    path = tmp_path / "c.csv"
    counts().to_csv(path, index=False)
    out = tmp_path / f"spikes{suffix}"
    assert main(["forecast", str(path), "--horizon", "7", "-o", str(tmp_path / "f.csv"), "--anomalies", str(out)]) == 0
    scored = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
    assert list(scored.columns) == ["unique_id", "ds", "y", "expected", "score", "is_anomaly"]
    assert len(scored) == len(DAYS)  # every count of the history, one row each
    flagged = scored[scored["is_anomaly"]]
    assert pd.to_datetime(flagged["ds"]).dt.strftime("%Y-%m-%d").tolist() == ["2024-04-10"]
    err = capsys.readouterr().err
    assert f"1 of 120 counts flagged -> {out}; the latest: '__total__' 2024-04-10 120 (expected" in err


def test_the_file_equals_detect_anomalies_of_the_same_fit(tmp_path):
    path = tmp_path / "c.csv"
    frame = counts()
    frame.to_csv(path, index=False)
    forecast_command(path, 7, tmp_path / "f.csv", anomalies_path=tmp_path / "a.csv")
    written = pd.read_csv(tmp_path / "a.csv", parse_dates=["ds"])
    series = frame.assign(unique_id="__total__", ds=pd.to_datetime(frame["ds"]))
    expected = TrendForecaster(horizon=7).fit(series).detect_anomalies(series)
    pd.testing.assert_frame_equal(written.reset_index(drop=True), expected.reset_index(drop=True),
                                  check_dtype=False)


def test_no_spike_says_none_flagged(tmp_path):
    path = tmp_path / "c.csv"
    counts(spike_day=None, noise=False).to_csv(path, index=False)
    lines = []
    forecast_command(path, 7, tmp_path / "f.csv", report=lines.append, anomalies_path=tmp_path / "a.csv")
    assert lines[-1] == f"0 of 120 counts flagged -> {tmp_path / 'a.csv'}"


def test_drops_flag_a_day_without_appeals(tmp_path):
    path = tmp_path / "c.csv"
    counts(spike_day=None, drop_day=90).to_csv(path, index=False)
    forecast_command(path, 7, tmp_path / "f.csv", anomalies_path=tmp_path / "a.csv")
    spikes = pd.read_csv(tmp_path / "a.csv")
    assert "2024-03-31" not in spikes.loc[spikes["is_anomaly"], "ds"].tolist()  # spikes only by default
    forecast_command(path, 7, tmp_path / "f.csv", anomalies_path=tmp_path / "d.csv", drops=True)
    both = pd.read_csv(tmp_path / "d.csv")
    assert "2024-03-31" in both.loc[both["is_anomaly"], "ds"].tolist()


@pytest.mark.parametrize("args, words", [
    (["--drops"], "expected --anomalies PATH with --drops, got --drops alone"),
    (["--anomalies", "{out}"], "expected a --anomalies other than the --output"),
])
def test_refused_before_reading(tmp_path, capsys, args, words):
    path = tmp_path / "c.csv"
    counts().to_csv(path, index=False)
    out = tmp_path / "f.csv"
    given = [a.format(out=out) for a in args]
    assert main(["forecast", str(path), "--horizon", "7", "-o", str(out), *given]) == 2
    assert words in capsys.readouterr().err and not out.exists()
