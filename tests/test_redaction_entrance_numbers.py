"""redact: a number that opens a home address after a town and counts or orders the noun after it («живу в Курске, 1
подъезд разбит», «..., 3 квартиры затопило», «..., 5 домов без света») is no house number and stays (session 26); a
real address after a town stays masked («в Курске, ул. Ленина 1», «Курск, Ленина 1, подъезд 2», «г. Курск, д. 1»),
and so does a house's ordinal («в 12 доме по ул. Ленина»)."""

from __future__ import annotations

import pytest

from mcu_nlp import redact

#: (text, what redact makes of it); each fails on 32bc405
FIXED = [
    # an entrance's number, in any case form, with or without the comma after the town
    ("живу в Курске, 1 подъезд разбит", "живу в Курске, 1 подъезд разбит"),
    ("живу в Курске 1 подъезд разбит", "живу в Курске 1 подъезд разбит"),
    ("живу в Курске, 1 подъезде грязно", "живу в Курске, 1 подъезде грязно"),
    ("проживаю в г. Курск, 4 подъезд не убирают", "проживаю в г. Курск, 4 подъезд не убирают"),
    # a count of flats, houses, people
    ("живу в Курске, 3 квартиры затопило", "живу в Курске, 3 квартиры затопило"),
    ("живу в Курске, 5 домов без света", "живу в Курске, 5 домов без света"),
    ("живу в Курске, 2 дома без света", "живу в Курске, 2 дома без света"),
    ("живу в Курске, 10 человек без воды", "живу в Курске, 10 человек без воды"),
    # a flat's ordinal is the flat's number: masked as one, not as an address
    ("живу в Курске, 15 квартира", "живу в Курске, [FLAT] квартира"),
]

#: Rows that pass on 32bc405 too: what must stay so.
GUARDS = [
    # a floor, a number of times: the reader's units already
    ("живу в Курске, 2 этаж", "живу в Курске, 2 этаж"),
    ("живу в Курске, 2 раза звонил", "живу в Курске, 2 раза звонил"),
    # a real address after a town stays masked
    ("живу в Курске, ул. Ленина 1", "живу в Курске, [ADDRESS]"),
    ("проживаю: Курск, Ленина 1, подъезд 2", "проживаю: Курск, [ADDRESS], подъезд 2"),
    ("мой адрес: Курск, Ленина 1, подъезд 2", "мой адрес: Курск, [ADDRESS], подъезд 2"),
    ("живу в г. Курск, д. 1", "живу в г. Курск, [ADDRESS]"),
    ("проживаю в Курске, Ленина 5-12, 1 подъезд", "проживаю в Курске, [ADDRESS], 1 подъезд"),
    # a house's ordinal, a number before an abbreviation or a street type: an address
    ("проживаю в Курске, 12 доме по ул. Ленина", "проживаю в Курске, [ADDRESS]"),
    ("живу в Курске, 5 дом, 15 квартира", "живу в Курске, [ADDRESS]"),
    ("живу в Курске, 5 кв 12", "живу в Курске, [ADDRESS]"),
    ("живу в Курске, 12 мкр, д. 5", "живу в Курске, [ADDRESS]"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED + GUARDS)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", [text for text, _ in FIXED + GUARDS])
def test_a_second_pass_changes_nothing(text: str) -> None:
    assert redact(redact(text)) == redact(text)
