"""Contacts written without «@» (session 12 walkthrough): a handle after its network's word, an e-mail with «@» and
dots spelt out; and the words and animals that stay."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("инстаграм: katya_ivanova_89", "инстаграм: [HANDLE]"),
        ("пишите в инсту katya89 или вк: id12345", "пишите в инсту [HANDLE] или вк: [HANDLE]"),
        ("в инстаграме katya.ivanova, ник Katya89", "в инстаграме [HANDLE], ник [HANDLE]"),
        ("пишите katya(at)mail.ru", "пишите [EMAIL]"),
        ("почта katya [at] mail [dot] ru", "почта [EMAIL]"),
        ("почта katya собака mail.ru", "почта [EMAIL]"),
        ("тг @vasya_p", "тг [HANDLE]"),
        # the name's dots spelt too: 'ivanov точка [EMAIL]' kept the surname
        ("почта ivanov точка petr собака mail точка ru", "почта [EMAIL]"),
        ("почта ivanov (dot) petr (at) gmail (dot) com", "почта [EMAIL]"),
    ],
)
def test_a_spelt_contact_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Инстаграм не работает",
        "вк VK Pay не работает",
        "моя собака лает, а соседская собака кусается",
        "Собака Rex лает у дома, см. сайт gov.spb.ru",
    ],
)
def test_words_and_animals_stay(text):
    assert redact(text) == text
