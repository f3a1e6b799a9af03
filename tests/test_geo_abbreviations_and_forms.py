"""«ЛО» for Ленинградская область, an adjective-form town heading a report in the caller's region, and the case forms
of a name pymorphy3 guesses no noun of (session 10, blind10 kinds 4 and 5)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.declension import case_forms

KIROVSKY_47, TAKHTAMUKAY = "41625000", "79630000"

# (region, text, the best municipality's ОКТМО): each row but the guards was wrong on 55fe8a9
CASES = [
    ("47", "Отрадное, ЛО: автобус до Петербурга переполнен", KIROVSKY_47),  # was Санкт-Петербург
    (None, "Отрадное, ЛО: нет воды", KIROVSKY_47),
    ("47", "Отрадное, яма у дома", KIROVSKY_47),
    ("47", "Отрадное, не вывозят мусор", KIROVSKY_47),
    (None, "в энеме опять нет воды", TAKHTAMUKAY),
    ("01", "Из Энема автобус не ходит", TAKHTAMUKAY),
    (None, "В Энеме нет воды", TAKHTAMUKAY),
    (None, "Кировск, ЛО, нет воды", KIROVSKY_47),  # was Кировск of Мурманская область
]
GUARDS = [
    (None, "Отрадное, ло: нет воды", None),  # two letters in lower case are no region
    (None, "Отрадное, яма у дома", None),  # an adjective heads a report only in the caller's region
    ("47", "Отрадное яма у дома", None),  # and after a comma: "Новая яма у дома"
    ("47", "ЛОР не принимает", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES + GUARDS)
def test_abbreviations_headings_and_forms(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == oktmo


@pytest.mark.parametrize(
    ("name", "forms"),
    [("Энем", {"энем", "энема", "энеме", "энему", "энемом"}), ("Вавож", {"вавож", "вавоже", "вавожем"})],
)
def test_an_unknown_name_declines_as_a_masculine_noun(name: str, forms: set[str]) -> None:
    assert forms <= case_forms(name)
