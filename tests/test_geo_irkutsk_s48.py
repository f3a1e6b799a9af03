"""Session 48, a walkthrough as ЦУР Иркутской области (region 38).

- D4, D8: the first part of a hyphenated town's name whose second part only qualifies it («Усолье» of
  Усолье-Сибирское, «Железногорск» of Железногорск-Илимский), where a place of another region has that name, counts
  in the town's own region (``index.add_regional_short_names``, ``forms.LOCAL_NAME``); elsewhere the bigger place,
  unsettled.
- D7: a one-word hyphenated name ending in an adjective declines in the adjective's gender, not in its first part's
  («Усть», a feminine noun: "в Усть-Ордынском", "из Усть-Ордынского" were no keys).
- D9: a given name in the genitive between a street's word and a place's name makes it a person's surname ("ул. Розы
  Люксембург").
- D5: a big town's «округ» (census 2021) is found written with «район» too ("в Свердловском районе" of Иркутск).
- D6: a lettered number before a microdistrict's word heads an address as a number does ("Ангарск 7а мкр").
- A place of several regions named apart from a district of several regions, both unsettled, takes the namesake the
  district holds ("Ленинский район, в Ленинске нет воды").
"""

from __future__ import annotations

import warnings

import pytest

import mcu_nlp
from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.context import TextContext
from mcu_nlp.geo.declension import case_forms
from mcu_nlp.geo.gazetteer import load_gazetteer

USOLYE_S, BEREZNIKI = "25736000", "57708000"
ZH_ILIMSKY, ZH_KURSK, ZH_KRASNOYARSK = "25626000", "38705000", "04735000"
LENINSK_K, LENINSK_34 = "32719000", "18630000"
IRKUTSK, BRATSK, ANGARSK, SAYANSK = "25701000", "25714000", "25703000", "25726000"
UST_ORDYNSKY = "25657000"  # Эхирит-Булагатский район


def found(region: str | None, text: str):
    return best_municipality(GeoResolver(region=region).resolve(text), text)


def best(region: str | None, text: str) -> str | None:
    place = found(region, text)
    return place.oktmo if place else None


# D4, D8: the caller's region's town by the first part of its name
REGIONAL_SHORT_NAMES = [
    ("38", "в усолье нет света", USOLYE_S),  # was Березники (Пермский край's Усолье) at 0.95
    ("38", "в Усолье нет света", USOLYE_S),
    ("38", "Усолье, нет воды", USOLYE_S),
    ("38", "из Усолья пишу, нет отопления", USOLYE_S),
    ("38", "усолье, ул. ленина 50 — мусорка переполнена", USOLYE_S),  # blind35
    ("38", "в железногорске нет света", ZH_ILIMSKY),  # was Курская's at 0.57, with a warning to pass '46'
    ("38", "Железногорск, нет воды", ZH_ILIMSKY),
    ("38", "из Железногорска", ZH_ILIMSKY),
    ("38", "в Железногорске в ДК холодно", ZH_ILIMSKY),
    ("42", "в Ленинске нет света", LENINSK_K),  # was Волгоградская's Ленинск
    ("62", "в Спасске затопило улицу", "61646000"),  # Спасск-Рязанский (blind40; was Пензенская's Спасск)
    ("75", "в Петровске нет воды", "76715000"),  # Петровск-Забайкальский
    ("65", "в Александровске нет воды", "64704000"),  # Александровск-Сахалинский
    ("27", "в Николаевске нет воды", "08631000"),  # Николаевск-на-Амуре's district
    ("34", "в Калаче нет воды", "18616000"),  # Калач-на-Дону's district
    ("36", "в Елани нет воды", "20627000"),  # Елань-Коленовский's district
]
# The other regions' own towns keep their names
NAMESAKES_KEPT = [
    ("59", "в Усолье нет света", BEREZNIKI),
    ("59", "Усолье (Березники) — провалы", BEREZNIKI),
    ("46", "в железногорске нет света", ZH_KURSK),
    ("24", "в Железногорске нет света", ZH_KRASNOYARSK),
    ("38", "ЗАТО Железногорск, нет воды", ZH_KRASNOYARSK),  # the closed town's status names it
    ("34", "в Ленинске нет света", LENINSK_34),
    ("58", "в Спасске нет воды", "56606000"),
    ("64", "в Петровске нет воды", "63635000"),
    ("36", "в Калаче нет воды", "20615000"),
    ("38", "в Усолье-Сибирском нет света", USOLYE_S),
    ("38", "в Железногорске-Илимском нет света", ZH_ILIMSKY),
]
# With no region or another's: the bigger place, unsettled (below 0.6), as "в Ростове" is Ростов-на-Дону
UNSETTLED = [
    (None, "в усолье нет света", USOLYE_S),  # 83,000 people against Пермский край's Усолье, 6,600
    ("78", "в Усолье нет света", USOLYE_S),
    (None, "в Железногорске нет света", ZH_KURSK),  # Железногорск-Илимский is the smallest of the three
    ("78", "в Железногорске нет света", ZH_KURSK),  # docs/geo.md's example, as before
    (None, "в Ленинске нет света", LENINSK_K),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), REGIONAL_SHORT_NAMES)
