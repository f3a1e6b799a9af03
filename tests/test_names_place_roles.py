"""redact: a role of a place before the place ("мэр Кирова": the town's mayor) is no person; the surname after them
is ("Мэр Москвы Собянин"); a surname agreeing with the role word stays one ("мэр Киров", "мэру Кирову")."""

from __future__ import annotations

import pytest

from mcu_nlp.name_roles import place_of_role
from mcu_nlp.redaction import redact

#: (text, what redact makes of it); each fails on 6a1e362
FIXED = [
    # a town in the genitive (or undeclined) after мэр, губернатор, глава, префект, прокурор is the role's place
    ("Мэр Кирова обещал ремонт", "Мэр Кирова обещал ремонт"),
    ("Обратился к мэру Кирова", "Обратился к мэру Кирова"),
    ("Прошу уволить мэра Ростова", "Прошу уволить мэра Ростова"),
    ("Встреча с мэром Ростова", "Встреча с мэром Ростова"),
    ("Жалоба прокурору Кирова", "Жалоба прокурору Кирова"),
    ("Мэр Сочи обещал", "Мэр Сочи обещал"),
    ("мэр Колпино обещал", "мэр Колпино обещал"),
    # the surname after a place's role and the place is the role holder's
    ("Мэр Москвы Собянин обещал", "Мэр Москвы [PERSON] обещал"),
    ("мэр Курска Иванов обещал", "мэр Курска [PERSON] обещал"),
    ("Глава Пскова Иванов не ответил", "Глава Пскова [PERSON] не ответил"),
    ("МЭР КУРСКА ИВАНОВ", "МЭР КУРСКА [PERSON]"),
]
#: (text, what redact makes of it); each as on 6a1e362 (a town agreeing with the role word, pymorphy3's likelier
#: reading a surname, or a role of no place: a person)
GUARDS = [
    ("Глава Галича не отвечает", "Глава Галича не отвечает"),
    ("губернатор Курской области обещал", "губернатор Курской области обещал"),
    ("мэр Москвы обещал", "мэр Москвы обещал"),
    ("префект ЦАО обещал", "префект ЦАО обещал"),
    ("прокурор Кировского района проверил", "прокурор Кировского района проверил"),
    # a surname agreeing with the role word, in its case (apposition), is a person: "мэр Киров", not "of Киров"
    ("Мэр Киров обещал ремонт", "Мэр [PERSON] обещал ремонт"),
    ("Обратился к мэру Кирову", "Обратился к мэру [PERSON]"),
    ("Мэр Галич обещал", "Мэр [PERSON] обещал"),
    ("Перед выборами губернатора Беглов посещал", "Перед выборами губернатора [PERSON] посещал"),
    # no director or doctor of a town: a surname, a woman's in the nominative
    ("директор Иванова не отвечает", "директор [PERSON] не отвечает"),
    ("врач Кирова не пришла", "врач [PERSON] не пришла"),
    ("мэра Кирова Ивана Петровича", "мэра [PERSON]"),
    # a surname that pymorphy3 holds at least as likely as the town, in the role word's case, is the person's
    ("Глава Белова не отвечает", "Глава [PERSON] не отвечает"),
    ("Прокурор Иванова проверила", "Прокурор [PERSON] проверила"),
    ("Прошу уволить мэра Кирова", "Прошу уволить мэра [PERSON]"),
    # this session's leaks stay fixed
    ("Главврач Абаза не отвечает", "Главврач [PERSON] не отвечает"),
    ("Передать главврачу Абазе", "Передать главврачу [PERSON]"),
    ("по поручению главы Мельника Ивана Петровича", "по поручению главы [PERSON]"),
    ("Прошу передать Галичу Сергею Петровичу", "Прошу передать [PERSON]"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED + GUARDS)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("word", "before", "expected"),
    [
        ("Кирова", "мэр", True),
        ("Сочи", "мэру", True),
        ("Москвы", "губернатора", True),
        ("Киров", "мэр", False),
        ("Кирову", "мэру", False),
        ("Кирова", "директор", False),
        ("Кирова", "", False),
        ("Белова", "глава", False),
        ("Кирова", "мэра", False),
    ],
)
def test_place_of_role(word: str, before: str, expected: bool) -> None:
    assert place_of_role(word, before) is expected
