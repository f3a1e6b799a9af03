"""A Parquet text column written as binary is read as its UTF-8 text (every row was "not text: bytes", exit 0),
its date and region columns too; a job whose every row is an error row says so."""

import csv
import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return list(csv.DictReader(file))
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("kind", [pa.binary(), pa.large_binary()])
@pytest.mark.parametrize("out_name", ["out.csv", "out.parquet"])
def test_a_binary_text_column_is_read_as_utf8(tmp_path: Path, models, kind, out_name: str) -> None:
    texts = ["В доме нет воды", "Яма на дороге у школы", None]
    raw = [t.encode() for t in texts[:2]] + [b"\xff\xfe\x00\x01\xfa\xfb\xfc\xfd"]  # the last: no UTF-8 at all
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": pa.array([b"a-1", b"a-2", b"a-3"], pa.binary()), "text": pa.array(raw, kind),
                             "date": pa.array([b"2024-07-15", b"15.07.2024", b"2024-07-16"], pa.binary()),
                             "region": pa.array([b"46", b"46", b"46"], pa.binary())}), source)
    out = tmp_path / out_name
    summary = run_analyze_job(source, out, date_column="date", region_column="region", keep_text=True, models=models)
    rows = _rows(out)
    assert summary.errors == 1
    assert [row["text"] for row in rows[:2]] == texts[:2]
    assert all(row["topic"] for row in rows[:2]) and not any(row["error"] for row in rows[:2])
    assert rows[2]["error"] == "unreadable text: binary, control characters or not UTF-8"
    if out_name == "out.csv":  # passed through as their text in CSV, as they are (bytes) in Parquet
        assert [row["id"] for row in rows] == ["a-1", "a-2", "a-3"]
    else:
        assert [row["id"] for row in rows] == [b"a-1", b"a-2", b"a-3"]


def test_binary_dates_and_regions_are_read(tmp_path: Path, models, caplog) -> None:
    # a date and a region column in binary were no date ('could not be read') and no region code ('bad region')
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": ["Нет отопления в квартире", "Нет отопления в квартире"],
                             "date": pa.array([b"2024-07-15", b"not a date"], pa.binary()),
                             "region": pa.array([b"46", b"nowhere"], pa.binary())}), source)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        run_analyze_job(source, tmp_path / "out.csv", date_column="date", region_column="region", models=models)
    assert "analyze: 1 date in 'date' could not be read (rows [1])" in caplog.text  # '1 dates' was said too
    rows = _rows(tmp_path / "out.csv")
    assert rows[0]["error"] == "" and rows[0]["urgency"]
    assert rows[1]["error"] == "" and rows[1]["urgency"]  # analysed without a region (walkthrough s41 D1)
    assert "1 region cell in 'region' is no subject code (rows [1])" in caplog.text


def test_a_job_of_error_rows_only_says_so(tmp_path: Path, models, caplog) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2], "text": [5, 6]}), source)  # --text-column naming a column of numbers
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        run_analyze_job(source, tmp_path / "out.csv", models=models)
    assert "every row, all 2, is an error row (such as 'not text: int'): none was analysed" in caplog.text
    caplog.clear()
    pq.write_table(pa.table({"id": [1, 2], "text": ["Нет воды", ""]}), source)  # one row analysed: no such warning
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        run_analyze_job(source, tmp_path / "out2.csv", models=models)
    assert "error row" not in caplog.text


def test_the_command_still_exits_0_on_error_rows_only(tmp_path: Path, caplog) -> None:
    # exit 0: the job finished, one output row per input row, each with its error (exit 2: the job could not go on)
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": pa.array([b"\xff\xfe\xfd\xfc\x00\x01"], pa.binary())}), source)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    assert "every row, all 1, is an error row (such as 'unreadable text: binary, control characters or not UTF-8'): " \
        "none was analysed; check --encoding" in caplog.text  # it said to check the column, the format and the encoding


def test_binary_texts_count_towards_the_characters_of_a_chunk(tmp_path: Path) -> None:
    # binary texts came in chunks of --chunk-size rows whatever --chunk-chars said (their bytes were not counted):
    # a file of long ones went to one worker whole
    from mcu_nlp.tables import read_chunks

    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": pa.array([b"x" * 100] * 30, pa.binary())}), source)
    assert [len(chunk) for chunk in read_chunks(source, 1_000, chars=1_000)] == [10, 10, 10]
