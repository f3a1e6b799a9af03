"""Session 46, a Красноярский край walkthrough: closed towns' numbered names, «Большая Мурта»'s case forms, Норильск's
districts, a heading town before a clause."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.declension import case_forms
from mcu_nlp.geo.gazetteer import load_gazetteer

KRASNOYARSK, ZHELEZNOGORSK, ZELENOGORSK, SAROV, OZYORSK, SEVERSK = (
    "04701000",
    "04735000",
    "04737000",
    "22704000",
    "75743000",
    "69741000",
)
B_MURTA, B_ULUY, KURAGINO, B_SOSNOVA, NORILSK, UYAR = (
    "04610000",
    "04611000",
    "04630000",
    "57508000",
    "04729000",
    "04657000",
)


def best(region: str | None, text: str) -> str | None:
    found = best_municipality(GeoResolver(region=region).resolve(text), text)
    return found.oktmo if found else None


# D1: a town's name, a hyphen and a number is a closed town's old name (data/geo/numbered_towns.csv), never the town
NUMBERED = [
    ("Красноярск-26, нет воды", ZHELEZNOGORSK),  # was Красноярск at 0.95
    ("в Красноярске-26 нет воды", ZHELEZNOGORSK),
    ("Красноярск-45, яма на дороге", ZELENOGORSK),
    ("Арзамас-16, нет света", SAROV),
    ("в Челябинске-65 нет воды", OZYORSK),
    ("Томск-7, яма на дороге", SEVERSK),
    ("Красноярск–26, нет воды", ZHELEZNOGORSK),  # an en dash, as a word processor writes it (review of f4f8318)
]
# Guards, right before and after: the town itself, with a space before a number, or a year
NUMBERED_GUARDS = [
    ("Красноярск, нет воды", KRASNOYARSK),
    ("в Красноярске 26 домов без воды", KRASNOYARSK),
    ("Красноярск-2019, универсиада, мусор", KRASNOYARSK),
    ("Брянск-2, частный сектор, горит сарай", "15701000"),  # a railway station and its quarter: the town
    ("в Красноярске-1 на вокзале грязно", KRASNOYARSK),
    ("ЗАТО Железногорск, нет воды", ZHELEZNOGORSK),
    # review of f4f8318: a number no table lists is the town's own post office or quarter, and a temperature after
    # the number is a minus written as a hyphen (tests/test_geo_review_s46.py)
    ("Москва-40, вокзал", "45000000"),
    ("в Красноярске-99 нет воды", KRASNOYARSK),
    ("в Красноярске-26 градусов мороз, отопление не работает", KRASNOYARSK),
]


@pytest.mark.parametrize("region", [None, "24"])
@pytest.mark.parametrize(("text", "oktmo"), NUMBERED + NUMBERED_GUARDS)
def test_numbered_towns(region: str | None, text: str, oktmo: str | None) -> None:
    assert best(region, text) == oktmo


# D2: «Adjective Noun» names declined in the adjective's gender (declension._adjective_pair_forms)
PAIRS = [
    ("24", "в Большой Мурте нет света", B_MURTA),  # was nothing
    ("24", "из Большой Мурты пишу, нет света", B_MURTA),
    ("24", "Большую Мурту опять отключили от света", B_MURTA),
    ("24", "в Большом Улуе нет света", B_ULUY),
    ("24", "в Большой Ирбе нет света", KURAGINO),
    ("59", "в Большой Соснове нет света", B_SOSNOVA),
    ("24", "Большая Мурта нет света", B_MURTA),
    ("25", "в Большом Камне нет света", "05706000"),
]
# Guards: ordinary phrases of the same words stay no place
PAIR_GUARDS = [
    ("24", "в большой луже стоит вода", None),
    ("24", "в Большом театре нет света", None),
    ("24", "на большой речке нет моста", None),
    # review of f4f8318: a form of two dictionary words («большой речке», «большой сосновой») is an ordinary phrase in
    # lower case (tests/test_geo_review_s46.py); with a capital on each word it is the place again (session 47,
    # forms.TITLE_PHRASE: tests/test_geo_names_s47.py)
    ("38", "Опять у большой речки сломан мост", None),
    ("38", "Опять на большой речке сломан мост", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), PAIRS + PAIR_GUARDS)
def test_adjective_noun_names_decline(region: str | None, text: str, oktmo: str | None) -> None:
    assert best(region, text) == oktmo


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Большая Мурта", {"большой мурте", "большой мурты", "большую мурту", "большой муртой"}),
        ("Большой Улуй", {"большом улуе", "большого улуя", "большому улую", "большим улуем"}),
        ("Большая Соснова", {"большой соснове", "большой сосновы", "большую соснову"}),
        ("Нижний Ингаш", {"нижнем ингаше", "нижним ингашем"}),
    ],
)
def test_adjective_noun_case_forms(name: str, forms: set[str]) -> None:
    assert forms <= case_forms(name)


# D3: Норильск's districts, towns of their own until 2004 (data/geo/town_parts.csv)
DISTRICTS = [
    ("24", "на Талнахе нет света", NORILSK),  # was nothing
    ("24", "в районе Талнах нет света", NORILSK),
    ("24", "в Кайеркане нет света", NORILSK),
    (None, "в Кайеркане нет света", NORILSK),
    ("24", "Норильск, район Талнах, нет света", NORILSK),
]
DISTRICT_GUARDS = [("24", "на Талнахской улице нет света", None)]


@pytest.mark.parametrize(("region", "text", "oktmo"), DISTRICTS + DISTRICT_GUARDS)
def test_norilsk_districts(region: str | None, text: str, oktmo: str | None) -> None:
    assert best(region, text) == oktmo


# D4: a town that is no word heading a clause, with no region ("освещение не работает" is in no problem lexicon)
CLAUSES = [
    (None, "Уяр, уличное освещение не работает", UYAR),  # was nothing
    (None, "Уяр, уличный фонарь не горит", UYAR),
    (None, "Уяр, уличная торговля мешает", UYAR),
    (None, "Уяр, собаки нападают", UYAR),
    (None, "Уяр, яма на дороге", UYAR),
    ("24", "Уяр, уличное освещение не работает", UYAR),
]
# Guards: a heading that is a word needs the caller's region for a clause ("Асбест, шифер крошится": the material)
CLAUSE_GUARDS = [
    (None, "Асбест, шифер крошится", None),
    (None, "Асбест, уличные собаки нападают", None),
    (None, "Уяр, Иван", None),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CLAUSES + CLAUSE_GUARDS)
def test_heading_town_before_a_clause(region: str | None, text: str, oktmo: str | None) -> None:
    assert best(region, text) == oktmo


def test_numbered_name_keys_are_the_closed_towns() -> None:
    g = load_gazetteer()
    assert {e for e, _ in g.index["красноярске 26"]} == {e for e, _ in g.index["зато железногорск"]}


@pytest.mark.parametrize(
    ("between", "oktmo"),
    [
        ("-", ZHELEZNOGORSK),
        ("\u2010", ZHELEZNOGORSK),
        ("\u2011", ZHELEZNOGORSK),
        ("\u2013", ZHELEZNOGORSK),  # a word processor's en dash
        (" ", KRASNOYARSK),
        (" - ", KRASNOYARSK),
        ("\u2014", KRASNOYARSK),  # an em dash joins no name
    ],
)
def test_numbered_names_only_with_a_hyphen(between: str, oktmo: str) -> None:
    assert best(None, f"в Красноярске{between}26 нет воды") == oktmo
