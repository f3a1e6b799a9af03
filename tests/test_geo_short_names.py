"""A town heading a text before a comma or a full stop, and the short names of Набережные Челны (session 8)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

ASBEST, NAB_CHELNY, SPB = "65730000", "92730000", "40000000"

# (region, text, the best municipality's ОКТМО, or the region's for Петербург): each gave nothing on the old code
CASES = [
    ("66", "Асбест. открытый люк", ASBEST),  # as "Асбест" alone
    ("66", "Асбест. Открытый люк во дворе", ASBEST),
    ("78", "Питер, лифт не работает", SPB),  # as "Питер" alone and "в Питере"
    ("78", "Питер. лифт не работает", SPB),
    ("43", "Киров, яма", "33701000"),
    ("16", "Челны", NAB_CHELNY),
    (None, "Челны", NAB_CHELNY),  # was a village of Хабаровский район: the city is meant (its population decides)
    (None, "Наб. Челны, ул. Мира 5", NAB_CHELNY),
    (None, "Н. Челны, нет воды", NAB_CHELNY),
    (None, "в Наб Челнах нет воды", NAB_CHELNY),
    (None, "в Челнах нет воды", NAB_CHELNY),
]
# A full stop after a word that is also a common noun is no evidence of a place without the caller's region
# (session 8 review): each gave Асбест (66) on the old code; asbestos dumped near houses is a real complaint
FULL_STOP = [
    (None, "Асбест. валяется у дома", None),
    (None, "Асбест. открытый люк", None),
    (None, "Асбест. Открытый люк во дворе", None),
]
# guards, right before and after
GUARDS = [
    ("66", "Асбест. валяется у дома", ASBEST),  # in its region the town heads the report
    (None, "Асбест", ASBEST),
    (None, "Асбест: открытый люк", ASBEST),
    (None, "Орел яма на дороге", "54701000"),  # a problem noun right after a big town's name still counts
    ("78", "Питер, привет! нет воды", SPB),
    ("16", "в Челнах нет воды", NAB_CHELNY),
    (None, "Кирова, 5: нет света", None),  # a street's name before a house number
    (None, "Питер, лифт не работает", None),  # Питер is also a first name: a comma after it counts with a region
    (None, "Киров, яма", "33701000"),  # session 9, as test_geo_big_towns: a big town before a comma and a problem noun
    ("78", "Асбест. открытый люк", None),  # Асбест is also a word: outside its region, no place
    (None, "Асбест, открытый люк", None),  # a word in a list, as "Горки, качели и песочница сломаны"
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES + FULL_STOP + GUARDS)
def test_short_names_and_headings(region: str | None, text: str, oktmo: str | None) -> None:
    places = GeoResolver(region=region).resolve(text)
    best = best_municipality(places, text)
    found = best.oktmo if best else next((p.oktmo for p in places if p.kind == "region"), None)
    assert found == oktmo
