"""Walkthrough of session 17 (G4, G5): a town of the caller's region heading a text was lost when its name is also
a word or a surname and a comma, a full stop or an institution stands where a report was expected: "Ессентуки, во
дворе яма" (26), "Чайковский. Скорая ..." (59), "В МФЦ Глазова ..." (18), and in a text in capitals, which carries no
letter case: "ШЕЛЕХОВ. ОТКРЫТЫЙ ЛЮК" (38), "ТАРА ОМСКОЙ ОБЛАСТИ - НЕТ ВОДЫ" (55). A person's name stays no place."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

ESSENTUKI, ASBEST, TARA, GLAZOV, SHELEKHOV = "07710000", "65730000", "52654000", "94720000", "25655000"

FOUND = [
    ("26", "Ессентуки, во дворе яма", ESSENTUKI),
    ("66", "Асбест, в магазине обсчитали", ASBEST),
    (None, "ЕКБ, яма", "65701000"),  # a colloquial name in capitals heading a report: no abbreviation
    ("59", "Чайковский. Скорая ехала к инсульту 1,5 часа!!", "57735000"),
    ("18", "В МФЦ Глазова очередь на 3 часа", GLAZOV),
    ("55", "ТАРА ОМСКОЙ ОБЛАСТИ - НЕТ ВОДЫ", TARA),
    ("38", "ШЕЛЕХОВ. ОТКРЫТЫЙ ЛЮК", SHELEKHOV),
    ("38", "ШЕЛЕХОВ: ОТКРЫТЫЙ ЛЮК", SHELEKHOV),
    ("43", "КИРОВ, НЕТ ВОДЫ", "33701000"),  # a report after a comma, as "Киров, нет воды"
    ("55", "ТАРА ОТКЛЮЧИЛИ СВЕТ", TARA),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), FOUND)
def test_a_heading_town_of_the_callers_region(region, text, oktmo) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo


# a person's name, a word, another region's caller, an adjective before its noun, an abbreviation
NONE = [
    ("59", "Чайковский Пётр Ильич пишет: нет воды"),
    ("18", "Глазова Анна, нет воды"),
    ("38", "Шелехов Иван Петрович, нет воды"),
    ("78", "Ессентуки, во дворе яма"),  # a word elsewhere: the caller's region only
    (None, "Асбест, валяется у дома"),
    (None, "Асбест, открытый люк"),
    ("38", "ШЕЛЕХОВ ИВАН ПЕТРОВИЧ, НЕТ ВОДЫ"),
    (None, "НСК, страховая не платит"),
    ("59", "Чайковский, Рахманинов и Глинка звучали на концерте"),
    ("25", "НАХОДКА, АВТОБУСОМ ЕХАТЬ ДАЛЕКО"),  # no report after the comma
    ("89", "НОВАЯ ЯМА У ДОМА"),  # an adjective before its noun
]


@pytest.mark.parametrize(("region", "text"), NONE)
def test_no_town(region, text) -> None:
    assert best_municipality(GeoResolver(region=region).resolve(text), text) is None
