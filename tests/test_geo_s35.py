"""A town that is a surname too, heading an address whose next part is an ordinal microdistrict («Энгельс, 2-й мкр»),
is found (session 35, noted in session 34's Саратовская walkthrough: «Энгельс, 2-й мкр, нет воды» found nothing,
«Энгельс, 2 мкр» the town; :meth:`mcu_nlp.geo.context.TextContext.numbered_part`). The cases of the first test fail
on the parent (973b9a9)."""

from __future__ import annotations

import pytest
from helpers import best_place


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Энгельс, 2-й мкр, нет воды", None, "63650000"),
        ("Энгельс 2-й мкр, отопления нет", None, "63650000"),
        ("Энгельс, 3-й микрорайон: яма у школы", "64", "63650000"),
    ],
)
def test_a_surname_town_before_an_ordinal_microdistrict(text, region, expected):
    assert best_place(text, region) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Энгельс, 2 мкр, нет воды", "63650000"),  # as before
        ("Курск, 2-й мкр, нет воды", "38701000"),
        ("Энгельс, 2-й этаж, нет воды", None),  # a floor is no part of a town: «Энгельс» may be a person's
    ],
)
def test_other_numbered_parts_read_as_before(text, expected):
    assert best_place(text) == expected
