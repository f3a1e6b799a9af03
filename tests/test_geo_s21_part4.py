"""Session 21's geo part 4: town demonyms by rule (``town_words.demonym_plurals``).

- A name ending in -л softens it before -цы («Сарапул» → сарапульцы; «сарапулцы» was made).
- A two-part hyphenated name makes its last part's demonyms after its first part («Улан-Удэ» → улан-удэнцы; -э makes
  -энцы), an «X-на-Y» name its first word's («Комсомольск-на-Амуре» → комсомольчане).
- A demonym two places make stays the one's of 100,000 people or more and 20 times every other's (комсомольчане:
  Комсомольск-на-Амуре's, not Комсомольск's of Ивановская область); two towns of like size stay neither's.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

KOMSOMOLSK_AMUR, ULAN_UDE, SARAPUL = "08709000", "81701000", "94740000"

CASES = [
    (None, "Комсомольчане, у кого тоже нет отопления?", KOMSOMOLSK_AMUR),
    ("27", "комсомольчане, автобус 12 опять не пришёл", KOMSOMOLSK_AMUR),
    (None, "Улан-удэнцы, где купить уголь дешевле?", ULAN_UDE),
    ("03", "улан-удэнцы жалуются на смог", ULAN_UDE),
    (None, "Сарапульцы, кто знает, когда дадут воду?", SARAPUL),
    ("18", "сарапульцы просят починить мост", SARAPUL),
    # guards: the dictionary's «комсомольцы», the town of Ивановская область named
    (None, "Комсомольцы вышли на субботник", None),
    ("37", "В Комсомольске нет горячей воды", "24613000"),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_geo_s21_part4(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
