"""Session 14: short colloquial names of towns that no source writes (data/geo/colloquial_names.csv, session 14 rows).

«Совгавань» (Советская Гавань), «Минводы», «Вартовск», «Новокузня», «Тагил», «Устюг» are no words: any case, any
position. «Комса», «Йошка», «Гусь», «Луки» are also a word or a name: only right after «в», «во», «из».
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

FOUND = [
    (None, "Совгавань: отключили свет в центре", "08642000"),
    (None, "в совгавани нет воды с утра", "08642000"),
    (None, "В Минводах яма на дороге у вокзала", "07539000"),
    (None, "в Вартовске отключили горячую воду", "71875000"),
    (None, "Новокузня, нет света третий день", "32731000"),
    (None, "В Тагиле снег не убирают", "65751000"),
    (None, "в Устюге дороги разбиты", "19514000"),
    (None, "В Комсе нет отопления", "08709000"),
    (None, "В Йошке нет воды", "88701000"),
    (None, "В Гусе нет света", "17720000"),
    (None, "Из Лук не ходят автобусы", "58710000"),
]
NOT_PLACES = [
    (None, "комса собралась на субботник"),
    (None, "Йошка пришел домой поздно"),
    (None, "Гусь в пруду замерз, жалко птицу"),
    (None, "Луки и стрелы в музее не охраняются"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), FOUND)
def test_a_colloquial_name_is_its_town(region: str | None, text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize(("region", "text"), NOT_PLACES)
def test_the_word_is_no_town(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []
