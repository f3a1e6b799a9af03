"""The streaming analyze job: one output row per input row, bad rows kept, resumable, atomic."""

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError

PHONE = "+7 (912) 345-67-89"


@pytest.fixture(scope="module")
def texts(spb_sample: pd.DataFrame) -> list[str]:
    return spb_sample["text"].head(60).tolist()


def _jsonl(path: Path, texts: list[str]) -> Path:
    lines = [json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    lines[3] = '{"id": "broken", "text": "unterminated'
    lines[5] = json.dumps({"id": "r5", "text": 12345})
    lines[7] = json.dumps({"id": "r7", "text": ""})
    lines[9] = json.dumps({"id": "r9", "text": f"Позвоните мне {PHONE}, в подъезде нет света"})
    lines[11] = json.dumps({"id": "r11"})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_one_row_per_input_row_in_order_with_errors(tmp_path: Path, texts, models, out_name: str) -> None:
    source = _jsonl(tmp_path / "in.jsonl", texts)
    summary = run_analyze_job(source, tmp_path / out_name, chunk_size=16, models=models)
    out = _read(tmp_path / out_name)
    assert len(out) == len(texts) == summary.rows
    assert out["row"].astype(int).tolist() == list(range(len(texts)))
    errors = dict(zip(out["row"].astype(int), out["error"]))
    assert errors[3] == "broken JSON: line 4"
    assert errors[5] == "not text: int"
    assert errors[7] == "empty text"
    assert errors[11] == "missing text"
    assert summary.errors == 4
    ok = out[out["error"].isna() | (out["error"] == "")]
    assert ok["topic"].notna().all() and (ok["topic"] != "").all()
    assert not list(tmp_path.glob("*.parts")) and not list(tmp_path.glob("*.tmp"))


def test_text_is_redacted_unless_kept(tmp_path: Path, texts, models) -> None:
    source = _jsonl(tmp_path / "in.jsonl", texts)
    run_analyze_job(source, tmp_path / "red.jsonl", models=models)
    run_analyze_job(source, tmp_path / "kept.jsonl", keep_text=True, models=models)
    assert PHONE not in (tmp_path / "red.jsonl").read_text(encoding="utf-8")
    assert "[PHONE]" in (tmp_path / "red.jsonl").read_text(encoding="utf-8")
    assert PHONE in (tmp_path / "kept.jsonl").read_text(encoding="utf-8")


def test_csv_with_a_malformed_row_keeps_every_row(tmp_path: Path, models) -> None:
    source = tmp_path / "in.csv"
    source.write_text('id,text\n1,Яма на дороге\n2,"a","b","c"\n3,Нет отопления\n', encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", models=models)
    out = _read(tmp_path / "out.csv")
    assert out["id"].fillna("").tolist() == ["1", "2", "3"]  # the malformed row kept its id (was NaN)
    assert str(out["error"].iloc[1]).startswith("malformed CSV row")


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_undecodable_bytes_and_lone_surrogates_give_valid_utf8(tmp_path: Path, models, out_name: str) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes("id,text\n1,Яма\n2,".encode() + b"\xff\xfe\xfa\xfb\xfc\xfd" + "\n3,Нет воды\n".encode())
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"id": 1, "text": "\\ud800 нет света"}\n', encoding="utf-8")
    for name, given in (("a", source), ("b", jsonl)):
        run_analyze_job(given, tmp_path / f"{name}{out_name}", models=models)
        if out_name != "out.parquet":  # Parquet cannot hold invalid UTF-8 at all: writing it would have raised
            (tmp_path / f"{name}{out_name}").read_bytes().decode("utf-8")  # strict: raises on invalid UTF-8
    out = _read(tmp_path / f"a{out_name}")
    assert out["error"].fillna("").tolist() == ["", "unreadable text: binary, control characters or not UTF-8", ""]


def test_missing_text_column_stops_the_job(tmp_path: Path, models) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="text column 'text'"):
        run_analyze_job(source, tmp_path / "out.csv", models=models)
    assert main(["analyze", str(source), "-o", str(tmp_path / "o.csv"), "--no-progress"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]  # no empty out.csv.parts left behind


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, dtype=str)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_json(path, lines=True, dtype=False)


