"""Exports joined into one CSV (``cat a.csv b.csv``) repeat the header line inside the file: it was read as a row
and analysed as an appeal «text» (topic other, urgency normal), indistinguishable from real rows. It is one error
row, «repeated header», in its place: one output row per input row still."""

import csv
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.tables import ERROR, read_chunks

HEADERS = {
    "plain": "id,text\n",
    "quoted": '"id","text"\r\n',
    "with a byte-order mark": "\ufeffid,text\n",
}


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_a_header_repeated_inside_a_csv_is_one_error_row(tmp_path: Path, models, header: str) -> None:
    source = tmp_path / "joined.csv"
    source.write_text("id,text\n1,Нет горячей воды\n2,Яма на дороге\n" + header + "3,Не вывозят мусор\n",
                      encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / "out.csv", models=models)
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["row"] for row in rows] == ["0", "1", "2", "3"]
    assert [row["error"] for row in rows] == ["", "", "repeated header: line 4", ""]
    assert [row["id"] for row in rows] == ["1", "2", "", "3"]
    assert rows[2]["topic"] == rows[2]["text"] == ""
    assert rows[3]["topic"] != ""  # read on after it
    assert (summary.rows, summary.errors, dict(summary.error_kinds)) == (4, 1, {"repeated header": 1})


def test_the_repeated_header_of_a_semicolon_export_is_found_and_text_like_a_header_is_not(tmp_path: Path) -> None:
    source = tmp_path / "joined.csv"
    source.write_text("id;date;text\n1;2024-01-05;text\nid;date;text\n2;2024-01-06;id\n", encoding="utf-8")
    rows = [row for chunk in read_chunks(source) for row in chunk]
    assert [row.get(ERROR) for row in rows] == [None, "repeated header: line 3", None]
    assert [row.get("text") for row in rows] == ["text", None, "id"]


@pytest.mark.parametrize("repeated", ["ID,Text", " id , text ", "\ufeffId,TEXT", '"ID "," Text"'],
                         ids=["case", "spaces", "mark and case", "quoted"])
def test_a_header_repeated_in_another_case_or_with_spaces_is_the_header(tmp_path: Path, repeated: str) -> None:
    """Exports of another tool or a header typed by hand: the names again, case, spaces and marks aside, were read
    as a row (the text «Text» from the id «ID»; session 19)."""
    source = tmp_path / "joined.csv"
    source.write_text(f"id,text\n1,Нет горячей воды\n{repeated}\n2,Яма на дороге\n", encoding="utf-8")
    rows = [row for chunk in read_chunks(source) for row in chunk]
    assert [row.get(ERROR) for row in rows] == [None, "repeated header: line 3", None]
    assert [row.get("text") for row in rows][::2] == ["Нет горячей воды", "Яма на дороге"]


def test_a_row_holding_one_column_name_is_no_header(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\nID,нет воды\n2,TEXT\n", encoding="utf-8")
    rows = [row for chunk in read_chunks(source) for row in chunk]
    assert [row.get(ERROR) for row in rows] == [None, None]
    assert [row.get("text") for row in rows] == ["нет воды", "TEXT"]
