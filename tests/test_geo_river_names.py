"""A river named after a water word is no town of that name: «Жители Тырныауза просят укрепить берег Баксана» gave
Баксан, «В Кизляре после разлива Терека подтопило улицы» Терек (two dev rows, session 20), «вдоль набережной реки
волковки» the village Волковка of Краснодарский край (three SPb texts). A name right after «река», «берег», «разлив»,
«русло», «пойма», «устье», «паводок» (``lexicon.WATER_BEFORE``) is read as a street's is (``TextContext.street``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CASES = [
    (None, "Жители Тырныауза просят укрепить берег Баксана, размывает огороды", "83648000"),
    (None, "В Кизляре после разлива Терека подтопило улицы", "82730000"),
    (None, "Мусор на газоне вдоль набережной реки волковки", None),
    (None, "на реке Уфа тонкий лёд", None),
    # kept: the town itself, and a place after the river
    (None, "В Баксане нет воды", "83703000"),
    (None, "на берегу Волги в Самаре мусор", "36701000"),
    (None, "В Уфе на берегу реки мусор", "80701000"),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_river_names(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
