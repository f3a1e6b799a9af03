"""A Саратовская область analyst's walkthrough (session 66): D4, the adjectives of district centres named as a surname
(«балашовские», «пугачёвские», «марксовские»: Балашов, Пугачёв, Маркс; ``lexicon.IRREGULAR_TOWN_ADJECTIVES``, whose
stems ``adjectives._settlement_stems`` now counts for a surname's town too) gave nothing in lower case; D5, «Энгельс»
heading an address after a comma («Прошу перерасчет, Энгельс ул. Ленина д. 5») gave nothing with 64
(``letter_case.sentence_address``, ``clause=True``, for a person's name in the caller's region).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CASES = [
    ("64", "балашовские дороги ужасны", "63608000"),
    ("64", "Балашовские врачи хамят", "63608000"),
    ("64", "пугачёвские дороги ужасны", "63637000"),
    ("64", "марксовские дороги ужасны", "63626000"),
    ("64", "Прошу перерасчет, Энгельс ул. Ленина д. 5", "63650000"),
    # guards: no region for a person's name heading an address mid-text; a street after no comma or sentence mark
    (None, "Прошу перерасчет, Энгельс ул. Ленина д. 5", None),
    ("78", "Звонила Пушкину, Гагарин ул. Ленина 5 кв 3", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_saratov_walkthrough_places(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == oktmo