def test_worker_processes_write_the_same_output(tmp_path: Path, spb_sample: pd.DataFrame) -> None:
    source = tmp_path / "in.csv"
    spb_sample[["id", "created_dt", "text"]].to_csv(source, index=False)
    for jobs in (1, 2):
        run_analyze_job(source, tmp_path / f"out{jobs}.csv", n_jobs=jobs, chunk_size=90, date_column="created_dt")
    assert (tmp_path / "out1.csv").read_bytes() == (tmp_path / "out2.csv").read_bytes()
    assert pd.read_csv(tmp_path / "out2.csv")["row"].tolist() == list(range(len(spb_sample)))


@pytest.mark.parametrize(("name", "content"), [
    ("in.csv", "text,id\nЯма на дороге,a1\nНет воды,a2\n"),
    ("in.jsonl", '{"text": "Яма на дороге", "id": "a1"}\n{"text": "Нет воды", "id": "a2"}\n'),
], ids=["csv", "jsonl"])
def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path, models, name: str, content: str) -> None:
    # Excel's "CSV UTF-8" starts with a BOM: it made the first column '\ufefftext' (or broke the first JSON line)
    source = tmp_path / name
    source.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    run_analyze_job(source, tmp_path / "out.csv", models=models)
    out = _read(tmp_path / "out.csv")
    assert out["id"].tolist() == ["a1", "a2"] and out["error"].isna().all()


@pytest.mark.parametrize("column", ["error", "topic", "row"])
def test_a_text_column_named_like_an_output_column_stops_the_job(tmp_path: Path, models, column: str) -> None:
    # the text was overwritten by the analysis (or the row number) and the CSV had two columns of that name
    source = tmp_path / "in.csv"
    source.write_text(f"id,{column}\n1,Нет воды\n", encoding="utf-8")
    with pytest.raises(InputError, match="rename it"):
        run_analyze_job(source, tmp_path / "out.csv", text_column=column, models=models)


@pytest.mark.parametrize("column", ["topic", "row"])
def test_a_text_column_the_input_lacks_is_called_missing_whatever_its_name(tmp_path: Path, models,
                                                                          column: str) -> None:
    # the job told to rename, in the input, a column the input did not have (analyze_frame said it was missing)
    source = tmp_path / "in.csv"
    source.write_text("id,body\n1,Нет воды\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"text column '{column}', got columns \['body', 'id'\]; pass --text-column"):
        run_analyze_job(source, tmp_path / "out.csv", text_column=column, models=models)


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
def test_compressed_inputs_are_read_and_the_default_output_is_plain(tmp_path: Path, models, suffix: str) -> None:
    # .bz2 and .xz inputs were read as raw bytes ('no text column'); a .csv.gz input got a plain CSV named .gz
    import bz2
    import gzip
    import lzma

    compress = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}[suffix]
    source = tmp_path / f"in.csv{suffix}"
    source.write_bytes(compress("id,text\n1,Яма на дороге\n2,Нет воды\n".encode()))
    assert main(["analyze", str(source), "--no-progress"]) == 0
    out = _read(tmp_path / "in.analysed.csv")
    assert out["id"].tolist() == ["1", "2"] and out["error"].isna().all()


@pytest.mark.parametrize(("source", "output"), [("in.csv.zst", "out.csv"), ("in.csv", "out.csv.gz")])
def test_compression_the_job_cannot_do_stops_it(tmp_path: Path, models, source: str, output: str) -> None:
    (tmp_path / source).write_bytes(b"id,text\n1,x\n")
    with pytest.raises(InputError):
        run_analyze_job(tmp_path / source, tmp_path / output, models=models)
    assert not (tmp_path / output).exists()


@pytest.mark.parametrize(("separator", "first"), [(";", ""), ("\t", ""), (";", "sep=;\n"), (",", "sep=,\r\n"),
                                                  (";", "\n"), (",", "\r\n  \r\n"), ("\t", "\nsep=\t\n\n")],
                         ids=["semicolon", "tab", "excel sep line", "excel comma", "blank line", "blank lines",
                              "blank lines and sep line"])
