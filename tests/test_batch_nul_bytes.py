"""NUL characters in an analyze job's input: removed from every text value it writes and from the text it analyses
and masks (binary values of other columns keep their zero bytes). They were written as they came into a CSV output
(which most readers and databases refuse, or cut there), and a NUL inside a phone number or an e-mail kept it from
being masked."""

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcu_nlp.batchjob import run_analyze_job

CSV = ('id,text,region\n1,Нет\x00 воды в доме,78\n2\x00,Звоните 8912345\x006789 яма на дороге,7\x008\n'
       '3,"пишите ivan\x00ov@mail.ru, нет света",78\n4,\x00\x00,78\n')


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return list(csv.DictReader(file))
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("out_name", ["out.csv", "out.jsonl", "out.parquet"])
def test_nul_characters_are_removed_before_the_text_is_analysed_and_masked(tmp_path: Path, models,
                                                                           out_name: str) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(CSV.encode("utf-8"))
    summary = run_analyze_job(source, tmp_path / out_name, region_column="region", models=models)
    rows = _rows(tmp_path / out_name)
    assert not [value for row in rows for value in row.values() if "\x00" in str(value)]
    assert out_name == "out.parquet" or b"\x00" not in (tmp_path / out_name).read_bytes()
    assert summary.rows == len(rows) == 4
    assert [str(row["id"]) for row in rows] == ["1", "2", "3", "4"] and rows[1]["region"] == "78"
    assert rows[0]["text"] == "Нет воды в доме" and rows[0]["topic"] == "water"
    assert "6789" not in rows[1]["text"] and "[PHONE]" in rows[1]["text"] and not rows[1]["error"]
    assert "ivan" not in rows[2]["text"] and "[EMAIL]" in rows[2]["text"]
    assert rows[3]["error"] == "empty text"


def test_nul_characters_in_json_lines_and_parquet_are_removed_too(tmp_path: Path, models) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "a\\u0000", "text": "Яма\\u0000 на дороге"}\n', encoding="utf-8")
    pq.write_table(pa.table({"id": ["a\x00"], "text": pa.array([b"\xd0\xaf\xd0\xbc\xd0\xb0\x00"], pa.binary())}),
                   tmp_path / "in.parquet")
    for source in ("in.jsonl", "in.parquet"):
        run_analyze_job(tmp_path / source, tmp_path / "out.csv", models=models)
        row = _rows(tmp_path / "out.csv")[0]
        assert row["id"] == "a" and row["text"] in {"Яма на дороге", "Яма"} and row["topic"] == "roads"


@pytest.mark.parametrize("kind", [pa.binary(), pa.binary(16)])
def test_binary_columns_passed_through_keep_their_zero_bytes(tmp_path: Path, models, kind) -> None:
    # only text loses its NULs: a 16-byte UUID id lost its zero bytes (a fixed-size one failed the job)
    ids = [bytes(range(16)), bytes(range(16, 32)), b"\x10\x00\x20" + bytes(range(40, 53))]
    pq.write_table(pa.table({"id": pa.array(ids, kind), "text": ["Нет\x00 воды", "Яма на дороге", "Мусор во дворе"]}),
                   tmp_path / "in.parquet")
    run_analyze_job(tmp_path / "in.parquet", tmp_path / "out.parquet", models=models)
    rows = _rows(tmp_path / "out.parquet")
    assert [row["id"] for row in rows] == ids and rows[0]["text"] == "Нет воды"
    run_analyze_job(tmp_path / "in.parquet", tmp_path / "out.csv", models=models)
    assert b"\x00" not in (tmp_path / "out.csv").read_bytes() and len(_rows(tmp_path / "out.csv")) == 3
