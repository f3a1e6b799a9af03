"""Session 21's geo part 3 (review of 9991432 and the Свердловская walkthrough).

- A river's subject named like a TOWN («Уфа разлилась», «Ишим вышел из берегов») keeps the town at a lower score
  (``resolver.RIVER_TOWN_SCORE``): a town on its namesake river is flooded by it. A village's namesake goes
  («Сылва поднялась»: the river is far bigger than the village), as does a name after «река».
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

UFA, ISHIM = "80701000", "71705000"

CASES = [
    # a town on its namesake river
    (None, "Уфа разлилась, затопило дачи", UFA),
    ("02", "Уфа разлилась, затопило дачи", UFA),
    (None, "Уфа вышла из берегов", UFA),
    ("02", "Уфа поднялась, топит Нижегородку", UFA),
    ("72", "Ишим разлился, топит дома на Береговой", ISHIM),
    (None, "Ишим разлился, топит дома на Береговой", ISHIM),
    # guards: a village's namesake, a name after «река»
    ("59", "Сылва поднялась, затопило огороды", None),
    (None, "Сылва поднялась, затопило огороды", None),
    ("02", "река Уфа разлилась, затопило дачи", None),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_geo_s21_part3(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
