"""tables.read_csv_frame: the one whole-table CSV reader of mcu-nlp train / evaluate and mcu-nlp forecast."""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.tables import read_csv_frame
from mcu_nlp.training import read_table
from mcu_nlp.trends.command import _read

ROWS = [["Нет воды", "2024-01-05"], ["Яма на дороге", "05.01.2024"]]
BOM = b"\xef\xbb\xbf"
PACK = {"": bytes, ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


def _csv(separator: str, excel: bool = False) -> bytes:
    lines = [separator.join(["text", "date"]), *(separator.join(row) for row in ROWS)]
    return ((f"sep={separator}\n" if excel else "") + "\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("suffix", list(PACK))
@pytest.mark.parametrize("bom", [b"", BOM], ids=["plain", "bom"])
@pytest.mark.parametrize("separator", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
@pytest.mark.parametrize("excel", [False, True], ids=["", "sep line"])  # Excel's 'sep=;' was read as the header
# the separator was guessed from a blank first line: a comma, and a file of semicolons or tabs had one column
@pytest.mark.parametrize("blank", [b"", b"\n \t\r\n"], ids=["", "blank lines first"])
def test_train_and_forecast_read_a_csv_alike(tmp_path: Path, suffix: str, bom: bytes, separator: str,
                                             excel: bool, blank: bytes) -> None:
    path = tmp_path / f"in.csv{suffix}"
    path.write_bytes(PACK[suffix](bom + blank + _csv(separator, excel)))
    expected = pd.DataFrame(ROWS, columns=["text", "date"])
    pd.testing.assert_frame_equal(read_csv_frame(path, dtype=str), expected)
    pd.testing.assert_frame_equal(read_table(path), expected)  # train / evaluate
    pd.testing.assert_frame_equal(_read(path), expected)  # forecast


def test_training_keeps_empty_cells_as_text_and_forecast_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("text;n\n;1\n", encoding="utf-8")
    assert read_table(path).values.tolist() == [["", "1"]]  # labels and texts stay strings
    assert _read(path)["text"].isna().all() and _read(path)["n"].tolist() == [1]  # counts are numbers


def test_a_zstd_csv_is_refused_with_how_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "in.csv.zst"
    path.write_bytes(b"(\xb5/\xfd")
    for read in (read_csv_frame, read_table, _read):
        with pytest.raises(InputError, match="decompress it first"):
            read(path)


def _rows(path: Path, content: str) -> list[str]:
    """Each row read by the analyze job's reader as its id, or as 'error: <reason>'."""
    from mcu_nlp.tables import ERROR, read_chunks

    path.write_text(content, encoding="utf-8")
    rows = [row for chunk in read_chunks(path, 2) for row in chunk]
    return [f"error: {row[ERROR].removeprefix('malformed CSV row: ')}" if ERROR in row else row["id"] for row in rows]


STRAY_QUOTES = [  # (CSV after the header 'id,text', what each row reads as)
    # a stray quote swallowed every line after it into one field: 2 rows instead of 5, no error
    ('1,нет света\n2,"яма на дороге\n3,мусор\n4,нет воды\n5,снег\n',
     ["1", "error: a quoted field opened on line 3 is not closed before the end of the file: its row is that line "
      "alone", "3", "4", "5"]),
    # closed by the next quote in the file, with text after it (not RFC 4180): rows 2 and 3 were one row
    ('1,"яма\n2,"нет воды\n3,снег\n',
     ["error: a quoted field opened on line 2 is not closed properly",
      "error: a quoted field opened on line 3 is not closed before the end of the file: its row is that line alone",
      "3"]),
    # texts over several lines, quotes doubled inside: one row each, as before
    ('1,"нет\nсвета\n\nвообще"\n2,яма\n3,"он сказал ""нет""\nи ушёл"\n', ["1", "2", "3"]),
    ('1,"last line without a line break\nend"', ["1"]),
    ('1,"windows\r\nline breaks"\r\n2,x\r\n', ["1", "2"]),
    # a well-quoted record with a wrong number of fields stays one malformed row
    ('1,"two\nlines",extra\n2,ok\n', ["error: 3 fields, expected 2", "2"]),
]


@pytest.mark.parametrize(("content", "expected"), STRAY_QUOTES, ids=range(len(STRAY_QUOTES)))
def test_a_stray_quote_costs_one_row_not_the_rest_of_the_file(tmp_path: Path, content: str,
                                                              expected: list[str]) -> None:
    assert _rows(tmp_path / "in.csv", "id,text\n" + content) == expected


def test_a_quoted_field_over_more_lines_than_a_record_may_span_is_a_stray_quote(tmp_path: Path) -> None:
    from mcu_nlp.csvrecords import MAX_RECORD_LINES

    # the quote on row 0 is closed properly, but far too late: only the next MAX_RECORD_LINES lines are held
    lines = ['0,"кавычка без пары', *(f"{i},строка {i}" for i in range(1, 5000)), '5000,конец"']
    got = _rows(tmp_path / "in.csv", "id,text\n" + "\n".join(lines) + "\n")
    assert got[0] == (f"error: a quoted field opened on line 2 is not closed within {MAX_RECORD_LINES} lines: its row "
                      "is that line alone")
    assert got[1:] == [str(i) for i in range(1, 5001)]


MALFORMED = [  # (CSV after the header 'id,text,date', the malformed row's fields kept beside its error)
    ('100,"Ремонт" обещали, но нет света,2024-01-01\n', {"id": "100"}),  # the id was lost (NaN)
    ('2,"a","b","c",x\n', {"id": "2"}),
    ('3,"кавычка без пары\n', {"id": "3"}),
    ('4,text,"2024-01-01\n', {"id": "4", "text": "text"}),  # at most all but one column
    ("5,a,b,c\n", {"id": "5"}),  # no quote: which comma is extra cannot be told
    ("Иванов Иван\n", {}),  # a row short of fields whose first is no id (a short one is read: test_short_rows...)
    ('"7",a,"b\n', {}),
]


@pytest.mark.parametrize(("content", "kept"), MALFORMED, ids=range(len(MALFORMED)))
def test_a_malformed_row_keeps_the_fields_that_are_not_in_doubt(tmp_path: Path, content: str, kept: dict) -> None:
    from mcu_nlp.tables import ERROR, read_chunks

    path = tmp_path / "in.csv"
    path.write_text("id,text,date\n" + content, encoding="utf-8")
    (row,) = next(read_chunks(path))
    assert row.pop(ERROR).startswith("malformed CSV row") and row == kept


SHORT_ROWS = [  # (CSV after the header 'id,text,date', each row as read, its error as 'error')
    # a row without its last field(s) was "malformed CSV row: 2 fields, expected 3", its text not analysed
    ("7,Скользко\n", [{"id": "7", "text": "Скользко", "date": ""}]),
    ("7\n", [{"id": "7", "text": "", "date": ""}]),
    ('1,a,2024-01-01\n7,"Скользко\nочень"\n', [{"id": "1", "text": "a", "date": "2024-01-01"},
                                              {"id": "7", "text": "Скользко\nочень", "date": ""}]),
    # guards: more fields than the header, and a short row whose first field is unlike the ids (a text cut by a
    # line break: no text as an id), stay malformed
    ("7,a,b,c\n", [{"id": "7", "error": "malformed CSV row: 4 fields, expected 3"}]),
    ("1,a,2024-01-01\n7,Скользко на\nулице Ленина,2024-01-02\n",
     [{"id": "1", "text": "a", "date": "2024-01-01"}, {"id": "7", "text": "Скользко на", "date": ""},
      {"error": "malformed CSV row: 2 fields, expected 3"}]),
]


@pytest.mark.parametrize(("content", "expected"), SHORT_ROWS, ids=range(len(SHORT_ROWS)))
def test_short_rows_are_read_with_their_last_fields_empty(tmp_path: Path, content: str, expected: list) -> None:
    from mcu_nlp.tables import ERROR, read_chunks

    path = tmp_path / "in.csv"
    path.write_text("id,text,date\n" + content, encoding="utf-8")
    rows = [row for chunk in read_chunks(path) for row in chunk]
    assert [{("error" if k == ERROR else k): v for k, v in row.items()} for row in rows] == expected


BLANK_LINES = [  # (CSV after the header 'id,text', each row as its id and text, or its error)
    # a blank line was an error row "0 fields, expected 2": 3 rows for 2 records
    ("1,яма\r\n2,нет воды\r\n\r\n", ["1 яма", "2 нет воды"]),
    ("1,яма\n\n2,нет воды\n", ["1 яма", "2 нет воды"]),
    ("\n\n1,яма\n\n\n", ["1 яма"]),
    ('1,"абзац\n\nи ещё"\n2,x\n', ["1 абзац\n\nи ещё", "2 x"]),  # inside a quoted field: the text's own
]

UNCLOSED = "error: a quoted field opened on line 3 is not closed before the end of the file: its row is that line alone"
BROKEN_TEXT = [  # (CSV after the header 'id,text', each row as its id (error rows: id and error))
    # the line after an unclosed quote was read as a row: id 'Иванов Иван 89123456789', its text analysed
    ('1,нет воды\n2,"яма\nИванов Иван 89123456789, Петров П.П. ул. Мира 3\n',
     ["1", f"2 {UNCLOSED}; line 4 taken for its text"]),  # the line was dropped unsaid
    # a file cut inside a quoted field (head -n): its blank line was a row of its own, "0 fields"
    ('1,нет воды\n2,"первый абзац\n\nвторой, абзац\n', ["1", f"2 {UNCLOSED}; lines 4-5 taken for its text"]),
    # a stray quote: the rows after it are still rows (a guard)
    ('1,нет воды\n2,"яма\n3,снег\n4,лёд,x\n5,газ\n',
     ["1", f"2 {UNCLOSED}", "3", "4 error: 3 fields, expected 2", "5"]),
    # a malformed row keeps no field unlike the column's (a name and a phone number are no id)
    ("1,нет воды\nИванов Иван 89123456789, Петров, ул. Мира 3\n2,x\n", ["1", " error: 3 fields, expected 2", "2"]),
    # a phone number heading the broken text's next line was an id: '89123456789', ' Иванов Иван Петрович' analysed
    ('1,нет воды\n2,"яма на дороге, звоните\n89123456789, Иванов Иван Петрович\n3,мусор\n',
     ["1", f"2 {UNCLOSED}; line 4 taken for its text", "3"]),
    ('spb:1,нет воды\nspb:2,"яма, звоните\nтел:89123456789, Иванов Иван\nspb:3,мусор\n',  # 'тел:89123456789'
     ["spb:1", f"spb:2 {UNCLOSED}; line 4 taken for its text", "spb:3"]),
    # ids as long as a phone number: the personal-data rules tell ('89123456789' was an id)
    ('10000000001,нет воды\n10000000002,"яма, звоните\n89123456789, Иванов\n10000000003,мусор\n',
     ["10000000001", f"10000000002 {UNCLOSED}; line 4 taken for its text", "10000000003"]),
    ('kursk.1234567,нет воды\nkursk.1234568,"яма, пишите\nivan12@mail.ru, Иванов\nkursk.1234569,мусор\n',
     ["kursk.1234567", f"kursk.1234568 {UNCLOSED}; line 4 taken for its text", "kursk.1234569"]),
    # a number longer than the ids read well is no id ('12345678' was one); one digit more is (ids 1-9 go on with 10)
    ('1,нет воды\n2,"яма, дом\n12345678, кв. 5\n3,мусор\n', ["1", f"2 {UNCLOSED}; line 4 taken for its text", "3"]),
    ('8,нет воды\n9,"яма\n10,снег\n', ["8", f"9 {UNCLOSED}", "10"]),
    # a malformed row of its own kept a phone number as its id
    ("1,нет воды\n89123456789,a,b\n2,x\n", ["1", " error: 3 fields, expected 2", "2"]),
    # ids newest first: the rows after a broken record were its text, as their ids were shorter than those read
    ('1001,мусор\n1000,"нет воды в доме 5\n999,нет света\n998,яма\n',
     ["1001", f"1000 {UNCLOSED}", "999", "998"]),
    ('1001,мусор\n1000,"нет воды\n99,яма\n', ["1001", f"1000 {UNCLOSED}", "99"]),
    # an id that passes the ИНН checksum, going on from the ids read, is an id (2024000123 was the text's)
    ('2024000120,мусор\n2024000122,"нет воды в доме 5\n2024000123,нет света\n2024000124,мусор\n',
     ["2024000120", f"2024000122 {UNCLOSED}", "2024000123", "2024000124"]),
    ('spb:2024000120,мусор\nspb:2024000122,"нет воды\nspb:2024000123,нет света\n',
     ["spb:2024000120", f"spb:2024000122 {UNCLOSED}", "spb:2024000123"]),
    ("2024000120,мусор\n2024000123,a,b\n", ["2024000120", "2024000123 error: 3 fields, expected 2"]),
    # one far from them is still no id
    ('2024000120,мусор\n2024000122,"яма, звоните\n9123456789, Иванов\n2024000124,мусор\n',
     ["2024000120", f"2024000122 {UNCLOSED}; line 4 taken for its text", "2024000124"]),
    # the broken text ends at the first row: a line after it is a malformed row, not dropped unsaid
    ('1,нет воды\n2,"яма\n3,снег\nИванов Иван\n4,x\n',
     ["1", f"2 {UNCLOSED}", "3", " error: 1 field, expected 2", "4"]),
]


def test_a_table_of_texts_alone_reads_the_lines_after_a_broken_record_as_rows(tmp_path: Path) -> None:
    from mcu_nlp.tables import ERROR, read_chunks

    path = tmp_path / "in.csv"
    path.write_text('text\nнет воды\n"яма\nнет света вообще\nмусор\n', encoding="utf-8")  # no id to take a text
    rows = [row for chunk in read_chunks(path) for row in chunk]
    assert [row.get("text", ERROR in row) for row in rows] == ["нет воды", True, "нет света вообще", "мусор"]


@pytest.mark.parametrize(("content", "expected"), BLANK_LINES, ids=range(len(BLANK_LINES)))
def test_blank_lines_are_no_rows(tmp_path: Path, content: str, expected: list[str]) -> None:
    from mcu_nlp.tables import ERROR, read_chunks

    path = tmp_path / "in.csv"
    path.write_bytes(("id,text\r\n" + content).encode("utf-8"))
    rows = [row for chunk in read_chunks(path, 2) for row in chunk]
    assert [row.get(ERROR) or f"{row['id']} {row['text']}" for row in rows] == expected


@pytest.mark.parametrize(("content", "expected"), BROKEN_TEXT, ids=range(len(BROKEN_TEXT)))
def test_the_text_of_a_broken_record_makes_no_row_and_no_id(tmp_path: Path, content: str,
                                                              expected: list[str]) -> None:
    from mcu_nlp.tables import ERROR, read_chunks

    path = tmp_path / "in.csv"
    path.write_text("id,text\n" + content, encoding="utf-8")
    rows = [row for chunk in read_chunks(path, 2) for row in chunk]
    got = [row.get("id", "") + (f" error: {row[ERROR].removeprefix('malformed CSV row: ')}" if ERROR in row else "")
           for row in rows]
    assert got == expected


EXCEL_LINES = [  # (Excel's separator line and the rest of the file, the rows read as their id or error)
    ("sep=;\nid;text\n1;нет, света\n2;яма\n", ["1", "2"]),  # the header was ['', 'sep=']: the job stopped
    ('"sep=,"\r\nid,text\r\n1,нет света\r\n', ["1"]),
    ('sep=,\nid,text\n1,"кавычка без пары\n2,x\n',  # the file's own line numbers, the sep line counted
     ["error: a quoted field opened on line 3 is not closed before the end of the file: its row is that line alone",
      "2"]),
    ("sep=;id;text\n1;x;y\n", ["x"]),  # no sep line: more after the separator
]


@pytest.mark.parametrize(("content", "expected"), EXCEL_LINES, ids=range(len(EXCEL_LINES)))
def test_excels_separator_line_names_the_separator_and_is_no_header(tmp_path: Path, content: str,
                                                                    expected: list[str]) -> None:
    assert _rows(tmp_path / "in.csv", content) == expected


LEADING_BLANKS = [  # (a CSV whose header follows blank lines, the rows read as their id or error)
    # the separator was guessed from the blank first line (a comma): the header had no column, the job stopped
    ("\nid;text\n1;нет, света\n2;яма\n", ["1", "2"]),
    (" \r\n\t\r\nid\ttext\r\n1\tнет, света\r\n", ["1"]),
    ("\n\nid;text\n1;\"кавычка без пары\n2;x\n",  # the file's own line numbers, the blank lines counted
     ["error: a quoted field opened on line 4 is not closed before the end of the file: its row is that line alone",
      "2"]),
    ("\nsep=;\n\nid;text\n1;x, y\n", ["1"]),  # blank lines around Excel's separator line
]


@pytest.mark.parametrize(("content", "expected"), LEADING_BLANKS, ids=range(len(LEADING_BLANKS)))
def test_blank_lines_before_the_header_are_skipped(tmp_path: Path, content: str, expected: list[str]) -> None:
    assert _rows(tmp_path / "in.csv", content) == expected


def test_a_file_of_blank_lines_is_an_empty_file(tmp_path: Path) -> None:
    from mcu_nlp.tables import read_chunks

    path = tmp_path / "in.csv"
    path.write_text("\n  \n\n", encoding="utf-8")
    with pytest.raises(InputError, match="got an empty file"):
        list(read_chunks(path))


def _zipped_sheet() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def _parquet() -> bytes:
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    out = io.BytesIO()
    pq.write_table(pa.table({"text": ["Нет воды"]}), out)
    return out.getvalue()


# read as text, a gzip file named .csv was refused for "a text column 'text', got columns ['\x1f\udc8b\x08...']"
@pytest.mark.parametrize(("content", "said"), [
    (gzip.compress(_csv(",")), "(gzip-compressed data); name it in.csv.gz"),
    (bz2.compress(_csv(",")), "(bzip2-compressed data); name it in.csv.bz2"),
    (lzma.compress(_csv(",")), "(xz-compressed data); name it in.csv.xz"),
    (_zipped_sheet(), "(a zip archive or an Excel workbook); save the sheet as CSV"),
    (_parquet(), "(a Parquet file); name it in.parquet, or pass --format parquet"),
], ids=["gzip", "bzip2", "xz", "xlsx", "parquet"])
def test_a_binary_file_named_csv_is_refused_for_what_it_is(tmp_path: Path, content: bytes, said: str) -> None:
    from mcu_nlp.tables import read_chunks

    for name in ("in.csv", "in.jsonl"):  # train / evaluate read JSON lines with pandas: "expected UTF-8 text"
        path = tmp_path / name
        path.write_bytes(content)
        for read in (read_csv_frame, read_table, _read, lambda p: next(read_chunks(p, 10))):
            if name.endswith(".jsonl") and read is read_csv_frame:
                continue
            shown = said.replace("in.csv", name).replace("in.parquet", f"{path.stem}.parquet")
            with pytest.raises(InputError, match=rf"expected a CSV or JSON lines text file, got {name} " +
                               re.escape(shown)):
                read(path)


@pytest.mark.parametrize("header", ["PAR1,text", "BZh,text", "BZh91,text"])
def test_a_csv_whose_header_starts_like_a_binary_file_is_read(tmp_path: Path, header: str) -> None:
    # the first bytes 'PAR1' and 'BZh' alone were taken for a Parquet and a bzip2 file
    path = tmp_path / "in.csv"
    path.write_text(f"{header}\n1,Нет воды\n", encoding="utf-8")
    assert read_table(path)["text"].tolist() == ["Нет воды"]
