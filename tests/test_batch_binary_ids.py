"""Binary values of a column passed through (a Parquet id written as binary) into a CSV or JSONL output: clean UTF-8
text as it is, any other bytes as ``hex:`` and their hex digits, so distinct ids stay distinct. They were decoded
with one U+FFFD per bad byte and NULs dropped: 5 such ids became 2 strings, 8-byte integer ids collided (review s18
#8), and the output could not be joined back to the source."""

import csv
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from helpers import written_ids

from mcu_nlp.batchjob import run_analyze_job

IDS = [b"\xff\x00\x01", b"\xfe\x00\x01", b"\x00\x01\xff", b"\x01\xfe", b"\x01\x00\xff",
       *(i.to_bytes(8, "big") for i in (1, 2, 255, 256, 65_535, 65_536)),
       "№ 17".encode(), b"hex:01fe", b"tab\there"]


@pytest.mark.parametrize("out_name", ["out.csv", "out.jsonl"])
@pytest.mark.parametrize("kind", [pa.binary(), pa.large_binary()])
def test_distinct_binary_ids_stay_distinct(tmp_path: Path, models, out_name: str, kind) -> None:
    pq.write_table(pa.table({"id": pa.array(IDS, kind), "text": ["Нет воды в доме"] * len(IDS)}),
                   tmp_path / "in.parquet")
    run_analyze_job(tmp_path / "in.parquet", tmp_path / out_name, models=models)
    ids = written_ids(tmp_path / out_name)
    assert len(set(ids)) == len(IDS) == len(ids)
    assert ids[0] == "hex:ff0001" and ids[5] == "hex:0000000000000001"
    assert ids[-3:] == ["№ 17", "hex:6865783a30316665", "tab\there"]
    back = [bytes.fromhex(i[4:]) if i.startswith("hex:") else i.encode() for i in ids]
    assert back == IDS


def test_text_column_and_clean_ids_written_as_text(tmp_path: Path, models) -> None:
    pq.write_table(pa.table({"id": pa.array([b"a-1", b"b-2"], pa.binary()),
                             "text": pa.array(["Яма на дороге".encode(), b"\xff\xfe\xd0\xaf\xd0\xbc\xd0\xb0"],
                                              pa.binary())}), tmp_path / "in.parquet")
    run_analyze_job(tmp_path / "in.parquet", tmp_path / "out.csv", models=models)
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["id"] for row in rows] == ["a-1", "b-2"]
    assert rows[0]["text"] == "Яма на дороге" and not rows[1]["text"].startswith("hex:")