def test_a_csv_with_semicolons_or_tabs_is_read_by_its_header(tmp_path: Path, models, separator: str,
                                                             first: str) -> None:
    # Excel in a Russian locale writes ';': the header was one column 'id;text' and the job stopped; Excel's
    # 'sep=;' line before the header was the header (columns ['', 'sep=']) and the job stopped too; so did a file
    # whose first line was blank (the separator guessed from it: no column at all)
    source = tmp_path / "in.csv"
    source.write_text(f'{first}id{separator}text\n1{separator}"Яма на дороге, большая"\n2{separator}Нет воды\n',
                      encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", models=models)
    out = _read(tmp_path / "out.csv")
    assert out["id"].tolist() == ["1", "2"] and out["error"].isna().all()
    assert out["text"].tolist() == ["Яма на дороге, большая", "Нет воды"]


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--chunk-size", "0", "chunk_size (--chunk-size) >= 1, got int (0)"),  # wrote 0 rows and exited 0
    ("--chunk-size", "-5", "chunk_size (--chunk-size) >= 1, got int (-5)"),  # a traceback from islice
    ("--jobs", "0", "n_jobs (--jobs): a whole number of processes >= 1, or -1 for all cores"),  # joblib's traceback
])
def test_a_chunk_size_or_jobs_that_is_no_count_stops_the_job_up_front(tmp_path: Path, capsys, option: str,
                                                                     value: str, words: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет света\n2,Яма\n", encoding="utf-8")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), option, value, "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_stray_quote_does_not_swallow_the_rest_of_the_file(tmp_path: Path, models) -> None:
    # rows 201-4999 of such a file became one 171,192-character text: 201 rows out, 1 error, exit 0
    lines = [f"{i},{'нет воды' if i % 2 else 'яма на дороге'} {i}" for i in range(500)]
    lines[200] = '200,"кавычка без пары нет воды'
    source = tmp_path / "in.csv"
    source.write_text("id,text\n" + "\n".join(lines) + "\n", encoding="utf-8")
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=128, models=models)
    out = _read(tmp_path / "out.csv")
    assert summary.rows == len(out) == 500 and summary.errors == 1
    assert out["row"].astype(int).tolist() == list(range(500))
    assert out["error"].iloc[200] == "malformed CSV row: a quoted field opened on line 202 is not closed within " \
                                     "100 lines: its row is that line alone"
    assert out["id"].iloc[201:].tolist() == [str(i) for i in range(201, 500)]
    assert out["text"].str.len().max() < 40


@pytest.mark.parametrize("option", ["--id-column", "--date-column"])
@pytest.mark.parametrize("column", ["topic", "row"])
def test_an_id_or_date_column_named_like_an_output_column_stops_the_job(tmp_path: Path, capsys, option: str,
                                                                        column: str) -> None:
    # --id-column topic wrote two 'topic' columns, the ids replaced by the predicted topics
    source = tmp_path / "in.csv"
    source.write_text(f"id,{column},text\n1,2024-01-01,Нет воды\n", encoding="utf-8")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), option, column, "--no-progress"]) == 2
    assert f"expected {option} not named like a column the job writes" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_unreadable_dates_are_warned_once_with_their_output_rows(tmp_path: Path, caplog, models) -> None:
    # one warning per chunk, its positions counted among the chunk's valid texts: not the rows of the output
    source = tmp_path / "in.csv"
    source.write_text("id,date,text\n1,2024-01-01,Нет света\n2,bad,\n3,2024-01-02,Нет воды\n4,плохо,Яма\n"
                      "5,2024-02-30,Нет воды\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # analyze_batch warns no more, per chunk
        run_analyze_job(source, tmp_path / "out.csv", date_column="date", chunk_size=2, models=models)
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
        "analyze: 2 dates in 'date' could not be read (rows [3, 4]) and count as unknown; write them as 'YYYY-MM-DD' "
        "or 'DD.MM.YYYY'"]


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_a_resumed_job_counts_the_error_rows_of_the_chunks_it_reused(tmp_path: Path, job_killed_at_chunk, models,
                                                                     out_name: str) -> None:
    # '50000 rows -> res.parquet (0 with errors)' after --resume, while the file had 5 error rows
    source = tmp_path / "in.csv"
    source.write_text("id,text\n" + "".join(f"{i},{'' if i % 3 == 0 else 'Нет воды'}\n" for i in range(12)),
                      encoding="utf-8")
    with job_killed_at_chunk(2):
        run_analyze_job(source, tmp_path / out_name, chunk_size=3, models=models)
    summary = run_analyze_job(source, tmp_path / out_name, chunk_size=3, resume=True, models=models)
    out = _read(tmp_path / out_name)
    assert (summary.rows, summary.resumed_chunks, summary.errors) == (12, 2, 4)
    assert out["error"].notna().sum() == 4 and len(out) == 12


