"""«тут» after an origin is where the writer is now, not the origin, and a place named after «там» where someone is
(«там в Уфе», «а в Уфе», «живу в Перми») outranks the origin (review s20 #2: 4d5d4a9's ``THERE_NOW`` made the origin
the place in all of these, for every region hint)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

UFA, TARA, ZELENODOLSK, PERM, ALDAN = "80701000", "52654000", "92628000", "57701000", "98603000"
CASES = [
    ("Приехал из Казани, тут в Уфе нет воды", UFA),
    ("Мы переехали из Омска, тут в Таре нет воды", TARA),
    ("Я из Казани, тут в Зеленодольске уже неделю нет воды", ZELENODOLSK),
    ("Пишу из Казани, там в Уфе у мамы нет воды", UFA),
    ("Я из Казани, там всё убирают, а в Уфе мусор никто не вывозит", UFA),
    ("Родом из Кунгура, там хорошо, живу в Перми, во дворе нет света", PERM),
    # guard: «там» with no later place where someone is keeps the origin (4d5d4a9's case)
    ("Живу в Якутске, пишу за отца из Алдана: там неделю не вывозят мусор", ALDAN),
]


@pytest.mark.parametrize("region", [None, "78", "02", "48"])
@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_later_place_outranks_an_origin_with_there(text: str, want: str, region: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == want
