"""Session 48, a walkthrough as ЦУР Иркутской области (s47 D11): a place's name written as it sounds.

«тск» is said [цк] and residents write it so: "в иркуцке", "в центре иркуцка", "брацк", "якуцк". That is two letters
from the name, no one-letter typo; the gazetteer holds each form of a region or a town of 50,000+ people spelt so
(``sounded.SOUNDED_SPELLINGS``), unless the spelling is a word pymorphy3 knows. A smaller town's ("совецк", Советск)
or a district's ("в иркуцком районе") is not read; nor are «дск» or «цк» respelt.
"""

from __future__ import annotations

import pytest
from helpers import best_place

from mcu_nlp.geo import GeoResolver, best_municipality, forms
from mcu_nlp.geo.gazetteer import load_gazetteer
from mcu_nlp.geo.index import Builder
from mcu_nlp.geo.sounded import SOUNDED_SPELLINGS, add_sounded_spellings

IRKUTSK, BRATSK, YAKUTSK, PETROPAVLOVSK = "25701000", "25714000", "98701000", "30701000"
LIPETSK, DONETSK_61 = "42701000", "60717000"


def found(region: str | None, text: str):
    return best_municipality(GeoResolver(region=region).resolve(text), text)




def names(region: str | None, text: str) -> list[str]:
    return [p.name for p in GeoResolver(region=region).resolve(text)]


SOUNDED = [
    ("38", "в иркуцке яма", IRKUTSK),  # the walkthrough's: were nothing
    (None, "в иркуцке яма", IRKUTSK),
    ("38", "в центре иркуцка", IRKUTSK),
    (None, "в центре иркуцка", IRKUTSK),
    ("78", "в иркуцке яма", IRKUTSK),  # a big town: for any caller, as its name is
    ("38", "В Иркуцке третий день нет горячей воды", IRKUTSK),
    ("38", "Иркуцк, ул. Ленина 5, яма", IRKUTSK),
    ("38", "иркуцк ул ленина яма во дворе", IRKUTSK),
    ("38", "из иркуцка пишу, автобусы не ходят", IRKUTSK),
    ("38", "по иркуцку пробки", IRKUTSK),
    ("38", "в брацке нет света", BRATSK),
    (None, "в брацке нет света", BRATSK),
    ("38", "Брацк, мусор не вывозят", BRATSK),
    ("38", "в братцке нет света", BRATSK),  # a one-letter typo, as before
    ("14", "в якуцке холодно в квартире", YAKUTSK),
    (None, "Якуцк, ул. Ленина, яма", YAKUTSK),
    ("14", "жители якуцка жалуются на дороги", YAKUTSK),
    ("41", "в Петропавловске-Камчацком нет воды", PETROPAVLOVSK),
    ("38", "в иркутске яма", IRKUTSK),  # the names themselves, as before
    ("38", "в Братске нет света", BRATSK),
    ("48", "в Липецке яма", LIPETSK),
    ("61", "в Донецке нет воды", DONETSK_61),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), SOUNDED)
def test_a_name_written_as_it_sounds_is_that_place(region: str | None, text: str, oktmo: str) -> None:
    assert best_place(text, region) == oktmo


def test_it_reads_as_the_name_does() -> None:
    assert found("38", "в иркуцке яма").score == found("38", "в иркутске яма").score == 0.95
    assert names("38", "в иркуцкой области яма") == ["Иркутская область"]
    assert names(None, "Камчацкий край, Петропавловск-Камчацкий") == ["Камчатский край", "Петропавловск-Камчатский"]


# Near misses: a word, another spelling, a place too small or not a town
NOT_PLACES = [
    ("34", "суп с клецкой остыл"),  # «клецка», a word; станица Клетская's «клетской» is not respelt either
    (None, "немецкий язык в школе не преподают"),
    (None, "в детском саду холодно"),
    ("38", "братцы, помогите, нет воды"),
    ("38", "в совецке нет воды"),  # Советск, 41,687 people: not respelt
    ("43", "в совецке нет воды"),
    ("38", "в липетске яма"),  # «цк» as «тск»: not respelt
    ("54", "в берцке яма"),  # «дск» as «цк» (Бердск): not respelt
    ("38", "в иркуцком районе яма"),  # a district's forms: not respelt
]


@pytest.mark.parametrize(("region", "text"), NOT_PLACES)
def test_no_place_where_no_name_is_respelt(region: str | None, text: str) -> None:
    assert best_place(text, region) is None


def test_a_spelling_the_dictionary_knows_is_no_key() -> None:
    b = Builder()
    town = b.add(name="Клетск", kind="municipality", oktmo="", mun=-1, region_code="34", population=100_000)
    b.post("клетской", town, forms.FREE)  # a made-up big town whose form respelt is «клецкой», a dumpling's
    b.post("клетскова", town, forms.PERSON_NAME)
    add_sounded_spellings(b)
    assert "клецкой" not in b.index and b.index.get("клецкова") == {town: forms.PERSON_NAME}  # at its form's level


def test_only_regions_and_big_towns_are_respelt() -> None:
    index = load_gazetteer().index
    assert {"иркуцк", "иркуцке", "брацка", "якуцку", "иркуцкой области"} <= index.keys()
    assert "советске" in index and "совецке" not in index  # Советск, 41,687 people
    assert "иркутском районе" in index and "иркуцком районе" not in index


def test_the_rules_are_data() -> None:
    assert SOUNDED_SPELLINGS == (("тск", "цк"),)
