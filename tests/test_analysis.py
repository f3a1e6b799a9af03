"""analyze_batch and analyze_frame at their edges: arguments checked up front, one result per input."""

from __future__ import annotations

import copy
import pickle
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.errors import InputError

TEXTS = ["Нет света в подъезде", None, "Яма на дороге"]

BAD_SIZES = [  # (keyword arguments, words of the message)
    ({"chunk_size": 0}, "chunk_size >= 1"),  # was ValueError: range() arg 3 must not be zero
    ({"chunk_size": -5}, "chunk_size >= 1"),  # was no row analysed at all
    ({"chunk_size": 2.5}, "chunk_size >= 1"),
    ({"n_jobs": 0}, "-1 for all cores"),
    ({"n_jobs": -5}, "-1 for all cores"),
    ({"n_jobs": True}, "-1 for all cores"),
]


@pytest.mark.parametrize(("options", "words"), BAD_SIZES, ids=[str(case[0]) for case in BAD_SIZES])
def test_a_chunk_size_or_n_jobs_that_is_no_count_is_refused(models: Any, options: dict[str, Any],
                                                            words: str) -> None:
    with pytest.raises(InputError, match=words):
        mcu_nlp.analyze_batch(TEXTS, models=models, **options)


def test_n_jobs_minus_one_is_all_cores_as_in_joblib(models: Any) -> None:
    rows = mcu_nlp.analyze_batch(TEXTS, models=models, n_jobs=-1, chunk_size=1)
    assert [row.error for row in rows] == [None, "missing text", None]


def test_unreadable_dates_are_warned_once_at_their_positions_in_the_input(models: Any) -> None:
    # the positions were counted after the error rows were dropped, per chunk: [1] instead of [2]
    texts = ["Нет света", None, "Нет воды", "", "Нет отопления", "Яма"]
    dates = ["2024-01-01", "2024-01-02", "bad", "bad", "05.01.2024", "31.02.2024"]
    with pytest.warns(UserWarning) as caught:
        rows = mcu_nlp.analyze_batch(texts, dates=dates, models=models, chunk_size=2)
    assert [str(w.message) for w in caught] == [
        "2 dates could not be read (positions [2, 5]) and count as unknown; pass dates, 'YYYY-MM-DD' or "
        "'DD.MM.YYYY' strings or None"]
    assert [row.error for row in rows] == [None, "missing text", None, "empty text", None, None]


@pytest.mark.parametrize(("texts", "shown"), [(["Нет света", None, "", "Яма"], "4/4"), ([None, ""], "2/2")])
def test_the_progress_bar_counts_every_input(models: Any, capsys: pytest.CaptureFixture[str], texts: list[Any],
                                             shown: str) -> None:
    # it counted the valid texts alone: 2/2 for 4 inputs (and showed nothing when none was valid)
    mcu_nlp.analyze_batch(texts, models=models, progress=True)
    assert f"{shown} " in capsys.readouterr().err.splitlines()[-1]


