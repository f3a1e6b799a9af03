"""Session 17 (issue #4, walkthrough U1, U2, U8, U9): critical misses and false alarms of a fresh user's texts.

- U1: a supply cut and a danger in one sentence: the danger's slot is read in its own clause first, so "нет газа,
  пахнет газом" is a gas smell (the nearest "газа" of the other clause, whose "нет" denied it, no longer wins);
- U2: a gas explosion said as a bang, a gas stove or tap that will not turn off, a parent not answering for days;
- U8: the writer saying they freeze ("мерзнем") keeps a heating failure critical in July (the season rule);
- U9: a problem repaired as a whole is normal; a text of one known word with no signal is as short as one word.

The sentences are written for the test. They test the lexicon and the guideline rules, which need no refit.
"""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.lexicon import find_signals, load_rules
from mcu_nlp.urgency import guideline
from mcu_nlp.urgency.guideline import apply_guideline, lexicon_predict, settling_signals, short_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(s.name, s.level, s.text) for s in find_signals(text)]


@pytest.mark.parametrize("text, phrase", [
    ("нет газа, пахнет газом", "пахнет газом"),
    ("Нет газа, запах газа в подъезде!", "запах газа"),
    ("нет газа,воняет газом", "воняет газом"),
    ("Нет газа, пахнет в подъезде газом", "пахнет в подъезде газом"),
])
def test_gas_smell_beside_gas_off(text: str, phrase: str) -> None:
    assert ("gas smell", "critical", phrase) in _found(text)


@pytest.mark.parametrize("text", ["Запаха газа нет", "Нет запаха газа, газ перекрыли"])
def test_denied_smell_stays_denied(text: str) -> None:
    assert not any(name == "gas smell" for name, _, _ in _found(text))


@pytest.mark.parametrize("text, name", [
    ("Хлопок газа в подъезде, выбило окна", "gas explosion"),
    ("В квартире на третьем этаже хлопнул газ", "gas explosion"),
    ("Газовая плита не выключается, шипит", "gas leak"),
    ("Газовый кран не перекрывается", "gas leak"),
    ("Моя мама живёт одна, 85 лет, третий день не отвечает на звонки", "person not answering"),
    ("Отец вторые сутки не открывает дверь", "person not answering"),
])
def test_critical_kinds(text: str, name: str) -> None:
    assert (name, "critical") in [(n, level) for n, level, _ in _found(text)]


@pytest.mark.parametrize("text", [
    "Угроза взрыва газа в старом доме",
    "Слабый напор, это может спровоцировать взрыв газового оборудования",
    "Мама третий день звонит в управляющую компанию, никто не отвечает",
    "Хлопок в ладоши на утреннике",
])
def test_not_critical(text: str) -> None:
    assert lexicon_predict([text]) != ["critical"]


@pytest.mark.parametrize("text", ["Нет отопления, мерзнем", "Нет отопления, мёрзнем", "Нет отопления, замерзаем"])
def test_writer_freezing_keeps_heating_critical_in_july(text: str) -> None:
    assert lexicon_predict([text], dates=["2024-07-15"]) == ["critical"]


def test_season_rule_still_lowers_heating_alone() -> None:
    assert lexicon_predict(["Нет отопления"], dates=["2024-07-15"]) == ["high"]
    assert lexicon_predict(["Мерзнем на остановке по часу"]) == ["normal"]
    assert lexicon_predict(["Мерзнем"]) == ["high"]


def test_repaired_as_a_whole_cancels_the_leak() -> None:
    text = "В прошлом месяце текла крыша, всё отремонтировали, претензий нет"
    assert {level for _, level, _ in _found(text)} == {"normal"}
    assert lexicon_predict([text]) == ["normal"]


@pytest.mark.parametrize("text", [
    "Была авария на водопроводе, сейчас всё починили, вода есть",
    "Вчера не было света весь вечер, сейчас дали",
])
def test_fixed_problem_is_normal(text: str) -> None:
    rules = load_rules()
    found = find_signals(text)
    proba = apply_guideline(np.array([[0.05, 0.7, 0.25]]), [text], [found], [found], [None], frozenset(), [False],
                            settling=settling_signals(rules), repairs=guideline.repair_signals(rules))
    assert proba.tolist() == [[0.0, 0.0, 1.0]]


def test_fixed_problem_with_a_second_problem_is_the_models() -> None:
    text = "Свет дали, но лифт не работает"
    rules = load_rules()
    found = find_signals(text)
    row = np.array([[0.05, 0.7, 0.25]])
    proba = apply_guideline(row.copy(), [text], [found], [found], [None], frozenset(), [False],
                            settling=settling_signals(rules), repairs=guideline.repair_signals(rules))
    assert proba[0, 1] > proba[0, 2]


def test_one_known_word_without_a_signal_is_short() -> None:
    vocabulary = {"помочь", "яма", "дерево"}
    assert short_text("Помогите пожалуйста", "помочь", [], vocabulary)
    assert not short_text("Аварийнре дерево", "аварийнре дерево", [], vocabulary)  # a typo: the character n-grams'
    assert not short_text("Помогите, яма", "помочь яма", [], vocabulary)
