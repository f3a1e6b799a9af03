"""Session 44: a question about a planned outage or its schedule is normal (urgency.md: questions are normal), an
outage now asked about stays as it was. «Когда будет отключение горячей воды на нашей улице? хотим спланировать
отпуск» was high 0.86: the «отключение горячей» of the question read as hot water out.

Two parts: :func:`mcu_nlp.urgency.settled.asked_plan` (a planned-outage question whose signals above "normal" all lie
inside it is normal), which the shipped model reads with its own lexicon, and session 44's ``planned outage
question`` rows of the lexicon («Будут ли отключать горячую воду летом?», «На сколько отключат горячую воду?»,
«Опрессовка когда?»), read by a model fitted with them: those cases hold once the shipped urgency model is refitted.
"""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.lexicon import find_signals, load_lexicon
from mcu_nlp.urgency.guideline import apply_guideline
from mcu_nlp.urgency.settled import asked_plan, question_signals

QUESTIONS = question_signals(load_lexicon().rules)
ASKED = "planned outage question"

#: Questions the lexicon's rows before session 44 already asked: the shipped model reads them so.
ASKED_BEFORE = [
    "Когда будет отключение горячей воды на нашей улице? хотим спланировать отпуск",  # was high 0.86
    "График отключения горячей воды на улице Мира где посмотреть?",  # was high 0.71
    "Где посмотреть график отключения горячей воды?",  # was high 0.71
    "Когда будет плановое отключение воды?",
    "Планируется ли отключение горячей воды в июле?",
]
#: Questions only session 44's rows ask (shipped model: was high or critical before).
ASKED_NOW = [
    "Будут ли отключать горячую воду летом?",  # was high 0.87
    "На сколько отключат горячую воду?",  # was critical 0.15
    "На сколько дней отключат горячую воду летом?",  # was high 0.70
    "Когда отключат горячую воду на профилактику?",  # was high 0.79
    "Подскажите, когда летом отключают горячую воду по адресу Ленина 5?",  # was high 0.91
    "Сколько дней не будет горячей воды при плановом отключении?",  # was high 0.98
    "Опрессовка когда?",
    "Когда будет опрессовка в нашем доме?",
]
#: Outages now, asked when they end: as before.
OUTAGES = [
    ("Уже третий день нет горячей воды, когда дадут?", "high"),
    ("Нет горячей воды, когда дадут?", "high"),
    ("Когда дадут горячую воду? уже неделю нет", "high"),
    ("Обещали плановое отключение горячей воды на 10 дней, а уже месяц нет горячей воды", "high"),
    ("Почему отключили горячую воду без предупреждения? Уже два дня нет", "high"),
    ("Нет воды, когда включат?", "critical"),
    ("Третьи сутки без воды, когда включат?", "critical"),
    ("Нет света, когда дадут?", "critical"),
    ("Нет газа с утра, когда дадут?", "critical"),
]


@pytest.mark.parametrize("text", ASKED_BEFORE + ASKED_NOW)
def test_the_lexicon_asks_a_planned_outage_and_reads_nothing_else(text):
    assert asked_plan(find_signals(text), QUESTIONS)


@pytest.mark.parametrize("text", [text for text, _ in OUTAGES] + [
    "Когда будет отключение горячей воды? Уже неделю нет горячей воды",  # an outage outside the question
    "Почему опять отключают горячую воду?",  # a complaint of cuts that recur
    "Сколько можно отключать свет?",
    "Плановое отключение горячей воды затянулось, сколько можно?",
    "После опрессовки нет горячей воды, когда дадут?",
    "Отключение горячей воды будет до конца недели.",  # a statement asks nothing
])
def test_an_outage_now_or_a_complaint_is_no_planned_question(text):
    assert not asked_plan(find_signals(text), QUESTIONS)


def test_the_guideline_makes_a_planned_question_normal_and_leaves_an_outage():
    texts = [ASKED_BEFORE[0], OUTAGES[0][0]]
    found = [find_signals(t) for t in texts]
    proba = np.array([[0.1, 0.8, 0.1], [0.1, 0.8, 0.1]])
    out = apply_guideline(proba.copy(), texts, found, found, [None, None], frozenset(), [False, False],
                          settling=frozenset(), questions=QUESTIONS)
    plain = apply_guideline(proba.copy(), texts, found, found, [None, None], frozenset(), [False, False],
                            settling=frozenset())  # no question rules named: hot water out, high at most
    assert out[0].tolist() == pytest.approx([0.0, 0.0, 1.0])
    assert plain[0].tolist() == pytest.approx([0.0, 0.9, 0.1])
    assert out[1].tolist() == pytest.approx(plain[1].tolist())
    assert out[1].tolist() == pytest.approx([0.0, 0.9, 0.1])


@pytest.mark.parametrize("text", ASKED_BEFORE)
def test_a_planned_question_is_normal(models, text):
    assert models.urgency.predict([text])[0] == "normal"


@pytest.mark.parametrize("text", ASKED_NOW)
def test_a_planned_question_by_its_verb_is_normal(models, text):  # the shipped model reads the rows (U44c)
    assert models.urgency.predict([text])[0] == "normal"


@pytest.mark.parametrize("text, expected", OUTAGES)
def test_an_outage_now_keeps_its_level(models, text, expected):
    assert models.urgency.predict([text])[0] == expected
