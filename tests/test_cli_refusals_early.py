"""Session 15's walkthrough of the command line: a job refused before any row prints no progress bar, ``forecast``
checks ``--horizon`` before reading its file, and a ``--region`` that is no code is refused saying what is
accepted, the value quoted (an argument, no personal data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcu_nlp.cli import main


@pytest.fixture
def appeals(tmp_path: Path) -> Path:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет воды\n2,Яма на дороге\n", encoding="utf-8")
    return source


def test_a_region_that_is_no_code_is_refused_saying_what_is_accepted(appeals: Path, tmp_path: Path, capsys) -> None:
    assert main(["analyze", str(appeals), "-o", str(tmp_path / "out.csv"), "--region", "Курская"]) != 0
    err = capsys.readouterr().err
    assert "'Курская'" in err and "two-digit subject code" in err
    assert "str of 7 characters" not in err
    assert "row [" not in err  # no progress bar: the job never started
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("option", [["--text-column", "nope"], ["--date-column", "nope"]])
def test_a_job_refused_before_any_row_prints_no_progress_bar(appeals: Path, tmp_path: Path, capsys,
                                                              option: list[str]) -> None:
    assert main(["analyze", str(appeals), "-o", str(tmp_path / "out.csv"), *option]) != 0
    err = capsys.readouterr().err
    assert "nope" in err and "row [" not in err


@pytest.mark.parametrize("horizon", ["0", "-3"])
def test_forecast_checks_the_horizon_before_reading_the_file(tmp_path: Path, capsys, horizon: str) -> None:
    # the file holds no counts: the horizon's error comes first, so the file was not read
    source = tmp_path / "nonsense.csv"
    source.write_text("a,b\nx,y\n", encoding="utf-8")
    assert main(["forecast", str(source), "--horizon", horizon, "-o", str(tmp_path / "f.csv")]) != 0
    err = capsys.readouterr().err
    assert "horizon >= 1" in err and "read as" not in err and "column" not in err
