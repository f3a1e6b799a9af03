"""A new user's walkthrough with region 16 (Республика Татарстан), session 38: the everyday «Челны» heading an address
or closing an ALL-CAPS text after one (``resolver``'s own name, ``letter_case.address_tail``), and a plural two-word
name whose last word the dictionary reads as a singular's oblique case only («Богатые Сабы»: «сабы» is «Саба»'s
genitive) or whose last word ends in a vowel and «и» («Красные Четаи»), in its oblique cases
(``declension._plural_pair_forms``)."""

from __future__ import annotations

import pytest
from helpers import best_place

NABEREZHNYE_CHELNY, SABINSKY, KRASNOCHETAISKY, NOVOBURASSKY = "92730000", "92652000", "97526000", "63629000"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Челны, ул. Мира 12, нет света", "16", NABEREZHNYE_CHELNY),
        ("Челны, пр. Мира 12, нет света", "16", NABEREZHNYE_CHELNY),
        ("ПАХНЕТ ГАЗОМ В ПОДЪЕЗДЕ ДОМ 12 ПО ПР. МИРА, ЧЕЛНЫ!!! НИКТО НЕ ЕДЕТ", "16", NABEREZHNYE_CHELNY),
        ("ДОМ 12 ПО УЛ. МИРА, ЧЕЛНЫ. НЕТ СВЕТА", "16", NABEREZHNYE_CHELNY),
        # the city of 500,000 before the village Челны of Хабаровский район (weight 0), as for any namesakes
        ("Челны, пр. Мира 12, нет света", None, NABEREZHNYE_CHELNY),
        # as before
        ("в Челнах нет света", "16", NABEREZHNYE_CHELNY),
        ("ЧЕЛНЫ, НЕТ СВЕТА", "16", NABEREZHNYE_CHELNY),
        ("пр. Мира 12, Челны, нет света", "16", NABEREZHNYE_CHELNY),
        ("Челны, ул. Мира 12, нет света", "27", "08655000"),  # the caller's village
    ],
)
def test_chelny_heading_or_closing_an_address(text, region, expected):
    assert best_place(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("челны на реке", None),  # boats
        ("челны на реке", "16"),
        ("Челны и лодки продаются", None),
        ("Челны и лодки продаются", "16"),
        ("ПРОДАЮТСЯ ЧЕЛНЫ И ЛОДКИ", "16"),
        ("по ул. Мира, челны. лодки", None),  # a street closing with no caller's region: no town there
        ("ДОМ 12 ПО УЛ. МИРА, ЧЕЛНЫ ПРОДАЮТСЯ", "16"),  # a word after the name: the boats
    ],
)
def test_chelny_as_boats(text, region):
    assert best_place(text, region) is None


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("в Богатых Сабах нет света", "16", SABINSKY),
        ("в Богатых Сабах нет света", None, SABINSKY),
        ("из Богатых Саб", "16", SABINSKY),
        ("автобус до Богатых Саб не ходит", "16", SABINSKY),
        ("пгт Богатые Сабы, нет света", "16", SABINSKY),  # as before
        ("в Красных Четаях нет света", "21", KRASNOCHETAISKY),
        ("из Красных Четаев", "21", KRASNOCHETAISKY),
        ("из Новых Бурас", "64", NOVOBURASSKY),
        ("из Новых Бурас", None, NOVOBURASSKY),
        # as before
        ("в Новых Бурасах нет света", None, NOVOBURASSKY),
        ("в Больших Кайбицах нет света", "16", "92629000"),
        ("в Набережных Челнах нет света", None, NABEREZHNYE_CHELNY),
        ("в Великих Луках нет света", None, "58710000"),
        ("в Минеральных Водах нет света", None, "07539000"),
        ("в Больших Вязёмах нет света", None, "46755000"),
    ],
)
def test_plural_two_word_names_in_oblique_cases(text, region, expected):
    assert best_place(text, region) == expected


def test_no_singular_forms_of_a_plural_name():
    from mcu_nlp.geo.declension import case_forms

    forms = case_forms("Богатые Сабы")
    assert {"богатых сабах", "богатых саб", "богатым сабам", "богатыми сабами"} <= forms
    assert not {"богатой сабе", "богатая саба"} & forms  # «Саба», a singular, was declined
