"""Session 21's geo part 3 (review of 9991432 and the Свердловская walkthrough).

- A river's subject named like a TOWN («Уфа разлилась», «Ишим вышел из берегов») keeps the town at a lower score
  (``resolver.RIVER_TOWN_SCORE``): a town on its namesake river is flooded by it. A village's namesake goes
  («Сылва поднялась»: the river is far bigger than the village), as does a name after «река».
- A big town's administrative district (census 2021 table 5, «внутригородские районы»: ``town_districts``) is a part
  of its town's okrug in the caller's region or with the town named: «В Орджоникидзевском районе нет воды» with 66
  gave Хакасия's Орджоникидзевский район; a municipal district of the caller's region keeps its name (Курская
  область's Октябрьский район), a caller of another region or none gets what it got.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

UFA, ISHIM, EKB, KHAKASSIA_ORDZH = "80701000", "71705000", "65701000", "95620000"

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
    # a big town's district
    ("66", "В Орджоникидзевском районе нет воды", EKB),
    ("66", "В Кировском районе нет воды третий день", EKB),
    ("66", "Верх-Исетский район, яма на дороге", EKB),
    ("66", "Чкаловский р-н, не вывозят мусор", EKB),
    ("74", "В Ленинском районе нет света", "75701000"),  # Челябинск's, twice Магнитогорск's by people
    ("66", "В Ленинском районе Нижнего Тагила нет воды", "65751000"),  # the town named
    # guards: another region's caller or none, a municipal district of the caller's region, the town named
    # no region: Хакасия's district at 0.95 was a guess among 5 regions' (Уфа's, Екатеринбург's, Пермь's...): none
    # since walkthrough s41 D9
    (None, "В Орджоникидзевском районе нет воды", None),
    ("19", "В Орджоникидзевском районе нет воды", KHAKASSIA_ORDZH),
    ("46", "В Октябрьском районе нет света", "38628000"),
    ("40", "В Дзержинском районе нет воды", "29608000"),
    (None, "В Железнодорожном районе Екатеринбурга нет воды", EKB),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_geo_s21_part3(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
