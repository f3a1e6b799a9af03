"""Redaction is idempotent after a document's number (session 24): the first pass masks what a second pass would.

A number right after a document's number was left in clear, and masked on a second pass, for three reasons: a match
that a rule's check rejected hid a match it overlapped («... 123456 123456 324-50-37 123456»: 19 digits no card hid
the last 19, a card); a match that an earlier rule's span held hid one after it («ИНН 7707083893 8-912-...»: a phone
read from the ИНН's digits); and a run no rule accepts whole, or a check reading the digits before a number, until
the neighbour was masked («4111111111111111 324-50-37», «кв. 5 324-50-37», «тел 89123456789 9123456789»). All the
numbers are invented (4111 1111 1111 1111 is a test card number)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.redaction import redact

ROWS = [
    # the Hypothesis-found case
    ("свидетельство о рождении II-ЖТ 123456 123456 324-50-37 123456", "свидетельство о рождении [BIRTHCERT] [CARD]"),
    # a card or a phone right after each document's number
    ("свидетельство о рождении II-ЖТ 123456 4111 1111 1111 1111", "свидетельство о рождении [BIRTHCERT] [CARD]"),
    ("свидетельство о рождении II-ЖТ 123456 9123456789", "свидетельство о рождении [BIRTHCERT] [PHONE]"),
    ("паспорт 4510 123456 4111 1111 1111 1111", "паспорт [PASSPORT] [CARD]"),
    ("паспорт 4510 123456 9123456789", "паспорт [PASSPORT] [PHONE]"),
    ("СНИЛС 112-233-445 95 4111111111111111", "СНИЛС [SNILS] [CARD]"),
    ("СНИЛС 112-233-445 95 9123456789", "СНИЛС [SNILS] [PHONE]"),
    ("ИНН 7707083893 8-912-345-67-89", "ИНН [INN] [PHONE]"),
    ("ИНН 7707083893 4111 1111 1111 1111", "ИНН [INN] [CARD]"),
    ("полис ОМС 7751 2345 6789 0124 9123456789", "полис ОМС [OMS] [PHONE]"),
    ("водительское удостоверение 7712 345678 8-912-345-67-89", "водительское удостоверение [PASSPORT] [PHONE]"),
    ("водительское удостоверение 7712 345678 4111 1111 1111 1111", "водительское удостоверение [PASSPORT] [CARD]"),
    ("ОГРНИП 317 746 200 000 516 4111111111111111", "ОГРНИП [OGRNIP] [CARD]"),
    ("дата рождения 04.07.2018 4111 1111 1111 1111", "дата рождения [BIRTHDATE] [CARD]"),
    ("л/с 12-345-678 4111111111111111 324-50-37", "л/с [ACCOUNT] [CARD] [PHONE]"),
    ("кв. 5 324-50-37", "кв. [FLAT] [PHONE]"),
    # a card cut off from the phone after it
    ("тел. 1234 4111111111111111 324-50-37", "тел. 1234 [CARD] [PHONE]"),
    # phones in a row: a mobile number after a number is no phone until that number is masked
    ("тел 89123456789 9123456789", "тел [PHONE] [PHONE]"),
    ("9123456789 9123456789 9123456789", "[PHONE] [PHONE] [PHONE]"),
    # "]" ends the passport keyword's reach, as every other keyword's: a number after a mask is not read as its
    ("паспорт 4510 123456 1234 123456", "паспорт [PASSPORT] 1234 123456"),
    # unchanged: a house number before «кв» and the flat's, a short number as a city number's head
    ("Аэродромная 7 кв 5", "Аэродромная 7 кв [FLAT]"),
    ("дом 5 324-50-37", "дом 5 324-50-37"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_first_pass_masks_what_a_second_would(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected


DOCUMENTS = [
    "свидетельство о рождении II-ЖТ 123456",
    "свидетельство о рождении",
    "паспорт 4510 123456",
    "паспорт",
    "СНИЛС 112-233-445 95",
    "ИНН 7707083893",
    "полис ОМС 7751 2345 6789 0124",
    "полис",
    "водительское удостоверение 7712 345678",
    "права",
    "ОГРНИП 317 746 200 000 516",
    "л/с 12-345-678",
    "дата рождения 04.07.2018",
    "II-ЖТ 123456",
    "кв. 5",
    "тел.",
]
NUMBERS = [
    "123456",
    "324-50-37",
    "4111111111111111",
    "4111 1111 1111 1111",
    "8-912-345-67-89",
    "9123456789",
    "112-233-445 95",
    "7707083893",
    "4510 123456",
    "1234",
    "12",
    "04.07.2018",
    "Н626ЕО46",
    "№",
    ",",
]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(DOCUMENTS),
    st.lists(st.one_of(st.sampled_from(NUMBERS), st.from_regex(r"\A[0-9]{2,16}\Z")), min_size=1, max_size=4),
)
def test_redact_is_idempotent_after_a_document(document: str, numbers: list[str]) -> None:
    once = redact(" ".join([document, *numbers]))
    assert redact(once) == once
