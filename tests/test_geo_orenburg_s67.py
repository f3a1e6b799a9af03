"""An Оренбургская область analyst's walkthrough (session 67), D4: Орск's adjective («орские перевозчики», «Орская
больница») named no place with or without region 56: the rule that makes a town's adjective leaves the short stem
«орск» out, so it is in ``lexicon.IRREGULAR_TOWN_ADJECTIVES``. D3: with 56, «на перекрёстке Ленина и Орской в
г.Гай» chose Оренбургский район's village Ленина over the town: the names of a junction's streets are streets'
(``lexicon.JUNCTION_WORDS``, ``TextContext._at_junction``), not a district's after it («на перекрёстке Центрального
района»). D5: «нет отопления, Бузулук 4 мкр» lost the town a clause's first word before a
microdistrict's number (``qualified.heading_before_street`` read the text's first word only). D6: «Крыша течёт,
Навотроицк» with 56 lost the misspelt town closing the text after a comma (``typo_matches.closing_typo``: the caller's
region's places only).
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    (None, "Орские перевозчики отменили маршрут", "53723000"),
    ("56", "орские дороги ужасны", "53723000"),
    ("56", "Орская больница хамит", "53723000"),
    ("56", "Светофор на перекрёстке Ленина и Орской в г.Гай не работает", "53713000"),
    ("56", "нет отопления, Бузулук 4 мкр", "53712000"),
    (None, "Мусор на тротуаре. Колпино проспект Ленина 25", "40342000"),
    ("56", "Крыша течёт, Навотроицк", "53720000"),
    ("56", "Протекает крыша, Навотроицк!", "53720000"),
    ("56", "Крыша течёт, Навотроицк?", "53720000"),
    # a street of another town stays a street; streets at a junction name no place
    (None, "Орская улица, д 5", None),
    ("56", "Светофор на перекрестке Ленина и Советской не работает", None),
    ("56", "Светофор на перекрёстке Советской и Ленина не работает", None),
    ("56", "Яма по пересечению Ленина и Чкалова", None),
    # a district named after a junction's word stays the district (review of session 67)
    ("78", "Дом на углу Восстания и Некрасова улиц знаком горожанам по оживленному перекрестку Центрального района",
     "40000000"),
    ("46", "На перекрестке Сеймского округа не работает светофор", "38701000"),
    ("46", "нет воды, Ленина 5", None),
    (None, "Крыша течёт, Навотроицк", None),
    ("56", "Спасибо за помощь, Наталья", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_orenburg_walkthrough_places(region: str | None, text: str, oktmo: str | None) -> None:
    assert best_place(text, region) == oktmo
