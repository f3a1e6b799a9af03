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
