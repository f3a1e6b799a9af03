"""Contacts spelt so that no «@» or Latin letter shows (session 15): an e-mail in Russian letters («иванов собака мэйл
точка ру»), a login or account with where it is between its word and it («логин в Госуслугах petrov.ivan83»,
«мой аккаунт ivanov1980»); and the dogs and services that stay."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пишите на иванов собака мэйл точка ру", "пишите на [EMAIL]"),
        ("почта ирина точка курск собака gmail ком", "почта [EMAIL]"),
        ("почта petrov собачка яндекс точка ру", "почта [EMAIL]"),
        ("почта: иванов (собака) яндекс.ру", "почта: [EMAIL]"),
        ("ИВАНОВ СОБАКА МЭЙЛ ТОЧКА РУ", "[EMAIL]"),
        ("ivanov собака mail ком", "[EMAIL]"),
        ("логин в Госуслугах petrov.ivan83, не могу войти", "логин в Госуслугах [HANDLE], не могу войти"),
        ("логин на портале Госуслуг petrov_ivan", "логин на портале Госуслуг [HANDLE]"),
        ("мой аккаунт ivanov1980 заблокирован", "мой аккаунт [HANDLE] заблокирован"),
        ("учётная запись: ivan_petrov", "учётная запись: [HANDLE]"),
        ("ник в телеге Vasya_P", "ник в телеге [HANDLE]"),
    ],
)
def test_a_contact_spelt_in_russian_is_masked(text, expected):
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "у соседей собака лает, точка",
        "моя собака Рекс гуляет без поводка",
        "собака мэйл точка ру",  # no name before the «@»
        "мой аккаунт в Google заблокирован",  # a service's name
        "логин в Госуслугах не работает",
        "аккаунт Apple ID не помню",
        "аккаунт на сайте Wildberries заблокировали",  # a plain capitalised Latin word: the service, no login
        "мой аккаунт Ozon не открывается",
        # a dog's complaint typed without commas: «нет», «ком» after a space are words, no top-level domain
        "У соседей собака лает нет сил терпеть",
        "во дворе собака кусается нет отлова",
        "Соседская собака гадит ком земли не убирают",
    ],
)
def test_dogs_and_services_stay(text):
    assert redact(text) == text
