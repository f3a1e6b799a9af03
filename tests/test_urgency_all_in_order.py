"""«сейчас всё в порядке» after an outage is the supply back, as «сейчас всё работает» is (walkthrough s19 D17 kind:
«Три дня не было газа, сейчас всё в порядке» was a critical no-gas signal: the back row's window of 3 words did not
reach «порядке» past «в»)."""

import pytest

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals


@pytest.mark.parametrize("text", ["Три дня не было газа, сейчас всё в порядке", "Нет воды, уже всё в порядке, спасибо"])
def test_all_in_order_after_an_outage_settles_it(text):
    assert {s.level for s in find_signals(text)} == {"normal"}
    assert default_models().urgency.predict([text])[0] == "normal"


@pytest.mark.parametrize("text", ["Нет света, всё нормально?", "Нет газа третий день, всё в порядке у вас?"])
def test_a_question_whether_all_is_in_order_settles_nothing(text):
    assert "critical" in {s.level for s in find_signals(text)}
