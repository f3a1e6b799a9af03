"""Census 2021 settlements whose type the census writes another way (session 12): «пгт.» with a dot (Шахтерск), «п»
without one (Красные Ткачи), «населенный пункт», «железнодорожная станция», «станция», «дачный поселок», «улус». The
builder read only «пгт», «п.», «поселок» ..., so these towns of 3,000+ people were in no gazetteer entry."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.sources import census_rows

ROWS = [
    ("пгт. Шахтерск", "пгт", "Шахтерск"),
    ("п Красные Ткачи", "п", "Красные Ткачи"),
    ("населенный пункт Видяево", "населенный пункт", "Видяево"),
    ("железнодорожная станция Клявлино", "железнодорожная станция", "Клявлино"),
    ("станция Евсино", "станция", "Евсино"),
    ("дачный поселок Мочище", "дачный поселок", "Мочище"),
    ("улус Хойтобэе", "улус", "Хойтобэе"),
    ("Городское поселение пгт. Верховье - городское население - пгт Верховье", "пгт", "Верховье"),  # as before
]


def _rows(tmp_path, names: list[str]) -> list[dict]:
    path = tmp_path / "tab5.csv"
    lines = ["Объект,Мужчины и женщины", "Сахалинская область,\"460,532\"", "Углегорский городской округ,\"17,090\""]
    path.write_text("\n".join([*lines, *(f'"{name}","6,687"' for name in names)]) + "\n", encoding="utf-8")
    return list(census_rows(path, {"сахалинская область": "65"}))


@pytest.mark.parametrize(("row", "kind", "name"), ROWS)
def test_a_census_row_gives_its_settlement(tmp_path, row: str, kind: str, name: str) -> None:
    [got] = _rows(tmp_path, [row])
    assert (got["type"], got["name"], got["region_code"], got["population"]) == (kind, name, "65", 6687)
    assert got["parent"] == "Углегорский городской округ"


def test_a_poselenie_is_no_settlement(tmp_path) -> None:
    assert _rows(tmp_path, ["Сельское поселение Сенцовский сельсовет", "Подпорожское городское поселение"]) == []


# (text, region, the best municipality's ОКТМО)
TEXTS = [
    ("в Шахтерске опять отключили воду", None, "64752000"),  # Углегорский городской округ
    ("пгт Шахтерск — нет горячей воды", "65", "64752000"),
    ("п. Клявлино, ул. Советская — яма", None, "36622000"),  # Клявлинский район
    ("в Красных Ткачах нет воды", "76", "78650000"),  # Ярославский район
]


@pytest.mark.parametrize(("text", "region", "oktmo"), TEXTS)
def test_the_settlement_is_found(text: str, region: str | None, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo
