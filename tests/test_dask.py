"""analyze_dask on a real distributed LocalCluster equals analyze_frame on the same rows."""

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import mcu_nlp.dask  # noqa: E402
from mcu_nlp.frames import analyze_frame  # noqa: E402


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None).reset_index(drop=True)


@pytest.mark.slow
def test_local_cluster_with_two_workers_writes_parquet_equal_to_analyze_frame(spb_sample: pd.DataFrame, models,
                                                                              tmp_path) -> None:
    # README's example: to_parquet raised ArrowInvalid (meta said object, the partitions held str)
    frame = spb_sample[["id", "text"]].head(120).astype("string[pyarrow]")  # what dd.from_pandas makes of str
    frame.loc[frame.index[5], "text"] = ""
    expected = analyze_frame(frame, region="78", models=models)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=4), region="78").to_parquet(tmp_path / "out")
    pd.testing.assert_frame_equal(dd.read_parquet(tmp_path / "out").compute(), expected, check_dtype=True)


def test_missing_text_column_is_refused_before_computing() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="column 'text'"):
        mcu_nlp.dask.analyze_dask(ddf)


def test_a_text_column_named_like_an_analysis_column_is_refused_before_computing() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"topic": ["Нет воды"]}), npartitions=1)
    with pytest.raises(ValueError, match="rename it"):
        mcu_nlp.dask.analyze_dask(ddf, text_column="topic")


def test_a_frame_with_columns_named_like_the_analysis_is_refused_before_computing() -> None:
    # its 'topic' column was replaced by the predictions
    ddf = dd.from_pandas(pd.DataFrame({"text": ["Нет воды"], "topic": ["water"]}), npartitions=1)
    with pytest.raises(ValueError, match=r"got columns \['topic'\]; drop or rename them"):
        mcu_nlp.dask.analyze_dask(ddf)


def test_a_value_that_is_not_text_is_an_error_row_as_in_analyze_frame(models) -> None:
    # dd.from_pandas turned the number 17 into the text '17' (dask's convert-string): topic 'other', no error
    # (only the text column is left unconverted: an object id column becomes dask's text, as in any frame)
    frame = pd.DataFrame({"id": [1, 2, 3, 4], "text": pd.Series(["Нет света", 17, None, 3.5], dtype=object)})
    got = mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=2)).compute(scheduler="sync")
    pd.testing.assert_frame_equal(_plain(got), _plain(analyze_frame(frame, models=models)))
    errors = [None if pd.isna(error) else error for error in got["error"]]  # pandas 3's str column has NaN
    assert errors == [None, "not text: int", "missing text", "not text: float"]


def test_dask_internals_that_moved_leave_the_frame_as_given(monkeypatch) -> None:
    # the string-conversion fix reads dask-expr internals; a release that renames them must not break analyze_dask
    from dask.dataframe.dask_expr.io.io import FromPandas

    from mcu_nlp.dask import _unconverted

    def renamed(self, *args):
        raise AttributeError("substitute_parameters")

    ddf = dd.from_pandas(pd.DataFrame({"text": ["Нет света", 17]}, dtype=object), npartitions=1)
    assert _unconverted(ddf, "text") is not ddf  # the rewrite happens with this dask
    monkeypatch.setattr(FromPandas, "substitute_parameters", renamed)
    assert _unconverted(ddf, "text") is ddf


def test_a_region_column_resolves_each_row_in_its_own_region_as_in_analyze_frame(models) -> None:
    # "в Славянке": Шушары in Санкт-Петербург (78), Хасанский округ in Приморский край (25)
    frame = pd.DataFrame({"id": list("abcdef"), "text": ["Нет света в Славянке"] * 5 + [None],
                          "region": ["78", "25", None, "99", " 78 ", "78"]}, dtype=object)
    got = mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=3), region_column="region")
    got = got.compute(scheduler="sync")
    pd.testing.assert_frame_equal(_plain(got), _plain(analyze_frame(frame, region_column="region", models=models)))
    assert _plain(got)["municipality"].tolist() == ["Шушары", "Хасанский муниципальный округ",
                                                    "Хасанский муниципальный округ", "Хасанский муниципальный округ",
                                                    "Шушары", None]  # '99': no region, analysed without (s41 D1)
    assert _plain(got)["error"].tolist() == [None, None, None, None, None, "missing text"]


