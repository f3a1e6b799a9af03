"""Session 16: demonyms of the regional capitals and other big towns name their town («нижегородцы», «туляки»), but
a demonym's form that is also a surname («Казанцев А.А.», the genitive of «казанцы») names a person, as a surname's
form of a town does."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

TOWNS = [
    ("нижегородцы жалуются на ямы", "22701000"),
    ("Мы, туляки, просим починить дорогу", "70701000"),
    ("Просьба к властям от липчан: уберите снег", "42701000"),
    ("казанцы жалуются на пробки", "92701000"),
]
PEOPLE = [
    "Прошу помочь. Казанцев А.А.",
    "Казанцев Иван, жалоба на ямы",
    "Рязанцев П. П. просит проверить счётчик",
    "Заявитель: Пермяков И. И.",
]


@pytest.mark.parametrize(("text", "oktmo"), TOWNS)
def test_a_demonym_names_its_town(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize("text", PEOPLE)
@pytest.mark.parametrize("region", [None, "46"])
def test_a_demonyms_surname_form_is_a_person(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []


# Review of b75f902: a demonym's other forms («туляков», the genitive plural; «липчанин», the singular) are surnames
# too, and pymorphy3 does not know them as such; a surname's context (initials, a first name and patronymic after it,
# a first name before it) makes them a person, as it does a surname-like town's name.
DEMONYM_SHAPED_PEOPLE = [
    "Туляков И.И.",
    "Туляков Иван Петрович",
    "Липчанин Олег",
    "Самарцев П. П.",
    "Прошу помочь. Самарцев П. П.",
    "Заявитель: Туляков И.И., жалоба на дороги",
    "ТУЛЯКОВ И.И.",
    "Иван Туляков просит починить дорогу",
    "Главврач Липчанин не отвечает",
]
DEMONYMS_STILL_TOWNS = [
    ("туляки жалуются на дороги", "70701000"),
    ("Туляки жалуются на дороги", "70701000"),
    ("Жители Тулы жалуются на дороги", "70701000"),
    ("Много туляков жалуются на дороги", "70701000"),
    ("Мы, липчане, просим убрать снег", "42701000"),
]


@pytest.mark.parametrize("text", DEMONYM_SHAPED_PEOPLE)
@pytest.mark.parametrize("region", [None, "46"])
def test_a_demonym_shaped_surname_in_a_persons_context_is_no_place(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []


@pytest.mark.parametrize(("text", "oktmo"), DEMONYMS_STILL_TOWNS)
def test_a_demonym_in_running_text_still_names_its_town(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == oktmo