def test_no_progress_bar_no_tqdm(models: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # even a disabled bar made a multiprocessing lock: a named semaphore in the analyze job's loky workers, reported
    # as "leaked semaphore objects" when SIGTERM stopped the job
    import tqdm

    def made(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a tqdm bar was made")

    monkeypatch.setattr(tqdm, "tqdm", made)
    assert len(mcu_nlp.analyze_batch(TEXTS, models=models, chunk_size=1)) == 3


@pytest.mark.parametrize("texts", [None, 5, 3.5], ids=["None", "int", "float"])
def test_what_is_no_iterable_of_texts_is_a_type_error_saying_what_is_expected(models: Any, texts: Any) -> None:
    with pytest.raises(TypeError, match=r"^expected an iterable of texts, got .*; pass a list"):  # was 'NoneType'...
        mcu_nlp.analyze_batch(texts, models=models)


@pytest.mark.parametrize("texts", [["Нет света", None, ""], [None, ""]], ids=["some errors", "all errors"])
def test_error_rows_have_no_scores_in_a_frame(models: Any, texts: list[Any]) -> None:
    # they were 0.0, a probability no model gave, pulling means and low-score filters down
    import pandas as pd

    out = mcu_nlp.analyze_frame(pd.DataFrame({"text": texts}), models=models)
    errors = out["error"].notna()
    assert out.loc[errors, ["topic_score", "urgency_score"]].isna().all().all()
    assert out.loc[~errors, ["topic_score", "urgency_score"]].notna().all().all()
    assert (out[["topic_score", "urgency_score"]].dtypes == "float64").all()
    assert np.isnan(mcu_nlp.analyze_batch([None], models=models)[0].topic_score)  # NaN as here, a float all the same


SCORED = [  # (call with an error row, what it gives): the record's scores were 0.0, the frame's NaN
    lambda models: [mcu_nlp.analyze("", models=models)],
    lambda models: mcu_nlp.analyze_batch(["", None, 7, "Нет воды"], models=models)[:3],
]


@pytest.mark.parametrize("call", SCORED, ids=["analyze", "analyze_batch"])
def test_an_error_row_has_nan_scores_as_in_a_frame(models: Any, call: Any) -> None:
    for row in call(models):
        assert row.error and np.isnan(row.topic_score) and np.isnan(row.urgency_score)
    frame = mcu_nlp.analyze_frame(pd.DataFrame({"text": [""]}), models=models)
    assert frame[["topic_score", "urgency_score"]].isna().all().all()


def test_error_rows_have_no_places_in_a_frame_and_analysed_rows_without_one_an_empty_string(models: Any) -> None:
    # places was "" in error rows too, so places.isna() did not find the unanalysed rows as topic.isna() does
    import pandas as pd

    out = mcu_nlp.analyze_frame(pd.DataFrame({"text": ["Нет света в Надыме", "Нет света", None, ""]}), models=models)
    assert out["places"].isna().tolist() == out["topic"].isna().tolist() == [False, False, True, True]
    assert out["places"][1] == ""  # analysed, no place found


FRAMES = [  # (texts of a frame): its analysis columns have one type each whatever the rows hold
    ["Нет света в подъезде", "Яма на дороге в Надыме"],
    ["Нет света в подъезде", None],
    [None, "", 5],
    [],
]


@pytest.mark.parametrize("texts", FRAMES, ids=["all good", "mixed", "all errors", "empty"])
def test_the_analysis_columns_have_the_same_types_whatever_the_rows(models: Any, texts: list[Any],
                                                                     tmp_path: Any) -> None:
    # error was object [None, None] in good rows and str [nan, 'missing text'] with a bad one; topic and urgency
    # object in all-error frames, places and error object in empty ones: dask partitions disagreed
    out = mcu_nlp.analyze_frame(pd.DataFrame({"text": pd.Series(texts, dtype=object)}), models=models)
    text, score = pd.StringDtype("pyarrow"), np.dtype("float64")  # written out: not read from FRAME_DTYPES
    assert out.dtypes.drop("text").to_dict() == {
        "topic": text, "topic_score": score, "urgency": text, "urgency_score": score, "municipality": text,
        "municipality_oktmo": text, "municipality_score": score, "places": text, "error": text}
    assert out["error"].isna().tolist() == [isinstance(text, str) and bool(text) for text in texts]
    added = out.drop(columns="text")  # the input's column, with a 5 among texts, is no business of Parquet here
    added.to_parquet(tmp_path / "out.parquet")  # the types survive Parquet, and CSV keeps one row per row
    back = pd.read_parquet(tmp_path / "out.parquet")  # pandas 2 reads "string" back in its default storage
    pd.testing.assert_frame_equal(back, added, check_dtype=False)
    assert back.dtypes.astype(str).to_dict() == added.dtypes.astype(str).to_dict()
    out.to_csv(tmp_path / "out.csv", index=False)
    assert len(pd.read_csv(tmp_path / "out.csv")) == len(texts)


WARNED = [  # (call with an unreadable date): the warning names the caller's line, not a line of mcu_nlp
    lambda models: mcu_nlp.analyze("Нет света", date="32.13.2024", models=models),
    lambda models: mcu_nlp.analyze_batch(["Нет света"], dates=["32.13.2024"], models=models),
    lambda models: mcu_nlp.analyze_frame(pd.DataFrame({"text": ["Нет света"], "d": ["32.13.2024"]}),
                                         date_column="d", models=models),
    lambda models: models.urgency.predict(["Нет света"], dates=["32.13.2024"]),  # named urgency/classifier.py
]


@pytest.mark.parametrize("call", WARNED, ids=["analyze", "analyze_batch", "analyze_frame", "urgency predict"])
def test_an_unreadable_date_is_warned_at_the_callers_line(models: Any, call: Any) -> None:
    with pytest.warns(UserWarning, match="1 date could not be read") as caught:
        call(models)
    assert [Path(w.filename).name for w in caught] == [Path(__file__).name]


TEXT_TYPES = [  # (the text column's type, None: inferred; its texts): it came back as it went in, object aside
    (None, ["нет воды", None, "", "яма"]),  # pandas 3's str, NaN where missing: dask gave string[pyarrow]
    ("string[python]", ["нет воды", None, "", "яма \udcff"]),  # Arrow cannot hold a lone surrogate
    (object, ["нет воды", None, "", "яма \udcff"]),
    ("string[pyarrow]", ["нет воды", None, "", "яма"]),
]


@pytest.mark.parametrize(("dtype", "texts"), TEXT_TYPES, ids=["inferred", "string[python]", "object", "pyarrow"])
def test_the_text_column_comes_back_as_one_text_type_whatever_it_came_in(models: Any, dtype: Any,
                                                                        texts: list[Any]) -> None:
    out = mcu_nlp.analyze_frame(pd.DataFrame({"text": pd.Series(texts, dtype=dtype)}), models=models)
    assert out["text"].dtype == pd.StringDtype("pyarrow")  # written out: not read from frames.TEXT_DTYPE
    assert out["text"].tolist() == [pd.NA if t is None else t.replace("\udcff", "\ufffd") for t in texts]


ERROR_ROW = mcu_nlp.Analysis(text="", error="empty text")
EQUAL = [  # (two records, equal?): NaN scores compared with ==, so an error row was unequal to its own pickle
    (ERROR_ROW, pickle.loads(pickle.dumps(ERROR_ROW)), True),
    (ERROR_ROW, copy.deepcopy(ERROR_ROW), True),
    (ERROR_ROW, mcu_nlp.Analysis(text="", topic_score=float("nan"), urgency_score=np.nan, error="empty text"), True),
    (ERROR_ROW, mcu_nlp.Analysis(text="", topic_score=0.0, error="empty text"), False),  # a score is no NaN
    (ERROR_ROW, mcu_nlp.Analysis(text="", error="missing text"), False),
    (mcu_nlp.Analysis(text="Яма", topic="roads", topic_score=0.9), mcu_nlp.Analysis(text="Яма", topic="roads",
                                                                                   topic_score=0.8), False),
]


@pytest.mark.parametrize(("one", "other", "equal"), EQUAL,
                         ids=["pickled", "deep copy", "other NaNs", "0.0", "other error", "other score"])
def test_records_with_nan_scores_compare_and_hash_equal(one: Any, other: Any, equal: bool) -> None:
    assert (one == other, one != other, len({one, other})) == (equal, not equal, 1 if equal else 2)


def test_an_error_row_of_analyze_equals_its_pickle(models: Any) -> None:
    row = mcu_nlp.analyze("", models=models)
    assert pickle.loads(pickle.dumps(row)) == row and row != "empty text"


def test_dates_of_a_datetime_column_values_are_read() -> None:
    # df["date"].values holds numpy.datetime64 items: every one was 'could not be read' and counted as unknown
    dates = pd.Series(pd.to_datetime(["2024-01-15", "2024-07-15", None])).to_numpy()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        levels = mcu_nlp.default_models().urgency.predict(["Нет отопления"] * 3, dates=dates)
        assert [a.urgency for a in mcu_nlp.analyze_batch(["Нет отопления"] * 3, dates=dates)] == list(levels)
        assert mcu_nlp.analyze("Нет отопления", date=dates[1]).urgency == "high"
    assert list(levels) == ["critical", "high", "critical"]  # the warm season lowers heating one level
    assert isinstance(dates[0], np.datetime64)
