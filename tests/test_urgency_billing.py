"""A question about a bill for an outage gone by is not critical (session 51, :mod:`mcu_nlp.urgency.billing`). Each
text of the first test is critical on the parent (dea888a) with the shipped model (U53d)."""

from __future__ import annotations

import pytest

from mcu_nlp import UrgencyClassifier, default_models
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.billing import billed_outage


@pytest.fixture(scope="module")
def urgency() -> UrgencyClassifier:
    return default_models().urgency


@pytest.mark.parametrize(
    "text",
    [
        # rows of the dev sets blind13..42, labelled normal
        "Почему в перерасчёте за отопление насчитали полную сумму за неделю, когда батареи были холодные? "
        "Прошу сделать перерасчёт.",
        "Почему в платёжке за отопление за май начислили как за полный месяц, если отопление отключили 5-го?",
        "Будет ли перерасчёт за холодную воду, которой не было три дня в Сельцо в прошлом месяце?",
        "Почему в квитанции за май начислено отопление в полном объёме, если батареи отключили ещё 15 апреля?",
        # session 71: the spring cut-off in a clause of its own (blind71, labelled normal), and in other words
        "Батареи отключили 10 мая, я запомнил, у сына день рождения. А в квитанции за май начислено за весь месяц, "
        "3870 рублей. Сделают перерасчёт сами или мне заявление писать?",
        "Отопление отключили в апреле. Почему в платёжке за май опять строка за отопление?",
        "Теплоснабжение отключили 12 мая, а насчитали за весь май. Верните деньги",
    ],
)
def test_a_bill_for_an_outage_gone_by_is_not_critical(urgency, text):
    assert urgency.predict([text])[0] != "critical"
    assert urgency.predict_proba([text])[0][list(urgency.classes_).index("critical")] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Начисляют за отопление, которого нет уже неделю, дома +12, ребёнок болеет",
        "Прошу перерасчёт: с понедельника нет отопления, в квартире +13, дома лежачая мама",
        "Платим за воду, которой нет третий день, дома лежачий больной",
        # a review of session 51 (helper-563): «если» is no past verb, and «так и не дали» goes on
        "Почему начислили за отопление, если батареи холодные, а на улице -30",
        "Зачем нам насчитали за отопление, если батареи отключили и в квартире +8 с грудным ребёнком",
        "Почему начислили за воду, которую отключили неделю назад и так и не дали",
        # session 71: a spring date reads only a heating cut-off, and only one that does not go on
        "Отопление отключили 3 января, в квитанции начислили за весь месяц, дома +10, дети болеют",
        "Воду отключили 10 мая, в квитанции начислили за весь месяц, а воды так и нет, дома лежачий больной",
        "Батареи отключили 25 апреля, а на улице снег, дома +11, маленький ребёнок, и в квитанции насчитали всё",
    ],
)
def test_an_outage_that_goes_on_stays_critical(urgency, text):
    assert urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Почему начислили за май, если отопление отключили 5-го?", True),
        ("Сделайте перерасчёт за неделю, когда не было горячей и холодной воды", True),
        ("Платим за воду, которой нет третий день", False),
        ("Начислили за свет, когда его отключили вчера и до сих пор не включили", False),
        ("Прошу перерасчёт: с понедельника нет отопления", False),
        ("Когда батареи были холодные, мы мёрзли", False),
    ],
)
def test_billed_outage(text, expected):
    assert billed_outage(text, find_signals(text)) is expected
