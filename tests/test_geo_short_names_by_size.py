"""A big town's short name chosen among its namesakes by population (session 12): «в Ростове» with no region, or
from a region that has no Ростов, is Ростов-на-Дону (1.1 million people), not the town Ростов of Ярославская область
(31,000), which it stays for region 76, after «г.», and as «Ростов Великий». Such a name was counted only in the
town's own region (lexicon.LOCAL_SHORT_NAMES), so with no region the small namesake was the only reading."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, region, the best municipality's ОКТМО or None)
CASES = [
    ("в Ростове опять пробки на мосту", None, "60701000"),  # Ростов-на-Дону
    ("Из Ростова автобусы приходят с опозданием", None, "60701000"),
    ("в Ростове опять пробки на мосту", "89", "60701000"),
    ("в Каменске не вывозят мусор", None, "65740000"),  # Каменск-Уральский, the bigger of the two
]

GUARDS = [
    ("в Ростове опять пробки на мосту", "76", "78637000"),  # the caller's region has its Ростов
    ("в Ростове опять пробки на мосту", "61", "60701000"),
    ("в Ростове Великом нет воды", None, "78637000"),  # another name of Ярославская's Ростов
    ("г. Ростов, ул. Ленина — яма", None, "78637000"),
    ("в Нижнем нет воды", None, None),  # an adjective with no namesake: still only with region 52
]


@pytest.mark.parametrize(("text", "region", "oktmo"), CASES + GUARDS)
def test_a_short_name_is_the_biggest_namesake(text: str, region: str | None, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == oktmo
