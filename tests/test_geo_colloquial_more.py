"""Colloquial names of session 20 (walkthrough s19 D31; data/geo/colloquial_names.csv): «ПКК» (Петропавловск-
Камчатский), «КнА» (Комсомольск-на-Амуре), «Махач» (Махачкала), and a nickname heading an address, «Владик, ул.
Светланская» (``colloquial.titles_address``). «Магнитка» (Магнитогорск) was left out: a town of Кусинский район has
that name («в пгт Магнитка»), and the colloquial form took its texts (geo_recall.py region 74: correct 0.976 ->
0.961)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CASES = [
    (None, "В ПКК опять отключили свет", "30701000"),
    ("41", "В ПКК опять отключили свет", "30701000"),
    (None, "В КнА нет горячей воды", "08709000"),
    (None, "КнА, нет воды третий день", "08709000"),
    (None, "В Махаче отключили свет", "82701000"),
    (None, "Владик, ул. Светланская, яма", "05701000"),
    # kept: the abbreviation («на ПКК»: the cadastral map), the word (a brawl), the boy
    (None, "На ПКК участок не отображается", None),
    (None, "Был махач во дворе", None),
    (None, "Владик, привет", None),
    ("74", "в пгт Магнитка нет воды", "75638000"),  # the town Магнитка of Кусинский район
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_colloquial_names(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
