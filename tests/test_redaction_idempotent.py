"""Redaction is idempotent: a text masked once is masked again to itself, whatever a mask now stands where a number
or a name was (session 17). Each row was masked further on a second pass before: a year after «кв.» read as the flat
and then the number before it («из 12 кв. 2024 г.»), a house number before «кв. [FLAT]», a keyword's reach over a
mask to a number that a first pass kept («счет [ACCOUNT] [PHONE] код ...»), a glued number after a mask, and a list
of people signed with initials («Гончарова В.Г., Кутепова Т.В.»: the second was kept, read as «г. Кутепова»). The
names, numbers and addresses are invented."""

import pytest

from mcu_nlp.redaction import redact

ROWS = [
    # a year after «кв.» is no flat's number: the number before the word is the flat's
    ("из 12 кв. 2024 г. течёт крыша", "из [FLAT] кв. 2024 г. течёт крыша"),
    ("из 12 кв. 2024 года потекло", "из [FLAT] кв. 2024 года потекло"),
    # a house number before «кв.» and the flat's number, masked or not
    ("Карла Маркса ул. 5 кв. 3", "Карла Маркса ул. 5 кв. [FLAT]"),
    # a keyword reaches no number past a mask
    ("счет 40817810099910004312 324-50-37 код 12345678901234567890 324-50-37",
     "счет [ACCOUNT] [PHONE] код 12345678901234567890 [PHONE]"),
    # people signed one after another with their initials
    ("Жильцы: Гончарова В.Г., Кутепова Т.В.", "Жильцы: [PERSON], [PERSON]"),
    ("Подписали Петров А.М., Кутепова Т.В.", "Подписали [PERSON], [PERSON]"),
    # a first name and two initials after a name in one run: a person, not words left alone
    ("Р.Н. Иванов Иван Р.Н.", "[PERSON] [PERSON]"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_masked_once_and_again_alike(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "КВ. 10-АЯ КРАСНОАРМЕЙСКАЯ Д.5 КВ. - НАПОР СЛАБЫЙ",  # a number glued to a mask was glued to a word
        "в 3 кв. отключат воду",  # a quarter with no year is a flat's number as likely: masked, once
        "в 3 кв. 2024 г. обещали ремонт",
        "кв. 2019 г. Курск",
    ],
)
def test_a_second_pass_changes_nothing(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
