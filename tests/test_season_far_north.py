"""The season rule in the Far North (walkthrough s18 D27): heating there runs from September into June, so a date in
September, May or June lowered every heating outage of ЯНАО, Якутия or Мурманск to high, in `mcu-nlp analyze
--date-column` too. The text's subject decides: the municipality it names, else the caller's region."""

import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.season import cold_season, northern_dates

OUTAGE = "В Салехарде третий день нет отопления"


@pytest.mark.parametrize("day", ["2024-09-20", "2024-05-25", "2024-06-05"])
@pytest.mark.parametrize("region", ["89", None])  # the caller's region, or only the town the text names
def test_a_heating_outage_in_the_far_north_is_critical_in_september_may_and_june(day: str, region) -> None:
    assert mcu_nlp.analyze(OUTAGE, region=region, date=day).urgency == "critical"


@pytest.mark.parametrize(("text", "region"), [("Нет отопления", "14"), ("Нет отопления в квартире", "51")])
def test_the_callers_region_counts_when_the_text_names_no_town(text: str, region: str) -> None:
    assert mcu_nlp.analyze(text, region=region, date="25.09.2024").urgency == "critical"


@pytest.mark.parametrize(("text", "region", "day"), [
    (OUTAGE, "89", "2024-07-20"),  # high summer: a planned stop, there too
    ("Нет отопления", "46", "2024-09-25"),  # Курская: October-April
    ("Нет отопления в Курске", "89", "2024-09-20"),  # the town named is not in the north, whoever calls
])
def test_the_warm_months_still_lower_heating(text: str, region: str, day: str) -> None:
    assert mcu_nlp.analyze(text, region=region, date=day).urgency == "high"


def test_the_batch_forms_read_each_rows_subject() -> None:
    frame = pd.DataFrame({"text": ["Нет отопления"] * 3, "region": ["89", "46", "14"],
                          "date": ["2024-09-20", "2024-09-20", "2024-07-20"]})
    out = mcu_nlp.analyze_frame(frame, region_column="region", date_column="date")
    assert out["urgency"].tolist() == ["critical", "high", "high"]


def test_cold_season_by_region() -> None:
    assert [cold_season("2024-09-01", code) for code in ("89", "46", None)] == [True, False, False]
    assert northern_dates(["2024-06-10", "2024-06-10"], ["87", "24"]) == [None, "2024-06-10"]
