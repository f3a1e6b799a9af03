"""Walkthrough 9: a town beside the heating question, the cold a text states in the warm season, a wrapped line."""

from __future__ import annotations

import pytest

from mcu_nlp import season
from mcu_nlp.lexicon import find_signals, words
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL
from mcu_nlp.urgency.address import address_words

# (text, date, level) on the shipped model: a town or «г.» in any clause is where, not what (defect 3); a heating
# failure that states the cold is critical in any month (defect 4); a line break inside a phrase (defect L)
LEVELS = [
    ("Когда включат отопление? г.Тюмень", "2024-09-20", "normal"),
    ("Когда включат отопление? г.Тюмень", "2024-07-01", "normal"),
    ("Уфа, когда включат отопление?", "2024-09-20", "normal"),
    ("Когда включат отопление? Москва", "2024-09-20", "normal"),
    ("когда включат отопление? г. тюмень", "2024-09-20", "normal"),
    ("Когда включат отопление? Тюменская область", "2024-09-20", "normal"),
    ("Когда включат отопление? Находка", "2024-09-20", "normal"),  # walkthrough s56 D1: was critical
    ("Находка, когда включат отопление?", "2024-09-20", "normal"),
    ("Когда включат отопление? г.Тюмень", "2024-12-20", "high"),  # due and asked for, as the bare question
    ("В Салехарде нет отопления, -45 на улице", "2024-05-20", "critical"),
    ("Батареи холодные, дома 14 градусов, маленький ребенок", "2024-07-15", "critical"),
    ("Нет отопления, в квартире +15", "2024-09-05", "critical"),
    # guards: the bare question, a town by a preposition, a warm heating failure without stated cold
    ("Когда включат отопление?", "2024-09-20", "normal"),
    ("Когда включат отопление в Уфе?", "2024-09-20", "normal"),
    ("Нет отопления", "2024-07-15", "high"),
    ("Нет отопления, на улице +14", "2024-05-20", "high"),
]
# (text, stated cold)
COLD = [
    ("дома 14 градусов", True), ("-45 на улице", True), ("−30°", True), ("минус", False), ("+15 в квартире", True),
    ("на улице +14", False), ("дома 20°", False), ("2024-05-20", False), ("дом 5, кв. 12", False),
    ("8-912-345-67-89", False), ("вода 40 градусов", False),
]
# (text, the words read as an address)
PLACES = [
    ("Когда включат отопление? г.Тюмень", ["г", "тюмень"]),
    ("Уфа, когда включат отопление?", ["уфа"]),
    ("когда включат отопление? уфа", ["уфа"]),  # a name with no other reading, in lower case too
    ("Когда включат отопление, Советский район", ["советский", "район"]),
    # «луга», «находка» are first common nouns: a place only capitalised and a clause of its own (walkthrough s56 D1)
    ("Луга, когда включат отопление", ["луга"]),
    ("Когда включат отопление? Находка", ["находка"]),
    ("Находка, Ленинская 12, когда включат отопление", ["находка", "12"]),  # a street name needs its word
    ("Луга затопило, когда включат отопление", []),
    ("луга, когда включат отопление", []),
    ("Когда включат отопление? находка", []),
    ("киров, когда включат отопление", []),  # a surname too: only with a capital
    ("Яма во дворе", []),
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize(("text", "date", "level"), LEVELS)
def test_levels(shipped, text, date, level):
    assert shipped.predict([text], dates=[date])[0] == level


@pytest.mark.parametrize(("text", "cold"), COLD)
def test_says_cold(text, cold):
    assert season.says_cold(text) is cold


@pytest.mark.parametrize(("text", "where"), PLACES)
def test_places_are_address(text, where):
    assert [w.form for w, a in zip(words(text), address_words(text)) if a] == where


def test_one_letter_word_is_no_learned_reason(shipped):
    found = shipped.explain("Когда включат отопление? Москва, дома 14 градусов, г. Тюмень", "2024-01-20")
    assert not any(s.group == "model" and len(s.name.removeprefix("learned: ")) < 2 for s in found)


@pytest.mark.parametrize(("wrapped", "plain"), [
    ("нет\nводы", "нет воды"), ("НЕТ\nВОДЫ", "НЕТ ВОДЫ"), ("нет\r\nсвета", "нет света"),
    ("Третий день нет\nотопления", "Третий день нет отопления"),
])
def test_a_wrapped_line_reads_as_a_space(shipped, wrapped, plain):
    assert [s.name for s in find_signals(wrapped)] == [s.name for s in find_signals(plain)]
    assert shipped.predict_proba([wrapped])[0, 0] == pytest.approx(shipped.predict_proba([plain])[0, 0])


@pytest.mark.parametrize("text", ["Ул. Ленина 5\nНет воды", "Нет воды.\nсвет есть"])
def test_a_new_line_that_opens_a_sentence_still_breaks(text):
    seq = words(text)
    assert seq[0].sentence != seq[-1].sentence
