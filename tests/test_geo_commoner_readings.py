"""A town's word whose commoner reading is another thing (review s18 #2, items 10, 15, 16): a people's adjective
(«Армянские беженцы»: Armenian, not the town Армянск's), a family's name after a home or a family noun («В квартире
Котельников», «Семья Березников»: not the towns Котельники, Березники) and a material heading a text before a comma
and a clause without the caller's region («Асбест, шифер крошится»: asbestos, not the town Асбест)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


def _best(region: str | None, text: str) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.name if best else None


# (caller's region, text, the best municipality's name or None)
COMMONER = [
    ("23", "Армянские беженцы просят жильё, Краснодар", "Краснодар"),
    (None, "Армянские рабочие шумят ночью на стройке", None),
    ("46", "Армянские рабочие шумят ночью на стройке", None),
    (None, "Армянский магазин закрыт", None),
    ("91", "армянские дороги разбиты", None),  # Armenian roads as likely as Армянск's
    (None, "Армянская больница переполнена", None),  # an object of the town's, but no caller there
    ("66", "В квартире Котельников течёт крыша", None),
    ("66", "Семья Березников просит помощи", None),
    ("59", "Семья Березников просит помощи", None),
    (None, "Асбест, шифер крошится во дворе школы, дети дышат пылью", None),
    (None, "Асбест, пыль летит от старой крыши", None),
]

# near misses that stay the town's
STAYS = [
    ("91", "Армянская больница переполнена", "Армянск"),  # the town's hospital, in the caller's region
    (None, "буйские пенсионеры не получили пенсию", "Буй"),
    ("44", "буйские пенсионеры не получили пенсию", "Буй"),
    (None, "жители Березников жалуются на воду", "Березники"),
    ("66", "жители Березников жалуются на воду", "Березники"),
    ("66", "В поликлинике Березников нет педиатра", "Березники"),
    ("66", "Асбест, собаки нападают", "Асбестовский городской округ"),
    ("66", "Асбест, шифер крошится во дворе школы", "Асбестовский городской округ"),  # the caller's own town
]


@pytest.mark.parametrize(("region", "text", "name"), COMMONER + STAYS)
def test_commoner_reading_first(region: str | None, text: str, name: str | None) -> None:
    assert _best(region, text) == name
