"""A town whose genitive is also a surname's, right after an office, a body or residents, is the town (session 11):
"Мэр Кирова" gave no place (Кирова read as the surname, counted only after «в», «из» or in an address)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (caller's region, text, the best municipality's ОКТМО or None)
OFFICES = [
    (None, "Мэр Кирова обещал отремонтировать дорогу", "33701000"),
    ("43", "Мэр Кирова обещал отремонтировать дорогу", "33701000"),
    ("78", "Мэр Кирова обещал отремонтировать дорогу", "33701000"),  # the caller's region only breaks ties
    (None, "Администрация Кирова третий месяц не отвечает", "33701000"),
    (None, "Жители Кирова жалуются на ямы", "33701000"),
    ("43", "мэр кирова обещал дорогу", "33701000"),  # no letter case: in the caller's region
]

GUARDS = [
    (None, "Глава Галича не отвечает на обращения", "34708000"),  # no surname level: as before
    ("19", "Главврач Абаза не отвечает на жалобы пациентов", None),  # the role's case: a person
    (None, "Обращаюсь к депутату Орлову: когда отремонтируют крышу?", None),
    ("43", "Мэр Орлов обещал починить мост", None),
    (None, "мэр кирова обещал дорогу", None),  # no case, no region
    ("43", "Жители улицы Кирова жалуются", None),  # a street
    (None, "Жители Королёва жалуются на свалку", "46734000"),  # no surname level: as before
]


@pytest.mark.parametrize(("region", "text", "oktmo"), OFFICES + GUARDS)
def test_a_town_after_an_office_is_the_town(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.municipality_oktmo if best else None) == oktmo