@pytest.mark.parametrize(("argv", "hint"), [
    (["analyze", "in.jsonl", "-o", "out.xlsx"], "got out.xlsx; rename it, or pass --output-format\n"),  # --format
    (["analyze", "in.txt", "-o", "out.csv"], "got in.txt; rename it, or pass --format\n"),
    (["train", "topic", "in.txt", "--label-column", "t", "-o", "m.joblib"], "got in.txt; rename it\n"),  # no option
])
def test_an_unknown_extension_names_the_option_of_that_file(tmp_path: Path, capsys, monkeypatch, argv: list[str],
                                                            hint: str) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("in.jsonl", "in.txt"):
        (tmp_path / name).write_text('{"text": "Нет света"}\n', encoding="utf-8")
    assert main([*argv, *(["--no-progress"] if argv[0] == "analyze" else [])]) == 2
    assert capsys.readouterr().err.endswith(hint)


@pytest.mark.parametrize(("name", "content"), [("in.csv", b""), ("in.jsonl", b""), ("in.jsonl", b"\n\n"),
                                               ("in.csv", b"\xef\xbb\xbf"), ("in.csv", b"\n \r\n")],
                         ids=["csv", "jsonl", "blank", "bom", "blank csv"])
def test_an_empty_input_file_stops_the_job(tmp_path: Path, capsys, name: str, content: bytes) -> None:
    # a 0-byte input gave a header-only output and exit 0
    (tmp_path / name).write_bytes(content)
    assert main(["analyze", str(tmp_path / name), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 2
    assert f"got an empty file, no text column ({name})" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_header_only_csv_is_an_empty_table_not_an_empty_file(tmp_path: Path, models) -> None:
    (tmp_path / "in.csv").write_text("id,text\n", encoding="utf-8")
    assert run_analyze_job(tmp_path / "in.csv", tmp_path / "out.csv", models=models).rows == 0
    # the columns of a job with rows, the id first (it was "text,row,topic...")
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("id,row,text,topic")


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_error_rows_have_empty_scores_in_the_output(tmp_path: Path, models, out_name: str) -> None:
    # they were 0.0; the Parquet schema keeps float64 score columns; places was "" (not null) where topic was null
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет воды в Надыме\n2,\n", encoding="utf-8")
    run_analyze_job(source, tmp_path / out_name, models=models)
    out = _read(tmp_path / out_name)
    assert out["topic_score"].isna().tolist() == out["urgency_score"].isna().tolist() == [False, True]
    assert out["places"].isna().tolist() == out["topic"].isna().tolist() == [False, True]
    if out_name == "out.parquet":
        import pyarrow.parquet as pq

        schema = pq.read_schema(tmp_path / out_name)
        assert str(schema.field("topic_score").type) == str(schema.field("urgency_score").type) == "double"


REGION_ROWS = [  # (id, region as written in the file, municipality, error)
    ("1", "78", "Шушары", None),
    ("2", "25", "Хасанский муниципальный округ", None),
    ("3", None, "Хасанский муниципальный округ", None),  # empty: no region for that row
    ("4", "99", "Хасанский муниципальный округ", None),  # no subject code: analysed as without one (s41 D1)
    ("5", "78", "Шушары", None),
]


def _region_input(path: Path) -> Path:
    frame = pd.DataFrame({"id": [r[0] for r in REGION_ROWS], "text": "Нет света в Славянке",
                          "subject": [r[1] for r in REGION_ROWS]})
    if path.suffix == ".parquet":  # integers with a gap: Parquet doubles, read back as 78.0
        frame.assign(subject=pd.to_numeric(frame["subject"])).to_parquet(path)
    elif path.stem == "floats":  # the same doubles as pandas writes them to CSV: "78.0", "25.0", ""
        frame.assign(subject=pd.to_numeric(frame["subject"])).to_csv(path, index=False)
    elif path.suffix == ".jsonl":  # numbers, as JSON writes them
        frame.assign(subject=[None if r[1] is None else int(r[1]) for r in REGION_ROWS]).to_json(
            path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("in_name", ["in.csv", "floats.csv", "in.jsonl", "in.parquet"])
def test_a_region_column_resolves_each_row_in_its_own_region(tmp_path: Path, capsys, caplog, in_name: str) -> None:
    source = _region_input(tmp_path / in_name)
    argv = ["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--region-column", "subject", "--chunk-size", "2"]
    assert main([*argv, "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "5 rows" in err and "0 with errors" in err
    assert "1 region cell in 'subject' is no subject code (rows [3]), such as: expected a known subject code, got " \
           "'99'; 99 is the ОКТМО/ОКАТО prefix of Еврейская автономная область; its subject code is '79'; its row " \
           "was analysed without a region (the places found as for no region), the cell written empty" in caplog.text
    out = _read(tmp_path / "out.csv")
    assert out["id"].tolist() == [r[0] for r in REGION_ROWS] and out["row"].astype(int).tolist() == list(range(5))
    found = [[None if pd.isna(v) else v for v in out[column]] for column in ("municipality", "error")]
    assert found == [[r[2] for r in REGION_ROWS], [r[3] for r in REGION_ROWS]]
    assert list(out.columns[:4]) == ["id", "subject", "row", "text"]  # the region column is carried, as the date's


@pytest.mark.parametrize("in_name", ["in.csv", "in.jsonl", "in.parquet"])
@pytest.mark.parametrize("id_column", ["id", "subject"])
def test_a_region_cell_that_is_no_region_is_not_written(tmp_path: Path, models, in_name: str,
                                                       id_column: str, caplog) -> None:
    # a region cell holding a name and a phone was copied to the output as written (a date cell's is not)
    source = tmp_path / in_name
    frame = pd.DataFrame({"id": ["1", "2", "3"], "text": ["Нет воды"] * 3,
                          "subject": ["78", f"Иванов Иван {PHONE}", None]})
    {".parquet": frame.to_parquet, ".csv": lambda p: frame.to_csv(p, index=False),
     ".jsonl": lambda p: frame.to_json(p, orient="records", lines=True, force_ascii=False)}[source.suffix](source)
    run_analyze_job(source, tmp_path / "out.csv", id_column=id_column, region_column="subject", models=models)
    out = _read(tmp_path / "out.csv")
    assert out["error"].isna().all() and out["topic"].notna().all()  # analysed without a region (s41 D1)
    said = caplog.text
    assert "1 region cell in 'subject' is no subject code (rows [1])" in said and "got str of" in said
    assert "Иванов" not in said and PHONE not in said
    kept = ["78", f"Иванов Иван {PHONE}", None] if id_column == "subject" else ["78", None, None]  # an id stays
    assert [None if pd.isna(v) else str(v) for v in out["subject"]] == kept


def test_resume_starts_over_when_the_region_column_changed(tmp_path: Path, job_killed_at_chunk, models) -> None:
    source = _region_input(tmp_path / "in.csv")
    with job_killed_at_chunk(1):
        run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, models=models)  # no region column
    assert json.loads((tmp_path / "out.csv.parts" / "job.json").read_text())["region_column"] is None
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, region_column="subject", resume=True,
                              models=models)
    assert summary.resumed_chunks == 0  # the first chunk, resolved without regions, is not reused
    assert _read(tmp_path / "out.csv")["municipality"].iloc[0] == "Шушары"


@pytest.mark.parametrize(("options", "words"), [
    (["--region", "78", "--region-column", "subject"],
     "expected --region (one for all rows) or --region-column (one per row), got both; drop --region"),
    (["--region-column", "okato"], "expected a column 'okato', got columns ['id', 'subject', 'text']; check "
                                   "--region-column"),
    (["--region-column", "text"], "expected a region column other than the text column, got 'text'"),
], ids=["both", "missing", "text column"])
def test_a_region_column_the_job_cannot_use_stops_it_up_front(tmp_path: Path, capsys, options: list[str],
                                                              words: str) -> None:
    source = _region_input(tmp_path / "in.csv")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), *options, "--no-progress"]) == 2
    assert words in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_an_unknown_region_for_all_rows_stops_the_job_up_front(tmp_path: Path, capsys) -> None:
    source = _region_input(tmp_path / "in.csv")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--region", "99", "--no-progress"]) == 2
    assert "expected a known subject code, got '99'" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