@pytest.mark.parametrize(("options", "words"), [
    ({"region": "78", "region_column": "region"}, "got both; drop region="),
    ({"region_column": "subject"}, "expected a region column 'subject'"),
], ids=["both", "missing"])
def test_a_region_column_that_cannot_be_used_is_refused_before_computing(options, words) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": ["Нет воды"], "region": ["78"]}), npartitions=1)
    with pytest.raises(ValueError, match=words):
        mcu_nlp.dask.analyze_dask(ddf, **options)


PARTITIONS = [  # (texts of a frame cut in two partitions of three rows, their dtype: dask's for text, else object)
    (["Нет воды в Надыме", "Яма на дороге", "Нет света", "Мусор", None, "Нет отопления"], "string[pyarrow]"),
    (["Нет воды в Надыме", "Яма на дороге", "Нет света", None, "", 17], object),
    ([None, "", 3.5, None, None, None], object),
    # the text column analyze_frame left in its type, dask made string[pyarrow]: d.equals(f) was False
    (["Нет воды в Надыме", None, "", "Яма на дороге", "Нет света", None], None),  # pandas 3's str, NaN
    (["Нет воды в Надыме", None, "", "Яма на дороге", "Нет света", None], "string[python]"),
]


@pytest.mark.parametrize(("texts", "dtype"), PARTITIONS, ids=["one bad row in one partition",
                                                              "one partition of errors", "errors only",
                                                              "inferred str", "string[python]"])
def test_the_result_equals_analyze_frame_with_its_column_types(models, texts: list[object], dtype: object) -> None:
    # the partitions inferred their types from their rows (object with None, or str with NaN), each its own
    frame = pd.DataFrame({"id": range(6), "text": pd.Series(texts, dtype=dtype)})
    got = mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=2), region="89")
    assert got.npartitions == 2
    pd.testing.assert_frame_equal(got.compute(), analyze_frame(frame, region="89", models=models), check_dtype=True)


@pytest.mark.parametrize("dtype", ["string[pyarrow]", None, "string[python]"],
                         ids=["what dask makes of a text column read from files", "inferred str", "string[python]"])
def test_the_result_is_written_to_parquet_and_read_back(models, tmp_path, dtype: object) -> None:
    frame = pd.DataFrame({"id": range(4), "text": pd.Series(["Нет воды в Надыме", "Яма", None, "Нет света"],
                                                            dtype=dtype)})
    mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=2), region="89").to_parquet(tmp_path / "out")
    expected = analyze_frame(frame, region="89", models=models)
    pd.testing.assert_frame_equal(dd.read_parquet(tmp_path / "out").compute(), expected, check_dtype=True)


def test_a_frame_with_a_non_text_value_and_a_mixed_column_is_written_to_parquet(models, tmp_path) -> None:
    # ArrowInvalid "Could not convert <object object ...>": the string conversion was turned off for the whole frame
    # to keep the number 5 an error row, so the mixed 'region' column stayed object
    frame = pd.DataFrame({"id": range(4), "text": ["Нет воды в Надыме", "Яма", 5, "Газ"],
                          "region": ["89", None, 25, 78.0]})
    got = mcu_nlp.dask.analyze_dask(dd.from_pandas(frame, npartitions=2), region_column="region")
    got.to_parquet(tmp_path / "out")
    back = dd.read_parquet(tmp_path / "out").compute()
    expected = analyze_frame(frame, region_column="region", models=models)
    columns = ["id", "text", *mcu_nlp.dask.FRAME_DTYPES]
    pd.testing.assert_frame_equal(back[columns], expected[columns], check_dtype=True)
    assert _plain(back)["region"].tolist() == ["89", None, "25", "78.0"] and back["error"].iloc[2] == "not text: int"


def test_the_warning_on_dates_that_cannot_be_read_names_their_partition(models) -> None:
    # "positions [2]" for the frame's row 5: a position within the second partition, read as one of the frame
    frame = pd.DataFrame({"text": ["Нет отопления"] * 8, "date": ["2024-01-05"] * 5 + ["скоро"] + ["2024-01-05"] * 2})
    ddf = dd.from_pandas(frame, npartitions=2)
    with pytest.warns(UserWarning, match=r"1 date in partition 1 could not be read \(positions \[1\] within it"):
        got = mcu_nlp.dask.analyze_dask(ddf, date_column="date").compute(scheduler="sync")
    with pytest.warns(UserWarning, match=r"positions \[5\]"):  # analyze_frame's: positions in the frame
        expected = analyze_frame(frame, date_column="date", models=models)
    pd.testing.assert_frame_equal(_plain(got), _plain(expected))
