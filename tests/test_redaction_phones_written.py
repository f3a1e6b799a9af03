"""Phones as they are typed (session 14): a letter O for a zero, a town's short number after a phone word; and the
dates and times that stay."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Cyrillic or Latin O for a zero left the whole number in clear
        ("Звоните 8-9О3-111-22-33", "Звоните [PHONE]"),
        ("номер телефона 89O31112233 (с буквой О)", "номер телефона [PHONE] (с буквой О)"),
        ("тел +7 9о3 111 22 33", "тел [PHONE]"),
        # bullets between the groups, as copy-pasted
        ("пишите в лс или 8910•765•43•21", "пишите в лс или [PHONE]"),
        # a town's number of 5 or 6 digits after a phone word or «городской», «домашний»
        ("позвоните мне на 8(903)1112233 или на городской 52-34-12",
         "позвоните мне на [PHONE] или на городской [PHONE]"),
        ("звоните 2-34-56 вечером", "звоните [PHONE] вечером"),
        ("домашний 52-34-12, Анна", "домашний [PHONE], [PERSON]"),
        ("звонил 5 раз, 52-45-33 не отвечает", "звонил 5 раз, [PHONE] не отвечает"),
        # the numbers listed after one phone word
        ("дали телефон А.А. Петровой 39-96-90, А.А. Сидоровой 39-96-98, никто не берет",
         "дали телефон [PERSON] [PHONE], [PERSON] [PHONE], никто не берет"),
        ("телефоны: 51-59-32, 8-910-765-43-21 и 52-34-12", "телефоны: [PHONE], [PHONE] и [PHONE]"),
    ],
)
def test_a_phone_as_typed_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "звонили в УК 12-05-24, никто не пришел",
        "в доме 5 с 10-00 до 12-00 нет воды, звонили",
        "дом 12-14-16 по Ленина, звоните",
        "звонила в ук, в доме 12-14-16 нет воды",
        "дома 12-14-16 и 18-20-22 без света, звонили",
        "в доме 5О тепло",
        "обращение 2-34-56 не рассмотрено",
        "Код 1О2 на счетчике",
    ],
)
def test_dates_times_and_codes_stay(text):
    assert redact(text) == text
