"""A town heading the text says where the writer is, a place after «в»/«на» in the body where the problem is:
«Хабаровск. В Бикине второй день нет воды» gave Хабаровск, the earlier mention (walkthrough s19 D26). A mention that
opens the text before a full stop, a colon, a line break or a spaced dash now ranks below a place someone is in
(``municipality._heading``), as the writer's home does."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

BIKIN, KHABAROVSK = "08609000", "08701000"
CASES = [
    (None, "Хабаровск. В Бикине второй день нет воды", BIKIN),
    ("27", "Хабаровск. В Бикине второй день нет воды", BIKIN),
    (None, "г. Хабаровск: в Бикине нет воды", BIKIN),
    (None, "Хабаровск\nВ Бикине нет воды", BIKIN),
    # kept: the heading is also where someone is, the body's place is the writer's home, or no heading mark
    (None, "Хабаровск. В Хабаровске нет воды, а в Бикине есть", KHABAROVSK),
    (None, "Хабаровск. Живу в Бикине, нет воды", KHABAROVSK),
    (None, "Хабаровск, Бикин — нет воды", KHABAROVSK),
    (None, "В Бикине нет воды, пишу из Хабаровска", BIKIN),
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_heading_town_yields_to_the_place_in_the_body(region: str | None, text: str, want: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == want