PASSED_THROUGH = [  # (input, output, the output's Arrow types of id, date, region)
    # from Parquet all three came out as text: '2024-01-01 00:00:00', '72.0', and joining on the int64 id failed
    ("in.parquet", "out.parquet", ["int64", "timestamp", "double"]),
    ("in.csv", "out.parquet", ["string", "string", "string"]),  # a CSV's fields are text: kept as text
    ("in.jsonl", "out.parquet", ["string", "string", "string"]),
]


@pytest.mark.parametrize(("in_name", "out_name", "types"), PASSED_THROUGH, ids=[r[0] for r in PASSED_THROUGH])
def test_passed_through_columns_keep_the_types_of_a_parquet_input(tmp_path: Path, models, in_name: str,
                                                                  out_name: str, types: list[str]) -> None:
    import pyarrow.parquet as pq

    frame = pd.DataFrame({"id": [10, 11, 12], "date": pd.to_datetime(["2024-01-01", "2024-01-02", None]),
                          "region": [72.0, None, 78.0], "text": ["Нет воды", "Яма на дороге", None]})
    source = tmp_path / in_name
    {".parquet": frame.to_parquet, ".csv": lambda p: frame.to_csv(p, index=False),
     ".jsonl": lambda p: frame.to_json(p, orient="records", lines=True, date_format="iso")}[source.suffix](source)
    run_analyze_job(source, tmp_path / out_name, date_column="date", region_column="region", chunk_size=2,
                    models=models)
    schema = pq.read_schema(tmp_path / out_name)
    assert [str(schema.field(c).type).partition("[")[0] for c in ("id", "date", "region")] == types
    if in_name == "in.parquet":  # the output joins back on the id, values as they were
        joined = frame.merge(pd.read_parquet(tmp_path / out_name), on="id", suffixes=("", "_out"))
        assert joined["date"].equals(joined["date_out"]) and joined["region"].equals(joined["region_out"])


