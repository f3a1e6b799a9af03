"""A place someone writes from, followed by a clause about it («пишу за отца из Алдана: там неделю не вывозят мусор»),
is where the problem is, though the writer lives elsewhere («Живу в Якутске, ...» was Якутск, blind16): "там" / "тут"
right after an origin makes it no origin and a place where someone is (``municipality.THERE_NOW``); "где" does not
(«Я из Томска, где родился, живу в Омске» stays Омск), nor "тут" (where the writer is), nor "там" when a place after
it is where someone is (review s20 #2, tests/test_geo_origin_there_later.py)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

KUNGUR, PERM, OMSK = "57530000", "57701000", "52701000"
CASES = [
    ("Живу в Перми, пишу за маму из Кунгура: там нет воды третий день", KUNGUR),
    ("Пишу из Кунгура, там нет воды третий день", KUNGUR),
    # guards: an origin with no clause about it, or with «где»
    ("Я из Кунгура, живу в Перми, во дворе нет света", PERM),
    ("Я из Томска, где родился, живу в Омске, во дворе нет света", OMSK),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_origin_with_a_clause_about_it(text: str, want: str) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert best is not None and best.oktmo == want
