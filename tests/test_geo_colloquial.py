"""Colloquial names of big towns (data/geo/colloquial_names.csv): "в Ёбурге", "Екб", "во Владике" (session 8)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver
from mcu_nlp.geo.build import SOURCE_DIR
from mcu_nlp.geo.sources import read_csv

EKB, NSK, CHEL, KRSK, ROSTOV, TLT, KRD = (
    "65701000",
    "50701000",
    "75701000",
    "04701000",
    "60701000",
    "36740000",
    "03701000",
)
KGD, VLAD, KHAB, KUBAN = "27701000", "05701000", "08701000", "03000000"

# (region, text, the first place's municipality ОКТМО (the region's for Кубань) or None)
CASES = [
    (None, "В Ёбурге нет воды", EKB),
    (None, "из ёбурга приехали, ямы", EKB),
    (None, "Екб нет воды", EKB),
    (None, "по Екб пробки", EKB),
    (None, "ЕКБ НЕТ ВОДЫ", EKB),
    ("78", "в Екате ямы", EKB),
    (None, "Новосиб, ул. Ленина 5, нет света", NSK),
    (None, "в Нске ямы", NSK),
    (None, "в Челябе ямы на дорогах", CHEL),
    (None, "в Крске ямы", KRSK),
    (None, "РнД ямы", ROSTOV),
    (None, "в Тлт нет отопления", TLT),
    (None, "Кдр, ул. Красная 1: мусор", KRD),
    (None, "в Кёниге ямы", KGD),
    ("02", "во Владике ямы", VLAD),
    (None, "в Хабаре нет воды", KHAB),
    (None, "На Кубани нет воды", KUBAN),
    # the same words as a name, a word or another abbreviation stay what they are
    (None, "Владик пришёл домой", None),
    (None, "Кёниг Иван Петрович", None),
    (None, "Хабар получил", None),
    (None, "в 10:08 (по МСК)", None),  # Moscow time: Мск is left out of the table
    (None, "в Нижнем ящике", None),
]
# review of session 8: each row found the town or region on the old code. "Владик", "Кёниг", "Хабар" name a place
# only right after «в», «во», «из»; "Кубань" after a preposition of place; "НСК", "КДР" in capitals are abbreviations
# in a text that is not all capitals
AFTER_PREPOSITION = [
    (None, "с Владиком гуляли, яма во дворе", None),
    (None, "у Владика температура", None),
    (None, "от Владика нет вестей", None),
    (None, "у Кёнига", None),
    (None, "у Хабара", None),
    (None, "ФК Кубань проиграл", None),
    (None, "в реке Кубань утонул человек", None),
    (None, "болеем за Кубань", None),
    (None, "НСК страховая отказала", None),
    (None, "Сдал анализ КДР", None),
    (None, "Результат РНД пришёл", None),
    (None, "Оплатил через ЕКБ", None),
]
# guards: the same names where they are places
AFTER_PREPOSITION_GUARDS = [
    (None, "из Владика приехал", VLAD),
    (None, "В Хабаре нет воды", KHAB),
    ("27", "в хабаре нет воды", KHAB),  # lower case: in a known region
    (None, "с Кубани приехали", KUBAN),
    (None, "по Кубани дожди", KUBAN),
    (None, "в НСК ямы", NSK),
    (None, "НСК ЯМЫ НА ДОРОГАХ", NSK),  # all capitals: case says nothing
    (None, "нск ямы", NSK),
    (None, "РНД", ROSTOV),
    (None, "г. Кдр, ул. Красная 1", KRD),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES + AFTER_PREPOSITION + AFTER_PREPOSITION_GUARDS)
def test_colloquial_names(region: str | None, text: str, oktmo: str | None) -> None:
    places = GeoResolver(region=region).resolve(text)
    assert [p.municipality_oktmo or p.oktmo for p in places[:1]] == ([oktmo] if oktmo else [])


@pytest.mark.parametrize("row", read_csv(SOURCE_DIR / "colloquial_names.csv"), ids=lambda row: row["forms"].split()[0])
def test_every_form_names_the_place_of_its_row(row: dict[str, str]) -> None:
    for form in row["forms"].split():
        places = GeoResolver().resolve(f"в {form} нет воды")
        assert [(p.name, p.region_code) for p in places] == [(row["place"], row["region_code"])], form
