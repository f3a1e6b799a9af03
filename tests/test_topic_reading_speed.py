"""The topic view's cheap address tests, searched from the marks only and the street words grouped by their first letter
(session 60, issue #3), find what their patterns find: :data:`~mcu_nlp.topic.reading.NEAR_CLAUSE_START` and
:data:`~mcu_nlp.topic.reading.PLACE_CLAUSE` as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.topic.reading import NEAR_CLAUSE_START, PLACE_CLAUSE, _near_clause_start, _place_clause_words

#: Pieces an address test turns on: marks (a dash after a space is one), spaces of several kinds, street and
#: settlement words in both cases, «д»/«с» before a dot or a number, «дом №», capitalised and lower-case words
PIECES = [",", ";", ":", ".", "!", "?", "(", ")", "\n", "—", "–", "-", " -", "\n-", " ", "  ", "\t", "\xa0", "\u2028",
          "ул", "УЛ", "улица", "пр-т", "пр-кт", "Пр", "просп", "переулок", "пер", "шоссе", "Ш", "бульвар", "б-р", "наб",
          "пл", "площадью", "мкр", "микрорайона", "проезд", "тупик", "аллея", "корп", "стр", "лит", "кв", "КВ", "г",
          "гор",
          "пгт", "пос", "поселке", "посёлком", "дер", "деревня", "рп", "село", "станица", "области", "обл", "край",
          "районе", "р-н", "рн", "республика", "респ", "округа", "д", "Д", "с", "С", "дом", "дома №", "№", "5", "12а",
          "Уфа", "Липецк", "Советский", "саранск", "мусор", "Яма", "ᲃ", "ё", "Ё", "_", "x", "Z", "у", "п", "ул5"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _old_words(text: str) -> list[str]:
    return [word for match in PLACE_CLAUSE.finditer(text) for word in match.groups() if word]


@settings(max_examples=3000, deadline=None)
@given(st.one_of(TEXTS, st.text(alphabet=",.;:-( \n\xa0удсгУДСГлЛ5№Уфа", max_size=30)))
def test_address_tests_find_what_their_patterns_find(text):
    assert _near_clause_start(text) == (NEAR_CLAUSE_START.search(text) is not None)
    assert _place_clause_words(text) == _old_words(text)


@pytest.mark.parametrize("text", [
    "", " ", ",", "ул", " -ул. Мира", "\n-д.5", "Яма -д 5", "Уфа", "Уфа, Липецк", ", Уфа ,Липецк.", "яма\nс 5",
    "саранск. нет воды", "нет воды,саранск", "Яма (Советский Район) - Уфа", "г.Уфа", "Советский район, ул. Мира 5",
    "яма. у дома", "Яма, пос. Мир", "Нет воды. Горы", "Шум, ш", "шум, шоссе", "п. Мга", "яма, пр-кт Мира", "Яма; ᲃело",
])
def test_address_tests_on_cases(text):
    assert _near_clause_start(text) == (NEAR_CLAUSE_START.search(text) is not None)
    assert _place_clause_words(text) == _old_words(text)
