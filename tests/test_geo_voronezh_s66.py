"""A Воронежская область analyst's walkthrough (session 66): the places its texts named that gave nothing or another
region's municipality, and the same kinds in other regions.

- D1: towns whose administrative districts census 2021 does not list (data/geo/town_districts_extra.csv): «в
  Коминтерновском районе» with 36 gave nothing, «В Центральном районе» Санкт-Петербург's at 0.57; Мурманск's,
  Смоленск's, Чита's, Калуга's, Комсомольск-на-Амуре's and Набережные Челны's the same.
- D2: «в мкр. Шилово» with 36 was Рязанская's Шилово at 0.95 (town_parts.csv: Воронеж's Шилово, scope ``shared``),
  «в Придонском» nothing (the посёлок's masculine forms).
- D3: a town's adjective no rule made («россошанские», «тагильские», «челнинские»: lexicon.IRREGULAR_TOWN_ADJECTIVES)
  and one a district of the town's name took («читинские», «в кинешемской больнице» were Читинский and Кинешемский
  район's, as «курские» is not Курский район's: ``adjectives.add_district_adjectives``).
- D5: «Помогите!!! Каменка, в доме …» lost its place: a common word's name opening the sentence after a plea that
  opens the text, before a report, counts in the caller's region (not after any sentence: «Короче,», «Зима,»).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

VORONEZH, MURMANSK, SMOLENSK, CHITA = "20701000", "47701000", "66701000", "76701000"
KALUGA, KOMSOMOLSK, CHELNY = "29701000", "08709000", "92730000"

CASES = [
    # D1: the districts, in the caller's region
    ("36", "В Коминтерновском районе не вывозят мусор", VORONEZH),
    ("36", "В Центральном районе яма на дороге", VORONEZH),
    ("36", "Ленинский р-н, нет света", VORONEZH),
    ("51", "в Первомайском районе нет горячей воды", MURMANSK),
    ("51", "Октябрьский округ, не чистят дворы", MURMANSK),
    ("67", "в Заднепровском районе яма", SMOLENSK),
    ("75", "в Черновском районе нет света", CHITA),
    ("75", "Ингодинский район, мусор", CHITA),
    ("40", "в Октябрьском округе нет воды", KALUGA),
    ("27", "в Ленинском округе нет света", KOMSOMOLSK),
    ("16", "Комсомольский район, нет воды", CHELNY),
    # D2
    ("36", "в мкр. Шилово не убирают снег", VORONEZH),
    ("36", "в Придонском нет воды", VORONEZH),
    # D3
    ("36", "россошанские врачи не принимают", "20647000"),
    ("36", "Россошанские врачи не принимают", "20647000"),
    ("66", "в тагильской больнице нет врачей", "65751000"),
    ("16", "челнинские дороги ужасны", CHELNY),
    ("91", "керченские дороги ужасны", "35715000"),
    ("75", "читинские дороги ужасны", CHITA),
    ("37", "в кинешемской больнице нет врачей", "24705000"),
    # D5
    ("36", "Помогите!!! Каменка, в доме нет отопления", "20617000"),
]

# must stay as they were: a district is its town's for the caller of its region only; a town's part named like a
# town elsewhere stays that town's for other callers; a word at a sentence start before no report is no place
GUARDS = [
    (None, "В Коминтерновском районе не вывозят мусор", None),
    ("78", "В Центральном районе яма на дороге", "40000000"),
    (None, "в мкр. Шилово не убирают снег", "61658000"),
    ("62", "В Шилове нет воды", "61658000"),
    ("36", "Купили баню. Каменка, как оказалось, не греет, дымит", None),
    (None, "Помогите!!! Каменка, в доме нет отопления", None),
    ("58", "пензенские дороги ужасны", None),  # a region's adjective (Пензенская область), as «курские»
    # D5 only after a plea that opens the text, not after any sentence, nor a person spoken to (review of session 66)
    ("31", "Опять нет воды. Короче, вода не идёт третий день", None),  # Короча
    ("38", "Уже декабрь. Зима, в квартире +12", None),  # the town Зима
    ("71", "Ждём уже неделю. Рассвет, во дворе темно", None),
    ("26", "Помогите! Надежда, соседка сверху, залила нас", None),
]


def municipality(text: str, region: str | None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.oktmo if best else None


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES + GUARDS)
def test_walkthrough_places(region: str | None, text: str, oktmo: str | None) -> None:
    assert municipality(text, region) == oktmo
