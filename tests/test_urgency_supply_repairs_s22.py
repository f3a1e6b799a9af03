"""Session 22: urgency repairs by supply (issue #4).

A repair of no group ("дали", "включили", "восстановили") used to settle every supply outage before it, whatever it
named: "Нет света третий день, а газ дали" read as normal. Now a repair that names a supply in its clause
(``mcu_nlp.lexicon_repairs.repairs_by_supply``: свет/электричество, вода/горячая/холодная, газ, отопление/тепло,
связь/интернет) settles the outages of that supply's group only; one that names none ("всё дали", "уже починили")
settles any, from the start of its clause ("Света не было, всё дали").
"""

import pytest

from mcu_nlp.lexicon import find_signals


def _level(text, name):
    return {s.level for s in find_signals(text) if s.name == name}


@pytest.mark.parametrize(("text", "name"), [
    ("Нет света третий день, а газ дали", "no power"),
    ("Электричества нет со вчера, зато воду включили", "no power"),
    ("Нет холодной воды и света, свет уже дали", "no water"),
    ("Третий день нет воды, а газ вчера дали", "no water"),
    ("Газа нет в квартире, свет включили", "no gas"),
    ("Отключили газ, воду потом дали", "no gas"),
    ("Батареи холодные третий день, а горячую воду дали", "no heating"),
    ("Нет отопления и газа, газ вчера дали", "no heating"),
    ("Не было света и воды. Свет дали", "no water"),
    ("Света нет с утра, сейчас тепло дали", "no power"),
    ("Отключили электричество, интернет уже включили", "no power"),
])
def test_a_repair_of_another_supply_keeps_the_outage(text, name):
    assert _level(text, name) == {"critical"}


@pytest.mark.parametrize(("text", "name"), [
    ("Нет света третий день, свет дали", "no power"),
    ("Нет воды, воду вчера дали", "no water"),
    ("Газа нет в квартире, газ включили", "no gas"),
    ("Батареи холодные третий день, тепло дали", "no heating"),
    ("Нет воды и света, всё дали", "no water"),
    ("Не было света и воды. Сейчас дали", "no water"),
    ("Отключили электричество, уже починили", "no power"),
    ("Нет газа, но газ восстановили", "no gas"),
])
def test_a_repair_of_that_supply_or_of_none_settles_it(text, name):
    assert _level(text, name) == {"normal"}


def test_a_repair_from_an_earlier_clause_starts_in_its_own():
    # the match runs from «Света»; its clause «всё дали» repairs what came before
    assert _level("Света не было, всё дали", "no power") == {"normal"}


def test_groups_of_the_repairs():
    from mcu_nlp.lexicon import load_lexicon
    from mcu_nlp.lexicon_repairs import repairs_by_supply
    from mcu_nlp.lexicon_words import words

    def groups(text):
        seq = words(text)
        found = sorted(load_lexicon()._matches(seq, text), key=lambda m: m[:2])
        return sorted(repairs_by_supply(found, seq, text))

    assert groups("Нет воды, сейчас дали") == [""]
    assert groups("Нет воды и света, воду и свет дали") == ["power", "water"]
    assert groups("Нет газа, а связь восстановили") == ["communication"]
