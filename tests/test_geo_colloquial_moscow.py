"""«Мск» for Москва right after «в», «во», «из» (session 12, data/geo/colloquial_names.csv): «в Мск опять пробки». The
corpora use it only for Moscow time («по МСК», «в 10:08 МСК»), which stays no place."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# In capitals in a text that is not all capitals the writer marks a name as much as with one capital: «в МСК» was no
# place without a region on 5ca8a3e (a word in capitals said nothing about names), nor «во ВЛАДИКЕ», «из ХАБАРА»
CAPITALS = [
    ("в МСК нет воды третий день", "45000000"),
    ("Живу в МСК, в подъезде грязно", "45000000"),
    ("Уехал из ХАБАРА, тут дороги лучше", "08701000"),
    ("во ВЛАДИКЕ опять нет света", "05701000"),
    ("Из КЁНИГА пишу: нет отопления", "27701000"),
]


@pytest.mark.parametrize(("text", "oktmo"), CAPITALS)
def test_a_nickname_in_capitals_after_a_preposition_is_its_town(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize("text", ["В МСК НЕТ ВОДЫ", "в мск нет воды", "у ВЛАДИКА температура", "по МСК в 10:00"])
def test_a_nickname_with_no_case_evidence_needs_a_region(text: str) -> None:
    assert GeoResolver().resolve(text) == []  # all caps or all lower case: a region, as before


@pytest.mark.parametrize("text", ["в Мск опять пробки", "Приехали из Мск, а тут нет воды"])
def test_msk_after_a_preposition_is_moscow(text: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == "45000000"


@pytest.mark.parametrize("text", ["приехал в 10:08 МСК", "направляется в 16.21 по мск времени", "ждём до 18 мск"])
def test_moscow_time_is_no_place(text: str) -> None:
    assert GeoResolver().resolve(text) == []
