"""Chunks of the analyze job end at ``chunk_size`` rows or ``chunk_chars`` characters of text, whichever comes
first: a file of a few hundred very long texts went to one worker whole (3.9 GB there, the other worker idle)."""

import json
from pathlib import Path

import pandas as pd
import pytest

import mcu_nlp.jobchunk
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main
from mcu_nlp.tables import read_chunks


def _table(path: Path, lengths: list[int]) -> Path:
    """A one-column table of texts of these lengths (only the text counts: no id column)."""
    frame = pd.DataFrame({"text": ["я" * n for n in lengths]})
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(path)
    return path


CHUNKS = [  # lengths of the texts, rows and characters per chunk, rows of each chunk
    ([3, 3, 3, 3, 3], 10, 7, [2, 2, 1]),
    ([4, 4, 1], 10, 8, [2, 1]),  # exactly the bound: the chunk is full
    ([10, 1, 1], 10, 5, [1, 2]),  # a row longer than the bound comes alone
    ([1, 1, 10], 10, 5, [2, 1]),
    ([1, 1, 1, 1, 1], 2, 100, [2, 2, 1]),  # the rows' bound, as before
    ([1, 1, 1, 1, 1], 2, None, [2, 2, 1]),  # no characters' bound
]


@pytest.mark.parametrize("name", ["in.csv", "in.jsonl", "in.parquet"])
@pytest.mark.parametrize(("lengths", "size", "chars", "rows"), CHUNKS)
def test_a_chunk_ends_at_its_rows_or_its_characters(tmp_path: Path, name: str, lengths: list[int], size: int,
                                                     chars: int | None, rows: list[int]) -> None:
    chunks = list(read_chunks(_table(tmp_path / name, lengths), size, chars=chars))
    assert [len(chunk) for chunk in chunks] == rows
    assert [len(row["text"]) for chunk in chunks for row in chunk] == lengths


def test_long_texts_make_small_chunks_and_the_same_output(tmp_path: Path, monkeypatch, models) -> None:
    texts = ["Нет воды в доме " * n for n in (1, 400, 2, 3, 300, 1, 1, 500, 2)]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in
                              enumerate(texts)), encoding="utf-8")
    run_analyze_job(source, tmp_path / "whole.parquet", chunk_size=100, models=models)
    sizes, analyse = [], mcu_nlp.jobchunk.do_chunk
    monkeypatch.setattr(mcu_nlp.jobchunk, "do_chunk", lambda plan, index, first, rows, *models:
                        sizes.append(len(rows)) or analyse(plan, index, first, rows, *models))
    summary = run_analyze_job(source, tmp_path / "cut.parquet", chunk_size=100, chunk_chars=5_000, models=models)
    assert sizes == [1, 1, 5, 1, 1] and summary.rows == len(texts)
    cut, whole = (pd.read_parquet(tmp_path / name) for name in ("cut.parquet", "whole.parquet"))
    pd.testing.assert_frame_equal(cut, whole)


def test_resume_starts_over_when_the_characters_per_chunk_changed(tmp_path: Path, job_killed_at_chunk,
                                                                   models) -> None:
    source = _table(tmp_path / "in.csv", [20, 20, 20, 20])
    with job_killed_at_chunk(1):
        run_analyze_job(source, tmp_path / "out.csv", chunk_size=10, chunk_chars=40, models=models)
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=10, chunk_chars=20, resume=True, models=models)
    assert summary.resumed_chunks == 0 and summary.rows == 4  # chunk 0 held rows 0-1, now it is row 0 alone
    assert pd.read_csv(tmp_path / "out.csv")["row"].tolist() == [0, 1, 2, 3]


@pytest.mark.parametrize(("value", "words"), [
    ("0", "chunk_chars (--chunk-chars) >= 1, got int (0)"),
    ("-1", "chunk_chars (--chunk-chars) >= 1, got int (-1)"),
])
def test_a_chunk_chars_that_is_no_count_stops_the_job_up_front(tmp_path: Path, capsys, value: str, words: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет света\n", encoding="utf-8")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--chunk-chars", value, "--no-progress"]) == 2
    assert words in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]
