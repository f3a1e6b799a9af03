"""count_series writes a key column read back from CSV as numbers the way it was written: a region column with an
empty cell is read by pandas as floats (2.0, 89.0), and its series ids were «heating/2.0»; analyze writes the region
as a 2-digit code ("02"), and the ids were «heating/2» read as numbers but «heating/02» read as text."""

import io

import pandas as pd

from mcu_nlp import count_series

WRITTEN = "date,topic,region\n2026-11-01,heating,02\n2026-11-01,heating,89\n2026-11-02,roads,\n"


def _read_back(**read) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(WRITTEN), **read)


def test_a_whole_number_key_read_back_as_floats_gives_whole_number_ids():
    frame = _read_back()
    assert frame["region"].dtype == float  # what pandas does: the premise of the test
    ids = set(count_series(frame, by=("topic", "region")).unique_id)
    assert {"heating/02", "heating/89", "roads/unknown", "02", "89", "unknown"} <= ids
    assert not any(".0" in series for series in ids)


def test_the_region_key_column_of_the_counts_holds_the_same_text():
    counts = count_series(_read_back(), by=("topic", "region"))
    assert set(counts.loc[counts.level == "region", "region"]) == {"02", "89", "unknown"}


def test_the_region_read_as_numbers_or_as_text_gives_the_same_series():
    as_numbers = count_series(_read_back(), by=("topic", "region"))
    as_text = count_series(_read_back(dtype={"region": str}), by=("topic", "region"))
    pd.testing.assert_frame_equal(as_numbers, as_text)


def test_a_region_code_column_without_empty_cells_read_as_integers_keeps_two_digits():
    frame = pd.read_csv(io.StringIO("date,topic,region_code\n2026-11-01,heating,7\n2026-11-01,roads,46\n"))
    assert frame["region_code"].dtype == "int64"
    ids = set(count_series(frame, by=("topic", "region_code")).unique_id)
    assert {"heating/07", "roads/46", "07", "46"} <= ids


def test_another_whole_number_key_stays_as_written():
    frame = pd.read_csv(io.StringIO("date,topic,rooms\n2026-11-01,heating,2\n2026-11-01,roads,\n"))
    assert set(count_series(frame, by=("topic", "rooms")).unique_id) >= {"heating/2", "2"}


def test_a_region_typed_as_text_without_its_zero_is_the_same_series_as_the_written_code():
    # regions.subject_code is what a subject code is: "2", 2, "02", 2.0 and " 2 " are all subject 02
    frames = [
        pd.DataFrame({"date": ["2026-11-01"], "topic": ["heating"], "region": pd.Series([value], dtype=dtype)})
        for value, dtype in (("2", object), (2, "int64"), ("02", object), (2.0, float), (" 2 ", object))
    ]
    ids = [set(count_series(frame, by=("topic", "region")).unique_id) for frame in frames]
    assert all(found == {"heating/02", "02", "__total__"} for found in ids), ids


def test_a_region_that_is_no_subject_code_stays_as_written():
    frame = pd.DataFrame({"date": ["2026-11-01"] * 2, "topic": ["heating"] * 2, "region": ["Курская", "46"]})
    assert {"heating/Курская", "heating/46"} <= set(count_series(frame, by=("topic", "region")).unique_id)


def test_a_region_value_that_is_no_code_read_back_as_a_float_has_no_fraction():
    # 100 is no subject code: it stays as written, but a float column (an empty cell) made it «100.0» (review s23 #13)
    written = "date,topic,region\n2026-11-01,heating,2\n2026-11-01,roads,100\n2026-11-02,roads,\n"
    frame = pd.read_csv(io.StringIO(written))
    assert frame["region"].dtype == float
    ids = set(count_series(frame, by=("topic", "region")).unique_id)
    assert {"heating/02", "roads/100", "roads/unknown"} <= ids and not any(".0" in series for series in ids)
