"""Session 67: a town's name of two ordinary words written all in lower case after «в», «во», «из» ("в набережных
челнах", "Живу в великих луках": a phone capitalises a sentence's first word, the writer no town's) gave no place
without the caller's region, and none in a text that capitalises another word even with it
(``letter_case.lower_town_phrase``, ``big_towns.placed_phrase``). A big town (50,000+ people) counts for any caller,
as its capitalised name does; a smaller one in the caller's region only; a landscape's or a water's phrase ("в сосновом
бору", "в минеральных водах": the drink) and a phrase before its noun stay none.
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    (None, "в набережных челнах опять прорвало трубу", "92730000"),
    (None, "Живу в великих луках, второй день нет света", "58710000"),
    (None, "из сергиева посада пишу, автобус не ходит", "46728000"),
    ("02", "Сын живёт в набережных челнах, нет света", "92730000"),
    ("26", "в минеральных водах нет воды", "07539000"),
    ("53", "Живу в старой руссе, нет света", "49639000"),
    # guards: a smaller town with no region; a landscape; a phrase before the noun it qualifies
    (None, "Живу в старой руссе, нет света", None),
    ("47", "Экотропа в сосновом бору, мусор", None),
    (None, "Купались в минеральных водах источника", None),
    # the drink (review of session 67): a water's noun is a landscape's, as «бор» is
    (None, "Сколько лития в минеральных водах, которые продают в аптеке?", None),
    ("26", "Анализ: в минеральных водах превышен литий", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_lower_case_town_phrases(region: str | None, text: str, oktmo: str | None) -> None:
    assert best_place(text, region) == oktmo
