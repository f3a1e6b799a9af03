"""An analyze job writes its date column as the dates the cells hold, never a cell as written: a date cell may hold
anything, a name and a phone too (session 15's walkthrough: «Иванов 89123456789» reached the output unredacted)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from mcu_nlp.batchjob import run_analyze_job

PHONE = "89123456789"


def _frame(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    if path.suffix == ".jsonl":
        # as written, no type or date guessing (pandas 3 deprecates read_json's convert_dates)
        return pd.DataFrame([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()])
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.mark.parametrize("out_name", ["out.csv", "out.jsonl", "out.parquet"])
def test_a_date_cell_is_written_as_its_date_or_not_at_all(tmp_path: Path, models, out_name: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"id,text,date\n1,Яма на дороге,Иванов {PHONE}\n2,Нет отопления,05.01.2024\n"
                      f"3,Грязно во дворе,2024-03-01 10:30\n4,Нет воды,2024-03-02 {PHONE}\n", encoding="utf-8")
    run_analyze_job(source, tmp_path / out_name, date_column="date", region="78", models=models)
    out = _frame(tmp_path / out_name)
    assert not any(PHONE in str(cell) or "Иванов" in str(cell) for cell in out.to_numpy().ravel())
    dates = [d if isinstance(d, str) and d else None for d in out["date"]]
    # the 4th: the day the season rule read before the phone, the phone not copied (walkthrough s38, D6)
    assert dates == [None, "2024-01-05", "2024-03-01 10:30:00", "2024-03-02"]


def test_a_parquet_timestamp_column_stays_as_it_is(tmp_path: Path, models) -> None:
    frame = pd.DataFrame({"id": [1, 2], "date": pd.to_datetime(["2024-01-05 10:30", None]),
                          "text": ["Нет воды", "Яма на дороге"]})
    frame.to_parquet(tmp_path / "in.parquet")
    run_analyze_job(tmp_path / "in.parquet", tmp_path / "out.parquet", date_column="date", models=models)
    out = pd.read_parquet(tmp_path / "out.parquet")
    assert out["date"].equals(frame["date"])


def test_a_parquet_text_date_column_is_written_as_its_dates(tmp_path: Path, models) -> None:
    frame = pd.DataFrame({"id": [1, 2], "date": ["05.01.2024", f"Петров {PHONE}"], "text": ["Нет воды", "Яма"]})
    frame.to_parquet(tmp_path / "in.parquet")
    run_analyze_job(tmp_path / "in.parquet", tmp_path / "out.parquet", date_column="date", models=models)
    # read with pyarrow: pandas 3 gives a missing string as nan, pandas 2 as None; the file holds a null either way
    assert pq.read_table(tmp_path / "out.parquet").column("date").to_pylist() == ["2024-01-05", None]


def test_a_date_column_that_is_the_id_column_is_copied_as_ids_are(tmp_path: Path, models) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n05.01.2024,Нет воды\n", encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", date_column="id", models=models)
    assert pd.read_csv(tmp_path / "out.csv", dtype=str)["id"].tolist() == ["05.01.2024"]
