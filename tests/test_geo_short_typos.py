"""A word one letter short of a 6-letter town's name is its typo as a longer word is (session 11): "Мценк" (Мценск)
was no place, since a typo needed 6 letters typed."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (caller's region, text, the best municipality's ОКТМО or None)
TYPOS = [
    ("57", "Мценк — нет воды", "54710000"),
    ("57", "Мценк, ул. Тургенева — тротуар разбит", "54710000"),
    ("57", "Еду в Мценк, дорога разбита", "54710000"),
    (None, "Тюмнь: нет отопления третий день", "71701000"),
    (None, "в Сургт не довезли лекарства", "71876000"),
]

GUARDS = [
    ("57", "в парке нет света", None),  # a dictionary word
    ("57", "Мценск — нет воды", "54710000"),
    (None, "Много ям, не проехать", None),
    ("57", "мценк нет воды", None),  # lower case, no heading mark: no word to correct
]


@pytest.mark.parametrize(("region", "text", "oktmo"), TYPOS + GUARDS)
def test_a_five_letter_typo_of_a_six_letter_name(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.municipality_oktmo if best else None) == oktmo
