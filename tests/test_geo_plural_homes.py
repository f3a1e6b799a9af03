"""Homes in the plural before a big town's genitive plural are the town's: «Все дома Березников без горячей воды»
named no place (review s19 #6), since a home noun before a surname-like form read it as a family's name (session 18:
«В доме Березников», «Семья Березников»); a family has one home (``named_towns._homes``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

BEREZNIKI = "57708000"
CASES = [
    ("Все дома Березников без горячей воды", BEREZNIKI),
    ("во всех домах Березников нет воды", BEREZNIKI),
    ("В доме Березников нет воды", None),  # one home: the family's, as before
    ("Семья Березников просит помощи", None),
    ("Возле дома Березников яма", None),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_plural_homes(text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert (best.oktmo if best else None) == want
