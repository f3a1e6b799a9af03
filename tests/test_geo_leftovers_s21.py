"""Session 21's geo leftovers, by kind (walkthrough of session 20: G3, G4 and two more; G5: test_geo_perm_parts_s21).

- A river named like a place, as the subject of a river's verb right after it (``lexicon.WATER_AFTER``: «поднялась»,
  «разлился», «вышел из берегов»), is the river, not the place (``TextContext.river_subject``): «Сылва поднялась»
  gave the village Сылва; «в Сылве поднялась вода» stays the village.
- An adjective-like name the dictionary reads as a place's name only (every reading Geox: «Чусовом», «Стрежевого»)
  right after «в», «во», «из» counts for any caller (``letter_case.placed_geographic``): «в Чусовом» gave nothing
  without the caller's region; «в Мирном» (an ordinary adjective too) still needs it.
- «в районе X» is near X, as «возле X» is, for a word that is no person's name (``letter_case.near_town``): «в районе
  Осы»; «в районе Гагарина» is near a street named after a person.
- A place set against the problem as one where all is well («там нет воды, а в Перми есть») is not the answer
  (``municipality._all_well``); «а в Уфе мусор», «а в Перми тоже нет» are places with the problem.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

PERM, OSA, CHUSOVOY, SYLVA, KUNGUR = "57701000", "57728000", "57758000", "57546000", "57530000"

CASES = [
    # rivers
    (None, "Сылва поднялась, затопило огороды", None),
    ("59", "Сылва поднялась, затопило огороды", None),
    (None, "Ишим разлился, подтопило дома на окраине", "71705000"),  # a town's namesake stays (test_geo_s21_part3)
    ("72", "Ишим вышел из берегов, вода в подвалах", "71705000"),
    ("59", "в Сылве поднялась вода, затопило огороды", SYLVA),  # kept: the village
    ("59", "Сылва поднялась, в Сылве затопило огороды", SYLVA),
    # an adjective-like name read as a place's only
    (None, "В Чусовом нет воды третий день", CHUSOVOY),
    ("78", "в чусовом яма на дороге", CHUSOVOY),
    (None, "Из Стрежевого пишу: нет света", "69710000"),
    (None, "на Чусовой тонкий лёд", None),  # kept: the river Чусовая
    (None, "В Мирном нет воды", None),  # kept: an ordinary adjective needs the caller's region
    (None, "в Саянском нет воды", None),  # kept: Саянский of 24 or Саянск's instrumental (38)
    # «в районе X»
    (None, "в районе Осы яма на дороге", OSA),
    ("59", "в районе Осы яма на дороге", OSA),
    (None, "в районе Гагарина яма на дороге", None),  # kept: a street named after a person
    ("78", "в районе Гагарина яма на дороге", None),
    # a place where all is well
    (None, "там нет воды, а в Перми есть", None),
    ("59", "там нет воды, а в Перми есть", None),
    ("59", "Пишу из Кунгура, там нет воды, а в Перми есть", KUNGUR),
    ("59", "У нас не убирают снег, а в Перми всё чисто", None),
    (None, "Я из Казани, там всё убирают, а в Уфе мусор", "80701000"),  # kept: the problem's place
    ("59", "там нет воды, а в Перми тоже нет", PERM),  # kept
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_geo_leftovers(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
