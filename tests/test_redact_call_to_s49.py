"""Session 49, a walkthrough as ЦУР Республики Башкортостан (D8): «звоните Иванову» was left in clear.

A surname alone after «звоните», «позвоните», «обратитесь к», «свяжитесь с», «контактное лицо» is whom to reach,
masked; one that is also a town's form (Иваново, Королёв, Пушкин) was left, as «спросите Москву» asks a town. No one
calls a town so: after those words it is the person's (``name_context.called_to``); after «спросите», «позовите» a
town's name still stays.
"""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize("text", [
    "Стерлитамак, пахнет газом, звоните Иванову 89171234567",
    "звоните Иванову, он старший по дому",
    "позвоните Королёву, он знает про крышу",
    "по всем вопросам обратитесь к Иванову",
    "свяжитесь с Пушкиным из управляющей компании",
    "контактное лицо: Королёв",
    "перезвоните Курганову после обеда",
])
def test_a_town_shaped_surname_after_a_call_is_masked(text: str) -> None:
    out = redact(text)
    assert "[PERSON]" in out
    assert not any(name in out for name in ("Иванов", "Королёв", "Пушкин", "Курганов"))


@pytest.mark.parametrize("text", [
    "спросите Москву, там знают",
    "звоните в Москву, в министерство",
    "позвоните в Иваново, там диспетчерская",
    "обратитесь к Москве за субсидией",
    "звоните, пожалуйста, скорее",
])
def test_a_town_after_a_call_without_a_person_stays(text: str) -> None:
    assert "[PERSON]" not in redact(text)