def test_a_hyphenated_towns_first_part_is_that_town_in_its_region(region: str, text: str, oktmo: str) -> None:
    place = found(region, text)
    assert place is not None and place.oktmo == oktmo and place.score >= 0.6


@pytest.mark.parametrize(("region", "text", "oktmo"), NAMESAKES_KEPT)
def test_other_regions_namesakes_keep_their_names(region: str, text: str, oktmo: str) -> None:
    assert best(region, text) == oktmo


@pytest.mark.parametrize(("region", "text", "oktmo"), UNSETTLED)
def test_without_the_towns_region_the_bigger_place_is_unsettled(region: str | None, text: str, oktmo: str) -> None:
    place = found(region, text)
    assert place is not None and place.oktmo == oktmo and place.score < 0.6


def test_no_advice_to_change_a_correct_region() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the prefix warning (38 is Курская's ОКТМО prefix) would raise
        municipality = mcu_nlp.analyze("в железногорске нет света", region="38").municipality
    assert municipality.oktmo == ZH_ILIMSKY


def test_an_adjectives_form_of_the_first_part_is_no_short_name() -> None:
    index = load_gazetteer().index
    kuznetsky = {e for e, _ in index["ленинске"] if load_gazetteer().name[e] == "Ленинск-Кузнецкий"}
    assert kuznetsky and not kuznetsky & {e for e, _ in index["ленинском"]}  # "в Ленинском" is a district's
    assert best("42", "купил калач") is None and best("34", "купил калач") is None


# D7: a hyphenated adjectival name in its oblique cases
HYPHEN_ADJECTIVES = [
    ("38", "в Усть-Ордынском нет света", UST_ORDYNSKY),  # were nothing
    ("38", "из Усть-Ордынского", UST_ORDYNSKY),
    ("38", "в п. Усть-Ордынском нет света", UST_ORDYNSKY),
    ("38", "в усть-ордынском нет света", UST_ORDYNSKY),
    ("38", "Усть-Ордынский, нет света", UST_ORDYNSKY),  # found before
    ("61", "в Усть-Донецком нет воды", "60655000"),
    (None, "в п. Усть-Донецком", "60655000"),
    ("63", "в Усть-Кинельском нет воды", "36708000"),  # Кинель's
    ("61", "в Родионово-Несветайской нет воды", "60648000"),  # a станица: feminine
]


@pytest.mark.parametrize(("region", "text", "oktmo"), HYPHEN_ADJECTIVES)
def test_a_hyphenated_adjective_name_declines(region: str | None, text: str, oktmo: str) -> None:
    assert best(region, text) == oktmo


def test_the_adjective_gives_the_hyphenated_names_gender() -> None:
    assert {"усть ордынском", "усть ордынского", "усть ордынскому"} <= case_forms("Усть-Ордынский")
    assert not {"усть ордынской", "усть ордынскую"} & case_forms("Усть-Ордынский")
    assert {"усолье сибирском", "усолье сибирское"} <= case_forms("Усолье-Сибирское")
    assert "усть катаве" in case_forms("Усть-Катав")  # a noun's: as before


def test_an_adjectival_villages_forms_need_its_region() -> None:
    place = found(None, "в Усть-Ордынском нет света")  # a village the gazetteer knows in one region only
    assert place is not None and place.oktmo == UST_ORDYNSKY and place.score < 0.6


# D9: a street named after a person whose surname is a place's name
STREETS = [
    ("38", "ул. розы люксембург яма"),  # was Дагестан's village Люксембург
    (None, "ул. Розы Люксембург яма"),
    ("38", "улица Розы Люксембург, нет света"),
    ("78", "на улице Розы Люксембург нет света"),
    ("05", "переулок Розы Люксембург нет света"),  # the village's own region too
    ("05", "парк им. Розы Люксембург грязно"),
    ("05", "ул. Розы Люксембург, 12 яма"),
    ("54", "ул. Валериана Куйбышева яма"),  # was Новосибирская's town Куйбышев at 0.95
    ("38", "ул. Ленина яма"),
]
STREET_TOWNS = [
    ("05", "в Люксембурге нет света", "82607000"),  # the village itself
    ("05", "ул. Розы Люксембург, Махачкала", "82701000"),  # the town after the street, the village gone
    ("38", "ул. Мира Иркутск яма", IRKUTSK),  # «Мира» is no given name
    ("38", "ул. Карла Маркса, Ангарск", ANGARSK),
]


@pytest.mark.parametrize(("region", "text"), STREETS)
def test_a_streets_person_is_no_place(region: str | None, text: str) -> None:
    assert best(region, text) is None


@pytest.mark.parametrize(("region", "text", "oktmo"), STREET_TOWNS)
def test_places_beside_such_streets_stay(region: str, text: str, oktmo: str) -> None:
    assert best(region, text) == oktmo
    if "Махачкала" in text:
        assert [p.name for p in GeoResolver(region=region).resolve(text)] == ["Махачкала"]


# D5: a town's «округ» written «район»
TOWN_OKRUGS = [
    ("38", "в свердловском районе нет воды", IRKUTSK),  # were nothing
    ("38", "Ленинский район, нет света", IRKUTSK),
    ("38", "октябрьский район", IRKUTSK),
    ("38", "в Свердловском округе нет воды", IRKUTSK),  # as before
    ("38", "в правобережном районе нет света", IRKUTSK),  # Братск's is the smaller (census 2021)
    ("38", "в Центральном районе нет света", BRATSK),
    ("55", "в Кировском районе нет воды", "52701000"),  # Омск
    ("46", "в Сеймском районе нет воды", "38701000"),  # Курск
    ("72", "в Калининском районе нет воды", "71701000"),  # Тюмень
    ("23", "в Карасунском районе нет воды", "03701000"),  # Краснодар
]
NO_TOWN_OKRUG = [
    (None, "в свердловском районе нет воды", None),  # counted in the town's region only
    (None, "в правобережном районе нет света", None),  # 3+ regions have one now: a guess (was Северная Осетия's)
    ("74", "В Ленинском районе нет воды", "75701000"),  # Челябинск's, as docs/geo.md says
    ("46", "октябрьский район", "38628000"),  # Курская's own municipal district keeps its name
]


@pytest.mark.parametrize(("region", "text", "oktmo"), TOWN_OKRUGS)
def test_a_towns_okrug_is_found_written_raion(region: str, text: str, oktmo: str) -> None:
    assert best(region, text) == oktmo


@pytest.mark.parametrize(("region", "text", "oktmo"), NO_TOWN_OKRUG)
def test_a_towns_okrug_stays_its_regions(region: str | None, text: str, oktmo: str | None) -> None:
    assert best(region, text) == oktmo


# D6: a lettered microdistrict's number
LETTERED = [
    ("38", "Ангарск 7а мкр лифт не работает", ANGARSK),  # were nothing
    (None, "Ангарск 7а мкр лифт не работает", ANGARSK),
    ("38", "Братск 7а мкр", BRATSK),
    ("38", "Ангарск 12а мкр дом 5", ANGARSK),
    ("38", "Ангарск 12а мкр д 5 лифт стоит неделю 9 этаж мама после операции не может спуститься", ANGARSK),  # b30
    ("38", "Ангарск 7-а мкр лифт", ANGARSK),
    ("78", "Ангарск 7А мкр", ANGARSK),
    ("38", "Ангарск 7а квартал", ANGARSK),
    ("38", "Саянск 6а мкр нет воды", SAYANSK),
    ("38", "Ангарск 7 мкр", ANGARSK),  # as before
    ("38", "Ангарск, 7а мкр", ANGARSK),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), LETTERED)
