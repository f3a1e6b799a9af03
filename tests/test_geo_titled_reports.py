"""A word-, surname- or adjective-like town opening a text before a comma and a report, «Корсаков, нет горячей воды»,
«Узловая, не вывозят мусор», or before a colon or a spaced dash, «Ванино — угольная пыль», named no place without the
caller's region (walkthrough s19 D6; review s19 #12 «Киров, <clause>»; ten rows of the dev sets). Its own name,
capitalised, first, then such a report within the sentence is the town for a caller of any region when all its
namesakes are of one region, else a known region's or a big town's (``letter_case.titled_address``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (region, text, the best municipality's ОКТМО or None)
TITLED = [
    (None, "Корсаков, нет горячей воды третий день", "64716000"),
    (None, "Корсаков, третий день нет горячей воды", "64716000"),  # the report a few words on
    (None, "Касимов, во дворе не вывозят мусор", "61705000"),
    (None, "Узловая, не вывозят мусор с улицы", "70644000"),  # an adjective-like town
    (None, "Стрежевой, нет света с утра", "69710000"),
    (None, "Ванино — угольная пыль на весь посёлок", "08612000"),  # a heading by a dash
    (None, "Таврическое: остановку снесли", "52653000"),
    (None, "Киров, третий день нет воды", "33701000"),  # namesakes of 43 and 40: the big town for no caller
    ("40", "Киров, третий день нет воды", "29614000"),  # ... the caller's own for a caller of 40
    (None, "Заречный, нет горячей воды", "56734000"),  # four regions' namesakes: the one big town
]
KEPT = [
    (None, "Корсаков, Иван Петрович", None),  # a person
    (None, "Корсаков, спасибо за помощь", None),  # no report
    (None, "Корсаков, Невельск и Холмск", "64728000"),  # a list: as before
    (None, "Асбест, шифер крошится", None),  # a clause with no problem word: the material, as before
    (None, "Мирный, нет воды", None),  # namesakes of several regions, none big
    (None, "корсаков, нет горячей воды", None),  # no letter case: as before
    (None, "Корсаков. Нет горячей воды", None),  # a full stop: a known region's only, as before
]


@pytest.mark.parametrize(("region", "text", "want"), TITLED + KEPT)
def test_town_titling_a_report(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
