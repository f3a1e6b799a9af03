"""Bytes in the library's batch forms (analyze_batch, analyze_frame, analyze_dask) are read as the UTF-8 text they
hold, as ``mcu-nlp analyze`` reads a Parquet column written as binary: every bytes value was "not text: bytes".
Bytes that are no UTF-8 are the row's error "not UTF-8 text"; one row out per row in, always."""

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcu_nlp.analysis import analyze_batch
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.frames import analyze_frame

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
    assert (got[3].error, got[3].text, got[3].topic) == ("not UTF-8 text", None, None)


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
    assert out["text"].tolist() == [*TEXTS, pd.NA] and out["text"].dtype == "string[pyarrow]"
    assert out["error"].fillna("-").tolist() == ["-", "-", "-", "not UTF-8 text"]
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
    assert convert or got["error"].tolist()[0] == "not UTF-8 text"


def test_the_library_and_the_job_answer_alike_on_a_binary_column(tmp_path, models) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": pa.array([t.encode() for t in TEXTS], pa.binary())}), source)
    run_analyze_job(source, tmp_path / "out.parquet", region="89", keep_text=True, models=models)
    job = pd.read_parquet(tmp_path / "out.parquet")
    frame = analyze_frame(pd.read_parquet(source), region="89", models=models)  # pandas reads binary as bytes
    columns = ["text", "topic", "urgency", "municipality", "places"]
    assert job[columns].astype("string").fillna("-").values.tolist() == \
        frame[columns].astype("string").fillna("-").values.tolist()
