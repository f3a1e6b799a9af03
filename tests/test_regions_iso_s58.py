"""A subject's ISO 3166-2 code («RU-TA», as many other datasets write regions) given where a subject code is read is
refused with the code to write (session 57's Татарстан walkthrough: "str of 5 characters" and no hint)."""

import warnings
from pathlib import Path

import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.errors import InputError
from mcu_nlp.regions import REGIONS_FILE, subjects_by_iso

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_copy_of_regions_is_data_geo_regions() -> None:
    assert REGIONS_FILE.read_bytes() == (ROOT / "data" / "geo" / "regions.csv").read_bytes()


def test_every_subject_has_one_iso_code() -> None:
    codes = [code for _, code in subjects_by_iso().values()]
    assert len(codes) == len(set(codes)) == 85


@pytest.mark.parametrize(("value", "code"), [("RU-TA", "16"), ("ru-mos", "50"), (" RU-MOW ", "77"), ("RU-YAN", "89")])
def test_an_iso_code_as_region_names_the_subject_code(value: str, code: str) -> None:
    with pytest.raises(InputError, match=f"ISO 3166-2 code of .*; its subject code is '{code}'"):
        mcu_nlp.analyze("Третий день нет воды", region=value)


def test_an_unknown_iso_like_value_gets_no_hint() -> None:
    with pytest.raises(InputError) as error:
        mcu_nlp.analyze("Третий день нет воды", region="RU-XX")
    assert "ISO" not in str(error.value)


def test_an_iso_code_in_a_region_column_warns_with_the_code_and_keeps_the_row() -> None:
    frame = pd.DataFrame({"text": ["Третий день нет воды", "Во дворе яма"], "region": ["RU-TA", "16"]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = mcu_nlp.analyze_frame(frame, text_column="text", region_column="region")
    assert len(out) == 2
    assert any("its subject code is '16'" in str(w.message) for w in caught)
