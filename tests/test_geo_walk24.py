"""Session 24 walkthrough (Московская область, region 50): places the fresh-user walkthrough missed or added.

Texts are invented, in the walkthrough's shapes (no personal data).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver


@pytest.fixture(scope="module")
def geo50() -> GeoResolver:
    return GeoResolver(region="50")


@pytest.fixture(scope="module")
def geo() -> GeoResolver:
    return GeoResolver()


def names(resolver: GeoResolver, text: str) -> list[tuple[str, str]]:
    return [(p.name, p.region_code) for p in resolver.resolve(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Электросталь спасибо коммунальщикам за быстрый ремонт трубы во дворе!",
        "Электросталь, спасибо водоканалу за ремонт",
    ],
)
def test_word_like_town_before_thanks_to_a_service(geo50, text):
    """G1: a word-like town (электросталь, the steel) heading thanks to a service, in the caller's region."""
    assert ("Электросталь", "50") in names(geo50, text)


def test_thanks_to_a_person_or_without_region_is_no_town(geo, geo50):
    assert names(geo50, "Электросталь, спасибо вам за всё") == []
    assert names(geo, "Электросталь спасибо коммунальщикам за ремонт") == []


def test_lower_case_town_closing_an_address(geo50):
    """G5: a lower-case town after a house's and a flat's number ends the address."""
    text = "ольга петрова, ул садовая 3 кв 7, электросталь. соседи сверху заливают третий раз"
    assert ("Электросталь", "50") in names(geo50, text)


def test_colloquial_district_spelling(geo50):
    """G2: «Серпуховской р-н» is Серпуховский район as written by ear."""
    assert [p.municipality for p in geo50.resolve("Серпуховской р-н, д. Борисово, нет газа")] == ["Серпухов"]
    assert [p.municipality for p in geo50.resolve("Серпуховской район, нет света")] == ["Серпухов"]


def test_microdistrict_is_no_typo_of_another_regions_town(geo50):
    """G6: «мкр Кузнецы» is no Кузнецк of Пензенская область one letter away."""
    assert names(geo50, "Подольск, мкр Кузнецы, третий день нет отопления") == [("Подольск", "50")]


def test_destination_city_does_not_drop_the_writers_place(geo):
    """G8: a federal city only gone to ("на Москву") is no evidence against a word-like place of another region."""
    found = names(geo, "Электричка на Москву отменена, Сергиев Посад")
    assert ("Сергиев Посад", "50") in found


@pytest.mark.parametrize(
    "text", ["Подмосковье, Балашиха-Железнодорожный: зарплату не платят", "Балашиха-Заря, нет воды"]
)
def test_big_town_hyphenated_to_a_part_it_merged(geo50, text):
    """G4: a big town hyphenated to a part named after it (Железнодорожный, a town merged into Балашиха in 2015, is in
    no source file) is the town, not a glued name."""
    assert ("Балашиха", "50") in names(geo50, text)


def test_route_and_hyphenated_names_stay(geo):
    assert names(geo, "Салехард-Лабытнанги дорога") == [("Салехард", "89"), ("Лабытнанги", "89")]
    assert names(geo, "Ростов-на-Дону нет воды") == [("Ростов-на-Дону", "61")]
