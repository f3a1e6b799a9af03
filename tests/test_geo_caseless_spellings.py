"""Session 14: towns written without letter case: «ё», surnames in -ский, a misspelt first word before a report.

«в королёве» found nothing: Королёв's forms are also the word королева, whose «е» the writer's «ё» rules out.
«в жуковском» found nothing: a surname in -ский in the locative after «в» is read as «в Кирове» is (session 13), unless
a noun it agrees with follows («в жуковском районе»). «буденовск мусор не вывозят»: a misspelt first word was looked up
only before a colon, a comma or a dash, not before a problem noun or «нет» that opens the report.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

FOUND = [
    ("в королёве нет горячей воды", "46734000"),
    ("в жуковском отключили свет", "46725000"),
    ("в чайковском нет воды", "57735000"),
    ("буденовск мусор не вывозят", "07512000"),
    ("новочеркаск нет воды третий день", "60727000"),
    ("арзамс свет отключили", "22703000"),
]
NONE = [
    "в королеве нет горячей воды",  # the queen's «е»: as before, only with the caller's region
    "в жуковском районе нет света",  # a district of one of several regions
    "в жуковском парке мусор",
    "мусор не вывозят",
    "вчера свет отключили",
    "Андрей нет воды",
    "у королёвой нет воды",
]


@pytest.mark.parametrize(("text", "oktmo"), FOUND)
def test_a_caseless_town(text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver().resolve(text))
    assert best is not None and best.oktmo == oktmo


@pytest.mark.parametrize("text", NONE)
def test_no_town(text: str) -> None:
    assert best_municipality(GeoResolver().resolve(text)) is None


def test_a_capital_keeps_its_score() -> None:
    assert [p.score for p in GeoResolver().resolve("В Королёве нет горячей воды")] == [0.8]
