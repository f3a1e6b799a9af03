"""Personal data left in clear by session 19's redaction (code review s20 #6, #11, #15, #16; walkthrough s20 R1, R2,
R4), by kind: format characters other than the zero-width ones (bidi embeddings and isolates, variation selectors, the
combining grapheme joiner) and HTML references to invisible characters inside a phone or a name; a zero-width space
that glued a word to an e-mail; a lower-case name in any case after «им» = "to them"; a Tuvan street written as its
man's name in the genitive before a house number; a first name with a surname's initial, and a surname after them; a
lone surname after a verb that reports what a person writes; a preposition before the town after a home address. And
what stays."""

import pytest

from mcu_nlp import redact

MASKED = [
    # format characters (Unicode Cf) and other invisible ones inside personal data (#6)
    ("8 (914) 555-12-3\u202c4", "[PHONE]"),
    ("Петров\u2069 Иван Сергеевич звонил", "[PERSON] звонил"),
    ("Звоните 8 914 555\u202a12 34, Петров\u202aИван", "Звоните [PHONE], [PERSON]"),
    ("тел. +7\u2068914\u2069555-12-34", "тел. [PHONE]"),
    ("тел. 8 914 555\ufe0f12 34", "тел. [PHONE]"),
    ("тел. 8 914 555\u034f12 34", "тел. [PHONE]"),
    ("тел. 8 914 555\u180e12 34", "тел. [PHONE]"),
    # HTML references are decoded before the invisible characters are read (#6)
    ("Тел 8914&shy;5551234", "Тел [PHONE]"),
    ("Тел 8 914 555&#8203;12 34", "Тел [PHONE]"),
    ("Петров&#8203;Иван Сергеевич звонил", "[PERSON] звонил"),
    # «им» = "to them": a lower-case surname and first name in any case (#11)
    ("спасибо им петров иван", "спасибо им [PERSON]"),
    ("спасибо им. петров иван", "спасибо им. [PERSON]"),
    ("спасибо им смирнову ольгу", "спасибо им [PERSON]"),
    ("благодарим им смирнову ольгу", "благодарим им [PERSON]"),
    ("спасибо им петрову ивану сергеевичу за ремонт", "спасибо им [PERSON] за ремонт"),
    # a first name and a surname's initial (R1)
    ("Ирина П.", "[PERSON]"),
    ("пишет Ирина П. из Осы", "пишет [PERSON] из Осы"),
    ("Ольга Н., Пермь", "[PERSON], Пермь"),
    # a lone surname after a verb that reports what a person writes or asks (R2)
    ("обращается Мальцева, дом 5, кв 7", "обращается [PERSON], дом 5, кв [FLAT]"),
    ("обращается Иванова, дом 5", "обращается [PERSON], дом 5"),
    # a first name, one initial and a surname: one person, not a surname left in clear
    ("Иван С. Петров звонил", "[PERSON] звонил"),
    ("Звонила Анна К. Смирнова", "Звонила [PERSON]"),
]

KEPT = [
    # a zero-width space between a Cyrillic word and a Latin one is a word break: the word stays (#16)
    ("почта\u200bivan.petrov@mail.ru", "почта\u200b[EMAIL]"),
    ("почта\u200bivan@mail.ru, звоните", "почта\u200b[EMAIL], звоните"),
    # inside a word it joins: a Latin look-alike in a name, an e-mail split by it
    ("Ив\u200baн Петров звонил", "[PERSON] звонил"),
    ("ivan\u200b@mail.ru", "[EMAIL]"),
    ("\u2068Петров Иван\u2069 звонил", "\u2068[PERSON]\u2069 звонил"),
    ("Спасибо ❤️ всем", "Спасибо ❤️ всем"),
    # a Tuvan street named after a man, with no street word before its house number (#15)
    ("Яма на Ооржака Лопсанчапа 20", "Яма на Ооржака Лопсанчапа 20"),
    ("Кызыл, Ооржака Лопсанчапа 20, нет воды", "Кызыл, Ооржака Лопсанчапа 20, нет воды"),
    ("Ооржак Чечек 20 лет живет тут", "[PERSON] 20 лет живет тут"),
    ("Ооржак Чечек звонила", "[PERSON] звонила"),
    # «им» before a street, a dedication, no name
    ("отдайте им карла маркса 5 под склад", "отдайте им карла маркса 5 под склад"),
    ("школа им петрова ивана", "школа им петрова ивана"),
    ("спасибо им большое", "спасибо им большое"),
    ("спасибо им вера надежда", "спасибо им вера надежда"),
    # a street after a reporting verb; a first name that reads first as a common noun
    ("пишет Ленина 5", "пишет Ленина 5"),
    ("Вера П.", "Вера П."),
    ("Иванов И.И. Петров П.П.", "[PERSON] [PERSON]"),
    ("Иван С. Ленина 5", "[PERSON] Ленина 5"),
    # the preposition before the town after a home address stays with the town (R4)
    ("живу на Ленина 5-12 в Лысьве", "живу на [ADDRESS] в Лысьве"),
    ("живу на ул. Ленина д. 5 кв. 12 в Перми", "живу на [ADDRESS] в Перми"),
    ("проживаю Ленина 5, в Перми", "проживаю [ADDRESS], в Перми"),
    ("живу на Ленина 5-12 во Владимире", "живу на [ADDRESS] во Владимире"),
]


@pytest.mark.parametrize(("text", "expected"), MASKED + KEPT)
def test_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(("text", "expected"), MASKED + KEPT)
def test_idempotent(text, expected):
    assert redact(redact(text)) == redact(text)
