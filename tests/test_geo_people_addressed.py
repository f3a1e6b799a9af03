"""A place's plural adjective opening a text and calling its people, «лысьвенские, кто знает ...», «ярцевские, у кого
тоже ...» (blind18: four such texts, no place): the adjective stands for the residents, no noun follows it, so the
rule «before a noun it agrees with» (``adjectives.place_adjective_verdict``) did not count it."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, the place's region, the best municipality's ОКТМО or None)
ADDRESSED = [
    ("лысьвенские, кто знает, когда дадут воду?", "59", "57726000"),
    ("Кунгурские, у кого тоже нет света?", "59", "57530000"),
    ("буйские, подскажите, где сдать анализы", "44", "34705000"),
    ("канашские, отзовитесь, кто видел собаку", "21", "97707000"),
    ("Свет опять отключили. лысьвенские, кто знает почему?", "59", "57726000"),
]
# no place: no place's adjective, a people's adjective, no address after the comma
KEPT = [
    ("городские, кто знает, когда откроют каток?", "59", None),
    ("российские, кто знает, где купить?", "59", None),
    ("Армянские, кто знает, где консульство?", "59", None),
    ("лысьвенские, вы где?", "59", None),
]


@pytest.mark.parametrize(("text", "code", "want"), ADDRESSED + KEPT)
@pytest.mark.parametrize("caller", [False, True])
def test_people_addressed_by_their_place(text: str, code: str, want: str | None, caller: bool) -> None:
    best = best_municipality(GeoResolver(region=code if caller else None).resolve(text), text)
    assert (best.oktmo if best else None) == want
