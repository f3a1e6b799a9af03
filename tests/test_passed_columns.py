"""The columns an analyze job passes through (the id, date and region columns): the same values in every output
format, nested JSON values as JSON text, the text column never passed as an id."""

import csv
import datetime
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main

OUTPUTS = ["out.csv", "out.jsonl", "out.parquet"]


def _column(path: Path, name: str) -> list:
    """A column of an output file as its reader gives it, text kept as text."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return [row[name] for row in csv.DictReader(file)]
    if path.suffix == ".jsonl":
        return [json.loads(line)[name] for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).column(name).to_pylist()


NESTED = [  # a JSONL input's id and what every output holds as its text
    ({"a": 1, "b": "б"}, '{"a": 1, "b": "б"}'),  # CSV and Parquet had Python's "{'a': 1, 'b': 'б'}"
    ([1, "б", None], '[1, "б", null]'),  # "[1, 'б', None]"
    (True, "true"),  # "True"
    ({"a": "\udcff"}, '{"a": "\ufffd"}'),  # an undecodable byte in JSON: U+FFFD, as in the text column
    ("{'a': 1}", "{'a': 1}"),  # guard: a text stays as it is
    (7, "7"),
    ("007", "007"),
]


@pytest.mark.parametrize("out_name", OUTPUTS)
def test_nested_json_values_are_written_as_json_text_in_every_output(tmp_path: Path, models, out_name: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": value, "text": "Нет воды"}) + "\n" for value, _ in NESTED),
                      encoding="utf-8")
    run_analyze_job(source, tmp_path / out_name, chunk_size=3, models=models)
    assert _column(tmp_path / out_name, "id") == [written for _, written in NESTED]
    if out_name.endswith(".parquet"):
        assert pq.read_schema(tmp_path / out_name).field("id").type == pa.string()


PARQUET_TYPES = [  # a Parquet input's id column, what a CSV output holds, and whether Parquet keeps the type
    (pa.array([{"a": 1, "b": "б"}, {"a": 2, "b": None}]), ['{"a": 1, "b": "б"}', '{"a": 2, "b": null}']),
    (pa.array([["a", "б"], []]), ['["a", "б"]', "[]"]),  # Python's "{'a': 1, ...}" and "['a', 'б']" in the CSV
    (pa.array([True, False]), ["true", "false"]),
    (pa.array([b"id-1", b"\xff"]), ["id-1", "hex:ff"]),  # a text column written as bytes: "b'id-1'"; no UTF-8: hex
    (pa.array([datetime.datetime(2024, 1, 5, 10, 30), None]), ["2024-01-05 10:30:00", ""]),  # guard: as before
    (pa.array([10, 2**62]), ["10", str(2**62)]),  # guard
]


@pytest.mark.parametrize(("ids", "written"), PARQUET_TYPES, ids=[str(ids.type) for ids, _ in PARQUET_TYPES])
def test_a_parquet_inputs_columns_are_text_in_csv_and_keep_their_type_in_parquet(tmp_path: Path, models, ids,
                                                                                  written: list[str]) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ids, "text": ["Нет воды", "Яма на дороге"]}), source)
    for out_name in OUTPUTS:
        run_analyze_job(source, tmp_path / out_name, models=models)
    assert _column(tmp_path / "out.csv", "id") == written
    assert pq.read_schema(tmp_path / "out.parquet").field("id").type == ids.type
    assert _column(tmp_path / "out.parquet", "id") == ids.to_pylist()
    as_json = [json.loads(json.dumps(value, default=str)) for value in ids.to_pylist()]  # JSONL: the values as JSON
    if ids.type != pa.binary():
        assert _column(tmp_path / "out.jsonl", "id") == as_json
    else:  # bytes as their text, as in CSV
        assert _column(tmp_path / "out.jsonl", "id") == written


@pytest.mark.parametrize(("option", "what"), [("--id-column", "an id"), ("--date-column", "a date")])
@pytest.mark.parametrize("out_name", OUTPUTS)
def test_the_text_column_cannot_be_passed_through(tmp_path: Path, capsys, option: str, what: str,
                                                  out_name: str) -> None:
    # the id column was the redacted text in CSV, the output's one 'text' column in JSONL, a KeyError in Parquet
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет воды\n", encoding="utf-8")
    assert main(["analyze", str(source), "-o", str(tmp_path / out_name), option, "text", "--no-progress"]) == 2
    assert f"expected {what} column other than the text column, got 'text'; check {option}" in \
        capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


IDS = ["007", " 12 ", "", "1e5", "NaN", "NA", "null", "-0", "12345678901234567890", "а-1", 'x"y', "a,b", "a;b",
       "line\nbreak", "True", "\t7"]


# every reader and writer in one process; through worker processes (each loads the models: ~30 s a run of three
# outputs on two cores) once, from CSV: the job's own process reads every input, its workers get the rows as read
@pytest.mark.parametrize(("in_name", "jobs"), [("in.csv", 1), ("in.jsonl", 1), ("in.parquet", 1), ("in.csv", 2)])
def test_text_ids_come_out_as_they_went_in(tmp_path: Path, models, in_name: str, jobs: int) -> None:
    # guard: no reader or writer reads an id as a number, a missing value or a boolean
    import pandas as pd

    frame = pd.DataFrame({"id": IDS, "text": ["Нет воды"] * len(IDS)})
    source = tmp_path / in_name
    {".csv": lambda p: frame.to_csv(p, index=False), ".parquet": frame.to_parquet,
     ".jsonl": lambda p: frame.to_json(p, orient="records", lines=True, force_ascii=False)}[source.suffix](source)
    for out_name in OUTPUTS:
        run_analyze_job(source, tmp_path / out_name, chunk_size=5, n_jobs=jobs, models=None if jobs > 1 else models)
        assert _column(tmp_path / out_name, "id") == IDS, out_name
