"""What every output carries of the text of a row it could not analyse: nothing of a value that is no text or of a
text too long, in analyze_batch, analyze_frame, analyze_dask and mcu-nlp analyze alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.row_texts import MAX_CHARS

SECRET = "Сидоров Петр секрет"
LONG = ("Сидоров Петр секрет, нет воды. " * (MAX_CHARS // 30 + 1))[: MAX_CHARS + 1]

ROWS = [  # (the text cell, the row's error, the text the outputs carry: None for none)
    ("Нет воды", None, "Нет воды"),
    ({"a": SECRET}, "not text: dict", None),  # the JSON object was written whole, unredacted
    ([SECRET], "not text: list", None),
    (7, "not text: int", None),  # 7 was written as it came
    (LONG, f"text too long: {MAX_CHARS + 1} characters, at most {MAX_CHARS}", None),  # 1 MB redacted and written
    ("", "empty text", ""),
    (None, "missing text", None),
]
CELLS, ERRORS, CARRIED = ([row[i] for row in ROWS] for i in range(3))


def _plain(values: Any) -> list[Any]:
    """Values with every missing one as None."""
    return [None if value is None or value is pd.NA or value != value else value for value in values]


def test_analyze_batch_keeps_no_text_of_such_rows(models: Any) -> None:
    rows = mcu_nlp.analyze_batch(CELLS, models=models)
    assert [row.error for row in rows] == ERRORS
    assert [row.text for row in rows] == CARRIED


def test_analyze_frame_returns_no_such_value_and_a_text_column(models: Any) -> None:
    out = mcu_nlp.analyze_frame(pd.DataFrame({"id": range(len(ROWS)), "text": pd.Series(CELLS, dtype=object)}),
                                models=models)
    assert _plain(out["error"]) == ERRORS
    assert _plain(out["text"]) == CARRIED
    assert out["text"].dtype == "string[pyarrow]"  # it was object, holding the dict and the 7


def test_a_text_column_of_a_text_type_comes_back_as_dasks_text_type(models: Any) -> None:
    # it kept its type (pandas 3's str, NaN where missing), so analyze_dask, which gives string[pyarrow], differed
    frame = pd.DataFrame({"text": ["Нет воды", LONG, None]})
    out = mcu_nlp.analyze_frame(frame, models=models)
    assert out["text"].dtype == "string[pyarrow]" and _plain(out["text"]) == ["Нет воды", None, None]


@pytest.mark.parametrize("keep_text", [False, True], ids=["redacted", "kept"])
@pytest.mark.parametrize("out_name", ["out.jsonl", "out.csv", "out.parquet"])
def test_the_job_writes_no_such_value(tmp_path: Path, models: Any, out_name: str, keep_text: bool) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": cell}, ensure_ascii=False) + "\n"
                              for i, cell in enumerate(CELLS)), encoding="utf-8")
    run_analyze_job(source, tmp_path / out_name, keep_text=keep_text, models=models)
    written = (tmp_path / out_name).read_bytes()
    assert SECRET.split()[-1].encode() not in written and len(written) < 10_000
    if out_name == "out.parquet":
        out = pd.read_parquet(tmp_path / out_name)
    elif out_name == "out.csv":
        out = pd.read_csv(tmp_path / out_name, dtype=str, keep_default_na=False).replace("", None)
    else:
        out = pd.read_json(tmp_path / out_name, lines=True, dtype=False)
    carried = [text or None for text in CARRIED] if out_name == "out.csv" else CARRIED  # CSV: "" is empty
    assert _plain(out["error"]) == ERRORS and _plain(out["text"]) == carried


def test_analyze_dask_writes_parquet_of_a_text_column_with_such_values(models: Any, tmp_path: Path) -> None:
    # to_parquet raised ArrowInvalid "Could not convert <object object ...>": the text column stayed object
    dd = pytest.importorskip("dask.dataframe")
    import mcu_nlp.dask

    frame = pd.DataFrame({"id": range(len(ROWS)), "text": pd.Series(CELLS, dtype=object)})
    out = mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=2))
    out.to_parquet(tmp_path / "out", write_index=False)
    back = pd.read_parquet(tmp_path / "out")
    assert _plain(back["error"]) == ERRORS and _plain(back["text"]) == CARRIED
    expected = mcu_nlp.analyze_frame(frame, models=models).reset_index(drop=True)
    pd.testing.assert_frame_equal(out.compute().reset_index(drop=True), expected, check_dtype=True)
