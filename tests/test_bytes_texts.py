"""Bytes in the library's batch forms (analyze_batch, analyze_frame, analyze_dask) are read as the UTF-8 text they
hold, as ``mcu-nlp analyze`` reads a Parquet column written as binary: every bytes value was "not text: bytes".
A byte that is no UTF-8 is read as a CSV's is, one U+FFFD; a text much of which is unreadable is the row's error
UNREADABLE, in the library, Dask and the job alike (the library said "not UTF-8 text", the job "binary or unreadable
text"); one row out per row in, always."""

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcu_nlp.analysis import analyze_batch
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.frames import analyze_frame
from mcu_nlp.row_texts import UNREADABLE, file_text

TEXTS = ["В Салехарде третий день нет отопления", "Яма на дороге у школы", "Мусор не вывозят неделю"]
NOT_UTF8 = b"\xff\xfe\xfd \xd0"  # cp1251-ish junk and a cut-off two-byte letter


def _answers(rows) -> list[tuple]:
    return [(r.topic, r.urgency, r.municipality, r.error) for r in rows]


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_analyze_batch_reads_bytes_as_their_utf8_text(models, kind) -> None:
    values = [kind(text.encode()) for text in TEXTS] + [kind(NOT_UTF8)]
    got = analyze_batch(values, region="89", models=models)
    assert len(got) == len(values)
    assert _answers(got[:3]) == _answers(analyze_batch(TEXTS, region="89", models=models))
    assert [r.text for r in got[:3]] == TEXTS and all(r.error is None for r in got[:3])
    assert (got[3].error, got[3].text, got[3].topic) == (UNREADABLE, "\ufffd\ufffd\ufffd \ufffd", None)


def test_bytes_dates_and_regions_are_read_as_their_text(models, recwarn) -> None:
    texts = ["Нет отопления в квартире, холодно"] * 2 + ["в Славянке"]
    got = analyze_batch(texts, dates=[b"2024-01-15", "2024-01-15", None], regions=[b"89", "89", b"25"], models=models)
    assert _answers(got[:1]) == _answers(got[1:2])  # bytes or str, the same date and region
    assert got[2].municipality.name == "Хасанский муниципальный округ"
    assert not [w for w in recwarn if "could not be read" in str(w.message)]


def test_analyze_frame_returns_bytes_texts_as_their_text(models) -> None:
    frame = pd.DataFrame({"id": [1, 2, 3, 4], "text": pd.Series([t.encode() for t in TEXTS] + [NOT_UTF8],
                                                               dtype=object)})
    out = analyze_frame(frame, region="89", models=models)
    assert out["text"].tolist() == [*TEXTS, "\ufffd\ufffd\ufffd \ufffd"] and out["text"].dtype == "string[pyarrow]"
    assert out["error"].fillna("-").tolist() == ["-", "-", "-", UNREADABLE]
    plain = analyze_frame(pd.DataFrame({"id": [1, 2, 3], "text": TEXTS}), region="89", models=models)
    pd.testing.assert_frame_equal(out.head(3), plain)


@pytest.mark.parametrize("convert", [True, False], ids=["dask's string conversion", "none"])
def test_analyze_dask_reads_bytes_as_analyze_frame_does(models, convert: bool) -> None:
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    import mcu_nlp.dask

    # with its string conversion on (the default), dd.from_pandas itself stops on bytes that are no UTF-8
    values = ([] if convert else [NOT_UTF8]) + [t.encode() for t in TEXTS]
    frame = pd.DataFrame({"id": range(len(values)), "text": pd.Series(values, dtype=object)})
    with dask.config.set({"dataframe.convert-string": convert}):
        got = mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=2), region="89").compute(scheduler="sync")
    pd.testing.assert_frame_equal(got, analyze_frame(frame, region="89", models=models))
    assert got["text"].tolist()[-3:] == TEXTS and got["error"].isna().tolist()[-3:] == [True] * 3
    assert convert or got["error"].tolist()[0] == UNREADABLE


def test_the_library_and_the_job_answer_alike_on_a_binary_column(tmp_path, models) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": pa.array([t.encode() for t in TEXTS], pa.binary())}), source)
    run_analyze_job(source, tmp_path / "out.parquet", region="89", keep_text=True, models=models)
    job = pd.read_parquet(tmp_path / "out.parquet")
    frame = analyze_frame(pd.read_parquet(source), region="89", models=models)  # pandas reads binary as bytes
    columns = ["text", "topic", "urgency", "municipality", "places"]
    assert job[columns].astype("string").fillna("-").values.tolist() == \
        frame[columns].astype("string").fillna("-").values.tolist()


def test_a_few_bad_bytes_are_read_past_as_in_a_csv(tmp_path, models) -> None:
    # the library gave a text with one bad byte (a cut-off letter) the error "not UTF-8 text" and no analysis; a
    # CSV line or a binary Parquet value with it is analysed by the job, the byte read as one U+FFFD
    value = TEXTS[0].encode() + b"\xd0"
    got = analyze_batch([value], region="89", models=models)[0]
    assert (got.error, got.text) == (None, TEXTS[0] + "\ufffd")
    assert got.topic == analyze_batch(TEXTS[:1], region="89", models=models)[0].topic


def test_control_characters_and_bad_bytes_are_one_error(models) -> None:
    got = analyze_batch(["\x00\x01\x02\x03", b"\x00\x01\x02\x03", NOT_UTF8], models=models)
    assert [r.error for r in got] == [UNREADABLE] * 3


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_the_library_and_the_job_answer_alike_on_bad_bytes(tmp_path, models, suffix: str) -> None:
    # a binary Parquet column, or a CSV's lines, with a few bad bytes and with mostly bad ones: the same error and
    # text out of analyze_frame (pandas reads binary as bytes) and mcu-nlp analyze (which removes NUL characters from
    # what it reads, test_batch_nul_bytes.py: none here)
    raw = [TEXTS[0].encode() + b"\xd0", TEXTS[1].encode(), NOT_UTF8, b"\x01\x02\x04 \x03"]
    source = tmp_path / f"in{suffix}"
    if suffix == ".parquet":
        pq.write_table(pa.table({"text": pa.array(raw, pa.binary())}), source)
    else:
        source.write_bytes(b"text\n" + b"".join(b'"' + value + b'"\n' for value in raw))
    run_analyze_job(source, tmp_path / "out.parquet", region="89", keep_text=True, models=models)
    job = pd.read_parquet(tmp_path / "out.parquet")
    frame = analyze_frame(pd.DataFrame({"text": pd.Series(raw, dtype=object)}), region="89", models=models)
    frame["text"] = frame["text"].map(file_text, na_action="ignore")  # the job writes no control characters
    columns = ["text", "topic", "urgency", "error"]
    assert job[columns].astype("string").fillna("-").values.tolist() == \
        frame[columns].astype("string").fillna("-").values.tolist()
    assert frame["error"].fillna("-").tolist() == ["-", "-", UNREADABLE, UNREADABLE]
