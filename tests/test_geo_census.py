"""Settlements of census 2021 get the municipality their census heading names, whatever the heading's form."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver
from mcu_nlp.geo.gazetteer import load_gazetteer

# (text, settlement, municipality ОКТМО, how its census heading is written)
HEADED_TOWNS = [
    ("В Воротынске нет света", "Воротынск", "29602000"),  # Муниципальный район "Бабынинский район"
    ("Детчино, ул. Московская", "Детчино", "29623000"),  # Муниципальный район "Малоярославецкий район"
    ("В станице Ладожской нет газа", "Ладожская", "03657000"),  # Усть-Лабинский муниципальный район
    ("Сергиев Посад: яма на дороге", "Сергиев Посад", "46728000"),  # Сергиево-Посадский городской округ
    ("В Нижнеангарске нет света", "Нижнеангарск", "81645000"),  # Северо-Байкальский муниципальный район
    ("В посёлке Кабардинка нет воды", "Кабардинка", "03708000"),  # Городской округ город-курорт Геленджик
    ("В Горном Щите нет воды", "Горный Щит", "65701000"),  # ... муниципальное образование "город Екатеринбург"
    ("В станице Шелковской нет газа", "Шелковская", "96640000"),  # Шелковский (SberIndex: Шелковской) район
    ("Углеуральский, котельная", "Углеуральский", "57516000"),  # "Город Губаха", merged into Губахинский
    # headings the old rule read as another municipality of the region
    ("В Листвянке нет света", "Листвянка", "25612000"),  # Иркутское районное муниципальное образование
    ("Кондратово: нет автобуса", "Кондратово", "57546000"),  # Пермский муниципальный район, not the city
    ("Кинель-Черкассы, ул. Ленина", "Кинель-Черкассы", "36620000"),  # not the city of Кинель
]


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(("text", "name", "municipality_oktmo"), HEADED_TOWNS)
def test_a_census_settlement_has_its_heading_municipality(text: str, name: str, municipality_oktmo: str) -> None:
    (place,) = GeoResolver().resolve(text)
    assert (place.name, place.municipality_oktmo) == (name, municipality_oktmo)


def test_census_totals_and_headings_are_no_places(gazetteer) -> None:
    names = [n for n, kind in zip(gazetteer.name, gazetteer.kind, strict=True) if kind == "settlement"]
    assert [n for n in names if "население" in n or " - " in n] == []


def test_every_settlement_has_a_municipality_of_its_region(gazetteer) -> None:
    g = gazetteer
    settlements = [i for i, kind in enumerate(g.kind) if kind == "settlement"]
    # Провидения too: its census heading names the town, SberIndex only the adjective (Провиденский); it is that
    # okrug's centre (settlements.add_centres)
    assert [g.name[i] for i in settlements if g.mun[i] < 0] == []
    assert [g.name[i] for i in settlements if g.mun[i] >= 0 and g.region_code[g.mun[i]] != g.region_code[i]] == []


def test_a_city_okrug_heading_is_not_the_district_of_the_same_name(gazetteer) -> None:
    g = gazetteer
    wrong = {("Великие Луки", "60"), ("Верхняя Тура", "66"), ("Алатырь", "21"), ("Псков", "60")}
    found = {
        (g.name[i], g.region_code[i]): g.name[g.mun[i]]
        for i, kind in enumerate(g.kind)
        if kind == "settlement" and (g.name[i], g.region_code[i]) in wrong
    }
    assert found == {}  # each is its own городской округ: the settlement is that municipality
