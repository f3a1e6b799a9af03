"""One-word names in -а the dictionary does not know decline as feminine nouns (walkthrough s20 G1, G2): «в районе
Полазны», «в Юрле», «из Юрлы» found nothing, since pymorphy3 read Полазна as a short adjective and Юрла as a neuter
noun's genitive, so only the nominative was indexed."""

import pytest

import mcu_nlp
from mcu_nlp.geo.declension import case_forms

FOUND = [  # (text, region, the municipality's name starts with)
    ("ямы на дороге Пермь - Березники в районе Полазны", "59", "Добрянск"),
    ("в Полазне нет света", "59", "Добрянск"),
    ("в Юрле нет света", "59", "Юрлинск"),
    ("из Юрлы не ходит автобус", "59", "Юрлинск"),
]


@pytest.mark.parametrize(("text", "region", "municipality"), FOUND)
def test_oblique_forms_find_the_place(text: str, region: str, municipality: str) -> None:
    best = mcu_nlp.analyze(text, region=region).municipality
    assert best is not None and best.name.startswith(municipality)


def test_the_case_forms_are_those_of_a_feminine_noun() -> None:
    assert {"полазны", "полазне", "полазну", "полазной"} <= case_forms("Полазна")


@pytest.mark.parametrize("text", ["Я сужу по себе, так нельзя", "Сужу по фото: яма глубокая"])
def test_a_verb_that_is_also_a_new_form_is_no_place(text: str) -> None:
    assert mcu_nlp.GeoResolver(region="59").resolve(text) == []
