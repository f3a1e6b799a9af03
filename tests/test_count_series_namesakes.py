"""count_series keeps namesake municipalities of different regions apart (walkthrough s19 D12): three
«Советский район» of three regions were one series of 3 appeals, a place that does not exist."""

import warnings

import pandas as pd
import pytest

from mcu_nlp import count_series
from mcu_nlp.cli import main
from mcu_nlp.errors import McuNlpWarning


def _analysed() -> pd.DataFrame:
    # the columns analyze_frame writes: the name and the code of the municipality
    return pd.DataFrame({
        "date": ["2026-11-01", "2026-11-01", "2026-11-02", "2026-11-02", "2026-11-02"],
        "topic": ["water", "water", "water", "roads", "water"],
        "municipality": ["Советский район", "Советский район", "Советский район", "Надымский район", None],
        "municipality_oktmo": ["38636000", "63644000", "01642000", "71936000", None],
        "region": ["46", "64", "22", "89", None],
    })


def test_a_name_of_several_codes_is_counted_per_code_with_the_code_shown():
    with pytest.warns(McuNlpWarning, match="1 name"):
        counts = count_series(_analysed(), by=("topic", "municipality"))
    towns = counts[counts.level == "municipality"].groupby("unique_id").y.sum()
    assert towns.to_dict() == {"Надымский район": 1, "Советский район (01642000)": 1,
                               "Советский район (38636000)": 1, "Советский район (63644000)": 1, "unknown": 1}
    bottom = set(counts[counts.level == "topic/municipality"].unique_id)
    assert "water/Советский район (63644000)" in bottom and "roads/Надымский район" in bottom
    assert counts[counts.level == "total"].y.sum() == 5


def test_names_a_coarser_key_tells_apart_and_frames_without_codes_are_unchanged():
    with warnings.catch_warnings():
        warnings.simplefilter("error", McuNlpWarning)
        by_region = count_series(_analysed(), by=("topic", "municipality", "region"))
        no_codes = count_series(_analysed().drop(columns="municipality_oktmo"), by=("topic", "municipality"))
    assert {"Советский район/22", "Советский район/46", "Советский район/64"} <= set(by_region.unique_id)
    assert not by_region.unique_id.str.contains(r"\(").any()
    assert no_codes[no_codes.level == "municipality"].groupby("unique_id").y.sum()["Советский район"] == 3


def _read_back(tmp_path) -> pd.DataFrame:
    """The analysed frame written to CSV and read back by pandas: a code column with an empty cell is float64."""
    path = tmp_path / "analysed.csv"
    _analysed().assign(date=["2026-11-01", "2026-11-01", "2026-11-02", "2026-11-02", "2026-11-03"]).to_csv(
        path, index=False)
    return pd.read_csv(path)


def test_codes_read_back_as_numbers_keep_their_leading_zeros(tmp_path):
    # review s20 #9: «Советский район (1640000.0)» where the code is 01640000
    frame = _read_back(tmp_path)
    assert frame["municipality_oktmo"].dtype == float
    with pytest.warns(McuNlpWarning, match="1 name"):
        counts = count_series(frame, by=("topic", "municipality"))
    assert {"Советский район (01642000)", "Советский район (38636000)", "Советский район (63644000)"} <= set(
        counts.unique_id)


def test_the_forecast_command_shows_the_codes_as_codes(tmp_path):
    _read_back(tmp_path)
    out = tmp_path / "f.csv"
    assert main(["forecast", str(tmp_path / "analysed.csv"), "--horizon", "2", "-o", str(out)]) == 0
    ids = set(pd.read_csv(out, dtype=str).unique_id)
    assert "water/Советский район (01642000)" in ids and not any(".0)" in i for i in ids)


def test_counts_carry_each_series_code_and_the_forecast_files_too(tmp_path):
    # walkthrough s40: the forecast's keys were names only, «heating/Шахты», with no ОКТМО column to join back on
    with pytest.warns(McuNlpWarning, match="1 name"):
        counts = count_series(_read_back(tmp_path), by=("topic", "municipality"))
    codes = counts.drop_duplicates("unique_id").set_index("unique_id")["municipality_oktmo"]
    assert codes["water/Советский район (01642000)"] == "01642000" and codes["Надымский район"] == "71936000"
    assert codes["__total__"] is None and codes["unknown"] is None and codes["water/unknown"] is None
    assert list(counts.columns) == ["unique_id", "ds", "y", "level", "topic", "municipality", "municipality_oktmo"]
    out, spikes = tmp_path / "f.csv", tmp_path / "s.csv"
    argv = ["forecast", str(tmp_path / "analysed.csv"), "--horizon", "2", "-o", str(out), "--anomalies", str(spikes)]
    assert main(argv) == 0
    for written in (pd.read_csv(out, dtype=str), pd.read_csv(spikes, dtype=str)):
        rows = written.drop_duplicates("unique_id").set_index("unique_id")
        assert rows.loc["roads/Надымский район", ["level", "topic", "municipality", "municipality_oktmo"]].tolist() \
            == ["topic/municipality", "roads", "Надымский район", "71936000"]
        assert rows.loc["Советский район (01642000)", "municipality_oktmo"] == "01642000"
        assert pd.isna(rows.loc["__total__", "municipality_oktmo"])
        assert len(written) == written.drop_duplicates(["unique_id", "ds"]).shape[0]  # one row per series and day
