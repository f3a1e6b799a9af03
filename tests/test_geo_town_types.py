"""A town's type word picks a town among namesakes (session 10, blind10 kind 4): "пгт Сусанино" is the urban-type
settlement of Костромская область, not the village of Ленинградская (bigger, and so chosen before)."""

from __future__ import annotations

import gzip
import pickle
from pathlib import Path

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.gazetteer import GAZETTEER_PATH

SUSANINSKY_44, GATCHINSKY_47, KIROVSKY_47 = "34644000", "41618000", "41625000"

# (region, text, the best municipality's ОКТМО): the rows but the guards were Гатчинский район on 55fe8a9
CASES = [
    (None, "пгт Сусанино, нет воды", SUSANINSKY_44),
    (None, "в пгт Сусанино нет воды", SUSANINSKY_44),
    (None, "рп Сусанино: не вывозят мусор", SUSANINSKY_44),
]
GUARDS = [
    (None, "п. Сусанино: памятник требует ремонта", GATCHINSKY_47),  # «п.», a посёлок of either kind: the bigger
    (None, "с. Сусанино, нет воды", GATCHINSKY_47),
    ("47", "пгт Сусанино, нет воды", GATCHINSKY_47),  # the caller's region comes first
    (None, "г. Отрадное, нет воды", KIROVSKY_47),
    (None, "г. Троицк, яма", "75752000"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES + GUARDS)
def test_a_town_type_word_picks_a_town(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == oktmo


def test_a_gazetteer_built_before_the_urban_column_still_resolves(tmp_path: Path) -> None:
    with gzip.open(GAZETTEER_PATH, "rb") as handle:
        data = pickle.load(handle)
    del data["urban"]
    path = tmp_path / "old.pkl.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        pickle.dump(data, handle)
    places = GeoResolver(gazetteer=str(path)).resolve("пгт Сусанино, нет воды")
    assert [p.region_code for p in places] == ["47"]  # no type column: the bigger namesake, as before
