"""Session 50: a village the gazetteer lacks, named without its type word, found by its поселение when the caller's
region is given (``mcu_nlp.geo.poselenie``, BARE_SCORE): blind46 found «Учкулан» and «Архыз» only after «с.»; a town in
lower case after its part in a cased text (``letter_case.part_before_town``). The first test's cases find nothing on
the parent (708798c), the last test's first finds Санкт-Петербург's Калининский район."""

from __future__ import annotations

import pytest
from helpers import best_place


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("в Учкулане нет света второй день", "09", "91615000"),  # Учкуланское поселение, Карачаевский район
        ("Учкулан, нет света", "09", "91615000"),
        ("Хужир, паром не ходит", "38", "25630000"),  # Хужирское поселение, Ольхонский район
        ("Култук, в магазине нет хлеба", "38", "25634000"),  # Култукское поселение, Слюдянский район
        ("Архыз, дорогу завалило камнями", "09", "91610000"),  # Архызское поселение, Зеленчукский район
        ("с. Архыз, дорогу завалило камнями", "09", "91610000"),  # typed, as before
    ],
)
def test_a_village_without_its_type_word_in_the_callers_region(text, region, expected):
    assert best_place(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("в Учкулане нет света второй день", None),  # no caller's region: too little to go on
        ("в Учкулане нет света второй день", "77"),  # another region's stem
        ("в учкулане нет света", "09"),  # a cased text with the word in lower case
        ("Учкулан нет света", "09"),  # opening the text without ending its clause
        ("Говорят в Учкулане нет света", None),
        # a place the dictionary knows that the gazetteer lacks: a lake, a country
        ("Турбазы сливают стоки в Байкал", "38"),
        ("Страшно жить в России, ЖКХ дорожает", "24"),
        # half of a hyphenated name
        ("Будет ли в этом году фестиваль в Никола-Ленивце?", "38"),
    ],
)
def test_a_bare_village_needs_the_callers_region_and_a_place_s_position(text, region):
    assert best_place(text, region) is None


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a town in lower case after its part in a cased text (Башкортостан walkthrough D5: СПб's Калининский район)
        ("в Калининском районе уфы прорвало трубу", None, "80701000"),
        ("Во Фрунзенском районе казани нет воды", None, "92701000"),
        ("в Калининском районе Уфы прорвало трубу", None, "80701000"),  # capitalised, as before
    ],
)
def test_a_lower_case_town_after_its_part(text, region, expected):
    assert best_place(text, region) == expected
