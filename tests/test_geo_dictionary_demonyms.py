"""A small town's demonym that pymorphy3 knows as a word, «ковровчане», «муромчане», «серпуховчанам» (blind17: no
place): the builder left out every dictionary word's form to keep «борцы» (Бор) out. A «-чане» plural the dictionary
reads as «-чанин» residents is now indexed for a town of 10,000+ people whose stem begins no region's name
(``town_words.resident_word``); a form two towns make is a reading of each (session 22; «клинчане»: Клин and Клинцы),
the caller's region picks, and with none it is unsettled."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.town_words import demonym_plurals

# (text, the best municipality's ОКТМО or None), with no caller's region
DEMONYMS = [
    ("муромчане жалуются на разбитые дороги", "17735000"),
    ("Серпуховчанам обещали новый мост", "46770000"),
    ("угличане, у кого нет воды?", "78646000"),
    ("Бронничане просят вернуть автобус", "46705000"),
]
KEPT = [
    ("крымчане просят", None),  # Крым's people, not Крымск's
    ("сельчане просят провести газ", None),
    ("горожане недовольны", None),
    ("стрелы в колчане", None),
    ("борцы вышли на ковёр", None),
]


@pytest.mark.parametrize(("text", "want"), DEMONYMS + KEPT)
def test_dictionary_demonym(text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver().resolve(text), text)
    assert (best.oktmo if best else None) == want


def test_a_town_in_tsy_makes_its_chane_demonym() -> None:
    assert "клинчане" in demonym_plurals("Клинцы")
    assert "луховичане" in demonym_plurals("Луховицы")


@pytest.mark.parametrize(("region", "want"), [("32", "15715000"), ("50", "46737000")])
def test_a_demonym_two_towns_make_is_the_callers_regions(region: str, want: str) -> None:
    text = "клинчане, у кого пропал интернет?"
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == want and best.score >= 0.6
    assert all(p.score < 0.6 for p in GeoResolver().resolve(text))  # no region: Клин or Клинцы, unsettled
