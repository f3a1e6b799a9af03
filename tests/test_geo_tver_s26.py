"""Session 26, the walkthrough of Тверская область (69).

(a) A 5-letter form is a typo's target too ("в Твере" is Тверь's "твери", "в Перьми" Пермь's "перми"): the typo index
    held forms of 6+ letters only, so no typo of a 5-letter town was found in any region; a 4-letter first word heading
    an address ("Твер, ул. Советская") is such a name missing a letter.
(b) Demonyms: Тверь's "тверичи", "тверичане" (curated); made by rule, «-яне» and «-итяне» ("кимряне", "ржевитяне",
    "шуяне" of Шуя).
(c) The initial of any adjective first word of a two-word name ("В. Волочёк", "Б. Калитва", "М. Воды"), not only of
    the listed ones («Н. Уренгой», «В. Пышма»); never a letter that is a word of its own ("К Селу").
(d) "В Выползово нет света" with region 69 is Калужская's Выползово at 0.57: Тверская's (Бологовский район) has
    under 3,000 people and is not in the gazetteer; a village the gazetteer knows only in another region scores below
    0.6 (docs/geo.md, "The caller's region"): by design, pinned here.
"""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.geo import GeoResolver, best_municipality

TVER, RZHEV, KIMRY, VOLOCHEK = "28701000", "28548000", "28528000", "28714000"

# (text, region, the best municipality's ОКТМО)
FOUND = [
    # (a) a 5-letter town's typo
    ("В Твере нет воды", "69", TVER),
    ("В Твере нет воды", None, TVER),
    ("в Твере", "69", TVER),
    ("в Твере", None, TVER),
    ("Твер, ул. Советская", "69", TVER),
    ("Твер, ул. Советская", None, TVER),
    ("в Перьми нет отопления", "59", "57701000"),  # Пермь's "перми", a letter added
    ("в Перьми нет отопления", None, "57701000"),
    ("Томкс, ул. Ленина 5 — яма", None, "69701000"),  # Томск, two letters swapped
    # (b) demonyms
    ("тверичи возмущены", "69", TVER),
    ("тверичи возмущены", None, TVER),
    ("Тверичане жалуются на дороги", None, TVER),
    ("обращение к тверичанам", "69", TVER),
    ("ржевитяне просят починить дорогу", "69", RZHEV),
    ("ржевитяне просят починить дорогу", None, RZHEV),
    ("кимряне просят починить дорогу", "69", KIMRY),
    ("кимряне просят починить дорогу", None, KIMRY),
    ("ржевцы просят починить дорогу", "69", RZHEV),  # as before
    ("шуяне жалуются на воду", None, "24711000"),  # Шуя (Ивановская): «-яне» elsewhere
    ("псковичи жалуются на воду", None, "58701000"),  # another capital's, as before
    # (c) an adjective first word cut to its initial
    ("в В.Волочке нет воды", "69", VOLOCHEK),
    ("в В.Волочке нет воды", None, VOLOCHEK),
    ("В. Волочёк, ул. Урицкого", "69", VOLOCHEK),
    ("В. Волочёк, ул. Урицкого", None, VOLOCHEK),
    ("в Б.Калитве нет воды", None, "60606000"),  # Белая Калитва (Ростовская)
    ("М. Воды, ул. Ленина — яма", None, "07539000"),  # Минеральные Воды (Ставропольский край)
    ("в Н.Уренгое нет воды", None, "71956000"),  # as before
]

NOT_FOUND = [
    ("В Ноябре нет воды", None),  # a dictionary word is no typo
    ("В Курсе дела, что нет воды?", None),  # nor a case ending slipped into a 5-letter form (Курск's "курске")
    ("В Курсе дела, что нет воды?", "46"),
    ("Твер, яма на дороге", "69"),  # a 4-letter word heads no report: only an address
    ("в Твер", "69"),  # nor after «в»
    ("К Селу ведёт разбитая дорога", None),  # «К» is the preposition, no Красное Село
]


@pytest.mark.parametrize(("text", "region", "oktmo"), FOUND)
def test_found(text: str, region: str | None, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo, best


@pytest.mark.parametrize(("text", "region"), NOT_FOUND)
def test_not_found(text: str, region: str | None) -> None:
    assert GeoResolver(region=region).resolve(text) == []


def test_a_village_only_another_region_holds_scores_below_the_bar() -> None:
    """(d) by design: Калужская's Выползово, unsettled (docs/geo.md: a village the gazetteer knows only in another
    region scores below 0.6, as "в Семёновке" with region 46)."""
    places = GeoResolver(region="69").resolve("В Выползово нет света второй день")
    assert [p.name for p in places] == ["Выползово"]
    assert places[0].municipality_oktmo == "29614000" and places[0].score < 0.6
    assert mcu_nlp.analyze("В Выползово нет света второй день", region="69").municipality is not None
