"""A negation negates its own clause; a fire with the firefighters named stays a fire; a fire at any building is
one (urgency.md: "fire" is critical); responders who do not come make it no less urgent; a lamp out at an entrance
or in a corridor is no power cut."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, lexicon_predict

# the firefighters ("пожарные" as a noun) in a later clause: the fire or smoke before it is still there
RESPONDERS_NAMED = [
    "Дым в подъезде, пожарные не едут",
    "Горит сарай, пожарные не едут",
    "Пожар в частном доме, пожарные не могут проехать",
    "Горит сарай, вызвали пожарных",
]
# "пожарный" before its noun names fire-safety things, not a fire; real negations and a fire put out
NO_FIRE = [
    "Горит лампочка пожарной сигнализации в подъезде",
    "Пожара нет",
    "Дыма уже нет",
    "Сарай не горит",
    "Вчера был пожар, сейчас потушили",
    "Горит вывеска магазина всю ночь",
    "В школе всю ночь горит свет",
]
# a fire at a building or vehicle of any kind
BUILDINGS = ["Пожар на складе", "Горит склад", "Пожар в школе", "Загорелся автобус на остановке", "Дым в магазине"]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", RESPONDERS_NAMED)
def test_firefighters_named_keep_the_fire(text):
    assert {"open fire", "smoke"} & {s.name for s in find_signals(text) if s.level == "critical"}


@pytest.mark.parametrize("text", RESPONDERS_NAMED[:3])
def test_firefighters_named_keep_the_fire_in_the_shipped_model(shipped, text):
    level, proba = shipped.predict_with_proba([text])
    assert level[0] == "critical" and proba[0, 0] >= 0.9  # lifted as the same fire without the clause is


@pytest.mark.parametrize("text", NO_FIRE)
def test_no_fire_now_is_not_critical(shipped, text):
    assert lexicon_predict([text]) != ["critical"]
    assert shipped.predict([text])[0] != "critical"


@pytest.mark.parametrize("text", BUILDINGS)
def test_a_fire_at_any_building_is_an_open_fire(text):
    assert "open fire" in {s.name for s in find_signals(text)} or "smoke" in {s.name for s in find_signals(text)}
    assert lexicon_predict([text]) == ["critical"]


@pytest.mark.parametrize("text", ["Пожарные не едут уже полчаса!", "МЧС не приезжает, человек на льдине"])
def test_responders_not_coming_is_critical(text):
    assert lexicon_predict([text]) == ["critical"]


@pytest.mark.parametrize("text", ["Пожарная инспекция не приехала на проверку", "А если пожарные не приедут?"])
def test_an_inspection_or_a_what_if_is_not_responders_not_coming(text):
    assert "responders not coming" not in {s.name for s in find_signals(text)}


@pytest.mark.parametrize("text", ["Нет света при входе", "5 этаж. В общем коридоре нет света.",
                                  "Нет света над входом в парадную 11"])
def test_a_lamp_out_at_an_entrance_or_in_a_corridor_is_no_power_cut(text):
    names = {s.name for s in find_signals(text)}
    assert "no power" not in names and "lighting out" in names


@pytest.mark.parametrize("text", ["Нет света", "В доме нет света", "когда дадут свет? с утра нет света"])
def test_no_power_at_home_is_critical_by_the_lexicon(text):
    assert lexicon_predict([text]) == ["critical"]


# a "нет" of another clause denies nothing here (it was read as denying the danger before the comma or after it)
OTHER_CLAUSE = [
    ("Пахнет газом, нет никакой реакции", "gas smell"),
    ("Дым в подъезде, нет сил терпеть", "smoke"),
    ("Света нет, пожар в доме", "fire"),
    ("Воды нет, пахнет газом", "gas smell"),
]
# the clause's own "нет" after "уже"/"больше", or ending the clause of a genitive, denies it
DENIED = ["Запаха газа уже нет", "Запаха газа больше нет", "Дыма в подъезде уже нет", "Пожара в доме нет",
          "Пожара в доме уже нет", "Пожара нет, показалось", "Нет, дыма нет"]


@pytest.mark.parametrize(("text", "name"), OTHER_CLAUSE)
def test_a_negation_of_another_clause_leaves_the_danger(text, name):
    assert name in {s.name for s in find_signals(text) if s.level == "critical"}


@pytest.mark.parametrize("text", DENIED)
def test_a_negation_of_its_own_clause_denies_the_danger(text):
    assert lexicon_predict([text]) != ["critical"]


@pytest.mark.parametrize("text", ["Пахнет газом и воды нет", "Упало дерево и света нет"])
def test_a_clause_end_negation_denies_only_a_genitive(text):
    assert {"gas smell", "falling tree"} & {s.name for s in find_signals(text)}
