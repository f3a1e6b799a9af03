"""Якутия's districts are «улусы» and Тыва's «кожууны» in what people write (walkthrough s19 D19: «Намский улус, нет
света» and «В Тандинском кожууне нет света» gave no municipality, while «Намский район» did)."""

import pytest

from mcu_nlp import analyze


@pytest.mark.parametrize(("text", "region", "oktmo"), [
    ("Намский улус, нет света", "14", "98635000"),
    ("В Усть-Алданском улусе нет света", "14", "98652000"),
    ("Оймяконский улус, нет света", None, "98639000"),
    ("Кызылский кожуун, нет света", "17", "93622000"),
    ("В Тандинском кожууне нет света", "17", "93640000"),
    ("Каа-Хемский кожуун, нет света", "17", "93620000"),
    ("Тыва, Пий-Хемский кожуун, нет света", None, "93635000"),
    ("В Намском районе нет света", "14", "98635000"),
])
def test_a_district_named_by_its_regions_own_noun(text, region, oktmo):
    assert analyze(text, region=region).municipality.oktmo == oktmo


def test_the_nouns_are_those_regions_only():
    # no district of Тыва is «Советский»: the noun names no other region's Советский район
    assert analyze("Советский кожуун, нет света").municipality is None
