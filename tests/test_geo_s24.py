"""Session 24's geo fixes (kinds other regions' sentences were missed on; invented sentences).

- A big town's district named «... округ» (census 2021's «внутригородские округа») counts without «в» in the
  caller's region, as «... район» does since session 23 («Жители Карасунского округа просят ...» with region 23 is
  Краснодар, with 46 «Сеймского округа» Курск); not for a caller of another region; with no region only a district
  no other place shares and no dictionary word names (Архангельск's Маймаксанский).
- A town's name in «-ец» makes its residents' «-чане» without the fleeting «е» («Елец» → «ельчане», «Малоярославец» →
  «малоярославчане»), kept as a dictionary word since it is a «-чанин» resident's plural (``town_words.resident_word``).
- A region ranks among its namesakes as a big town (regions have no population in the gazetteer): «В Крыму нет воды»
  with no region is Республика Крым (no municipality), not Ростовская's village Крым; a caller of 61 keeps the village.
"""

from __future__ import annotations

import pytest
from helpers import best_place

from mcu_nlp.geo import GeoResolver

KRASNODAR, KURSK, ARKHANGELSK = "03701000", "38701000", "11701000"
ELETS, MALOYAROSLAVETS = "42715000", "29623000"
MYASNIKOVSKY = "60635000"  # Ростовская's district of the village Крым

TOWN_OKRUGS = [
    ("23", "Жители Карасунского округа просят починить дорогу", KRASNODAR),
    ("23", "жители карасунского округа третий день без воды", KRASNODAR),
    ("46", "Жителям Сеймского округа опять не вывезли мусор", KURSK),
    ("29", "Соломбальского округа жители просят пустить автобус", ARKHANGELSK),
    (None, "Жители Маймаксанского округа просят пустить автобус", ARKHANGELSK),  # no other place, no dictionary word
    # guards: a caller of another region; the form after «в» and beside its town, as before
    ("78", "Жители Карасунского округа просят починить дорогу", None),
    ("23", "В Прикубанском округе Краснодара яма на дороге", KRASNODAR),
]

DEMONYMS = [
    (None, "Ельчане жалуются на грязь у рынка", ELETS),
    ("48", "ельчанам снова отключили горячую воду", ELETS),
    (None, "Малоярославчане просят вернуть вечерний автобус", MALOYAROSLAVETS),
]

REGIONS = [
    (None, "В Крыму третий день нет воды", None),
    (None, "Отдыхали в санатории «Крым», в номере холодно", None),
    # guard: the caller's region picks the village
    ("61", "В Крыму третий день нет воды", MYASNIKOVSKY),
]


@pytest.mark.parametrize(("region", "text", "want"), TOWN_OKRUGS + DEMONYMS + REGIONS)
def test_geo_s24(region: str | None, text: str, want: str | None) -> None:
    assert best_place(text, region) == want


def test_region_outranks_village_namesake() -> None:
    places = GeoResolver().resolve("В Крыму третий день нет воды")
    assert [(p.kind, p.region_code) for p in places] == [("region", "91")]
