"""Session 14: a small surname-like town titling a text without a caller's region.

"Кириллов — на площади ...", "Пугачёв: маршрутка ..." found nothing without a region: a surname heading a text counted
only in a known region or for a big town. Its own name first, capitalised, then a colon or a dash and more words
titles the text with a place; a person heads a text so only to sign it (the name alone) or to address someone (a
comma).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

TITLES = [
    ("Кириллов — на площади у собора разбит тротуар", "19528000"),
    ("Пугачёв: маршрутка больше не ходит", "63637000"),
    ("Данков — мусор не вывозят", "42609000"),
    ("Чаплыгин: в школе холодно", "42656000"),
    ("Курчатов - нет горячей воды", "38708000"),
    ("Лермонтов — опять отключили свет", "07718000"),
]
NOT_TITLES = [
    "Кириллов",
    "Кириллов, откройте дверь",
    "Данков, позвоните мне",
    "Пугачёв-младший: прошу ответить",
]


@pytest.mark.parametrize(("text", "oktmo"), TITLES)
def test_a_town_titling_a_text(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text))
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize("text", NOT_TITLES)
def test_a_signature_or_an_address_is_no_title(text: str) -> None:
    assert GeoResolver().resolve(text) == []
