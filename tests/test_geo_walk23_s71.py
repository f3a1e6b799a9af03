"""Session 71, the Краснодарский край walkthrough's geo misses, fixed as kinds: a settlement named by an adjective the
dictionary lacks, in an oblique case (D1: «в пгт Ильском»); a town's colloquial name and its first word cut with a dot
(D2: «в Ахтарях», «в Гор.Ключе»). Each row: the caller's region, the text, the best municipality's ОКТМО or None."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

SEVERSKY = "03643000"
GORYACHY_KLYUCH = "03709000"
PRIMORSKO_AKHTARSKY = "03641000"
SOVETSKAYA_GAVAN = "08642000"

CASES = [
    # D1: an unknown adjective's oblique cases, by its own endings; ordinary adjectives and street names stay out
    ("23", "В пгт Ильском с шести вечера нет света", SEVERSKY),
    (None, "В пгт Ильском с шести вечера нет света", SEVERSKY),
    (None, "в Афипском нет воды третий день", SEVERSKY),
    ("23", "из Ильского не ходит автобус", SEVERSKY),
    ("23", "к Афипскому подъезжаем, а дороги нет", SEVERSKY),
    ("23", "пгт Ильский, нет воды", SEVERSKY),
    ("23", "в Советском районе нет воды", None),
    (None, "в Центральном нет воды", None),
    # D2: a colloquial name (after «в», «из»: «Ахтари» is also a first name) and a dotted cut of a town's first word
    ("23", "в Ахтарях нет воды", PRIMORSKO_AKHTARSKY),
    (None, "из Ахтарей не ходит автобус", PRIMORSKO_AKHTARSKY),
    (None, "в Ахтарске нет воды", PRIMORSKO_AKHTARSKY),
    ("23", "в Гор.Ключе нет воды", GORYACHY_KLYUCH),
    (None, "в Гор. Ключе нет воды", GORYACHY_KLYUCH),
    (None, "в Сов. Гавани нет воды", SOVETSKAYA_GAVAN),
    ("23", "с гор ключи текут", None),
]


@pytest.fixture(scope="module")
def resolvers() -> dict:
    return {region: GeoResolver(region=region) for region in ("23", None)}


@pytest.mark.parametrize(("region", "text", "expected"), CASES)
def test_walkthrough_23(resolvers: dict, region: str | None, text: str, expected: str | None) -> None:
    found = best_municipality(resolvers[region].resolve(text))
    assert (found.oktmo if found else None) == expected
