"""Critical and high appeals of kinds that still carried no lexicon signal (session 22, issue #4), read by the
lexicon: each kind said in words other than the dev sets' and its ordinary, negated or past look-alikes. The shipped
model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest

from mcu_nlp.lexicon import find_signals


def names(text):
    return {(s.name, s.level) for s in find_signals(text)}


# a school or a kindergarten without its teacher, carer or cook for weeks
@pytest.mark.parametrize(
    "text",
    [
        "Учительницы английского нет уже третью неделю, уроки просто отменяют",
        "В группе садика месяц нет воспитательницы, детей сливают в другие группы",
        "Физичка полгода на больничном, заменять некому, а экзамен весной",
    ],
)
def test_staff_missing_for_weeks(text):
    assert ("staff missing for weeks", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Учителя нет в кабинете, где его найти?",
        "Учительница уволилась в прошлом году, сейчас всё хорошо",
        "Спасибо воспитателю за утренник, целый месяц готовились",
    ],
)
def test_staff_missing_for_weeks_not(text):
    assert ("staff missing for weeks", "high") not in names(text)
