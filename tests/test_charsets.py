"""Input encodings: cp1251 and KOI8-R read with --encoding, stopped without it or with the wrong one; UTF-16 and UTF-32
read by their byte-order mark; bad bytes in a UTF-8 file stay in their rows."""

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.charsets import looks_like_single_byte, sample_codec
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
    assert errors == ["", "unreadable text: binary, control characters or not UTF-8", ""] and summary.errors == 1



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
def test_a_file_looks_single_byte_when_most_of_its_lines_read_as_cp1251_and_not_utf8(sample: bytes, looks) -> None:
    assert looks_like_single_byte(sample) is looks


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
    with job_killed_at_chunk(1):  # read as latin-1: the wrong letters, but no error (KOI8-R is now stopped)
        run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, encoding="latin-1", models=models)
    assert json.loads((tmp_path / "out.csv.parts" / "job.json").read_text())["encoding"] == "iso8859-1"
    summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=2, encoding="cp1251", resume=True,
                              models=models, keep_text=True)
    assert summary.resumed_chunks == 0  # the latin-1 chunk is not reused
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


FIXTURE_CSV = Path(__file__).parents[1] / "data" / "fixtures"
#: the real fixtures' texts in each encoding ('?' for the few characters KOI8-R lacks, such as “ ”)
ENCODED = {(name, encoding): pd.read_csv(FIXTURE_CSV / name, dtype=str)[["id", "text"]].to_csv(index=False)
           .encode(encoding, errors="replace")
           for name in ("kursk_sample.csv", "spb_sample.csv") for encoding in ("utf-8", "cp1251", "koi8-r")}
UTF8_HINT = "got bytes that look like UTF-8 in in.csv; drop --encoding (UTF-8 is the default)"
MISREADS = [  # (file's encoding, --encoding, the message; None: read in it)
    ("utf-8", None, None), ("cp1251", "cp1251", None), ("koi8-r", "koi8-r", None), ("utf-8", "utf-8", None),
    ("cp1251", None, "expected UTF-8 text, got bytes that look like cp1251 (Windows Cyrillic) in in.csv; pass "
                     "--encoding cp1251"),
    ("koi8-r", None, "expected UTF-8 text, got bytes that look like KOI8-R in in.csv; pass --encoding koi8-r"),
    ("koi8-r", "cp1251", "expected cp1251 text, got bytes that look like KOI8-R in in.csv; pass --encoding koi8-r"),
    ("cp1251", "koi8-r", "expected koi8-r text, got bytes that look like cp1251 (Windows Cyrillic) in in.csv; pass "
                         "--encoding cp1251"),
    ("utf-8", "cp1251", "expected cp1251 text, " + UTF8_HINT),
    ("utf-8", "koi8-r", "expected koi8-r text, " + UTF8_HINT),
]


@pytest.mark.parametrize("fixture", ["kursk_sample.csv", "spb_sample.csv"])
@pytest.mark.parametrize(("written", "given", "message"), MISREADS, ids=[f"{w}-as-{g}" for w, g, _ in MISREADS])
def test_the_real_fixtures_are_read_in_their_encoding_and_stopped_in_another(fixture, written, given, message) -> None:
    # KOI8-R read by default got the hint cp1251; a KOI8-R file read as cp1251, or UTF-8 read as cp1251, gave
    # mojibake in every row ('рМПЫХ чБУ', 'РџР»РѕС€Сѓ'), 29 and 44 of 50 rows topic 'other', and exit 0
    data = ENCODED[fixture, written]
    if message is None:
        assert sample_codec(data[:1 << 16], given, "in.csv", "--encoding") in ("utf-8-sig", given)
    else:
        with pytest.raises(InputError) as error:
            sample_codec(data[:1 << 16], given, "in.csv", "--encoding")
        assert str(error.value) == message


CAPITALS = "ОБРАЩЕНИЕ ПО ВОПРОСУ РЕМОНТА ДОРОГИ НА УЛИЦЕ ЛЕНИНА, НЕТ ОСВЕЩЕНИЯ ВО ДВОРЕ"  # lower case in the other one
SMALL = [  # (bytes, --encoding, codec read in): files with few letters, in capitals or no Cyrillic, are not stopped
    (CAPITALS.encode("cp1251"), "cp1251", "cp1251"),
    (CAPITALS.encode("koi8-r"), "koi8-r", "koi8-r"),
    ("id,text\n1,Яма\n2,Нет воды\n".encode("koi8-r"), "cp1251", "cp1251"),  # too few letters to judge
    (b"id,text\n1,pothole\n", "cp1251", "cp1251"),
    ("id,text\n1,Müller, café\n".encode(), "latin-1", "iso8859-1"),  # UTF-8, but no Cyrillic: not judged
    # capitals read a little more "common" in KOI8-R: stopped with 'pass --encoding koi8-r', which gave mojibake
    ("id,text\n1,НЕОБХОДИМО УБРАТЬ БЫТОВОЙ МУСОР.\n".encode("cp1251"), "cp1251", "cp1251"),
    # '1С»' is 0xD1 0xBB, a UTF-8 letter; '«' is no UTF-8: stopped with 'look like UTF-8; drop --encoding'
    ("id,text\n1,Export from «1С» system v8.3 build 1234 ok\n2,ok\n".encode("cp1251"), "cp1251", "cp1251"),
]


