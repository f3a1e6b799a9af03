"""Session 47: an «Adjective Noun» name of two dictionary words whose oblique forms pymorphy3 does not give
(«большая» read as «больший»: Большая Речка, Большая Соснова, Новая Ляда) is found with a capital on each word or
after a type word (``forms.TITLE_PHRASE``); in lower case, in capitals, opening a sentence or before a noun the pair
qualifies it stays an ordinary phrase (session 46's review: "у большой речки мусор"). A federal city's territory of
any level beside its city's name counts ("Питер, Пушкин, яма"); one of a word's, a person's or an adjective's level
only before an address's next part or a report (session 49: tests/test_geo_review_s49.py)."""

from __future__ import annotations

import pytest
from helpers import best_place

from mcu_nlp.geo.declension import case_forms, title_phrase_forms
from mcu_nlp.geo.forms import TITLE_PHRASE
from mcu_nlp.geo.gazetteer import load_gazetteer

IRKUTSKY, B_SOSNOVA, TAMBOVSKY = "25612000", "57508000", "68540000"


TITLED = [
    ("38", "в Большой Речке нет света", IRKUTSKY),  # was nothing (session 46's review)
    (None, "в Большой Речке нет света", IRKUTSKY),
    ("38", "жители Большой Речки просят отремонтировать дорогу", IRKUTSKY),
    ("38", "С Большой Речкой нет связи третий день", IRKUTSKY),
    ("38", "в деревне большой речке нет света", IRKUTSKY),  # a type word is evidence in any case
    ("59", "в Большой Сосновой нет газа", B_SOSNOVA),
    ("68", "в Новой Ляде нет воды", TAMBOVSKY),
]
PHRASES = [
    ("38", "у большой речки мусор"),
    ("38", "в большой речке нет света"),
    ("38", "В БОЛЬШОЙ РЕЧКЕ НЕТ СВЕТА"),  # capitals say nothing of a name
    ("38", "Большой речке повезло, мост починили"),  # a sentence's first word has its capital anyway
    ("38", "на берегу Большой речки свалка"),  # the noun in lower case
    ("59", "в Большой Сосновой роще мусор"),  # the pair qualifies «роще»
    (None, "в Большой Сосновой роще мусор"),
    ("68", "в новой ляде вода"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), TITLED)
def test_a_titled_pair_of_dictionary_words_is_the_place(region: str | None, text: str, oktmo: str) -> None:
    assert best_place(text, region) == oktmo


@pytest.mark.parametrize(("region", "text"), PHRASES)
def test_the_pair_in_lower_case_stays_a_phrase(region: str | None, text: str) -> None:
    assert best_place(text, region) is None


def test_title_phrase_forms_are_the_ones_case_forms_leaves_out() -> None:
    forms = title_phrase_forms("Большая Речка")
    assert forms == {"большой речке", "большой речки", "большой речкой"}
    assert not forms & case_forms("Большая Речка")
    assert title_phrase_forms("Большая Мурта") == set()  # «мурте» is no dictionary word: case_forms has them
    # the shipped gazetteer posts them at TITLE_PHRASE, the name's own forms as before
    index = load_gazetteer().index
    assert {level for key in forms for _, level in index[key]} == {TITLE_PHRASE}
    assert {level for _, level in index["большая речка"]} != {TITLE_PHRASE}


# A federal city's territory of any level beside its city's name, as parts of one address: Пушкин (a person's name's
# level) was found only at a text's head or after «г.»; since session 49 only before an address's part or a report
PUSHKIN = "40397000"
BESIDE_CITY = [
    (None, "Питер, Пушкин, яма на дороге", PUSHKIN),  # was nothing
    ("78", "Питер, Пушкин, яма на дороге", PUSHKIN),  # was Санкт-Петербург
    ("78", "СПб, Пушкин, ул. Московская 5, яма", PUSHKIN),
    (None, "Санкт-Петербург, Пушкин, Конюшенная 11. Полное отсутствие уборки территории", PUSHKIN),
    (None, "г. Санкт-Петербург, Горелово, ул. Коммунаров, д.118", "40359000"),  # a local name, as before
]
NOT_BESIDE = [
    ("77", "Москва, Пушкин, памятник грязный", "45000000"),  # Пушкин is Петербург's: no territory of Москва
    (None, "Санкт-Петербург, Пушкин А.С., памятник облез", "40000000"),  # the poet (initials after)
]


@pytest.mark.parametrize(("region", "text", "oktmo"), BESIDE_CITY + NOT_BESIDE)
def test_a_territory_beside_its_federal_city(region: str | None, text: str, oktmo: str) -> None:
    assert best_place(text, region) == oktmo
