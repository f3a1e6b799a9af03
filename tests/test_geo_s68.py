"""Session 68, the Алтайский край and Тюменская область analysts' walkthroughs and blind66-68's misses: town
adjectives a dictionary root blocked («рузаевские»: the river Руза's by a cut link; «заринские», «усинские»; big
towns whose adjective a far river or land makes too: «бийские», «саранские», «бердские», «алейские»), names in
«-овка» («Рузаевка» → рузаевский), a final «л» softened («барнаульские»), Тюмень's and Барнаул's parts
(``data/geo/town_parts.csv``), a river's bank («на берегу Исети» with 72 was Верхняя Пышма), a battlefield
(«Прохоровское поле» names no municipality).
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    (None, "рузаевские пятиэтажки на Ленина второй день без воды", "89643000"),
    (None, "в рузаевской больнице нет врачей", "89643000"),
    (None, "бутурлиновские дороги разбиты", "20608000"),
    (None, "заринские дворы не чистят", "01706000"),
    (None, "усинские автобусы ходят как хотят", "87523000"),
    (None, "бийские дороги разбиты", "01705000"),
    (None, "в саранской больнице нет врачей", "89701000"),
    (None, "бердский пляж грязный", "50708000"),
    ("22", "алейские дороги", "01703000"),
    (None, "барнаульские дороги ужасны", "01701000"),
    ("22", "в барнаульской поликлинике №5 очередь", "01701000"),
    (None, "сарапульские дороги", "94740000"),
    ("72", "на Мысу нет отопления", "71701000"),
    ("72", "на КПД пахнет газом", "71701000"),
    ("72", "Лесобаза, дороги не чистят", "71701000"),
    ("22", "Затон, мусор не вывозят", "01701000"),
    ("22", "на Потоке нет воды", "01701000"),
    ("22", "Научный Городок, нет света", "01701000"),
    ("22", "в Солнечной Поляне яма", "01701000"),
    # the near misses: a surname's adjective, a word of another region, a river's bank, a battlefield
    ("34", "ленинские дороги", None),
    (None, "на Мысу нет отопления", None),
    ("72", "на берегу Исети самострой", None),
    (None, "мусор на берегу Туры", None),
    (None, "Прохоровское поле, нет автобуса к музею", None),
    (None, "пгт Ленинское, не вывозят мусор", "33647000"),
    (None, "Серафим Саровский", None),
    ("72", "Тюмень, набережная грязная", "71701000"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_s68_places(region: str | None, text: str, oktmo: str | None) -> None:
    assert best_place(text, region) == oktmo