@pytest.mark.parametrize(("data", "given", "codec"), SMALL, ids=range(len(SMALL)))
def test_a_named_encoding_is_not_second_guessed_without_enough_evidence(data: bytes, given: str, codec: str) -> None:
    assert sample_codec(data, given, "in.csv") == codec


CAPS = {(name, encoding): pd.read_csv(FIXTURE_CSV / name, dtype=str)[["id", "text"]]
        .assign(text=lambda frame: frame["text"].str.upper()).to_csv(index=False).encode(encoding, errors="replace")
        for name in ("kursk_sample.csv", "spb_sample.csv") for encoding in ("utf-8", "cp1251", "koi8-r")}
BOTH = "bytes that look like cp1251 (Windows Cyrillic) or KOI8-R in in.csv; pass --encoding cp1251 or --encoding koi8-r"
CAPS_MISREADS = [  # (file's encoding, --encoding, the message; None: read in it) for the fixtures in capitals
    ("utf-8", None, None), ("cp1251", "cp1251", None), ("koi8-r", "koi8-r", None),
    ("koi8-r", None, "expected UTF-8 text, got " + BOTH),  # it said 'pass --encoding cp1251': mojibake, exit 0
    ("cp1251", None, "expected UTF-8 text, got " + BOTH),
    ("koi8-r", "cp1251", "expected cp1251 text, got bytes that look like KOI8-R in in.csv; pass --encoding koi8-r"),
    ("cp1251", "koi8-r", "expected koi8-r text, got bytes that look like cp1251 (Windows Cyrillic) in in.csv; pass "
                         "--encoding cp1251"),
]


@pytest.mark.parametrize("fixture", ["kursk_sample.csv", "spb_sample.csv"])
@pytest.mark.parametrize(("written", "given", "message"), CAPS_MISREADS,
                         ids=[f"{w}-as-{g}" for w, g, _ in CAPS_MISREADS])
def test_the_fixtures_in_capitals_are_read_in_their_encoding_and_stopped_in_another(fixture, written, given,
                                                                                     message) -> None:
    # in capitals case says the other encoding and common letters this one: the default read named cp1251 for a
    # KOI8-R file, and --encoding cp1251 on it read every row as mojibake with exit 0
    data = CAPS[fixture, written][:1 << 16]
    if message is None:
        assert sample_codec(data, given, "in.csv", "--encoding") in ("utf-8-sig", given)
    else:
        with pytest.raises(InputError) as error:
            sample_codec(data, given, "in.csv", "--encoding")
        assert str(error.value) == message


NO_BOM = [("utf-16-le", "--encoding", "pass --encoding utf-16-le"), ("utf-16-be", "--encoding",
          "pass --encoding utf-16-be"), ("utf-16-le", None, "re-save it as UTF-8")]


@pytest.mark.parametrize(("encoding", "option", "fix"), NO_BOM)
def test_utf16_without_a_byte_order_mark_stops_with_the_encoding_to_pass(encoding, option, fix) -> None:
    # pandas' to_csv(encoding='utf-16-le') writes no mark: 'got columns ['\x00c\x00a...']; pass --text-column'
    data = ENCODED["kursk_sample.csv", "utf-8"].decode().encode(encoding)
    with pytest.raises(InputError) as error:
        sample_codec(data[:1 << 16], None, "in.csv", option)
    assert str(error.value) == f"expected UTF-8 text, got bytes that look like UTF-16 without a byte-order mark in " \
                               f"in.csv; {fix}"
    assert sample_codec(data[:1 << 16], encoding, "in.csv", option) == encoding


def test_a_wrong_encoding_stops_the_job_before_any_output(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(ENCODED["kursk_sample.csv", "koi8-r"])
    argv = ["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--encoding", "cp1251", "--no-progress"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "got bytes that look like KOI8-R in in.csv; pass --encoding koi8-r" in err and "Курск" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]


BOMS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]


def _with_bom(text: str, encoding: str) -> bytes:
    mark = "" if encoding in ("utf-16", "utf-32") else "\ufeff"  # utf-16/32 write their own byte-order mark
    return (mark + text).encode(encoding)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@pytest.mark.parametrize("encoding", BOMS)
def test_a_file_with_a_utf16_or_utf32_byte_order_mark_is_read_as_such(tmp_path: Path, encoding, suffix) -> None:
    # Excel's "Unicode text": the columns came out as ['\x00r\x00e...'] and the error said 'pass --text-column'
    source = tmp_path / f"in{suffix}"
    source.write_bytes(_with_bom(_content(suffix), encoding))
    rows = next(read_chunks(source))
    assert [(r["id"], r["date"], r["text"]) for r in rows] == ROWS


def test_the_whole_table_reader_reads_a_utf16_file_by_its_byte_order_mark(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(_with_bom(_content(".csv"), "utf-16-le"))
    assert read_csv_frame(source, dtype=str)["text"].tolist() == [t for _, _, t in ROWS]
