"""Parts of Пермь by their own names (walkthrough of session 20, G5), and one-word names in -а whose oblique forms were
not indexed.

- «в Мотовилихе», «в Закамске», «на Гайве» with a caller of 59 are Пермь (``lexicon.LOCAL_SHORT_NAMES``: a town's part
  said by a name of its own counts in the caller's region only, as «на Заволжье» for 73 does).
- A one-word name in -а that pymorphy3 does not know declines as a feminine noun unless its FIRST guess is one
  (``declension._unknown_feminine_forms``): Мотовилиха (first guessed a neuter plural), Чагода, Петро-Славянка had
  only their nominative indexed, so «в Чагоде», «в Петро-Славянке» found nothing.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

PERM = "57701000"

CASES = [
    ("59", "В Мотовилихе нет горячей воды", PERM),
    ("59", "В Закамске не вывозят мусор", PERM),
    ("59", "На Гайве яма на дороге", PERM),
    (None, "В Чагоде нет воды", "19554000"),
    ("78", "в Петро-Славянке прорвало трубу", "40344000"),
    # kept
    ("59", "В Берёзниках нет отопления", "57708000"),
    (None, "В Мотовилихе нет горячей воды", None),  # a town's part counts in the caller's region only
    ("73", "Живу на Заволжье, яма у дома", "73701000"),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_perm_parts(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
