"""Fire and smoke are critical (urgency.md), lights that "горят" are not; one word names no danger."""

from __future__ import annotations

import pytest

from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, lexicon_predict

# an open fire or smoke in or near a home, stairwell, basement, car, container or forest
FIRE = [
    "Горит дом на Ленина 5",
    "Пожар в подъезде",
    "пахнет гарью",
    "дым из подвала",
    "задымление в подъезде",
    "горит мусорка у дома",
    "горит контейнер во дворе",
    "Горит машина во дворе",
    "подожгли",
    "тлеет",
]
# lights and signals that "горят", burning tours, and the "не горит" of a lamp out
NOT_FIRE = [
    "горит свет в подъезде днём",
    "горит лампочка",
    "не горит фонарь",
    "горит красный на светофоре",
    "горящие путёвки",
    "В подвале горит свет уже неделю",
    "Курят в подъезде, дым",
]
# negated, put out, or a what-if (urgency.md, "Negation and hedges")
NO_FIRE_NOW = [
    "вчера горело, сейчас потушили",
    "Пожар в подъезде потушили",
    "Дыма в подвале нет",
    "а если пожар в подъезде?",
    "угроза пожара в подвале",
]
# one word is read by the lexicon alone: a thing names no danger, a fire does
ONE_WORD = [("Яма", "high"), ("Люк", "high"), ("Провода", "high"), ("Ямы", "high"), ("Газ", "normal")]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", FIRE)
def test_fire_is_critical_by_the_lexicon(text):
    assert lexicon_predict([text]) == ["critical"]


@pytest.mark.parametrize("text", NOT_FIRE + NO_FIRE_NOW)
def test_no_fire_is_not_critical_by_the_lexicon(text):
    assert lexicon_predict([text]) != ["critical"]


@pytest.mark.parametrize("text", FIRE)
def test_shipped_model_calls_fire_critical(shipped, text):
    assert shipped.predict([text])[0] == "critical"


def test_fire_ranks_above_a_slippery_pavement(shipped):
    fire, slippery = shipped.predict_proba(["Пожар в подъезде", "Скользко на тротуаре"])[:, 0]
    assert fire >= 0.5 > slippery


@pytest.mark.parametrize("text", NOT_FIRE + NO_FIRE_NOW)
def test_shipped_model_no_fire_not_critical(shipped, text):
    assert shipped.predict([text])[0] != "critical"


@pytest.mark.parametrize(("text", "level"), ONE_WORD)
def test_one_word_is_not_critical(shipped, text, level):
    assert shipped.predict([text])[0] == level
    assert shipped.predict_proba([text])[0, 0] == 0


@pytest.mark.parametrize("text", ["Пожар", "Пожар!", "Сосульки"])
def test_one_word_danger_is_critical(shipped, text):
    assert shipped.predict([text])[0] == "critical" and shipped.predict_proba([text])[0, 0] >= 0.5
