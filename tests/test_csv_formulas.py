"""CSV injection: a text (or id) starting with = + - @ was written as it came into a CSV output, which operators open
in Excel or LibreOffice, where it becomes a formula (walkthrough s18 D15). CSV outputs now write such a cell behind
a «'»; a plain number («-5») and the JSONL and Parquet outputs are left as they are."""

import csv
import json
from pathlib import Path

from mcu_nlp.batchjob import run_analyze_job

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
    assert [row["id"] for row in rows] == ["'=1+1", "-5", "-2.5E-3", "+3,5", "'@a", "x", "\t7"]
    assert [row["text"][:2] for row in rows] == ["'=", "'+", "'@", "'-", "'\t", "не", "\tн"]
    assert all(not cell or cell.lstrip("\t\r")[:1] not in "=+-@" or cell in ids
               for row in rows for cell in row.values())
    run_analyze_job(source, tmp_path / "out.jsonl", models=models)
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in written] == ids and written[0]["text"].startswith("=")
