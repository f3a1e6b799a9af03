"""A quoted name right after a team's or a contractor's noun is that team's, not a place: «Бригада «Урал» обещала
поменять трубы» gave Рыбинский район (a village Урал) for any region (blind16). ``organisations.ORGANISATION_KINDS``
now holds «бригада», «команда», «подрядчик», «ансамбль», «коллектив» in all cases, as «магазин» before."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

NADYM = "71936000"
CASES = [
    ("Бригада «Надым» не приехала чинить трубы", None),
    ("подрядчик «Надым» сорвал сроки ремонта", None),
    ("коллектив «Надым» выступил на площади", None),
    ("команду «Надым» не пустили на стадион", None),
    # guards: a place named plainly, or quoted after other words
    ("Бригада приехала в Надым без инструмента", NADYM),
    ("Населенный пункт: «Надым», нет воды", NADYM),
]


@pytest.mark.parametrize(("text", "want"), CASES)
@pytest.mark.parametrize("region", [None, "89"])
def test_quoted_team_names(text: str, want: str | None, region: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
