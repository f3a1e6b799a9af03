"""Session 15: a town named in the nominative heading a text, where no rule read it.

The first part of a town's hyphenated name whose second part only qualifies it (an adjective, «на» and a river) is the
name writers use ("Переславль" for Переславль-Залесский, "в Славянске" for Славянск-на-Кубани), when no other place has
it; a town's own name opening a text right before a street's full word names the town, then the street ("САРАПУЛ
НАБЕРЕЖНАЯ НЕТ ОСВЕЩЕНИЯ"), while an adjective or a genitive there names a street; and «п.г.т.» is the type word
«пгт», not «пр-т».
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


def _oktmo(text: str, region: str | None = None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.oktmo if best else None


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("Переславль: у автостанции яма", "78705000"),
        ("в Переславле опять нет воды", "78705000"),
        ("в Славянске не горят фонари", "03645000"),  # Славянск-на-Кубани, Славянский район
        ("Сарапул набережная — не горят фонари", "94740000"),
        ("КОЗЬМОДЕМЬЯНСК НАБЕРЕЖНАЯ В МУСОРЕ", "88715000"),
        ("п.г.т. Безенчук, пахнет газом у ГРП", "36604000"),
        ("П. Г. Т. БЕЗЕНЧУК НЕТ ГАЗА", "36604000"),
    ],
)
def test_a_heading_town_is_read(text: str, oktmo: str) -> None:
    assert _oktmo(text) == oktmo


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Мебельная улица, 5 — не убран снег", "78"),  # an adjective before a street word: a street
        ("Кирова улица 5, не горит фонарь", "78"),  # a genitive: улица Кирова, not Киров
        ("Камень упал на машину во дворе", None),  # Камень-на-Оби only where the word is no stone
        ("пр-т Ленина, д. 5", "78"),
    ],
)
def test_what_is_no_heading_town_stays_none(text: str, region: str | None) -> None:
    assert _oktmo(text, region) is None
