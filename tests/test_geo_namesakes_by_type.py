"""Session 14: namesakes told apart by what the text writes beside the name.

A village's type word ranks a rural namesake first («с. Аксай» is Дагестан's village, «г. Аксай» Ростовская's town),
as a town's type ranks a town; a district named with the noun of its current name ranks above its namesake of
another noun («Никольский район» of Пензенская, «Никольский округ» of Вологодская); and a place named apart from a
district of the text follows the district's choice («в Никольске нет воды, Никольский район»), so the two agree.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CASES = [
    ("с. Аксай — нет газа третий день", "82654000"),
    ("г. Аксай — нет газа третий день", "60602000"),
    ("с. Ивантеевка — нет воды", "63619000"),
    ("с. Черепаново: нет света", "57756000"),
    ("д. Волово — фонари не горят", "42603000"),
    ("с. Павловск, Павловский район — дорога разбита", "01630000"),
    ("в Никольске нет воды, Никольский район", "56653000"),
    ("в Никольске нет воды, Никольский округ", "19534000"),
    ("в Ардатове яма на дороге, Ардатовский муниципальный округ", "22502000"),
    ("в Ардатове яма на дороге, Ардатовский район", "89603000"),
    ("в Белоярском не убирают снег, Белоярский район", "71811000"),
    ("в Белоярском не убирают снег, Белоярский городской округ", "65706000"),
]


@pytest.mark.parametrize(("text", "oktmo"), CASES)
def test_the_namesake_the_text_writes(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text))
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize(
    "text",
    [
        "в Никольске нет воды, Никольский округ",
        "в Павловске нет воды, Павловский район",
        "Ардатовский округ, в Ардатове яма",
    ],
)
def test_a_place_and_a_district_of_one_text_agree(text: str) -> None:
    places = GeoResolver().resolve(text)
    assert len({p.region_code for p in places}) == 1
