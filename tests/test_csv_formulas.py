"""CSV injection: a text starting with = + - @ was written as it came into a CSV output, which operators open
in Excel or LibreOffice, where it becomes a formula (walkthrough s18 D15). CSV outputs now write such a cell behind
a «'»; a plain number («-5») and the JSONL and Parquet outputs are left as they are. The id column is written as it
is (session 19: «@a» became «'@a», a key no join found again), and ``--no-formula-guard`` writes every cell as it
is."""

import csv
import json
from pathlib import Path

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main

TEXTS = ["=cmd|' /C calc'!A0", "+1 в квартире, холодно", "@SUM(1+1)*cmd", "-1+1 яма на дороге", "\t=1+1 нет воды",
         "нет воды = беда", "\tнет воды"]


def test_formula_cells_are_quoted_in_csv_output(tmp_path: Path, models) -> None:
    source = tmp_path / "in.jsonl"
    ids = ["=1+1", "-5", "-2.5E-3", "+3,5", "@a", "x", "\t7"]
    source.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in zip(ids, TEXTS)),
                      encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", models=models)
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["id"] for row in rows] == ids
    assert [row["text"][:2] for row in rows] == ["'=", "'+", "'@", "'-", "'\t", "не", "\tн"]
    assert all(not cell or cell.lstrip("\t\r")[:1] not in "=+-@" or cell in ids
               for row in rows for cell in row.values())
    run_analyze_job(source, tmp_path / "out.jsonl", models=models)
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in written] == ids and written[0]["text"].startswith("=")


def _written(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_an_id_column_named_by_the_user_is_written_as_it_is(tmp_path: Path, models) -> None:
    """The ids of ``--id-column`` are keys to join the output to its source: written as they are; another column
    passed through (the date's, its unread cells empty) and the text keep the guard."""
    source = tmp_path / "in.csv"
    source.write_text("ticket,text\n@a,=1+1 нет воды\n=B2,+7 в квартире\n", encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", id_column="ticket", models=models)
    rows = _written(tmp_path / "out.csv")
    assert [row["ticket"] for row in rows] == ["@a", "=B2"]
    assert [row["text"] for row in rows] == ["'=1+1 нет воды", "'+7 в квартире"]
    run_analyze_job(source, tmp_path / "out2.csv", id_column="text", text_column="ticket", models=models)
    assert [row["text"] for row in _written(tmp_path / "out2.csv")] == ["=1+1 нет воды", "+7 в квартире"]


def test_no_formula_guard_writes_every_cell_as_it_is(tmp_path: Path, models, capsys) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n@a,=1+1 нет воды\n2,-1+1 яма\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["analyze", str(source), "-o", str(out), "--no-formula-guard", "--no-progress"]) == 0
    assert [(row["id"], row["text"]) for row in _written(out)] == [("@a", "=1+1 нет воды"), ("2", "-1+1 яма")]
    assert main(["analyze", str(source), "-o", str(out), "--no-progress", "--resume"]) == 0  # another job: guarded
    assert [(row["id"], row["text"]) for row in _written(out)] == [("@a", "'=1+1 нет воды"), ("2", "'-1+1 яма")]
