"""An Омская область analyst's walkthrough (session 67), D1 and D2: Омск's parts «Левый берег», «Нефтяники», «Старый
Кировск» named no place, and with 55 «в районе Старого Кировска» was Кировск of Мурманская область at 0.95
(``data/geo/town_parts.csv``: the left bank in the caller's region only, as Новосибирск's; «Нефтяники» capitalised
and in the caller's region, the word being oil workers'); «Нового Кировска» with 55 (a qualifier before another
region's smaller town) no longer settles on Мурманская's Кировск (``qualified.longer_name_elsewhere``).
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    ("55", "Левый берег, Комарова 21: батареи ледяные", "52701000"),
    ("55", "В МФЦ на Левом берегу очередь на 3 часа", "52701000"),
    ("55", "Нефтяники, ул. Энтузиастов 5: в подвале хлещет кипяток", "52701000"),
    ("55", "Ул. Красный Путь в районе Старого Кировска: на тротуаре наледь", "52701000"),
    (None, "Ул. Красный Путь в районе Старого Кировска: на тротуаре наледь", "52701000"),
    # Новосибирск's left bank stays its own; the word «нефтяники» names no place
    ("54", "Левый берег, Комарова 21: батареи ледяные", "50701000"),
    ("55", "нефтяники бастуют", None),
    # a qualifier before another region's smaller town: a place the gazetteer lacks, no namesake settled elsewhere
    ("55", "Ул. Красный Путь в районе Нового Кировска: наледь", None),
    ("55", "в Новой Москве нет воды", "45000000"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_omsk_walkthrough_places(region: str | None, text: str, oktmo: str | None) -> None:
    assert best_place(text, region) == oktmo
