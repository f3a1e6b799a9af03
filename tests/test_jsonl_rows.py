"""What an analyze job reads of rows that do not all look alike: JSON lines whose keys first come late, numbers
written with a dot or an exponent, keys and columns given twice, and a first chunk of malformed CSV rows."""

import csv
import json
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.errors import McuNlpWarning

OUTPUTS = ["out.csv", "out.jsonl", "out.parquet"]


def _column(path: Path, name: str) -> list:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return [row[name] or None for row in csv.DictReader(file)]
    if path.suffix == ".jsonl":
        return [json.loads(line)[name] for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).column(name).to_pylist()


@pytest.mark.parametrize("out_name", OUTPUTS)
def test_an_id_that_first_comes_in_a_later_chunk_is_written(tmp_path: Path, models, out_name: str) -> None:
    # the output's columns were those of the first chunk: every id of the file was dropped, without a word
    source = tmp_path / "in.jsonl"
    rows = [{"text": "Нет воды"}, {"text": "Яма", "id": "a7"}, {"text": "Мусор", "id": "a8"}]
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    run_analyze_job(source, tmp_path / out_name, chunk_size=1, models=models)
    assert _column(tmp_path / out_name, "id") == [None, "a7", "a8"]


def test_a_date_key_that_first_comes_in_a_later_chunk_is_read_not_refused(tmp_path: Path, models) -> None:
    # --date-column date was refused ("expected a column 'date'") when the first 10,000 rows had none
    source = tmp_path / "in.jsonl"
    rows = [{"text": "Нет воды"}] * 3 + [{"text": "Нет отопления", "date": "2024-01-15"}]
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / "out.jsonl", chunk_size=2, date_column="date", models=models)
    assert summary.rows == 4 and _column(tmp_path / "out.jsonl", "date") == [None, None, None, "2024-01-15"]


def test_a_first_chunk_of_malformed_csv_rows_does_not_stop_the_job(tmp_path: Path, models) -> None:
    # a chunk of one malformed row (its id alone) had no text column: "expected a text column 'text'", exit 2
    source = tmp_path / "in.csv"
    source.write_text('id,text\n1,"Яма\n2,Нет света\n', encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=1, models=models)
    assert summary.rows == 2 and summary.errors == 1
    assert _column(tmp_path / "out.csv", "id") == ["1", "2"] and _column(tmp_path / "out.csv", "topic")[1]


NUMBERS = ["1.0", "1.10", "1e5", "-2.5E-3", "12345678901234567890.5", "0.30000000000000001", "7",
           "123456789012345678901"]


@pytest.mark.parametrize("out_name", OUTPUTS)
def test_json_numbers_come_back_as_written(tmp_path: Path, models, out_name: str) -> None:
    # json.loads made them floats, written back as 1.1, 100000.0, 1.2345678901234567e+19, 0.3
    source = tmp_path / "in.jsonl"
    source.write_text("".join(f'{{"id": {n}, "text": "Нет воды"}}\n' for n in NUMBERS), encoding="utf-8")
    run_analyze_job(source, tmp_path / out_name, chunk_size=3, models=models)
    assert _column(tmp_path / out_name, "id") == NUMBERS


def test_a_number_in_the_text_or_region_column_reads_as_before(tmp_path: Path, models) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": 1.5, "region": 78.0}\n{"text": "Нет воды", "region": 78.0}\n', encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.jsonl", region_column="region", models=models)
    assert _column(tmp_path / "out.jsonl", "error") == ["not text: float", None]
    assert _column(tmp_path / "out.jsonl", "region") == ["78.0", "78.0"]


def test_a_json_key_given_twice_is_warned_of_with_its_line_and_the_last_value_read(tmp_path: Path, models) -> None:
    # {"text": "a", "text": "b"} was read as "b" and nothing said so
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Нет воды"}\n\n{"id": 2, "text": "Иванов", "text": "Яма", "id": 3}\n'
                      '{"id": 4, "text": "x", "text": "Мусор"}\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_analyze_job(source, tmp_path / "out.jsonl", models=models)
    said = [str(w.message) for w in caught if issubclass(w.category, McuNlpWarning)]
    assert said == ["in.jsonl: line 3 gives a key twice: 'id', 'text'; the last value of a key given twice is read, "
                    "the others not (said once per file)"]
    assert _column(tmp_path / "out.jsonl", "id") == ["1", "3", "4"]
    assert _column(tmp_path / "out.jsonl", "text") == ["Нет воды", "Яма", "Мусор"]


def test_a_nested_key_given_twice_is_not_warned_of(tmp_path: Path, models) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": {"a": 1, "a": 2}, "text": "Нет воды"}\n', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", McuNlpWarning)
        run_analyze_job(source, tmp_path / "out.jsonl", models=models)


def test_a_parquet_column_given_twice_is_warned_of_and_the_first_read(tmp_path: Path, models) -> None:
    # to_pylist kept the last 'text'; the first 'id' column's type was looked up by name: KeyError, a traceback
    source = tmp_path / "in.parquet"
    table = pa.table([pa.array([1, 2]), pa.array(["Нет света", "Яма"]), pa.array([5, 6]), pa.array(["x", "y"])],
                     names=["id", "text", "id", "text"])
    pq.write_table(table, source)
    with pytest.warns(McuNlpWarning, match="columns named twice in the header: 'id', 'text'; the first of each"):
        run_analyze_job(source, tmp_path / "out.parquet", models=models)
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.column("id").to_pylist() == [1, 2] and out.column("topic").to_pylist()[0] == "power"


DEEP = "[" * 5_000  # nested past Python's recursion limit: json.loads raised RecursionError, no ValueError


@pytest.mark.parametrize("line", [DEEP, '{"id": 2, "text": ' + DEEP, '{"id": 2, "x": ' + DEEP + "]" * 5_000 + "}"],
                         ids=["open brackets", "an open object", "a closed object"])
@pytest.mark.parametrize("out_name", OUTPUTS)
def test_a_line_nested_too_deep_is_one_error_row_not_a_crash(tmp_path: Path, models, line: str, out_name: str) -> None:
    # the job stopped with a RecursionError traceback on one such line (binary junk of '[' does it), losing every row
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Нет воды"}\n' + line + '\n{"id": 3, "text": "Яма на дороге"}\n', encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / out_name, chunk_size=1, models=models)
    assert summary.rows == 3 and summary.errors == 1
    assert _column(tmp_path / out_name, "error") == [None, "broken JSON: line 2, nested too deep", None]
    assert _column(tmp_path / out_name, "id") == [None, None, "3"]  # the id key looked for through the deep line


def test_a_byte_order_mark_at_a_line_start_is_read_past(tmp_path: Path, models) -> None:
    # JSON lines files joined (`cat a.jsonl b.jsonl`), each exported with Excel's byte-order mark: the first row of
    # each file after the first was an error row, 'broken JSON', its text and id lost
    source = tmp_path / "in.jsonl"
    one = '\ufeff{"id": "a1", "text": "Нет воды"}\n'
    source.write_text(one + one.replace("a1", "a2") + '{"id": "a3", "text": "Яма"}\n', encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / "out.csv", models=models)
    assert summary.errors == 0 and _column(tmp_path / "out.csv", "id") == ["a1", "a2", "a3"]
