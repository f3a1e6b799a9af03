"""count_series writes a key column read back from CSV as numbers the way it was written: a region column with an
empty cell is read by pandas as floats (2.0, 89.0), and its series ids were «heating/2.0»."""

import io

import pandas as pd

from mcu_nlp import count_series


def _read_back() -> pd.DataFrame:
    written = "date,topic,region\n2026-11-01,heating,2\n2026-11-01,heating,89\n2026-11-02,roads,\n"
    frame = pd.read_csv(io.StringIO(written))
    assert frame["region"].dtype == float  # what pandas does: the premise of the test
    return frame


def test_a_whole_number_key_read_back_as_floats_gives_whole_number_ids():
    ids = set(count_series(_read_back(), by=("topic", "region")).unique_id)
    assert {"heating/2", "heating/89", "roads/unknown", "2", "89", "unknown"} <= ids
    assert not any(".0" in series for series in ids)


def test_the_region_key_column_of_the_counts_holds_the_same_text():
    counts = count_series(_read_back(), by=("topic", "region"))
    assert set(counts.loc[counts.level == "region", "region"]) == {"2", "89", "unknown"}
