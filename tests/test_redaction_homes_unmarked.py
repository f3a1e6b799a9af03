"""A home address a fresh user found unmasked (session 12): after «прож.», a street named with no street word
(«живу на Лесной 4-17»), a home after words of how one lives («живет одна в доме 5 по Лесной»); and the public
places and measures that stay."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("прож. ул. Мира 7-12", "прож. [ADDRESS]"),
        ("Живу на Лесной 4-17, нет воды", "Живу на [ADDRESS], нет воды"),
        ("прописан по Садовой 5а, яма во дворе", "прописан по [ADDRESS], яма во дворе"),
        ("проживаю на Маршала Жукова 70/1, нет воды", "проживаю на [ADDRESS], нет воды"),
        ("мама живет одна в доме 5 по Лесной", "мама живет одна в [ADDRESS]"),
    ],
)
def test_a_home_address_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "яма на Лесной 4",
        "на ул. Мира 7 нет света",
        "живу на 5 этаже, лифт сломан",
        "живу на Урале 5 лет",
        "живу на Лесной 3 года, воды нет",
        "живу на Лесной 4-й год",
        "Живу на Лесной. 4 дня нет воды",
    ],
)
def test_public_places_and_measures_stay(text):
    assert redact(text) == text
