"""A region per row: analyze_frame(region_column=) and analyze_batch(regions=) resolve each row in its own region.

"в Славянке" is a settlement of Шушары (Санкт-Петербург, 78) and of the Хасанский округ (Приморский край, 25): the
gazetteer's example of one name in two regions. Without a region the resolver picks Хасанский (the larger place).
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.errors import InputError, McuNlpWarning
from mcu_nlp.geo import GeoResolver

TEXT = "Нет света в Славянке"
SPB, PRIMORYE = "Шушары", "Хасанский муниципальный округ"
EAO_PREFIX = "; 99 is the ОКТМО/ОКАТО prefix of Еврейская автономная область; its subject code is '79'"

VALUES = [  # (a row's region value, the municipality found, why the value is no region: it is analysed without one)
    ("78", SPB, None),
    (78, SPB, None),
    (np.int64(78), SPB, None),
    (" 78 ", SPB, None),
    (78.0, SPB, None),  # pandas reads an integer column with empty cells as floats
    ("78.0", SPB, None),  # ... and writes them so to CSV
    (" 78.00 ", SPB, None),
    ("25", PRIMORYE, None),
    ("", PRIMORYE, None),  # empty: no region for this row
    ("   ", PRIMORYE, None),
    (None, PRIMORYE, None),
    (float("nan"), PRIMORYE, None),
    (pd.NA, PRIMORYE, None),
    ("99", PRIMORYE, "expected a known subject code, got '99'" + EAO_PREFIX),  # a subject's ОКТМО prefix
    (0, PRIMORYE, "expected a known subject code, got '00'"),  # the code as read
    ("078", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got '078'"),
    ("78a", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got '78a'"),
    (78.5, PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got float (78.5)"),
    ("78.5", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got '78.5'"),
    ("1e1", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got '1e1'"),
    ("99.0", PRIMORYE, "expected a known subject code, got '99'" + EAO_PREFIX),
    (True, PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got bool (True)"),
    ("Санкт-Петербург", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got "
                              "'Санкт-Петербург'; the code of Санкт-Петербург is '78'"),  # a subject's name: its code
    ("Иванов Иван", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got str of 11 characters"),
    ("+7 912 345-67-89", PRIMORYE, "expected a subject code such as '89' (ЯНАО) or '78', got str of 16 "
                               "characters"),  # a column of phones taken for regions: never echoed
]


def _values(column: pd.Series) -> list[Any]:
    return [None if pd.isna(value) else value for value in column]  # pandas 3's str columns hold NaN


@pytest.mark.parametrize(("value", "municipality", "why"), VALUES, ids=[repr(case[0]) for case in VALUES])
def test_each_row_is_resolved_in_its_own_region(models: Any, value: object, municipality: str | None,
                                                why: str | None) -> None:
    frame = pd.DataFrame({"text": [TEXT, "Яма на дороге"], "region": pd.Series([value, "46"], dtype=object)})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = mcu_nlp.analyze_frame(frame, region_column="region", models=models)
    said = [str(w.message) for w in caught if issubclass(w.category, McuNlpWarning)]
    assert _values(out["municipality"])[0] == municipality
    # walkthrough s41 D1: a bad region was an error row, its topic and urgency lost; now the row is analysed without
    # a region, and one warning says which and why
    assert _values(out["error"]) == [None, None] and out["topic"].notna().all() and out["urgency"].notna().all()
    if why is None:
        assert not [m for m in said if "region value" in m]
    else:
        assert said == [f"1 region value(s) are no subject code (positions [0]), such as: {why}; those texts were "
                        "analysed without a region"]


def test_a_mixed_frame_keeps_its_rows_order_and_index(models: Any) -> None:
    regions = ["78", "25", None, "99", "78", "25", "89"]
    texts = [TEXT, TEXT, TEXT, TEXT, None, "в Славянке прорвало трубу", "В Салехарде нет отопления"]
    frame = pd.DataFrame({"text": texts, "region": regions}, index=[70, 3, 50, 10, 20, 60, 0])
    with pytest.warns(McuNlpWarning, match=r"1 region value\(s\) are no subject code \(positions \[3\]\)"):
        out = mcu_nlp.analyze_frame(frame, region_column="region", models=models)
    assert out.index.equals(frame.index) and len(out) == len(frame)
    assert _values(out["municipality"]) == [SPB, PRIMORYE, PRIMORYE, PRIMORYE, None, PRIMORYE, "Салехард"]
    assert _values(out["error"]) == [None, None, None, None, "missing text", None, None]  # '99': no region
    with pytest.warns(McuNlpWarning):
        batch = mcu_nlp.analyze_batch(texts, regions=regions, chunk_size=2, models=models)  # groups cut by chunks
    assert [a.municipality.name if a.municipality else None for a in batch] == _values(out["municipality"])


class _CountingModels:
    """The shipped models, with the resolvers asked for and the texts each resolve_batch got recorded."""

    def __init__(self, models: Any) -> None:
        self.topic, self.urgency, self._models, self.calls = models.topic, models.urgency, models, []

    def geo(self, region: str | None) -> Any:
        resolver, calls = self._models.geo(region), self.calls

        class Counting:
            def resolve_batch(self, texts: list[str]) -> list[Any]:
                calls.append((region, len(texts)))
                return resolver.resolve_batch(texts)

        return Counting()


def test_each_region_of_a_chunk_is_resolved_in_one_call(models: Any) -> None:
    spy = _CountingModels(models)
    regions = ["78", "25", "78", None, "25", "78", "46"]
    texts = [f"{TEXT}, дом {i}" for i in range(7)]  # distinct: a chunk reads a repeated row once (analysis._distinct)
    mcu_nlp.analyze_batch(texts, regions=regions, chunk_size=5, models=spy)
    assert spy.calls == [("78", 2), ("25", 2), (None, 1), ("78", 1), ("46", 1)]  # chunks of 5 and 2 rows


BOTH_OR_MISSING = [  # (keyword arguments of analyze_frame, words of the message)
    ({"region": "78", "region_column": "region"}, "expected region= (one for all rows) or region_column= (one per "
                                                  "row), got both; drop region= to use each row's own region"),
    ({"region_column": "subject"}, "expected a region column 'subject', got columns ['text', 'region']; check "
                                   "region_column="),
    ({"region_column": "text"}, "expected a region column other than the text column"),
]


@pytest.mark.parametrize(("options", "words"), BOTH_OR_MISSING, ids=["both", "missing", "text column"])
def test_a_region_column_that_cannot_be_used_is_refused_up_front(models: Any, options: dict[str, Any],
                                                                 words: str) -> None:
    frame = pd.DataFrame({"text": [TEXT], "region": ["78"]})
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        mcu_nlp.analyze_frame(frame, models=models, **options)


@pytest.mark.parametrize(("options", "words"), [
    ({"region": "78", "regions": ["78"]}, "region= (one for all rows) or regions= (one per row), got both"),
    ({"regions": ["78", "25"]}, "expected 1 regions, one per text, got 2 regions"),
], ids=["both", "length"])
def test_analyze_batch_refuses_regions_it_cannot_match_to_texts(models: Any, options: dict[str, Any],
                                                                words: str) -> None:
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        mcu_nlp.analyze_batch([TEXT], models=models, **options)


@pytest.mark.parametrize("call", ["analyze", "analyze_batch", "analyze_frame"])
def test_one_unknown_region_for_all_rows_is_refused_before_any_work(models: Any, call: str) -> None:
    # "99" has the shape of a subject code but no subject has it: it was taken silently, as no region at all
    run = {
        "analyze": lambda: mcu_nlp.analyze(TEXT, region="99", models=models),
        "analyze_batch": lambda: mcu_nlp.analyze_batch([TEXT, ""], region="99", models=models),
        "analyze_frame": lambda: mcu_nlp.analyze_frame(pd.DataFrame({"text": [TEXT]}), region="99", models=models),
    }[call]
    with pytest.raises(InputError, match="expected a known subject code, got '99'"):
        run()


@pytest.mark.parametrize(("region", "municipality"), [("78.0", SPB), ("25.00", PRIMORYE)])
def test_one_region_for_all_rows_reads_a_whole_float_written_as_text(models: Any, region: str,
                                                                     municipality: str) -> None:
    assert GeoResolver(region=region).resolve(TEXT)[0].municipality == municipality
    assert mcu_nlp.analyze(TEXT, region=region, models=models).municipality.name == municipality


@pytest.mark.parametrize("region", ["78.5", "1e1", "78.000", "078.0"])
def test_one_region_for_all_rows_refuses_a_float_that_is_no_code(models: Any, region: str) -> None:
    with pytest.raises(InputError, match="expected a subject code such as '89'"):
        GeoResolver(region=region).resolve(TEXT)
    with pytest.raises(InputError, match="expected a subject code such as '89'"):
        mcu_nlp.analyze(TEXT, region=region, models=models)
