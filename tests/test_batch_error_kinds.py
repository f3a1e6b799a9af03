"""The error rows of an analyze job counted by kind: the broken lines of a JSON lines file are one kind, each error
naming its line (each was a kind of its own, "broken JSON line 4", so the job's tally of kinds grew with them and
its summary and warnings counted each once)."""

import csv
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main

LINES = ['{"id": 1, "text": "Нет воды"}', '{"id": 2, "text": "обрыв', "[1, 2]", '{"id": 4, "text": ""}',
         '{"id": 5 "text": "Яма"}', '"просто строка"', '{"id": 7, "text": ' + "[" * 5_000, '{"id": 8, "text": "Яма"}']


def _errors(path: Path) -> list:
    with open(path, encoding="utf-8", newline="") as file:
        return [row["error"] or None for row in csv.DictReader(file)]


def test_broken_json_lines_are_one_kind_each_naming_its_line(tmp_path: Path, models) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=3, models=models)
    assert _errors(tmp_path / "out.csv") == [
        None, "broken JSON: line 2", "not a JSON object: line 3", "empty text", "broken JSON: line 5",
        "not a JSON object: line 6", "broken JSON: line 7, nested too deep", None]
    assert (summary.rows, summary.errors) == (8, 6)
    assert summary.error_kinds == {"broken JSON": 3, "not a JSON object": 2, "empty text": 1}
    assert summary in {summary}  # a frozen record, hashable as it was


def test_the_summary_says_the_error_rows_by_kind(tmp_path: Path, models, capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--chunk-size", "2", "--no-progress"]) == 0
    said = capsys.readouterr().err
    assert "8 rows -> " in said and "(6 with errors: broken JSON 3, not a JSON object 2, empty text 1; " in said


def test_every_row_broken_is_said_with_their_count(tmp_path: Path, models, caplog) -> None:
    # the warning named the first broken line and no count: each line was the only one of its kind
    source = tmp_path / "in.jsonl"
    source.write_text("".join(f'{{"id": {i}, "text": "обрыв\n' for i in range(5)) + '[1]\n{"text": ""}\n',
                      encoding="utf-8")
    with caplog.at_level("WARNING", logger="mcu_nlp"):
        run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, models=models)
    assert "every row, all 7, is an error row (such as 'broken JSON: line 1', 5 of them)" in caplog.text


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_job_without_error_rows_has_no_kinds(tmp_path: Path, models, fmt: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет воды\n", encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / f"out.{fmt}", models=models)
    assert (summary.errors, dict(summary.error_kinds)) == (0, {})
