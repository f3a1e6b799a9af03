"""A subject's ОКТМО prefix given where a subject code is read («region="82"», Дагестан's codes all start with 82,
its subject code is 05) is refused with the code to write (a Дагестан walkthrough, session 31: the message said only
"expected a known subject code"). A value that is a subject code stays one, whatever other subject's prefix it is."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.cli import main as cli
from mcu_nlp.errors import InputError, McuNlpWarning
from mcu_nlp.geo import GeoResolver
from mcu_nlp.regions import known_code, known_subjects, row_regions

DAGESTAN = "82 is the ОКТМО/ОКАТО prefix of Республика Дагестан; its subject code is '05'"
REGIONS_CSV = Path(__file__).parents[1] / "data" / "geo" / "regions.csv"


@pytest.mark.parametrize("value", ["82", 82, " 82 ", 82.0, "82.0"])
def test_a_prefix_is_refused_with_its_subject_code(models, value: object) -> None:
    with pytest.raises(InputError, match=f"got '82'; {DAGESTAN}$"):
        mcu_nlp.analyze("В Махачкале третий день нет воды", region=value, models=models)
    with pytest.raises(InputError, match=DAGESTAN):
        GeoResolver(region=value)
    with pytest.raises(InputError, match=DAGESTAN):
        mcu_nlp.analyze_batch(["Нет воды"], region=value, models=models)


def test_the_subject_code_the_hint_gives_works(models) -> None:
    a = mcu_nlp.analyze("В Махачкале третий день нет воды", region="05", models=models)
    assert (a.error, a.municipality.name, a.municipality.region_code) == (None, "Махачкала", "05")


@pytest.mark.parametrize(("code", "text", "municipality"), [
    ("40", "В Калуге нет света", "Калуга"),  # 40: Калужская область, and Санкт-Петербург's ОКТМО prefix
    ("45", "В Кургане нет света", "Курган"),  # 45: Курганская область, and Москва's prefix
    ("71", "В Туле нет света", "Тула"),  # 71: Тульская область, and Тюменская область's prefix
])
def test_a_subject_code_that_is_another_subjects_prefix_stays_a_code(models, code: str, text: str,
                                                                      municipality: str) -> None:
    a = mcu_nlp.analyze(text, region=code, models=models)
    assert (a.error, a.municipality.name, a.municipality.region_code) == (None, municipality, code)


def test_every_prefix_of_the_classifier_is_a_code_or_hinted_with_its_subject() -> None:
    # data/geo/regions.csv (ОКТМО's own table, not the gazetteer): a 2-digit prefix that is no subject code names its
    # subject and code; one that is a code is read as that code
    rows = list(csv.DictReader(REGIONS_CSV.open(encoding="utf-8")))
    hinted = 0
    for row in rows:
        prefix = row["oktmo_prefix"]
        if len(prefix) != 2:  # ЯНАО's 719, Севастополь's 673: their first two digits are a code (Тульская, ...)
            assert known_code(prefix[:2]) == prefix[:2]
            continue
        if prefix in known_subjects():
            assert known_code(prefix) == prefix
            continue
        hinted += 1
        with pytest.raises(InputError) as refused:
            known_code(prefix)
        assert str(refused.value).endswith(f"got '{prefix}'; {prefix} is the ОКТМО/ОКАТО prefix of "
                                           f"{row['region_name']}; its subject code is '{row['region_code']}'")
    assert hinted == 14  # Башкортостан's 80 ... Еврейская АО's 99


def test_a_code_that_is_nobodys_prefix_has_no_hint() -> None:
    with pytest.raises(InputError) as refused:
        known_code("00")
    assert str(refused.value) == "expected a known subject code, got '00'"


def test_a_region_column_row_gets_the_hint(models) -> None:
    codes, problems = row_regions(["05", "82", "00"])
    assert codes == ["05", None, None]
    assert problems == [None, f"bad region: expected a known subject code, got '82'; {DAGESTAN}",
                        "bad region: expected a known subject code, got '00'"]
    frame = pd.DataFrame({"text": ["Нет воды в Каспийске"] * 2, "region": ["05", "82"]})
    with pytest.warns(McuNlpWarning, match=f"such as: expected a known subject code, got '82'; {DAGESTAN}; those "):
        out = mcu_nlp.analyze_frame(frame, region_column="region", models=models)
    # '82' is no region: its row is analysed without one (walkthrough s41 D1), Каспийск found all the same
    assert out["municipality"].tolist() == ["Каспийск", "Каспийск"] and out["error"].isna().all()


def test_cli_region_prefix(tmp_path: Path, capsys) -> None:
    data = tmp_path / "in.csv"
    data.write_text("text\nНет воды в Махачкале\n", encoding="utf-8")
    assert cli(["analyze", str(data), "-o", str(tmp_path / "out.csv"), "--region", "82", "--no-progress"]) == 2
    assert f"expected a known subject code, got '82'; {DAGESTAN}" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]  # refused before any work


@pytest.mark.parametrize("value", ["82701000", 82701000])
def test_a_municipality_oktmo_code_is_refused_with_its_subject_code_but_not_shown(models, value: object) -> None:
    with pytest.raises(InputError) as caught:
        mcu_nlp.analyze("В Махачкале третий день нет воды", region=value, models=models)
    message = str(caught.value)
    assert message.endswith("an 8-digit ОКТМО code of Республика Дагестан? its subject code is '05'")
    assert "82701000" not in message  # eight digits might be something else: described, not quoted


def test_eight_digits_no_subject_starts_with_get_no_hint() -> None:
    with pytest.raises(InputError) as caught:
        known_code("00000000")
    assert str(caught.value) == "expected a subject code such as '89' (ЯНАО) or '78', got str of 8 characters"
