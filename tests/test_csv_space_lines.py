"""A line of only spaces (or tabs) after a CSV's header is a blank line, no row, as pandas reads it and README says
(«Blank CSV lines are no rows»): it was an extra error row «malformed CSV row: 1 field, expected 4» matching no
record (walkthrough s18 D14). A quoted field of spaces is a record still."""

import csv
from pathlib import Path

import pandas as pd

from mcu_nlp.batchjob import run_analyze_job

CSV = ("id,text,date,region\r\n1,Нет воды,2024-01-05,78\r\n   \r\n2,Яма на дороге,2024-01-05,78\r\n \t \r\n"
       "3,Мусор во дворе,2024-01-06,78\r\n\r\n")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_lines_of_spaces_are_no_rows(tmp_path: Path, models) -> None:
    (tmp_path / "in.csv").write_text(CSV, encoding="utf-8", newline="")
    summary = run_analyze_job(tmp_path / "in.csv", tmp_path / "out.csv", region_column="region", models=models)
    rows = _rows(tmp_path / "out.csv")
    assert [row["id"] for row in rows] == ["1", "2", "3"] and not any(row["error"] for row in rows)
    assert summary.rows == len(pd.read_csv(tmp_path / "in.csv")) == 3


def test_a_quoted_field_of_spaces_is_a_row(tmp_path: Path, models) -> None:
    (tmp_path / "in.csv").write_text('id,text\n1,Нет воды\n"   "\n2,Яма\n', encoding="utf-8")
    run_analyze_job(tmp_path / "in.csv", tmp_path / "out.csv", models=models)
    rows = _rows(tmp_path / "out.csv")
    assert len(rows) == len(pd.read_csv(tmp_path / "in.csv")) == 3 and rows[1]["error"]
