"""Walkthrough of session 17 (G10): with the caller's region, a village name the gazetteer knows only in two or more
other regions ("в д. Ключи" with 59: Ключи of Алтайский край, Омская область, Камчатка) was answered with the biggest
of them at 0.48; such a common name is most likely one of the caller's own villages the gazetteer lacks (it holds
villages of 3,000+ people only), so no place is the answer. A name of one other region stays (a known village a
caller elsewhere writes about: "в Чемале туристы ..."). Session 18: with a village's type word such a name is no place
without a caller's region either (tests/test_geo_village_namesakes.py)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver

TEXT = "В прошлом месяце в д. Ключи текла крыша"


@pytest.mark.parametrize("region", ["59", "46", "78"])
def test_a_common_village_name_elsewhere_is_no_place_for_a_caller(region: str) -> None:
    assert GeoResolver(region=region).resolve(TEXT) == []


@pytest.mark.parametrize(
    ("region", "text", "code"),
    [
        ("55", TEXT, "55"),  # the caller's own Ключи
        ("59", "В Омской области, в д. Ключи текла крыша", "55"),  # the region named in the text
        ("22", "в Чемале туристы бросают мусор у моста", "04"),  # a village of one other region
    ],
)
def test_namesakes_that_stay(region: str | None, text: str, code: str) -> None:
    assert [p.region_code for p in GeoResolver(region=region).resolve(text) if p.kind == "settlement"] == [code]
