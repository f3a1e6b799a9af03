"""A Саратовская область analyst's walkthrough (session 66, D2): a home address after a town the dictionary reads as a
surname («энгельс»), in a text all in lower case or with no «в» before the town, kept its street and house
(``home_address._town_before_street``); the capitalised text was masked.
"""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("меня зовут петрова анна сергеевна, тел. 8-917-123-45-67, живу энгельс ул. ломоносова д. 15 кв 42. прошу "
     "перерасчет", "меня зовут [PERSON], тел. [PHONE], живу энгельс [ADDRESS]. прошу перерасчет"),
    ("живу в энгельсе, ул. ломоносова д. 15 кв 42", "живу в энгельсе, [ADDRESS]"),
    ("живу в энгельсе на ул. ломоносова д. 15", "живу в энгельсе на [ADDRESS]"),
    ("Живу Энгельс ул. Ломоносова д. 15 кв 42", "Живу Энгельс [ADDRESS]"),
])
def test_a_home_after_a_surname_town_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", [
    "в энгельсе на ул. ломоносова яма у дома 15",  # no home: the problem's place
    "живу дома, энгельс ул. ломоносова 15 яма",  # no home verb right before the town
])
def test_a_problem_place_in_the_town_stays(text: str) -> None:
    assert "[ADDRESS]" not in redact(text)
