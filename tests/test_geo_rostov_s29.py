"""Session 29, a walkthrough of Ростовская область (61): its geo misses of a general kind.

(a) A town's own name opening the text heads an address before a comma and a посёлок's type word ("Шахты, пос.
    Артём", "Шахты, п. Машиностроителей", "Луга, пос. Володарское"); that посёлок is the town's part, so a namesake of
    it in another region than the town's is none ("Новочеркасск, пос. Донской" is no Донской of Тульская, "Воронеж,
    пос. Артём" no Артём of Приморский край); one of the town's region stays ("Тюмень, п. Боровский").
(b) A district right before a town's genitive ("в Пролетарском районе Ростова", "... г. Ростова-на-Дону") is that
    town's part, not a district of the region named alike that does not hold the town (Ростовская's rural
    Пролетарский район), nor the caller's town's district ("в Ленинском районе Саратова" with region 61 is no
    Ленинский район of Ростов); a district that holds the town stays ("в Октябрьском районе Каменоломни", a federal
    city's district, "в Пролетарском районе Ростовской области").
(c) With the caller's region given, a one-letter typo names a district's town of another region only if it has
    100,000+ people: "в Щепкине" with region 61 is no Щекино of Тульская, "в Белоредке" no Белорецк of Башкортостан
    (with region 02 it is), "в Балахие" no Балахна; a town that is an okrug of its own still is ("в Кумертае",
    "В Салехрде" with 02), as a big one ("в Казанни", "в Новочеркаске").
(d) Town parts (data/geo/town_parts.csv): Ростов-на-Дону's Северный and Западный жилой массив (СЖМ, ЗЖМ,
    «жилмассив»), Левенцовка, Шахты's ХБК; an abbreviation of capitals in a text otherwise in lower case after «на»
    or heading a report ("на ЗЖМ нет света", "СЖМ, нет света", "на ФМР нет света" of Краснодар); a part's name heading
    an address of an ordinal and a street's word ("Нахичевань, 2-я линия"). «н/Д» for «на-Дону» in a town "X-на-Y"
    ("Ростов н/Д", "г. Калач н/Д", "Комсомольск н/А").
(e) Demonyms of a name in «-й» (not an adjective's): "аксайчане" (Аксай), "ишимбайцы" (Ишимбай).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

SHAKHTY, NOVOCHERKASSK, ROSTOV, LUGA = "60740000", "60727000", "60701000", "41633000"
VORONEZH, KURSK = "20701000", "38701000"
KAZAN, SAMARA, SARATOV, PENZA, KRASNODAR = "92701000", "36701000", "63701000", "56701000", "03701000"
KALACH_NA_DONU, KOMSOMOLSK_NA_AMURE, AKSAY, ISHIMBAY = "18616000", "08709000", "60602000", "80631000"
PROLETARSKY_61, OKTYABRSKY_61, KUMERTAU, SPB = "60645000", "60641000", "80723000", "40000000"
BELORETSK = "80611000"

# (text, region, the best municipality's ОКТМО): each found on this tree, none or another at the session's start
FOUND = [
    # (a)
    ("Шахты, пос. Артем, нет воды", "61", SHAKHTY),  # the walkthrough
    ("Шахты, пос. Артем, нет воды", None, SHAKHTY),
    ("Шахты, пос. ХБК, нет воды", "61", SHAKHTY),
    ("Шахты, пос. Машиностроителей, нет воды", "61", SHAKHTY),
    ("Шахты, п. Машиностроителей, нет воды", None, SHAKHTY),
    ("Луга, пос. Володарское, нет воды", "47", LUGA),
    ("Луга, пос. Володарское, нет воды", None, LUGA),
    # (c)
    ("в Щепкине нет газа", "61", None),
    ("в Белоредке нет воды", "61", None),
    ("в Балахие нет воды", "61", None),
    # (d)
    ("Северный жилой массив, нет света", "61", ROSTOV),
    ("Западный жилмассив, яма", "61", ROSTOV),
    ("на Западном жилмассиве яма", "61", ROSTOV),
    ("на ЗЖМ нет света", "61", ROSTOV),
    ("СЖМ, нет света", "61", ROSTOV),
    ("на Левенцовке яма", "61", ROSTOV),
    ("на Левенцовке яма", None, ROSTOV),
    ("Нахичевань, 2-я линия, нет света", "61", ROSTOV),
    ("Ростов н/Д яма", "61", ROSTOV),
    ("Ростов н/Д яма", None, ROSTOV),
    ("г.Ростов н/Д, яма", None, ROSTOV),
    ("в Ростове н/Д нет воды", None, ROSTOV),
    ("г. Калач н/Д, яма", None, KALACH_NA_DONU),
    ("Комсомольск н/А, яма", None, KOMSOMOLSK_NA_AMURE),
    ("на ФМР нет света", "23", KRASNODAR),
    # (e)
    ("аксайчане жалуются", "61", AKSAY),
    ("аксайчане жалуются", None, AKSAY),
    ("ишимбайцы жалуются", None, ISHIMBAY),
]

# (text, region, ОКТМО no place of the text may have): each such a place at the session's start
NO_PLACE = [
    ("Шахты, пос. Артем, нет воды", "61", "05705000"),  # Артём of Приморский край
    ("Новочеркасск, пос. Донской, нет воды", "61", "70712000"),  # Донской of Тульская
    ("Новочеркасск, пос. Донской, нет воды", None, "70712000"),
    ("Воронеж, пос. Артем, нет воды", "36", "05705000"),
    ("Курск, пос. Донской, нет света", "46", "70712000"),
    ("В Пролетарском районе Ростова", "61", PROLETARSKY_61),
    ("Жители Пролетарского района Ростова просят", None, PROLETARSKY_61),
    ("в Пролетарском районе г. Ростова-на-Дону нет воды", None, PROLETARSKY_61),
    ("в Советском районе Казани нет воды", "61", "60652000"),  # Ростовская's Советский район
    ("в Кировском районе Самары нет воды", "61", ROSTOV),  # Ростов's Кировский район
    ("в Ленинском районе Саратова нет воды", "61", ROSTOV),
    ("в Ленинском районе Пензы нет воды", "61", ROSTOV),
]

# (text, region, the best municipality's ОКТМО) found alike before and after: the rules' neighbours
KEPT = [
    ("В Пролетарском районе Ростова", "61", ROSTOV),  # (b): the best was Ростов, beside the rural district (NO_PLACE)
    ("в Пролетарском районе г. Ростова-на-Дону нет воды", "61", ROSTOV),
    ("Тюмень, п. Боровский, нет воды", "72", "71701000"),
    ("Новочеркасск, пос. Донской, нет воды", "61", NOVOCHERKASSK),
    ("Воронеж, пос. Артем, нет воды", "36", VORONEZH),
    ("Курск, пос. Донской, нет света", "46", KURSK),
    ("в Советском районе Казани нет воды", "61", KAZAN),
    ("в Кировском районе Самары нет воды", "61", SAMARA),
    ("в Ленинском районе Саратова нет воды", "61", SARATOV),
    ("в Ленинском районе Пензы нет воды", "61", PENZA),
    ("в Октябрьском районе Каменоломни нет воды", "61", OKTYABRSKY_61),
    ("Красносельский район Санкт-Петербурга, нет воды", None, SPB),
    ("в Пролетарском районе Ростовской области нет воды", None, PROLETARSKY_61),
    ("в Ленинском районе Ростова нет воды", "61", ROSTOV),
    ("в Кировском районе Екатеринбурга нет воды", "66", "65701000"),
    ("в Казанни нет воды", "61", KAZAN),
    ("в Белоредке нет воды", "02", BELORETSK),
    ("в Кумертае нет воды", "61", KUMERTAU),  # an okrug of its own, as Салехард ("В Салехрде" with 02)
    ("В Салехрде нет воды", "02", "71951000"),
    ("в Новочеркаске нет воды", "23", NOVOCHERKASSK),
    # must-not-match
    ("на ЖКХ жалоба", "61", None),
    ("на МКД нет света", "61", None),
    ("Северный жилой массив, нет света", "23", None),
    ("Западный жилмассив, яма", None, None),
    ("Кирова, 2-я линия, нет света", "61", None),
]


def _best(text: str, region: str | None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    return best.municipality_oktmo if best else None


@pytest.mark.parametrize(("text", "region", "expected"), FOUND + KEPT)
def test_best_municipality(text: str, region: str | None, expected: str | None) -> None:
    assert _best(text, region) == expected


@pytest.mark.parametrize(("text", "region", "oktmo"), NO_PLACE)
def test_no_place_of(text: str, region: str | None, oktmo: str) -> None:
    places = GeoResolver(region=region).resolve(text)
    assert all(oktmo not in (p.oktmo, p.municipality_oktmo) for p in places)


def test_town_district_keeps_its_part() -> None:
    """The town's own district named before it stays a part ("в Ленинском районе Ростова")."""
    places = GeoResolver(region="61").resolve("в Ленинском районе Ростова нет воды")
    assert [p.name for p in places] == ["Ленинский район", "Ростов-на-Дону"]
