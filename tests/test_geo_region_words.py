"""What README says of a name that is also an ordinary word («славянка»): read as a place only in the caller's region or
with no region (a guess, at a low score), not in another region's caller ("В Славянке нет света" from Курская)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver
from mcu_nlp.geo.municipality import CONFIDENT

TEXT = "В Славянке нет света"


@pytest.mark.parametrize(("region", "found"), [("25", ("25", 0.8)), ("78", ("78", 0.8)), (None, ("25", 0.48))])
def test_a_word_name_counts_in_the_callers_region_or_with_none(region: str | None, found: tuple) -> None:
    assert [(p.region_code, p.score) for p in GeoResolver(region=region).resolve(TEXT)] == [found]


def test_a_word_name_of_no_place_in_the_callers_region_finds_none() -> None:
    assert GeoResolver(region="46").resolve(TEXT) == []


def test_a_plain_name_of_another_region_comes_back_below_confident() -> None:
    (place,) = GeoResolver(region="78").resolve("в Железногорске нет света")
    assert place.region_code == "46" and place.score < CONFIDENT