def test_a_lettered_microdistrict_heads_an_address(region: str | None, text: str, oktmo: str) -> None:
    assert best(region, text) == oktmo


@pytest.mark.parametrize("text", ["Аша 5 мкр", "Аша 5а мкр"])
def test_a_lettered_number_reads_as_its_number(text: str) -> None:
    assert best("38", text) is None and best("74", text) == "75609000"  # a person's name: the caller's only


def test_numbered_part_takes_one_glued_letter() -> None:
    ctx = TextContext.of("Ангарск 7а мкр. Ангарск 7 а мкр. Ангарск 7-а мкр. Энгельс 2-я линия")
    assert [ctx.numbered_part(j) for j in (1, 5, 9)] == [True, False, True]
    assert ctx.numbered_part(13)  # an ordinal, as before


# A place and a district of several regions each, named apart: the pair one holds
HELD_APART = [
    (None, "Ленинский район, в Ленинске нет воды", LENINSK_34),  # blind43 (34)
    ("78", "Ленинский район, в Ленинске нет воды", LENINSK_34),
    ("42", "Ленинский район, в Ленинске нет воды", LENINSK_K),  # the caller's Ленинск, settled
    (None, "Ногайский район, а. Эркен-Юрт — магазин закрылся, за хлебом ездим в Эркен-Шахар", "91623000"),  # b34: 09
]


@pytest.mark.parametrize(("region", "text", "oktmo"), HELD_APART)
def test_a_district_named_apart_picks_the_namesake_it_holds(region: str | None, text: str, oktmo: str) -> None:
    assert best(region, text) == oktmo
