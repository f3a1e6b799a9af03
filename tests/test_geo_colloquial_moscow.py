"""«Мск» for Москва right after «в», «во», «из» (session 12, data/geo/colloquial_names.csv): «в Мск опять пробки». The
corpora use it only for Moscow time («по МСК», «в 10:08 МСК»), which stays no place."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


@pytest.mark.parametrize("text", ["в Мск опять пробки", "Приехали из Мск, а тут нет воды"])
def test_msk_after_a_preposition_is_moscow(text: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == "45000000"


@pytest.mark.parametrize("text", ["приехал в 10:08 МСК", "направляется в 16.21 по мск времени", "ждём до 18 мск"])
def test_moscow_time_is_no_place(text: str) -> None:
    assert GeoResolver().resolve(text) == []
