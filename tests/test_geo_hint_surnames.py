"""A surname-like town name (forms.PERSON_NAME) after «в»/«из» counts whatever the caller's region (API.md: the region
only breaks ties); a common word still counts only in the caller's region (a village the gazetteer lacks, a shop)."""

import pytest

from mcu_nlp.geo import GeoResolver


def _places(text: str, region: str | None) -> list[tuple[str, str]]:
    return [(p.name, p.region_code) for p in GeoResolver(region=region).resolve(text)]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("в Ростове", "78"),
        ("В Ростове нет воды", "46"),
        ("в Ростове", "89"),
        ("Пишу из Ростова, на вокзале грязно", "78"),
        ("Живу в Галиче, дорогу не чистят", "46"),
    ],
)
def test_surname_like_town_after_preposition_counts_outside_the_callers_region(text, region):
    expected = _places(text, None)
    assert expected  # the same place as with no region
    assert _places(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Я верю в Ростова, он справится", "78"),  # a person's accusative
        ("у Ростова нет машины", "78"),  # «у»: a person's
        ("в Славянке нет воды", "89"),  # a common word: a village of the caller's region, a shop
        ("в Дружбе нет воды", "46"),
    ],
)
def test_person_or_common_word_outside_the_callers_region_stays_no_place(text, region):
    assert _places(text, region) == []


def test_callers_region_namesake_still_wins():
    assert _places("в Славянке нет воды", "78") == [("Славянка", "78")]
