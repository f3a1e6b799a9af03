"""A first word cut to its initial in a name of any gender (session 12): «В. Пышма», «М. Вишера», «В. Луки», «Б. Мурта»
as «Н. Уренгой» was; and a hyphenated name's first part («Ю-Сахалинск», «Ю.Курильск»). Only with a dot, a hyphen or a
slash after «В» (not «в Пышме»), and never for an initial that is also a settlement type («с. Майна» is the village
Майна, not Старая Майна)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the best municipality's ОКТМО); no region
INITIALS = [
    ("В. Пышма, ул. Ленина — яма во дворе", "65732000"),  # Верхняя Пышма
    ("М. Вишера — нет горячей воды", "49620000"),  # Маловишерский район
    ("В. Луки, ул. Ленина — не горят фонари", "58710000"),  # Великие Луки
    ("Б. Мурта: нет воды третий день", "04610000"),  # Большемуртинский район
    ("Ю-Сахалинск, ул. Ленина — прорвало трубу", "64701000"),
    ("Ю.Курильск: нет связи", "64756000"),  # Южно-Курильский городской округ
]

GUARDS = [
    ("в Пышме нет воды", "65718000"),  # Пышма, Пышминский городской округ: «в» is the preposition
    ("с. Майна — нет воды", "73620000"),  # the village of Майнский район, not Старая Майна
    ("Н. Уренгой, ул. Мира — яма", "71956000"),  # as before
]


@pytest.mark.parametrize(("text", "oktmo"), INITIALS + GUARDS)
def test_an_initial_names_the_town(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == oktmo
