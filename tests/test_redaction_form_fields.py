"""What a form or a signature says of its writer (session 14): a name after «Моя фамилия», «Фамилия:», «Имя:», «ФИО:»,
«с ув.»; a bank account's 20 digits; a car plate after its keyword in lower case; a home after «прописка:»; and the
words that stay."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone after the words that introduce it stayed in clear
        ("Моя фамилия Белоусова, звоните", "Моя фамилия [PERSON], звоните"),
        ("Фамилия: Белоусова", "Фамилия: [PERSON]"),
        ("ФИО: Белоусова", "ФИО: [PERSON]"),
        ("Имя: Мария", "Имя: [PERSON]"),
        ("Мое имя Ольга, живу тут давно", "Мое имя [PERSON], живу тут давно"),
        ("с ув. Лебедев", "с ув. [PERSON]"),
        ("С ув., Заремба", "С ув., [PERSON]"),
        # a bank account: after its keyword, or a person's (408...) or deposit (423...) account anywhere
        ("р/с 40817810099910004312", "р/с [ACCOUNT]"),
        ("номер счета 40702810099910004312", "номер счета [ACCOUNT]"),
        ("счет 40817 810 0 9991 0004312", "счет [ACCOUNT]"),
        ("перевод на 42307810099910004312", "перевод на [ACCOUNT]"),
        # a plate spaced in lower case after its keyword
        ("Машина гос номер н 123 ка 46 стоит под окнами", "Машина гос номер [PLATE] стоит под окнами"),
        ("гос.рег.знак х 777 хх 77 rus", "гос.рег.знак [PLATE]"),
        ("прописка: Курск, Ленина 10-25", "прописка: Курск, [ADDRESS]"),
    ],
)
def test_a_writer_s_data_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "с ув. отношением к вам",
        "Фамилия заявителя не указана",
        "имя: не указано",
        "Имя файла: report",
        "от имени жильцов дома",
        "код 12345678901234567890 на счетчике",
        "счетчик 12345678901234567890 не работает",
        "в 100 км 40 от города",
        "нет прописки в Курске 5 лет",
    ],
)
def test_words_and_other_numbers_stay(text):
    assert redact(text) == text
