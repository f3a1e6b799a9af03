"""Internal territories of Москва, Петербург and Севастополь: found by their own names, named properly (session 8)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver
from mcu_nlp.geo.gazetteer import load_gazetteer

# (ОКТМО, name): an adjective or a number alone said nothing ("Балаклавский внутригородская территория города
# федерального значения", "№ 7"); the source's official name without its type of territory now
NAMES = [
    ("67302000", "Балаклавский муниципальный округ"),
    ("45321000", "муниципальный округ Можайский"),
    ("40303000", "муниципальный округ Адмиралтейский округ"),
    ("40307000", "муниципальный округ № 7"),
    ("45941000", "поселение Внуковское"),
]


@pytest.mark.parametrize(("oktmo", "name"), NAMES)
def test_internal_territories_have_their_official_names(oktmo: str, name: str) -> None:
    g = load_gazetteer()
    assert [g.name[e] for e, code in enumerate(g.oktmo) if code == oktmo] == [name]


def test_no_name_is_a_type_of_territory_glued_to_an_adjective() -> None:
    assert [name for name in load_gazetteer().name if "внутригородская территория" in name] == []


def test_a_settlement_of_balaklava_names_its_municipality() -> None:
    (place,) = GeoResolver(region="92").resolve("в Балаклаве")
    assert place.municipality == "Балаклавский муниципальный округ"