JSONL_TEXT = [  # (input, its id and region values, what the JSONL output holds)
    ("in.jsonl", [1, "10", 2.5], ["1", "10", "2.5"]),  # 1 and "10" came out as a number and a text
    ("in.jsonl", [True, None, "x"], ["true", None, "x"]),  # 9ca3518 wrote Python's 'True'
    ("in.jsonl", [{"a": 1}, [1, "б"], False], ['{"a": 1}', '[1, "б"]', "false"]),  # 9ca3518: "{'a': 1}", "[1, 'б']"
    ("in.jsonl", ["True", '{"a": 1}', 0.1], ["True", '{"a": 1}', "0.1"]),  # guard: a text stays as it is
    ("in.jsonl", [{"a": "\udcff"}, 7, 8], ['{"a": "\ufffd"}', "7", "8"]),  # an undecodable byte in JSON: U+FFFD
    ("in.csv", [1, "10", 2.5], ["1", "10", "2.5"]),  # guard: a CSV's fields are text already
]


@pytest.mark.parametrize(("in_name", "values", "written"), JSONL_TEXT)
def test_a_jsonl_output_has_the_passed_through_columns_as_text(tmp_path: Path, models, in_name: str,
                                                               values: list, written: list) -> None:
    rows = [{"id": v, "region": v if isinstance(v, str) else None, "text": "Нет воды"} for v in values]
    rows[0]["region"] = 78
    source = tmp_path / in_name
    if in_name.endswith(".csv"):
        pd.DataFrame(rows).to_csv(source, index=False)
    else:
        source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.jsonl", id_column="id", region_column="region", chunk_size=2,
                    models=models)
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in out] == written
    assert out[0]["region"] == "78"
    assert type(out[0]["row"]) is int and type(out[0]["topic_score"]) is float  # numbers stay numbers
