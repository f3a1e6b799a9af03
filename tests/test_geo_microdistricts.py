"""An adjective-form name right before «микрорайон» names the microdistrict, as one before «парк» or «мост» names
that object (session 11): "В Заречном микрорайоне нет света" was the town Заречный of Пензенская область."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (caller's region, text, the best municipality's ОКТМО or None)
MICRODISTRICTS = [
    (None, "В Заречном микрорайоне нет света", None),
    ("58", "В Заречном микрорайоне нет света", None),
    (None, "В Лесном микрорайоне не вывозят мусор", None),  # was Лесной of Свердловская область
    ("66", "В Лесном микрорайоне не вывозят мусор", None),
]

GUARDS = [
    (None, "Жители Юбилейного микрорайона жалуются на грязь", None),
    (None, "В Солнечном мкр не вывозят мусор", None),
    ("58", "Заречный, микрорайон Северный — нет света", "56734000"),  # a comma: the town, then its microdistrict
    (None, "г. Заречный, мкр. Северный — нет воды", "56734000"),
    ("58", "В мкр Заречном нет света", "56734000"),  # the name after the type word: in the caller's region
    (None, "В Салехарде микрорайон не убирают", "71951000"),  # a noun: the town
]


@pytest.mark.parametrize(("region", "text", "oktmo"), MICRODISTRICTS + GUARDS)
def test_a_name_before_microdistrict_is_the_microdistricts(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.municipality_oktmo if best else None) == oktmo
