"""The lexicon's sentences (:data:`mcu_nlp.lexicon_words.SENTENCE`), a run of ordinary characters taken at once
(session 60, issue #3), are the sentences of the pattern as written before, one character per repetition."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.lexicon_words import SENTENCE

#: SENTENCE before session 60
ONE_BY_ONE = re.compile(
    r"(?:[^.!?;\n]|(?<![а-яa-z][а-яa-z])(?<=[а-яa-z])\.|(?<=\b(?:ул|эл|пр|кв|им|ст|пл|шт|см|бл))\.|"
    r"(?<=\b(?:пер|наб|мкр|пос|обл|тел|руб|бул|пгт|дер|стр|лит|кор))\.|(?<=\bкорп)\.|(?<=\bпросп)\.|(?<=\d)\.(?=\d))+"
)
PIECES = [".", "..", "!", "?", ";", "\n", " ", "ул", "корп", "просп", "пгт", "т", "к", "д", "ab", "a", "5", "08", "ё",
          "дом", "Ул", "_", "x"]


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
                 st.text(alphabet=".!?;\n улкорпdт5a", max_size=30)))
def test_sentences_as_one_character_at_a_time(text):
    assert [m.span() for m in SENTENCE.finditer(text)] == [m.span() for m in ONE_BY_ONE.finditer(text)]
