"""Walkthrough s41 (D2 and gaps): a danger said fixed in its own clause is settled, not critical.

«утечку газа устранили», «открытый люк закрыли крышкой», «оборванные провода починили», «прорыв трубы устранен»,
«сосульки уже убрали», «люк уже закрыли», and a cut of an hour on a day gone by («вчера вечером на час отключили
воду») are problems already fixed: every signal is "normal" and a repair is among them, so the guideline reads them as
normal (:func:`~mcu_nlp.urgency.settled.fixed_problem` and :func:`~mcu_nlp.urgency.settled.settled`, or a thanks:
:func:`~mcu_nlp.urgency.thanks.thanked`), P(normal) = 1. A danger said again after the repair, a repair promised,
asked or denied, or one wished for («хочу чтобы провода убрали») keeps its level. Also: a pressure said weak in a
sentence about the gas is the gas's, and a website is no clinic. Invented texts; the shipped model reads the rows
once refitted (its lexicon is frozen in it at its fit), so the levels are checked through the guideline's own rules
over this checkout's lexicon.
"""

import pytest
from helpers import names

from mcu_nlp.lexicon import find_signals, load_rules
from mcu_nlp.urgency.settled import fixed_problem, repair_signals, settled, settling_signals
from mcu_nlp.urgency.thanks import thanked

RULES = load_rules()
REPAIRS = repair_signals(RULES)
SETTLING = settling_signals(RULES)


def settled_normal(text: str) -> bool:
    """Whether the guideline reads ``text`` as normal by its fixed-problem or thanks rule (P(normal) = 1)."""
    signals = find_signals(text)
    return thanked(text, signals) or (fixed_problem(signals, REPAIRS) and settled(text, signals, SETTLING))


def above_normal(text: str) -> set[tuple[str, str]]:
    return {pair for pair in names(text) if pair[1] != "normal"}


FIXED = [
    "утечку газа устранили, спасибо газовикам",
    "запах газа устранен",
    "открытый люк закрыли крышкой, спасибо",
    "оборванные провода починили",
    "вчера вечером на час отключили воду",
    "прорыв трубы устранен",
    "сосульки уже убрали",
    "люк уже закрыли",
    "утечку газа устранили",
    "Газовики устранили утечку газа, спасибо",
    "вчера вечером на час отключили свет",
    # the contrasts that worked before
    "газом пахло вчера, газовики приехали, всё устранили",
    "свет дали",
    "пожар потушили, спасибо пожарным",
    "сосульки сбили, спасибо",
]


@pytest.mark.parametrize("text", FIXED)
def test_a_danger_fixed_in_its_clause_is_settled(text):
    assert not above_normal(text), names(text)
    assert settled_normal(text)


@pytest.mark.parametrize(
    "text, danger",
    [
        ("утечку газа устранили", ("gas smell", "normal")),
        ("открытый люк закрыли крышкой, спасибо", ("open manhole", "normal")),
        ("оборванные провода починили", ("live wires", "normal")),
        ("прорыв трубы устранен", ("burst pipe", "normal")),
        ("сосульки уже убрали", ("icicles", "normal")),
        ("вчера вечером на час отключили воду", ("no water", "normal")),
    ],
)
def test_the_danger_is_shown_settled(text, danger):
    assert danger in names(text)


@pytest.mark.parametrize(
    "text, danger",
    [
        ("люк закрыли, а рядом открытый люк", ("open manhole", "critical")),
        ("утечку устранили, но запах остался", ("gas leak", "critical")),
        ("обещали устранить утечку газа", ("gas smell", "critical")),
        ("когда устранят утечку газа?", ("gas smell", "critical")),
        ("утечку газа не устранили", ("gas smell", "critical")),
        ("Хочу чтобы оборванные провода убрали", ("live wires", "critical")),
        ("провода заменили, теперь искрит", ("sparks", "critical")),
        ("вчера на 2 часа отключили воду, до сих пор нет", ("no water", "critical")),
        ("каждый день на час отключают воду", ("no water", "critical")),
        ("Прорыв трубы устранен, но воды нет третий день", ("no water", "critical")),
        ("Открытый люк во дворе, просим закрыть", ("open manhole", "critical")),
    ],
)
def test_a_danger_still_there_keeps_its_level(text, danger):
    assert danger in names(text)
    assert not settled_normal(text)


@pytest.mark.parametrize(
    "text",
    [
        "люк закрыли, но второй открыт",  # a second hazard the lexicon does not name: left to the model
        "сосульки убрали только с одной стороны",
        "Люк закрыт доской, дети могут провалиться",  # a makeshift cover is no repair
        "Сейчас люк закрыт доской, но она не надежна",
    ],
)
def test_a_partial_or_makeshift_fix_is_not_settled(text):
    assert not settled_normal(text)


def test_weak_pressure_after_the_gas_is_the_gas():
    found = names("не было газа 2 дня, сейчас дали, но давление слабое")
    assert ("weak gas pressure", "high") in found
    assert not any(name == "weak water pressure" for name, _ in found)
    assert ("weak water pressure", "high") in names("Газ есть. Слабый напор воды")


def test_a_website_is_no_clinic():
    assert not any(name == "no appointment" for name, _ in names("не работает сайт госуслуг, не могу записаться"))
    assert ("no appointment", "high") in names("В поликлинике не могу записаться к терапевту")
