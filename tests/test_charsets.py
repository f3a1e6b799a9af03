"""Input encodings: cp1251 read with --encoding, stopped without it; bad bytes in a UTF-8 file stay error rows."""

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.charsets import looks_like_cp1251
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError
from mcu_nlp.tables import read_chunks, read_csv_frame

ROWS = [("1", "2024-07-15", "нет воды в Надыме"), ("2", "2024-01-10", "яма на дороге у дома 5"),
        ("3", "2024-01-11", "Нет отопления, в квартире +12 «холодно» — №5")]
CP1251_MESSAGE = "expected UTF-8 text, got bytes that look like cp1251 (Windows Cyrillic) in in{}; pass --encoding " \
                 "cp1251"


def _content(suffix: str) -> str:
    if ".jsonl" in suffix:
        return "".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n" for i, d, t in ROWS)
    return "id,date,text\n" + "".join(f'{i},{d},"{t}"\n' for i, d, t in ROWS)


def _write(path: Path, encoding: str) -> Path:
    data = _content(path.name).encode(encoding)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def _analysed(path: Path) -> pd.DataFrame:
    return pd.read_parquet(path).drop(columns="text")  # the text is redacted alike; the rest must be equal


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".csv.gz"])
def test_a_cp1251_file_read_with_its_encoding_is_analysed_as_the_utf8_one(tmp_path: Path, models, suffix) -> None:
    # it gave "2 rows (2 with errors)", every row "binary or unreadable text" with mojibake text, exit 0
    utf8 = _write(tmp_path / f"utf8{suffix}", "utf-8")
    cp = _write(tmp_path / f"cp{suffix}", "cp1251")
    run_analyze_job(utf8, tmp_path / "utf8.parquet", date_column="date", region="89", models=models)
    summary = run_analyze_job(cp, tmp_path / "cp.parquet", date_column="date", region="89", encoding="windows-1251",
                              models=models, keep_text=True)
    assert summary.errors == 0
    pd.testing.assert_frame_equal(_analysed(tmp_path / "cp.parquet"), _analysed(tmp_path / "utf8.parquet"))
    assert pd.read_parquet(tmp_path / "cp.parquet")["text"].tolist() == [t for _, _, t in ROWS]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".csv.gz"])
def test_a_cp1251_file_read_as_utf8_stops_the_job_with_the_option_to_pass(tmp_path: Path, capsys, suffix) -> None:
    source = _write(tmp_path / f"in{suffix}", "cp1251")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert CP1251_MESSAGE.format(suffix) in err and "Надым" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]  # no output, no parts


BAD_BYTES = [  # (bytes of the second row's text in an otherwise UTF-8 file); each reads as Cyrillic in cp1251
    b"\xff\xfe\xfa\xfb\xfc\xfd",
    "яма на дороге".encode("cp1251"),  # one row pasted from a cp1251 file
    b"\xd0",  # a UTF-8 letter cut in half
]


@pytest.mark.parametrize("bad", BAD_BYTES, ids=range(len(BAD_BYTES)))
def test_bad_bytes_in_one_row_of_a_utf8_file_are_that_rows_error(tmp_path: Path, models, bad: bytes) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes("id,text\n1,Яма\n2,".encode() + bad + "\n3,Нет воды\n".encode())
    summary = run_analyze_job(source, tmp_path / "out.csv", models=models)
    errors = pd.read_csv(tmp_path / "out.csv", dtype=str)["error"].fillna("").tolist()
    assert errors == ["", "binary or unreadable text", ""] and summary.errors == 1



@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_two_bad_bytes_in_a_long_text_are_two_replacement_characters_in_an_analysed_row(tmp_path: Path, models,
                                                                                        suffix) -> None:
    # the row was analysed, as it should be (it is readable), but its text came out with 6 U+FFFD for 2 bad bytes
    text = "Нет света на светофоре у дома 5, прошу починить"
    data = _content(suffix).encode().replace("в Надыме".encode(), text.encode().replace("с".encode(), b"\xff\xfe", 1))
    source = tmp_path / f"in{suffix}"
    source.write_bytes(data)
    summary = run_analyze_job(source, tmp_path / "out.csv", models=models, keep_text=True)
    out = pd.read_csv(tmp_path / "out.csv", dtype=str)
    assert summary.errors == 0 and out["topic"].notna().all()
    assert out["text"][0] == "нет воды " + text.replace("с", "\ufffd\ufffd", 1)

TEXTS = ["Нет воды в доме", "Яма на дороге у дома", "Не вывозят мусор", "Нет отопления в квартире", "Не горят фонари",
         "Грязь во дворе", "Снег не убран", "Упало дерево"]
CUT = b"id,text\n" + b"".join(f'{i},"'.encode() + t.encode()[:-1] + b'"\n' for i, t in enumerate(TEXTS))
ESCAPED = b"".join((json.dumps({"id": i, "text": t}).encode() if i != 3 else  # json.dumps' default: \\u escapes
                    b'{"id": 3, "text": "' + t.encode("cp1251") + b'"}') + b"\n" for i, t in enumerate(TEXTS))
UTF8_FILES = [  # (file, its bytes, rows with errors): each once stopped as 'looks like cp1251'
    ("in.csv", CUT, []),  # every quoted field cut mid-letter by the exporting database (0xD0/0xD1 read as Р/С)
    ("in.jsonl", ESCAPED, [3]),  # ASCII lines and one row pasted from a cp1251 file
]


