"""A big town's district said by a name of its own (lexicon.LOCAL_SHORT_NAMES, session 20): «на Заволжье» with region
73 gave the town Заволжье of Нижегородская область (walkthrough s19 D7); it is Заволжский район of Ульяновск for a
caller of 73 (of Тверь for 69, ...), and the town Заволжье for any other caller or none: unlike a short name of a town
(«в Ростове»), a district's name never outranks its namesakes (``local.outranking_short_name``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

ZAVOLZHYE_52 = "22528000"
CASES = [
    ("73", "Живу на Заволжье, нет света", "73701000"),
    ("69", "Живу на Заволжье, нет света", "28701000"),
    ("32", "в Бежице на ул. Ульянова прорыв трубы", "15701000"),
    (None, "Живу на Заволжье, нет света", ZAVOLZHYE_52),
    ("52", "Живу на Заволжье, нет света", ZAVOLZHYE_52),
    ("32", "Живу на Заволжье, нет света", ZAVOLZHYE_52),
    (None, "в Бежице на ул. Ульянова прорыв трубы", None),
    (None, "в Ростове нет воды", "60701000"),  # a town's short name still outranks its namesakes
    ("76", "в Ростове нет воды", "78637000"),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_town_district_names(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
