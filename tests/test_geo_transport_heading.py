"""Walkthrough of session 13: a town heading a post before a comma and a transport noun was lost.

"Находка, автобус 7 отменили" (region 25) and "Сокол, автобус отменили" (35) gave no municipality, while
"Находка: автобус 7 отменили" and "Сокол, нет света" did: a word-like name before a comma counts only before what
opens a report (``lexicon.REPORT_OPENERS``), and public transport was none of it.
"""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.geo import GeoResolver, best_municipality

NAKHODKA, SOKOL = "05714000", "19538000"

HEADINGS = [
    ("25", "Находка, автобус 7 отменили", NAKHODKA),
    ("25", "Находка, маршрут 7 отменили", NAKHODKA),
    (None, "Находка, автобус 7 отменили", NAKHODKA),  # a big town
    ("35", "Сокол, автобус отменили", SOKOL),
    ("35", "Сокол, маршрутка не ходит третий день", SOKOL),
    ("35", "Сокол, электричка опять опоздала", SOKOL),
    ("66", "Заречный, трамвай не ходит", "65737000"),
]
# the words themselves, not a town: no report follows, or another region is the caller's
GUARDS = [
    ("25", "Находка, которую я сделал вчера, оказалась чужой", None),
    ("25", "Находка, автобусом ехать далеко", None),
    ("25", "Находка для шпиона, а не автобус", None),
    ("35", "Сокол, которого видели у реки, улетел", None),
    ("14", "Мирный, тихий вечер в парке", None),
    ("78", "Находка, автобус 7 отменили", None),
    ("46", "Сокол, автобус отменили", None),
    (None, "Сокол, автобус отменили", None),  # a small town and a word: only in its region, as "Сокол, нет света"
    ("25", "находка, автобус 7 отменили", None),  # no letter case
]
# session 14: a transport noun opens a report only with its problem near (a number, «не», a problem verb); praise or a
# plain mention of the buses is about the buses, and the word heading it is no town
PRAISE = [
    ("28", "Прогресс, автобусы стали лучше, спасибо", None),
    ("25", "Находка, автобусы теперь новые и чистые", None),
    ("48", "Грязи, автобусы все в грязи после дождя", None),
    ("60", "Остров, маршрутки красивые, водители вежливые", None),
    ("35", "Сокол, электричка хорошая, спасибо перевозчику", None),
]
PROBLEMS = [
    ("28", "Прогресс, автобусы не ходят третий день", "10775000"),
    ("28", "Прогресс, автобус 5 сломался на трассе", "10775000"),
    ("25", "Находка, маршрутки опять опаздывают", NAKHODKA),
    # session 69: a clause with no subject after the comma heads a report (``report.indefinite_clause``)
    ("35", "Сокол, электричку отменили без объявления", SOKOL),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), PRAISE + PROBLEMS)
def test_praise_of_the_transport_is_no_report(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert (best.oktmo if best else None) == oktmo


@pytest.mark.parametrize(("region", "text", "oktmo"), HEADINGS + GUARDS)
def test_a_town_heading_a_transport_report(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert (best.oktmo if best else None) == oktmo


def test_analyze_of_the_walkthrough_texts() -> None:
    texts = [("Находка, автобус 7 отменили", "25"), ("Находка: автобус 7 отменили", "25"),
             ("Сокол, автобус отменили", "35"), ("Сокол, нет света", "35")]
    assert [mcu_nlp.analyze(t, region=r).municipality.oktmo for t, r in texts] == [NAKHODKA, NAKHODKA, SOKOL, SOKOL]
