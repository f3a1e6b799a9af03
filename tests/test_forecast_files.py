"""How ``mcu-nlp forecast`` reads a file: counts or appeals, and saying which on stderr."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.cli import main
from mcu_nlp.errors import InputError, McuNlpWarning
from mcu_nlp.trends import forecast_command

DAYS = pd.date_range("2024-01-01", periods=30)
WEEKS = pd.date_range("2023-01-02", periods=40, freq="W-MON")
GAPPY = DAYS[np.r_[0:10, 25:30]]  # 15 days without a row


def frame(dates: pd.DatetimeIndex, **columns: object) -> pd.DataFrame:
    return pd.DataFrame({"ds": dates.strftime("%Y-%m-%d"), **columns})


# file, the series forecast, their mean level, words on stderr
FILES = [
    ("date,count: 5 a day", frame(DAYS, count=5).rename(columns={"ds": "date"}), {"__total__"}, 5,
     "read as counts: 'count' per 'date', one series, __total__, from 2024-01-01 to 2024-01-30"),
    ("date,Количество", frame(DAYS, **{"Количество": 4}).rename(columns={"ds": "date"}), {"__total__"}, 4,
     "read as counts: 'Количество' per 'date'"),
    ("created_at,y", frame(DAYS, y=6).rename(columns={"ds": "created_at"}), {"__total__"}, 6,
     "read as counts: 'y' per 'created_at'"),
    ("unique_id,date,counts", frame(DAYS, counts=2, unique_id="heating").rename(columns={"ds": "date"}),
     {"heating"}, 2, "read as counts: 'counts' per 'date', 1 series"),
    ("appeals with a date only, 3 a day", pd.DataFrame({"date": DAYS.repeat(3).strftime("%Y-%m-%d")}),
     {"__total__"}, 3, "read as appeals, one per row: 90 appeals dated by 'date' from 2024-01-01 to 2024-01-30, "
                       "in one series, __total__; a file of counts needs columns ds, y"),
    ("appeals with a topic", pd.DataFrame({"date": DAYS.repeat(2).strftime("%Y-%m-%d"), "topic": "heating"}),
     {"__total__", "heating"}, 2, "read as appeals, one per row: 60 appeals dated by 'date'"),
    ("ds,y with gaps", frame(GAPPY, y=4), {"__total__"}, None, "15 days without a row count as 0"),
    ("weekly ds,y", frame(WEEKS, y=np.random.default_rng(0).poisson(30, 40)), {"__total__"}, None,
     "from 2023-01-02 to 2023-10-02"),
    ("10 days of ds,y", frame(DAYS[:10], y=[3, 4, 2, 5, 3, 1, 0, 4, 3, 2]), {"__total__"}, None, "read as counts"),
    ("one day of ds,y", frame(DAYS[:1], y=[3]), {"__total__"}, None, "read as counts"),
    ("Date,Count", frame(DAYS, Count=5).rename(columns={"ds": "Date"}), {"__total__"}, 5,
     "read as counts: 'Count' per 'Date'"),
    ("дата,количество", frame(DAYS, количество=4).rename(columns={"ds": "дата"}), {"__total__"}, 4,
     "read as counts: 'количество' per 'дата'"),
    ("День,Кол-во", frame(DAYS, **{"Кол-во": 3}).rename(columns={"ds": "День"}), {"__total__"}, 3,
     "read as counts: 'Кол-во' per 'День'"),
    ("created_at,число: the day of the month, one appeal per row",
     frame(DAYS, число=DAYS.day).rename(columns={"ds": "created_at"}), {"__total__"}, 1,
     "read as appeals, one per row: 30 appeals dated by 'created_at'"),
    ("DATE with a topic: appeals", pd.DataFrame({"DATE": DAYS.repeat(2).strftime("%Y-%m-%d"), "topic": "heating"}),
     {"__total__", "heating"}, 2, "read as appeals, one per row: 60 appeals dated by 'DATE'"),
]


@pytest.mark.parametrize(("name", "table", "ids", "level", "said"), FILES)
def test_forecast_reads_the_file_as_it_says_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, table: pd.DataFrame, ids: set, level: float | None,
    said: str,
) -> None:
    path, out = tmp_path / "in.csv", tmp_path / "out.csv"
    table.to_csv(path, index=False)
    assert main(["forecast", str(path), "--horizon", "2", "-o", str(out)]) == 0
    forecast = pd.read_csv(out)
    assert set(forecast["unique_id"]) == ids, name  # never an 'all' series beside __total__
    figures = forecast.filter(regex=r"^(unique_id|ds|mean|lo_\d+|hi_\d+)$")  # keys: None where a level drops them
    assert figures.shape[1] == 7 and figures.notna().all().all() and len(forecast) == 2 * len(ids)
    if level is not None:
        assert forecast.loc[forecast.unique_id == "__total__", "mean"].between(level - 1, level + 1).all(), name
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(("columns", "words"), [
    ({"date": DAYS.strftime("%Y-%m-%d"), "topic": "heating", "count": 3}, "appeals without a count column"),
    ({"date": DAYS.repeat(2).strftime("%Y-%m-%d"), "cnt": 1}, "one row per date in a date, cnt file"),
    # the cause, category, was left out of the columns listed
    ({"date": DAYS.repeat(2).strftime("%Y-%m-%d"), "category": ["a", "b"] * 30, "count": 5},
     r"30 repeated dates, columns \['date', 'category', 'count'\]"),
    ({"date": DAYS.strftime("%Y-%m-%d"), "count": 5, "y": 5}, "one count column"),  # was a TypeError
    ({"date": DAYS.strftime("%Y-%m-%d"), "Count": 5, "cnt": 5}, r"got columns \['date', 'Count', 'cnt'\]"),
])
def test_a_count_column_that_cannot_be_one_series_is_refused(tmp_path: Path, columns: dict, words: str) -> None:
    path = tmp_path / "in.csv"
    pd.DataFrame(columns).to_csv(path, index=False)
    with pytest.raises(InputError, match=words):
        forecast_command(path, 2, tmp_path / "out.csv")


def test_forecast_command_reports_how_it_read_the_file(tmp_path: Path) -> None:
    path, lines = tmp_path / "in.csv", []
    frame(DAYS, y=5).to_csv(path, index=False)
    forecast_command(path, 2, tmp_path / "out.csv", report=lines.append)
    assert lines == ["read as counts: 'y' per 'ds', one series, __total__, from 2024-01-01 to 2024-01-30"]


@pytest.mark.parametrize("columns", [
    {"date": DAYS.strftime("%Y-%m-%d"), "count": 5, "y": 1},  # 'count' renamed to a second y: a traceback, rc 1
    {"ds": DAYS.strftime("%Y-%m-%d"), "y": 5, "Y": 1},
])
def test_two_count_columns_are_an_input_error_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], columns: dict,
) -> None:
    path = tmp_path / "in.csv"
    pd.DataFrame(columns).to_csv(path, index=False)
    assert main(["forecast", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "expected one count column" in err and "Traceback" not in err


SHIFTED = (DAYS + pd.Timedelta(days=5)).strftime("%Y-%m-%d")

# two columns named as dates: one was taken by the order of the known names, silently
TWO_DATES = [
    ("date,created_at,count", {"date": DAYS.strftime("%Y-%m-%d"), "created_at": SHIFTED, "count": 5}),
    ("created_at,date,topic (appeals)", {"created_at": DAYS.strftime("%Y-%m-%d"), "date": SHIFTED, "topic": "heating"}),
    ("Дата,день,y", {"Дата": DAYS.strftime("%Y-%m-%d"), "день": SHIFTED, "y": 3}),
    ("ds,DS,y", {"ds": DAYS.strftime("%Y-%m-%d"), "DS": SHIFTED, "y": 3}),
]


@pytest.mark.parametrize(("name", "columns"), TWO_DATES)
def test_two_date_columns_are_refused_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, columns: dict,
) -> None:
    path = tmp_path / "in.csv"
    pd.DataFrame(columns).to_csv(path, index=False)
    assert main(["forecast", str(path), "-o", str(tmp_path / "out.csv")]) == 2, name
    err = capsys.readouterr().err
    first, second = list(columns)[:2]
    assert f"got 2: {first!r}, {second!r}" in err and "--date-column" in err, name


# --date-column picks one; ds is the ecosystem's own name and wins without it: (columns, option, first day, stderr)
PICKED = [
    ({"date": DAYS.strftime("%Y-%m-%d"), "created_at": SHIFTED, "count": 5}, ["--date-column", "created_at"],
     "2024-01-06", "'count' per 'created_at', one series, __total__, from 2024-01-06 to 2024-02-04; column 'date' "
                   "ignored (counts from 'count', dates from 'created_at')"),
    ({"created_at": DAYS.strftime("%Y-%m-%d"), "date": SHIFTED, "topic": "heating"}, ["--date-column", "date"],
     "2024-01-06", "30 appeals dated by 'date' from 2024-01-06 to 2024-02-04, counted per topic; column "
                   "'created_at' ignored (dates from 'date')"),
    ({"ds": DAYS.strftime("%Y-%m-%d"), "date": SHIFTED, "y": 3}, [], "2024-01-01",
     "'y' per 'ds', one series, __total__, from 2024-01-01 to 2024-01-30; column 'date' ignored"),
    ({"unique_id": "a", "ds": DAYS.strftime("%Y-%m-%d"), "date": SHIFTED, "y": 3}, ["--date-column", "date"],
     "2024-01-06", "'y' per 'date', 1 series, from 2024-01-06 to 2024-02-04; column 'ds' ignored"),
    # the option reads a name as the detection does, case and spaces aside ('Date' picked by "date")
    ({"Date": DAYS.strftime("%Y-%m-%d"), "created_at": SHIFTED, "topic": "heating"}, ["--date-column", "date"],
     "2024-01-01", "dated by 'Date'"),
]


@pytest.mark.parametrize(("columns", "option", "start", "said"), PICKED)
def test_the_date_column_is_picked_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], columns: dict, option: list, start: str, said: str,
) -> None:
    path, out = tmp_path / "in.csv", tmp_path / "out.csv"
    pd.DataFrame(columns).to_csv(path, index=False)
    assert main(["forecast", str(path), "--horizon", "2", "-o", str(out), *option]) == 0
    assert said in capsys.readouterr().err
    first = pd.Timestamp(start) + pd.Timedelta(days=30)  # the day after 30 days of history
    assert pd.to_datetime(pd.read_csv(out)["ds"]).min() == first


def test_an_unknown_date_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    frame(DAYS, y=3).to_csv(path, index=False)
    with pytest.raises(InputError, match=r"expected a column 'when' \(--date-column\), got columns \['ds', 'y'\]"):
        forecast_command(path, 2, tmp_path / "out.csv", date_column="when")


# a count-named column beside unique_id, ds, y was dropped without a word
@pytest.mark.parametrize(("extra", "said"), [
    ({"count": 50}, "column 'count' ignored (counts from 'y', dates from 'ds')"),
    ({"Количество": 50, "cnt": 7}, "columns 'Количество', 'cnt' ignored"),
    ({"topic": "heating"}, None),  # not a count: nothing to say
])
def test_an_extra_count_column_beside_unique_id_ds_y_is_said(tmp_path: Path, extra: dict, said: str | None) -> None:
    path, lines = tmp_path / "in.csv", []
    frame(DAYS, unique_id="a", y=1, **extra).to_csv(path, index=False)
    out = forecast_command(path, 2, tmp_path / "out.csv", report=lines.append)
    assert out["mean"].between(0, 2).all()  # the counts are y, not the extra column
    assert (said in lines[0]) if said else "ignored" not in lines[0]


def test_periods_without_a_row_are_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    # the read line said "15 days without a row count as 0" and TrendForecaster.fit's warning said it again
    path = tmp_path / "in.csv"
    frame(GAPPY, y=4).to_csv(path, index=False)
    assert main(["forecast", str(path), "--horizon", "2", "-o", str(tmp_path / "out.csv")]) == 0
    said = capsys.readouterr().err + caplog.text
    assert said.count("without a row") == 1 and "15 days without a row count as 0" in said


def test_forecast_command_without_a_report_still_warns_of_the_gaps(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    frame(GAPPY, y=4).to_csv(path, index=False)
    with pytest.warns(McuNlpWarning, match=r"15 days without a row in 1 of 1 series count as 0"):
        forecast_command(path, 2, tmp_path / "out.csv")
