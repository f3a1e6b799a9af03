"""A village the gazetteer knows only outside the caller's region is a guess there: it holds villages of 3,000+ people
only, so the caller's region may well have one of the namesakes it lacks ("в Семёновке" with region 46 is Семёновка
of Марий Эл, a village of the Йошкар-Ола городской округ, by default only). It comes back below CONFIDENT, as a place
picked among namesakes of other regions does; so it does without a region, where any region may hold one (a name
such as Семёновка is a village's in dozens of regions). In its own region or named with its town it stays."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.geo import GeoResolver
from mcu_nlp.geo.municipality import CONFIDENT

TEXT = "Сегодня в Семёновке нет света"


@pytest.mark.parametrize("region", ["46", "78", None])
def test_a_village_of_another_region_is_no_confident_municipality(region: str | None) -> None:
    (place,) = GeoResolver(region=region).resolve(TEXT)
    assert (place.name, place.region_code) == ("Семеновка", "12")  # the region only breaks ties: still found
    assert place.score < CONFIDENT
    municipality = mcu_nlp.analyze(TEXT, region=region).municipality
    assert municipality is not None and municipality.score < CONFIDENT


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("12", TEXT),  # its own region
        (None, "Марий Эл, в Семёновке нет света"),  # its region named in the text
        (None, "в Мужах нет света, Шурышкарский район"),  # its district named in the text
        ("46", "Йошкар-Ола, в Семёновке нет света"),  # its town named in the text
        ("46", "в Ивне нет света"),  # an urban settlement (Белгородская): the gazetteer holds them all
    ],
)
def test_settled_places_keep_their_score(region: str | None, text: str) -> None:
    assert all(p.score >= CONFIDENT for p in GeoResolver(region=region).resolve(text))
    assert GeoResolver(region=region).resolve(text)
