"""A region's adjective cut short before its noun (session 12): «Тамб. обл.», «Заб. край», «Орл. обл.» name the region
as «Тамбовской обл.» does, so a village of a common name is that region's. A cut that starts another region's name
(«Кур.»: Курская, Курганская) or is a word («там обл.») names none."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the region named, the best municipality's ОКТМО); no caller's region
CUTS = [
    ("Знаменка Тамб. обл. — мусор не вывозят", "68", "68506000"),  # Знаменский, not Знаменка of Орловская
    ("Сосновка Тамб. обл. — яма на дороге", "68", "68534000"),
    ("Заб. край, пгт Ясногорск — котельная встала", "75", "76632000"),  # Оловяннинский, not Ясногорск of Тульская
    ("Орл. обл., с. Тросна — нет газа", "57", None),
]


@pytest.mark.parametrize(("text", "region", "oktmo"), CUTS)
def test_a_cut_region_name_is_the_region(text: str, region: str, oktmo: str | None) -> None:
    places = GeoResolver().resolve(text)
    assert region in [p.region_code for p in places if p.kind == "region"]
    if oktmo:
        best = best_municipality(places, text)
        assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize("text", ["лежал там обл. больнице", "Ивановка Кур. обл. — яма"])
def test_an_ambiguous_or_word_cut_names_no_region(text: str) -> None:
    assert not [p for p in GeoResolver().resolve(text) if p.kind == "region"]
