"""GeoResolver outside ЯНАО, СПб and Курская: defects found on data/geo/other_regions_dev.csv, one table each."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (text, region hint, expected municipality ОКТМО): a municipality's centre that no settlement source lists
CENTRES = [
    ("В Балаклаве разбита набережная", None, "67302000"),
    ("с. Кумух, нет света", None, "82632000"),
    ("в с. Эссо закрыли школу", "41", "30604000"),
    ("Забайкальский край, с. Шелопугино, ул. Ленина 3", None, "76652000"),
]


def _best(text: str, region: str | None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    return best.oktmo if best else None


@pytest.mark.parametrize(("text", "region", "oktmo"), CENTRES)
def test_municipality_centres_are_settlements(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo

# A hyphenated name with its first part undeclined, as often written: "в Ленинск-Кузнецком" found Кузнецк (Пенза)
SPOKEN_HYPHENATED = [
    ("в Ленинск-Кузнецком обрушился балкон", None, "32719000"),
    ("из Петропавловск-Камчатского пишу", None, "30701000"),
    ("в Каменск-Уральском нет воды", "66", "65740000"),
]


@pytest.mark.parametrize(("text", "region", "oktmo"), SPOKEN_HYPHENATED)
def test_hyphenated_name_with_its_first_part_undeclined(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo


# A district whose name has ё: pymorphy3 wrote ё in its case forms, and text is matched with е, so none was found
YO_DISTRICTS = [
    ("в Кущёвском районе нет воды", None, "03628000"),
    ("Артёмовский район, с. Мостовка", "66", "65703000"),
    ("Алтайский край, Краснощёковский р-н, с. Усть-Козлуха", None, "01620000"),
]


@pytest.mark.parametrize(("text", "region", "oktmo"), YO_DISTRICTS)
def test_district_name_with_yo(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo


# A district called by its name before it was merged into a городской округ (SberIndex rows before 9999)
FORMER_DISTRICTS = [
    ("Московская обл., Ногинский район, д. Ельня", None, "46751000"),
    ("в Щёлковском районе сломан мост", None, "46788000"),
    ("Клинский р-н, д. Решоткино", "50", "46737000"),
]


@pytest.mark.parametrize(("text", "region", "oktmo"), FORMER_DISTRICTS)
def test_former_district_name(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo
