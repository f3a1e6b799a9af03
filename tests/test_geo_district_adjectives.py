"""Session 14: a district's adjective alone before one of its objects names the district (geo/adjectives.py).

"на Вельской трассе", "Коношский автовокзал", "Вельская ЦРБ" found nothing: the gazetteer had the adjective only with a
district noun ("Вельский район"). Streets, bridges and roads named by an adjective stay no place, and so do adjectives
of several districts, of a town's own городской округ and of a district whose town is a municipality of its own.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

VELSK, KONOSHA = "11605000", "11622000"
FOUND = [
    (None, "на Вельской трассе яма на яме", VELSK),
    (None, "Вельская ЦРБ не принимает по выходным", VELSK),
    ("29", "Вельский водоканал не отвечает на звонки", VELSK),
    (None, "Коношский автовокзал закрыт с восьми вечера", KONOSHA),
    (None, "Учалинская больница закрыта на карантин", "80653000"),
    (None, "Суджанская ЦРБ: врача на дом не дождаться", "38640000"),
]
NONE = [
    (None, "Коношская улица не чищена"),
    (None, "ул. Коношская 5 нет воды"),
    (None, "Курский вокзал грязный"),  # Курск is a municipality of its own
    (None, "Балтийский вокзал грязный"),  # a town's own городской округ (Балтийск)
    (None, "Ржевский мост разрушается"),
    (None, "Одесская ул. не чищена"),
    (None, "Соболевская дорога перекрыта шлагбаумом"),
    (None, "Кировская больница закрыта"),  # Кировский районы of many regions
    (None, "вельская трасса разбита"),  # no letter case, no region
]


@pytest.mark.parametrize(("region", "text", "oktmo"), FOUND)
def test_a_district_adjective_before_its_object(region: str | None, text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize(("region", "text"), NONE)
def test_no_district(region: str | None, text: str) -> None:
    assert best_municipality(GeoResolver(region=region).resolve(text)) is None
