"""A surname beside a first name is a person, not the town it also names: "Иванова Мария" (session 8)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver

# (text, place names found): each row but the guards found the town (Иваново, Королёв) on the old code
CASES = [
    ("обращается Иванова Мария", []),
    ("Мария Иванова", []),
    ("к Королёву Ивану", []),
    ("Обращается Иванова Мария, в подъезде нет света", []),
    ("Прошу передать Королёву Ивану Петровичу", []),
    # review of session 8: a first name and a patronymic before the surname, a surname after "жалоба от": a person
    # as redaction finds one (mcu_nlp.names.find_names)
    ("Обращается Мария Ивановна Иванова, в подъезде нет света", []),
    ("Анна Сергеевна Королёва", []),
    ("Жалоба от Иванова", []),
]
# guards, right before and after: a town after "в", "из", or apart from the name
GUARDS = [
    ("Петров Иван", []),
    ("Киров Сергей", []),
    ("в Иванове нет воды", ["Иваново"]),
    ("г. Иваново, Мария Петровна", ["Иваново"]),
    ("в Королёве Иван Петрович ждёт автобус", ["Королёв"]),
    ("из Кирова Сергей приехал", ["Киров"]),
    ("Мария, в Королёве нет воды", ["Королёв"]),
    ("в Королёве Иван Петрович ждёт", ["Королёв"]),
    ("В Иваново приехала Мария Ивановна Петрова", ["Иваново"]),
]


@pytest.mark.parametrize(("text", "names"), CASES + GUARDS)
def test_a_surname_beside_a_first_name_is_no_place(text: str, names: list[str]) -> None:
    assert [p.name for p in GeoResolver().resolve(text)] == names


def test_analyze_takes_no_municipality_from_a_persons_name() -> None:
    from mcu_nlp import analyze

    assert analyze("Обращается Мария Ивановна Иванова, в подъезде нет света").municipality is None


def test_person_spans_keep_no_more_than_the_last_text() -> None:
    """Session 8 review: the cache of person's names kept up to 64 whole texts (each up to 1,000,000 characters)."""
    from mcu_nlp.geo import names

    GeoResolver().resolve_batch(["Жалоба от Иванова", "Анна Сергеевна Королёва", "Мария Иванова, нет света"])
    assert names._person_spans.cache_info().currsize <= 1
