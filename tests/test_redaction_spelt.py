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
        # «тчк», a telegram's dot, spelt for the dots (session 13): the whole address stayed in clear
        ("почта ivanov собака mail тчк ru", "почта [EMAIL]"),
        ("e-mail: ivanov тчк petr собака yandex тчк ru", "e-mail: [EMAIL]"),
        ("IVANOV СОБАКА MAIL ТЧК RU", "[EMAIL]"),
        ("почта ivanov (тчк) petr (at) gmail (тчк) com", "почта [EMAIL]"),
        # a handle that holds a service's name is still a handle
        ("тг whatsapp_vasya", "тг [HANDLE]"),
        ("ник viber2000", "ник [HANDLE]"),
        # the MAX messenger, Skype, a login (session 14: all stayed in clear)
        ("Мой MAX: katya_ivanova88, звоните после 18", "Мой MAX: [HANDLE], звоните после 18"),
        ("пишите в макс ivan_petrov89 или в тг @ivan_p", "пишите в макс [HANDLE] или в тг [HANDLE]"),
        ("Связь через мессенджер Макс: petrov_a_v", "Связь через мессенджер Макс: [HANDLE]"),
        ("Мой ник в максе — sveta2010", "Мой ник в максе — [HANDLE]"),
        ("по вопросам в Max: kursk_help", "по вопросам в Max: [HANDLE]"),
        ("Канал в MAX: max.ru/kursk_official", "Канал в MAX: [HANDLE]"),
        ("Скайп: ivan.petrov.1980", "Скайп: [HANDLE]"),
        ("мой логин petrov.ivan, пароль не скажу", "мой логин [HANDLE], пароль не скажу"),
        # «собачка» for «@», and a space for the last dot before a common top-level domain
        ("адрес почты: ivanov собачка mail dot com", "адрес почты: [EMAIL]"),
        ("e-mail: sidorov (собачка) gmail.com", "e-mail: [EMAIL]"),
        ("почта petrova собачка yandex точка ru", "почта [EMAIL]"),
        ("пишите на ivanov_a собака bk ру", "пишите на [EMAIL]"),
        ("pochta: ivan.petrov собака mail ru", "pochta: [EMAIL]"),
        ("inst: irina_kursk", "inst: [HANDLE]"),
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
        # a messenger's or network's name after a network's word says where to write, no handle (session 13: it
        # was masked as one)
        "в тг WhatsApp",
        "пишите в тг WhatsApp или звоните",
        "свяжитесь со мной: тг: Viber, телефон не беру",
        "ник Telegram не нужен, пишите в вк Vkontakte",
        "инстаграм Instagram не открывается",
        "тг whatsapp",
        "в тг или вк, а лучше tg Whatsup",
        # «тчк» with no spelt «@» is no e-mail: a domain, a sentence
        "сайт ivanov тчк ru не работает",
        "Прошу принять меры тчк Ответ прошу дать письменно тчк",
        # «макс», «max» that name no messenger; a model's name after «Max»
        "Макс сказал, что уберут",
        "максимально быстро уберите мусор",
        "Скорость max 60 км/ч на Ленина",
        "Телевизор Samsung Max Ultra не работает",
        "собачка Bobby лает у дома, а кошка Tom на крыше",
    ],
)
def test_words_and_animals_stay(text):
    assert redact(text) == text