@pytest.mark.parametrize(("name", "data", "errors"), UTF8_FILES, ids=["cut-letters", "escaped-json"])
def test_a_utf8_file_with_bad_bytes_in_many_rows_is_analysed(tmp_path: Path, models, name, data, errors) -> None:
    # exit 2 with 'pass --encoding cp1251', and with that option every row was mojibake ('РќРµС‚ РІРѕРґС‹')
    source = tmp_path / name
    source.write_bytes(data)
    summary = run_analyze_job(source, tmp_path / "out.csv", models=models, keep_text=True)
    out = pd.read_csv(tmp_path / "out.csv", dtype=str)
    assert (summary.rows, out["error"].notna().tolist()) == (8, [i in errors for i in range(8)])
    assert all(text.startswith(t[:-1]) for text, t in zip(out["text"].drop(errors), pd.Series(TEXTS).drop(errors)))


SAMPLES = [  # (first bytes of a file, whether they look like cp1251)
    (CUT, False),
    (ESCAPED, False),
    ("id,text\n1,Яма\n2,Нет воды\n3,ok\n4,Нет света\n".encode("cp1251"), True),  # an ASCII row: most are Cyrillic
    ("id,text\n1,ООО «РУС»\n2,Нет воды\n3,Яма\n4,Лифт\n".encode("cp1251"), True),  # 'С»' is 0xD1 0xBB, UTF-8's 'ѻ'
    ("id,text\n1,Нет воды\n2,Яма\n3,Нет".encode("cp1251") + b"\xd0", True),  # the sample ends mid-row
    ("id,text\n1,Яма\n2,ok\n3,ok\n".encode("cp1251"), False),  # one row's error
    (b"1,\xa9\xae\n2,\xb1\xb6\n", False),  # bad bytes, not Cyrillic in cp1251 either
]


@pytest.mark.parametrize(("sample", "looks"), SAMPLES, ids=range(len(SAMPLES)))
def test_a_file_looks_like_cp1251_when_most_of_its_lines_read_as_cp1251_and_not_utf8(sample: bytes, looks) -> None:
    assert looks_like_cp1251(sample) is looks


ENCODINGS = [  # (--encoding, format, error message)
    ("cp1251", "parquet", "expected no --encoding for a Parquet input (its text is always UTF-8), got 'cp1251'"),
    ("klingon", "csv", "expected a text encoding such as utf-8 or cp1251, got 'klingon'; check --encoding"),
    ("rot13", "csv", "expected a text encoding such as utf-8 or cp1251, got 'rot13'"),
]


@pytest.mark.parametrize(("encoding", "fmt", "message"), ENCODINGS)
def test_an_encoding_the_job_cannot_use_stops_it_up_front(tmp_path: Path, capsys, encoding, fmt, message) -> None:
    source = tmp_path / f"in.{fmt}"
    pd.DataFrame({"text": ["Яма"]}).to_parquet(source) if fmt == "parquet" else _write(source, "utf-8")
    argv = ["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--encoding", encoding, "--no-progress"]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.csv.parts").exists()


def test_utf8_given_as_the_encoding_still_drops_the_byte_order_mark(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(b"\xef\xbb\xbf" + _content(".csv").encode())
    assert list(next(read_chunks(source, encoding="UTF8"))[0]) == ["id", "date", "text"]


def test_resume_starts_over_when_the_encoding_changed(tmp_path: Path, job_killed_at_chunk, models) -> None:
    source = _write(tmp_path / "in.csv", "cp1251")
    with job_killed_at_chunk(1):  # read as koi8-r: the wrong letters, but no error
        run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, encoding="koi8-r", models=models)
    assert json.loads((tmp_path / "out.csv.parts" / "job.json").read_text())["encoding"] == "koi8-r"
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, encoding="cp1251", resume=True,
                              models=models, keep_text=True)
    assert summary.resumed_chunks == 0  # the koi8-r chunk is not reused
    assert pd.read_csv(tmp_path / "out.csv", dtype=str)["text"].tolist() == [t for _, _, t in ROWS]


def test_the_whole_table_reader_takes_an_encoding_and_stops_on_cp1251_without(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.csv", "cp1251")
    assert read_csv_frame(source, encoding="cp1251", dtype=str)["text"].tolist() == [t for _, _, t in ROWS]
    with pytest.raises(InputError, match="look like cp1251"):
        read_csv_frame(source, dtype=str)


@pytest.mark.parametrize("command", ["forecast", "train", "report"])
def test_commands_without_the_option_say_to_resave_a_cp1251_file(tmp_path: Path, capsys, command: str) -> None:
    # forecast, train and report read files mcu-nlp or a data team writes: no --encoding, a message that fits them
    source = _write(tmp_path / "in.csv", "cp1251")
    argv = {
        "forecast": ["forecast", str(source), "-o", str(tmp_path / "out.csv")],
        "train": ["train", "topic", str(source), "--label-column", "date", "-o", str(tmp_path / "m.joblib")],
        "report": ["report", str(source), "-o", str(tmp_path / "r.html")],
    }[command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "got bytes that look like cp1251 (Windows Cyrillic) in in.csv; re-save it as UTF-8" in err
    assert "--encoding" not in err and "Надым" not in err
