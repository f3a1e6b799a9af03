"""Session 18 walkthrough (D1): a missing child or elderly person had no signal and was answered normal («Пропал
мальчик 12 лет, ушел в школу и не дошел», «Дед ушёл в лес за грибами и не вернулся, уже сутки»): urgency.md's "a
child, an elderly or disabled person left in danger", the textbook hours-reaction case. Not a power cut «пропал свет»,
a lost pet or thing, «найдите время», a place in a nursery found for a child, a what-if, a past case already found.
Sentences written for the test; they test the lexicon, which needs no refit."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals

MISSING = "missing person"


@pytest.mark.parametrize("text", [
    "Помогите найти ребёнка! Мальчик 9 лет ушёл из дома вчера вечером и не вернулся",
    "Пропала пожилая женщина с деменцией, ушла из дома, просим помочь с поиском",
    "Ребёнок 5 лет потерялся в торговом центре, охрана ничего не делает!",
    "Потерялся ребенок, девочка 7 лет, последний раз видели у реки",
    "Пропал мальчик 12 лет, ушел в школу и не дошел",
    "Дед ушёл в лес за грибами и не вернулся, уже сутки",
    "Дочь 14 лет не вернулась из школы, телефон выключен",
    "Мама ушла в магазин и не вернулась, уже 5 часов",
])
def test_a_missing_person_is_critical(text: str) -> None:
    assert (MISSING, "critical") in [(s.name, s.level) for s in find_signals(text)]


@pytest.mark.parametrize("text", [
    "Пропал свет в подъезде",
    "Найдите время и уберите двор",
    "В прошлом году пропал ребенок, его нашли, спасибо волонтёрам",
    "Пропала собака, помогите найти",
    "Потерялся паспорт в МФЦ",
    "У ребенка в школе пропали вещи из раздевалки",
    "Помогите найти место в детском саду для ребенка",
    "Если ребенок потеряется, куда звонить?",
    "Мастер ушел и не вернулся, кран течет",
    "Сын ушел в армию и не приехал на выходные",
    "Не могу найти маму в списках избирателей",
])
def test_no_missing_person_where_none_is(text: str) -> None:
    assert MISSING not in [s.name for s in find_signals(text)]


# Session 18 review #2 (item 5): a person gone from a record (a list, a queue, a journal) or not back to a place or a
# family duty is no missing person; one gone from school or a shop and not back is.
@pytest.mark.parametrize("text", [
    "Дочь пропала из списков на льготу, как вернуть?",
    "Бабушка пропала из очереди на жилье, помогите разобраться",
    "Не могу найти сына в электронном журнале",
    "Дочь не вернулась в садик после больничного, место отдали",
    "Муж уехал на вахту и не вернулся, алименты не платит",
    "Мальчик ушел из секции и не вернулся туда из-за тренера",
])
def test_records_and_family_cases_are_no_missing_person(text: str) -> None:
    assert MISSING not in [s.name for s in find_signals(text)]


@pytest.mark.parametrize("text", [
    "Пропал ребенок, 8 лет, ушел из школы и не вернулся",
    "Дочь ушла в школу и не вернулась, телефон не отвечает",
    "Пропала бабушка, ушла в магазин и не вернулась",
])
def test_a_person_gone_and_not_back_stays_missing(text: str) -> None:
    assert (MISSING, "critical") in [(s.name, s.level) for s in find_signals(text)]
