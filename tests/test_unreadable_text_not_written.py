"""A text much of which is unreadable (binary junk, control characters) gets its error row, and `mcu-nlp analyze`
writes it with its control characters as U+FFFD, as its bytes that are no UTF-8 are: it wrote the cell as it came,
ESC and other control characters included (walkthrough s21 A4)."""

import csv
from pathlib import Path

import pandas as pd

from mcu_nlp import analyze_frame
from mcu_nlp.batchjob import run_analyze_job

JUNK = "\x01\x02\x1b[2J\x1f\x7f\x03\x04\x05\x06"


def test_the_job_writes_no_control_characters_of_an_unreadable_row(tmp_path: Path, models) -> None:
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": ["1", "2"], "text": ["Нет воды на ул. Ленина", JUNK]}).to_csv(source, index=False)
    out = tmp_path / "out.csv"
    run_analyze_job(source, out, keep_text=True, models=models)
    with open(out, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["id"] for row in rows] == ["1", "2"]
    assert rows[1]["error"] == "unreadable text: binary, control characters or not UTF-8"
    assert rows[1]["text"] == "\ufffd" * 3 + "[2J" + "\ufffd" * 6
    assert rows[0]["text"] == "Нет воды на ул. Ленина"
    assert "\x1b" not in out.read_text(encoding="utf-8")


def test_the_library_returns_an_unreadable_text_as_given(models) -> None:
    # only the job's file is written without control characters: Analysis.text and analyze_frame give the input
    frame = analyze_frame(pd.DataFrame({"text": ["Нет света", JUNK]}), models=models)
    assert frame.loc[1, "text"] == JUNK
    assert frame.loc[1, "error"] == "unreadable text: binary, control characters or not UTF-8"


def test_the_job_writes_no_escape_sequence_of_a_readable_row(tmp_path: Path, models) -> None:
    # review s21 #8: only texts judged unreadable were cleaned; an ESC sequence inside a readable text reached the file
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["Нет воды третий день\x1b[2J\x1b[31mКРАСНЫЙ"]}).to_csv(source, index=False)
    out = tmp_path / "out.csv"
    run_analyze_job(source, out, keep_text=True, models=models)
    with open(out, encoding="utf-8", newline="") as file:
        (row,) = list(csv.DictReader(file))
    assert row["text"] == "Нет воды третий день\ufffd[2J\ufffd[31mКРАСНЫЙ"
    assert not row["error"]
