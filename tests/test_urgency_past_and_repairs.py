"""Past events that go on, repairs that need an outage, a burst heating main, supply texts that say nothing else
(session 8; urgency.md: "flooding of flats", "a burst pipe with hot water on the street", "Negation and hedges")."""

from __future__ import annotations

import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import find_signals, parse_rules
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL

# (text, a signal the lexicon must give as (name, level), or None: the text must give no signal of that name)
SIGNALS = [
    # a past word ("назад", "прошлый") cancels a flood only when nothing says the water still flows now
    ("Соседи затопили квартиру два дня назад, вода течёт", ("flooding", "critical")),
    ("Соседи затопили квартиру два дня назад. Вода до сих пор течёт.", ("flooding", "critical")),
    ("В прошлом году паводок затопил дома, вода до сих пор прибывает", ("flood", "critical")),
    ("Соседи затопили квартиру два дня назад, просим компенсацию", ("flooding", None)),
    ("Соседи затопили квартиру месяц назад, вода текла по стенам", ("flooding", None)),
    ("В прошлом году паводок затопил дома, помогите с ремонтом", ("flood", None)),
    # a time word and "идёт"/"есть"/"появилась" is a repair only right after an outage
    ("Сейчас идет дистанционное обучение", ("repaired", None)),
    ("Вечером появилась вонь от свалки", ("repaired", None)),
    ("Уже есть решение суда", ("repaired", None)),
    ("вчера не было воды, сейчас идёт", ("repaired", "normal")),
    ("вчера не было воды, сейчас идёт", ("no water", "normal")),
    ("Вчера не было света. Сейчас есть.", ("no power", "normal")),
    ("Вчера не было света, сейчас дали", ("no power", "normal")),
    # a heating main runs under the street: its burst is hot water on the street
    ("Теплотрасса порвалась возле школы, пар идет", ("hot water on the street", "critical")),
    ("Прорыв на теплотрассе, кипяток во дворе", ("hot water on the street", "critical")),
    ("После прорыва теплотрассы остались ямы, восстановите асфальт", ("hot water on the street", None)),
    ("В прошлом году был порыв теплотрассы у дома", ("hot water on the street", None)),
    # a question about the heating season is no fault; a cold flat beside it still is one
    ("когда включат отопление?", ("heating schedule question", "normal")),
    ("Когда будет отопление? В квартирах очень холодно.", ("cold flat", "high")),
]

# (text, date, level of the shipped model)
SHIPPED = [
    ("Соседи затопили квартиру два дня назад, вода течёт", None, "critical"),
    ("вода есть", None, "normal"),
    ("Вода есть!", None, "normal"),
    ("Свет дали", None, "normal"),
    ("когда включат отопление?", "2021-09-10", "normal"),
    ("когда включат отопление?", None, "normal"),
    ("когда включат отопление?", "2021-12-10", "high"),  # a bare question in the cold season: high, whatever the verb
    ("Когда будет отопление? В квартирах очень холодно.", "2021-01-10", "critical"),
    ("Теплотрасса порвалась возле школы, пар идет", None, "critical"),
    ("Сейчас идет дистанционное обучение", None, "normal"),
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_signals(text, signal):
    name, level = signal
    levels = [s.level for s in find_signals(text) if s.name == name]
    assert (level in levels) if level else not levels, find_signals(text)


@pytest.mark.parametrize(("text", "date", "level"), SHIPPED)
def test_shipped_levels(shipped, text, date, level):
    assert shipped.predict([text], dates=[date])[0] == level


def test_burst_heating_main_is_lifted_and_school_lessons_are_no_repair(shipped):
    assert shipped.predict_proba(["Теплотрасса порвалась возле школы, пар идет"])[0, 0] >= 0.9
    assert not [s for s in shipped.explain("Сейчас идет дистанционное обучение") if s.name == "repaired"]
    assert [s.name for s in shipped.explain("Соседи затопили квартиру два дня назад, вода течёт")
            if s.group != "model"] == ["flooding"]


@pytest.mark.parametrize(("row", "words"), [
    ("x,critical,water,вода,1,,назад =течет =льется", "at most two slots"),
    ("x,urgent,water,вода,1,,", "expected level"),
])
def test_bad_rows(row, words):
    with pytest.raises(InputError, match=words):
        parse_rules(["name,level,group,pattern,window,unless,past", row])


# (text, date, level): a heating-season question settles a text only when the text says nothing else, and not in
# the cold season
QUESTION_WITH_MORE = [
    ("Когда будет отопление?", None, "normal"),  # short for the model, all of it the question
    ("Когда будет отопление?", "2021-09-20", "normal"),
    # in the cold season the heating it asks for is due, but the question names no cold or fault: high, whatever the
    # verb (guideline.HIGH, before the short-text rule)
    ("Когда будет отопление?", "2021-01-10", "high"),
    ("Когда включат отопление?", "2021-01-10", "high"),
    ("Когда дадут отопление?", "2021-01-10", "high"),
    ("Когда включат отопление? Дома +12, дети болеют", "2021-01-10", "critical"),  # not calm: the model decides
]


@pytest.mark.parametrize(("text", "date", "level"), QUESTION_WITH_MORE)
def test_question_settles_only_alone(shipped, text, date, level):
    assert shipped.predict([text], dates=[date])[0] == level
