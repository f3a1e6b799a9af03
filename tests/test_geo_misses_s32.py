"""Session 32: kinds of blind31's geo misses (blind31 is a dev set now). Texts here are written for the tests.

- A street named by an adjective after a town heading an address ("Владимир, Судогодское шоссе"): the address's next
  part, so a word- or person-like town's name heads it (``TextContext.named_street``), not a district of the
  adjective (Судогодский район).
- A part of the town between the town and its street ("Калуга, Терепец, ул. Ленина 5"): a capitalised noun in the
  nominative, no person's name, then a comma and the street (``TextContext.part_before_address``).
- A bank of the town's river in brackets after its name ("Тутаев (левый берег)"), as written without them.
- «ЗАТО» before a closed town's name picks the closed town among its namesakes ("ЗАТО Зеленогорск": Красноярский
  край's, not Петербург's); «зато» the conjunction does not (``build.add_closed_towns``,
  ``qualified.conjunction_zato``).
- «пгт», «рп» before a name pick the urban-type settlement among namesakes that are towns ("пгт Ревда": Мурманская's,
  not Свердловская's town; ``settlements.add_urban_type_forms``).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.context import TextContext

VLADIMIR, OREL, KIROV, KALUGA = "17701000", "54701000", "33701000", "29701000"
TUTAEV, SHELEKHOV = "78643000", "25655000"


def _best(text: str, region: str | None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.municipality_oktmo if best else None


# --- a street named by an adjective after the town ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("Владимир, Судогодское шоссе, 15 — не горят фонари", VLADIMIR),  # not Судогодский район
        ("Орёл, Кромское шоссе: яма на остановке", OREL),
        ("Киров, Октябрьский проспект 5 — нет воды", KIROV),
        ("Орёл, Кромская ул. 5", OREL),  # the adjective before the street's word
    ],
)
@pytest.mark.parametrize("region", [None, "57"])
def test_an_adjective_street_after_a_word_like_town_is_its_address(text: str, oktmo: str, region: str | None) -> None:
    assert _best(text, region) == oktmo


def test_a_named_street_agrees_with_its_word_and_follows_with_a_space_only() -> None:
    ctx = TextContext.of("Орёл, Северное шоссе. Орёл, Северный ул. 5. Орёл, Северное, шоссе. Орёл, Садовая 5")
    assert ctx.named_street(1)  # «Северное шоссе»
    assert not ctx.named_street(5)  # «Северный ул.»: not of the street word's gender
    assert not ctx.named_street(10)  # a comma between
    assert not ctx.named_street(14)  # no street's word


# --- a town's part before its street ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("Калуга, Терепец, ул. Ленина 5 — нет воды", KALUGA),
        ("Орёл, Лужки, ул. Ленина 5 — нет воды", OREL),
        ("Калуга, Терепец, Тарутинское шоссе 7", KALUGA),
    ],
)
def test_a_part_between_a_word_like_town_and_its_street(text: str, oktmo: str) -> None:
    assert _best(text, None) == oktmo


@pytest.mark.parametrize(
    "text",
    [
        "Владимир, Иванович, ул. Ленина 5",  # a person spoken to, not a part of the town
        "Кириллов, Иван, ул. Ленина 5",
    ],
)
def test_a_person_between_is_no_town_s_part(text: str) -> None:
    assert _best(text, None) is None


def test_a_part_needs_a_street_after_it() -> None:
    ctx = TextContext.of("Калуга, Терепец, нет воды. Калуга, Терепец. Калуга, терепец, ул. Ленина")
    assert not ctx.part_before_address(1)  # a report after it
    assert not ctx.part_before_address(7)  # nothing after it
    assert not ctx.part_before_address(10)  # not capitalised


# --- a river's bank in brackets --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("Тутаев (левый берег) — паром не ходит", TUTAEV),
        ("Шелехов (правый берег), нет воды", SHELEKHOV),
    ],
)
@pytest.mark.parametrize("region", [None, "57"])
def test_a_bank_in_brackets_after_the_town(text: str, oktmo: str, region: str | None) -> None:
    assert _best(text, region) == oktmo


@pytest.mark.parametrize("text", ["Тутаев (правый нападающий) забил гол", "Шелехов (левый защитник) в сборной"])
def test_no_bank_in_brackets_no_town(text: str) -> None:
    assert _best(text, None) is None


# --- «ЗАТО» and «пгт» before a name of several places -----------------------------------------------------------------

ZELENOGORSK_24, ZARECHNY_58, SEVERSK, ALEKSANDROVSK_51 = "04737000", "56734000", "69741000", "47737000"
ZHELEZNOGORSK_46, ZHELEZNOGORSK_24 = "38705000", "04735000"
LOVOZERSKY, REVDA_66, GORODISHCHENSKY_34, NURIMANOVSKY = "47610000", "65719000", "18605000", "80645000"


@pytest.mark.parametrize(
    ("text", "oktmo"),
    [
        ("ЗАТО Зеленогорск, ул. Ленина 3 — нет воды", ZELENOGORSK_24),  # not Петербург's Зеленогорск
        ("Живу в ЗАТО Заречный, нет света", ZARECHNY_58),  # not Свердловская's town Заречный
        ("в ЗАТО г. Северск опять прорвало трубу", SEVERSK),
        ("ЗАТО Александровск, г. Полярный: нет горячей воды", ALEKSANDROVSK_51),  # not Пермский край's town
        ("зато железногорск нет воды", ZHELEZNOGORSK_24),  # a text in lower case: the status
    ],
)
@pytest.mark.parametrize("region", [None, "78", "46"])
def test_zato_names_the_closed_town(text: str, oktmo: str, region: str | None) -> None:
    assert _best(text, region) == oktmo


@pytest.mark.parametrize("text", ["Воды нет, зато Железногорск рядом", "Дорого. Зато Железногорск рядом"])
def test_the_conjunction_zato_names_no_closed_town(text: str) -> None:
    assert _best(text, "46") == ZHELEZNOGORSK_46  # the caller's region's town, as without «зато»


@pytest.mark.parametrize(
    ("text", "region", "oktmo"),
    [
        ("пгт Ревда, третий день нет отопления", None, LOVOZERSKY),  # not the town of Свердловская область
        ("пгт Ревда, третий день нет отопления", "66", LOVOZERSKY),
        ("В рп Ревда нет света", "66", LOVOZERSKY),
        ("п.г.т. Городище, яма на дороге", "58", GORODISHCHENSKY_34),  # Пензенская's Городище is a town
        ("Ревда, третий день нет отопления", "66", REVDA_66),  # no type word: the caller's town
        ("г. Ревда, нет отопления", None, REVDA_66),
        ("пгт Павловка, нет газа", "02", NURIMANOVSKY),  # no town of the name: the caller's village, as before
    ],
)
def test_pgt_names_no_town(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo
