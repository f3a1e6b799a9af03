"""Session 17: a small town's adjective and demonym name its municipality (geo/town_words.py, geo/adjectives.py).

"лысьвенские дороги", "в кунгурской больнице", "усть-кутские школы", "мы, мензелинцы, ..." found nothing: a district's
adjective counted only capitalised before one of its own objects, a городской округ's never, and only the big towns
had demonyms. Now a district's adjective that is one of its settlements' own (Лысьва, Кунгур, Усть-Кут) counts before
any noun it agrees with, in any letter case, and demonyms are made of town names by rule. Streets, roads, stations,
seas and regiments named by such an adjective, people named by it, and adjectives of a region, of a river or a land
(Ангара, Заволжье), of a surname-like town (Семёнов) or that are town names themselves (Сибирский) stay no place.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

LYSVA, KUNGUR, UST_KUT, MENZELINSK = "57726000", "57530000", "25644000", "92640000"
FOUND = [
    (None, "лысьвенские дороги в ямах который год", LYSVA),
    ("59", "Лысьвенские дворы не убирают", LYSVA),
    (None, "в кунгурской больнице нет врачей", KUNGUR),
    (None, "усть-кутские школы закрыли на карантин", UST_KUT),
    (None, "мы, мензелинцы, просим починить водопровод", MENZELINSK),
    ("16", "мензелинцам обещали новую школу", MENZELINSK),
    (None, "турочакские школы без интернета", "84625000"),
    (None, "белорецкие дороги разбиты", "80611000"),
    (None, "в рыльской аптеке нет лекарств", "38634000"),
    (None, "нефтекамцы просят открыть бассейн", "80727000"),
    (None, "Кунгурский район: нет света", KUNGUR),  # as before
    (None, "Коношский вокзал закрыт на ночь", "11622000"),  # a district's object, capitalised: as before
]
NONE = [
    (None, "Кунгурский Иван Петрович жалуется на соседей"),
    (None, "Кунгурская Мария просит вывезти мусор"),
    (None, "ул. Кунгурская 5 нет воды"),
    (None, "на Ейской улице яма"),
    (None, "по Тихорецкому проспекту нет света"),
    (None, "Балтийский вокзал грязный"),
    (None, "балтийские пляжи грязные"),  # the Baltic's
    (None, "ангарские берега размыло"),  # the Ангара's
    (None, "заволжские дачи затопило"),  # Заволжье's
    (None, "сибирские морозы ударили"),  # Сибирский, a town named by the adjective
    (None, "пермские дороги в ямах"),  # Пермь, Пермский край or Пермский округ
    (None, "пролетарские дома без света"),
    (None, "Семёновский полк на параде"),
    (None, "вельская трасса разбита"),  # a road named after where it leads
    (None, "Соболевская дорога перекрыта"),
    (None, "Мензелинцев И.И. просит перезвонить"),  # a surname, not the genitive of мензелинцы
    (None, "борцы с коррупцией снова пишут"),  # a word, not Бор's residents
]


@pytest.mark.parametrize(("region", "text", "oktmo"), FOUND)
def test_a_towns_adjective_or_demonym_names_its_municipality(region: str | None, text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize(("region", "text"), NONE)
def test_no_place(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []
