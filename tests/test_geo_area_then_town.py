"""Session 18: the kinds left by session 17 where a region, a comma or a first name hid a town.

- A region's or district's noun and a comma before a surname-like town: the next part of an address
  ("Иркутская область, Шелехов", "Иркутск обл, Шелехов. ..."), counted in the region the text names only.
- A town whose other cases drop a vowel names its region with «обл» ("Орёл обл": Орла, орловская).
- A first name heading a text names its writer or whom it addresses only as a nominative: "Касимов" is the genitive
  plural of Касим and the town ("Касимов, в садике холодно" with the caller's region 62).
- After a town's name and a comma, a clause of its own, a nominative noun and a verb agreeing with it, opens a
  report as a problem word does ("Асбест, собаки нападают"), in the caller's region only (without one "Асбест, шифер
  крошится" is the material); a list going on with «и» does not ("Горки, качели и песочница сломаны").
- In the caller's region, a first word in lower case heads an address before a street's word ("шуя ул Свердлова").
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


def _best(text: str, region: str | None = None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.name if best else None


@pytest.mark.parametrize(
    ("region", "text", "municipality"),
    [
        (None, "Иркутская область, Шелехов, нет воды", "Шелеховский район"),
        (None, "ИРКУТСКАЯ ОБЛ., ШЕЛЕХОВ, НЕТ ВОДЫ", "Шелеховский район"),
        (None, "Иркутск обл, Шелехов. Нет воды третий день", "Шелеховский район"),
        (None, "Рязанская обл., Касимов, в садике холодно", "Касимов"),
        ("62", "Касимов, в садике холодно", "Касимов"),
        ("52", "семёнов нет воды с ночи", "Семеновский городской округ"),
        ("66", "Асбест, собаки нападают на детей", "Асбестовский городской округ"),
        ("55", "Тара, магазин закрыт", "Тарский район"),
        ("37", "шуя ул Свердлова прорвало трубу", "Шуя"),  # a lower-case first word heading an address
        ("50", "королев ул космонавтов 5 лифт стоит", "Королёв"),
    ],
)
def test_the_town(region: str | None, text: str, municipality: str) -> None:
    assert _best(text, region) == municipality


@pytest.mark.parametrize("text", ["Орёл обл", "Орел область, нет газа"])
def test_a_town_named_for_its_region_with_a_fleeting_vowel(text: str) -> None:
    assert [p.name for p in GeoResolver().resolve(text)] == ["Орловская область"]


@pytest.mark.parametrize(
    ("region", "text"),
    [
        (None, "Курская обл., Шелехов"),  # Шелехов is Иркутская's: not the region the text names
        (None, "Курская обл., Петров И.И."),  # a signature
        ("38", "Иркутская обл., Иванов Иван Петрович"),
        ("46", "Артём мусор не вывозят"),  # a first name heading the text: the writer
        ("46", "Тим мусор не вывозят"),
        (None, "Горки, качели и песочница сломаны"),  # a list
        (None, "Асбест, собаки соседа лают"),  # no clause right after the comma
        (None, "Асбест, собаки нападают на детей"),  # a clause, but no caller's region: may be the material (review
        # s18 #2, 15: "Асбест, шифер крошится")
        (None, "Спасибо, люди помогли"),
        (None, "шуя ул Свердлова прорвало трубу"),  # no caller's region: a lower-case word is no heading
        ("78", "садовая ул 5 яма"),
    ],
)
def test_no_town(region: str | None, text: str) -> None:
    assert _best(text, region) is None
