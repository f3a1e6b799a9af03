"""``mcu-nlp analyze`` says when ids repeat (walkthrough s39: id 1 written twice, silently), keeps every row, and
never shows the ids."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.batchjob import run_analyze_job

ROWS = [("1", "Нет воды"), ("+79161234567", "Яма на дороге"), ("1", "Нет света"), ("", "без id"), ("", "и этот"),
        ("+79161234567", "Мусор не вывозят"), ("3", "ок")]


def write_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    pd.DataFrame(rows, columns=["id", "text"]).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("chunk_size", [2, 100])
def test_repeats_are_counted_across_chunks_and_rows_kept(tmp_path, models, caplog, chunk_size):
    source = write_csv(tmp_path / "in.csv", ROWS)
    with caplog.at_level("WARNING", logger="mcu_nlp"):
        summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=chunk_size, models=models)
    assert summary.rows == len(ROWS) and len(pd.read_csv(tmp_path / "out.csv")) == len(ROWS)
    assert ("2 rows repeat the id of an earlier row (the first at row 2); every row is written: join the output to "
            "its source on `row`, not on the id") in caplog.text
    assert "79161234567" not in caplog.text  # an id may be a phone: never shown


def test_named_id_column_and_jsonl(tmp_path, models, caplog):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"key": k, "text": t}) for k, t in [(1, "Нет воды"), ("1", "Яма")]),
                      encoding="utf-8")
    with caplog.at_level("WARNING", logger="mcu_nlp"):
        run_analyze_job(source, tmp_path / "out.csv", id_column="key", models=models)
    assert "1 row repeats the id of an earlier row (the first at row 1)" in caplog.text  # 1 and "1": one id as text


def test_unique_or_no_ids_say_nothing(tmp_path, models, caplog):
    unique = write_csv(tmp_path / "u.csv", [("1", "Нет воды"), ("2", "Яма"), ("", "x"), ("", "y")])
    plain = tmp_path / "p.csv"
    pd.DataFrame({"text": ["Нет воды", "Нет воды"]}).to_csv(plain, index=False)
    with caplog.at_level("WARNING", logger="mcu_nlp"):
        run_analyze_job(unique, tmp_path / "u_out.csv", models=models)
        run_analyze_job(plain, tmp_path / "p_out.csv", models=models)
    assert "repeat" not in caplog.text


def test_lines_that_are_no_row_or_have_no_id_repeat_nothing(tmp_path, models, caplog):
    # walkthrough s43 D11: two broken JSON lines (no id: None) were one id said twice
    source = tmp_path / "in.jsonl"
    lines = ['{"id":"a","text":"нет воды"}', '{"id":"b" broken', "[1]", '{"text":"яма"}', '{"id":"c","text":"свет"}']
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="mcu_nlp"):
        summary = run_analyze_job(source, tmp_path / "out.csv", models=models)
    assert summary.rows == 5 and "repeat" not in caplog.text
