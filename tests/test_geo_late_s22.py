"""Geo fixes of session 22's late pass over blind22's misses (in-sample: blind22 had had its end run).

Invented sentences, none of blind22's."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


@pytest.fixture(scope="module")
def geo():
    return GeoResolver(region=None)


@pytest.mark.parametrize(
    "text",
    [
        "Кунгурская керамика стоит на полке",
        "Касимовское кружево купила на ярмарке",
        "Кадомская вышивка на скатерти",
    ],
)
def test_craft_named_after_a_place_is_no_place(geo, text):
    """A folk craft's or ware's name ("Кунгурская керамика") is sold and shown anywhere: not the place."""
    assert best_municipality(geo.resolve(text), text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Касимовская больница не принимает", "Касимов"),
        ("Кадомская школа без отопления", "Кадомский район"),
    ],
)
def test_place_adjective_before_an_object_still_names_it(geo, text, want):
    m = best_municipality(geo.resolve(text), text)
    assert m is not None and m.name == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Починок: третий день нет света", "Починок"),
        ("Пишу из Печоры: автобус не пришёл", "Печора"),  # after «из»: Печора's genitive, as before
    ],
)
def test_name_heading_a_sentence_is_the_nominative(geo, text, want):
    """A name opening a sentence, no preposition before it, is the namesake it names in the nominative (Починок),
    not another's oblique form (Починки's genitive)."""
    names = [p.name for p in geo.resolve(text)]
    assert names[:1] == [want]
