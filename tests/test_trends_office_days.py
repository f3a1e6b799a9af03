"""Counts of an office open on some weekdays only (walkthrough s18 D16): rows on Mondays, Wednesdays and Fridays were
refused as "a step of 2 days; resample first", though README says a day without a row counts as 0."""

from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp import TrendForecaster
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError


def _office(weekdays: set[int], weeks: int = 12) -> pd.DataFrame:
    days = pd.date_range("2024-01-01", periods=7 * weeks, freq="D")  # 2024-01-01 is a Monday
    days = days[days.day_of_week.isin(weekdays)]
    return pd.DataFrame({"unique_id": "приёмная", "ds": days, "y": [3 + i % 4 for i in range(len(days))]})


def test_an_office_open_three_days_a_week_is_daily_counts_with_zeros(tmp_path: Path, capsys) -> None:
    counts = tmp_path / "mwf.csv"
    _office({0, 2, 4}).to_csv(counts, index=False)
    assert main(["forecast", str(counts), "--horizon", "7", "-o", str(tmp_path / "out.csv")]) == 0
    assert "days without a row count as 0" in capsys.readouterr().err
    forecast = pd.read_csv(tmp_path / "out.csv", parse_dates=["ds"])
    assert forecast["ds"].diff().dropna().dt.days.unique().tolist() == [1]
    closed = forecast["ds"].dt.day_of_week.isin([1, 3, 5, 6])
    assert (forecast.loc[closed, "mean"] < 0.5).all() and (forecast.loc[~closed, "mean"] > 2).all()


def test_the_api_reads_them_too() -> None:
    with pytest.warns(UserWarning, match="count as 0"):
        fitted = TrendForecaster().fit(_office({1, 3}))  # Tuesdays and Thursdays: steps of 2 and 5 days
    assert len(fitted.predict(14)) == 14


def test_a_steady_step_of_two_days_is_refused_with_a_way_out() -> None:
    every_other = _office({0, 1, 2, 3, 4, 5, 6}).iloc[::2]
    with pytest.raises(InputError, match=r"a step of 2 days; give each day its row .*asfreq\('D', fill_value=0\)"):
        TrendForecaster().fit(every_other)


def test_an_office_with_a_holidays_gap_is_daily_too() -> None:
    office = _office({0, 2, 4})
    holiday = office["ds"].between("2024-01-29", "2024-02-09")  # two weeks closed: a step of 17 days among 2s and 3s
    with pytest.warns(UserWarning, match="count as 0"):
        TrendForecaster().fit(office[~holiday])


@pytest.mark.parametrize("shift", [
    {"2024-02-05": "2024-02-06"},  # one week of a Monday series dated Tuesday (a holiday): steps 8 and 6
], ids=["a week dated another weekday"])
def test_weekly_counts_with_a_week_off_their_weekday_are_still_refused(shift) -> None:
    # review s18: read as daily, they were forecast 287 on Mondays and 0 on the other six days
    weekly = pd.DataFrame({"unique_id": "город", "ds": pd.date_range("2024-01-01", periods=20, freq="7D"), "y": 287})
    weekly["ds"] = weekly["ds"].astype(str).replace(shift)
    with pytest.raises(InputError, match="daily or weekly dates"):
        TrendForecaster().fit(weekly)


def test_weekly_series_of_two_weekdays_are_still_refused() -> None:
    mondays = pd.date_range("2024-01-01", periods=20, freq="7D")
    weekly = pd.concat([pd.DataFrame({"unique_id": "пн", "ds": mondays, "y": 50}),
                        pd.DataFrame({"unique_id": "чт", "ds": mondays + pd.Timedelta(days=3), "y": 40})])
    with pytest.raises(InputError):
        TrendForecaster().fit(weekly)
