"""Session 21: a name right after a verb of calling or coming («звонила», «позвонил», «приходила»;
name_context.CALLED_BY) is that person's, as after «пишет» (invented names).

- A capitalised surname alone: «звонила Кужелева, сказала ...» (names._lone_surname reads name_context.REPORTED_BY).
- A lower-case surname beside a given name the lists lack (a word the dictionary lacks or knows only as a given
  name's form), right after such a verb or another person cue: «звонила кужелева вилена», «звонил нурлан ержанов»
  (name_spellings._cued_pair). Ordinary words after the verb stay.
"""

from __future__ import annotations

import pytest

from mcu_nlp import redact

CASES = [
    ("звонила Кужелева, сказала что воды нет", "звонила [PERSON], сказала что воды нет"),
    ("Вчера позвонила Бурдюкова и сказала, что придут", "Вчера позвонила [PERSON] и сказала, что придут"),
    ("звонила кужелева вилена по поводу воды", "звонила [PERSON] по поводу воды"),
    ("звонил нурлан ержанов, просил перезвонить", "звонил [PERSON], просил перезвонить"),
    ("звонила тряпичкина айсылу насчёт мусора", "звонила [PERSON] насчёт мусора"),
    ("приходил ержанов нурлан из соседнего дома", "приходил [PERSON] из соседнего дома"),
    # kept: no name after the verb
    ("звонила соседка вчера, сказала что воды нет", "звонила соседка вчера, сказала что воды нет"),
    ("звонили из управляющей компании", "звонили из управляющей компании"),
    ("приходил мастер, всё починил", "приходил мастер, всё починил"),
    # «сегодня» is no given name; the surname alone after the verb is a name since session 22 (name_cued)
    ("звонила петрова сегодня утром", "звонила [PERSON] сегодня утром"),
    ("звонил в Газпром, никто не ответил", "звонил в Газпром, никто не ответил"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_called_by(text: str, want: str) -> None:
    assert redact(text) == want
