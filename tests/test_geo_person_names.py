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


# (region, text, place names found), session 10 (blind10 kind 2): a town's name as a surname that find_names does not
# see (pymorphy3 reads it only as a town): before a first name and patronymic, after a role word in the same case
PERSONS = [
    ("44", "Прошу передать Галичу Сергею Петровичу, что трубы текут", []),
    (None, "Прошу передать Галичу Сергею Петровичу, что трубы текут", []),
    ("44", "Галич Сергей Петрович, нет воды", []),
    ("19", "Главврач Абаза не отвечает на жалобы пациентов", []),
    ("19", "Депутат Абаза обещал отремонтировать дорогу", []),
    ("19", "депутат Абаза обещал", []),
    ("44", "Начальник ЖЭКа Галич не отвечает", []),
    ("44", "Начальнику ЖЭКа Галичу передайте", []),
]
PERSON_GUARDS = [
    ("44", "в Галиче Сергей Петрович ждёт", ["Галич"]),  # after «в» a place
    ("44", "Галич, Сергей Петрович, нет воды", ["Галич"]),  # a comma between
    ("19", "депутат Абазы обещал", ["Абаза"]),  # a genitive after the role: the town's deputy
    ("19", "Депутаты Абазы обещали", ["Абаза"]),
    ("44", "глава Галича не отвечает", ["Галич"]),
    ("78", "СПб Иван Петрович", ["Санкт-Петербург"]),  # an abbreviation is no surname
    ("19", "В Абазе нет воды", ["Абаза"]),
]


@pytest.mark.parametrize(("region", "text", "names"), PERSONS + PERSON_GUARDS)
def test_a_town_named_as_a_surname_is_no_place(region: str | None, text: str, names: list[str]) -> None:
    assert [p.name for p in GeoResolver(region=region).resolve(text)] == names


def test_analyze_takes_no_municipality_from_a_persons_name() -> None:
    from mcu_nlp import analyze

    assert analyze("Обращается Мария Ивановна Иванова, в подъезде нет света").municipality is None


def test_person_spans_keep_no_more_than_the_last_text() -> None:
    """Session 8 review: the cache of person's names kept up to 64 whole texts (each up to 1,000,000 characters)."""
    from mcu_nlp.geo import names

    GeoResolver().resolve_batch(["Жалоба от Иванова", "Анна Сергеевна Королёва", "Мария Иванова, нет света"])
    assert names._person_spans.cache_info().currsize <= 1
