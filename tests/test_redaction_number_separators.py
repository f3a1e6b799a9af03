"""Numbers whose groups are split by another dash than "-" or another space than " " (session 14): an en or em dash,
a non-breaking hyphen, a figure dash, a minus, as word processors and phones type them; a non-breaking space inside an
identity number. Phones with a non-breaking or narrow space already were masked."""

import pytest

from mcu_nlp.redaction import find_personal_data, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("мой номер 8–953–412–07–66, звоните вечером", "мой номер [PHONE], звоните вечером"),  # en dash
        ("Телефон +7‑983‑120‑4455", "Телефон [PHONE]"),  # non-breaking hyphen
        ("звоните 8 — 921 — 555 — 01 — 02", "звоните [PHONE]"),  # em dash, spaced
        ("сот. +7−905−118−22−09 Ольга", "сот. [PHONE] [PERSON]"),  # minus
        ("8‒921‒555‒01‒02 (вотсап)", "[PHONE] (вотсап)"),  # figure dash
        ("тел 8(921)555―01―02", "тел [PHONE]"),  # horizontal bar
        ("СНИЛС 123–456–789 64", "СНИЛС [SNILS]"),
        ("СНИЛС 112-233-445\xa095", "СНИЛС [SNILS]"),  # a non-breaking space before the control digits
        ("дата рождения 12–03–1985", "дата рождения [BIRTHDATE]"),
        ("паспорт 45 10\xa0123456", "паспорт [PASSPORT]"),  # was two masks, a non-breaking space left between
    ],
)
def test_a_number_split_by_another_dash_or_space_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["в 2019–2020 годах", "дома 5–7 по улице Мира", "с 8–00 до 17–00 нет воды", "температура −15 — −20",
     "Ленина — 5 домов без света", "счёт 1\xa0250 руб."],
)
def test_ranges_and_amounts_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash glued between two numbers: read as written too, where it parts a flat and a phone
        ("кв. 5—8-912-345-67-89", "кв. [FLAT]—[PHONE]"),
        ("ИНН 500100732259–8 912 345 67 89", "ИНН [INN]–[PHONE]"),
    ],
)
def test_a_dash_between_two_numbers_keeps_both(text, expected):
    assert redact(text) == expected


def test_offsets_are_the_text_as_written():
    from mcu_nlp.phone_numbers import separators_folded

    text = "тел: 8–912–000–11–22"
    assert separators_folded(text) == "тел: 8-912-000-11-22"
    [span] = find_personal_data(text)
    assert text[span.start : span.stop] == "8–912–000–11–22"
