"""A Russian word typed whole in Latin look-alike capitals among Russian capitals («HET CBETA B ДEPEBHE») is read as
Cyrillic (session 14); a Latin word there (OK, TOP, HOT) stays Latin; a building part's letter («секция B») is read
as Cyrillic since session 15 (tests/test_lookalike_building_letters.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.cleaning import fold_lookalikes
from mcu_nlp.lexicon import find_signals
from mcu_nlp.normalization import normalize

LATIN = str.maketrans("АВСЕНКМОРТХУ", "ABCEHKMOPTXY")

# (as typed, as meant): whole words in Latin capitals beside Russian or mixed capitals
FOLDED = [
    ("НЕТ CBETA B ДEPEBHE уже 2 дня", "НЕТ СВЕТА В ДЕРЕВНЕ уже 2 дня"),
    ("HET BOДЫ", "НЕТ ВОДЫ"),
    ("B ДOME HET CBETA", "В ДОМЕ НЕТ СВЕТА"),
    ("Жалоба. B ПОДЪЕЗДЕ HET CBETA!", "Жалоба. В ПОДЪЕЗДЕ НЕТ СВЕТА!"),
    ("ОПЯТЬ HET ТЕПЛА, ХOЛOДHO", "ОПЯТЬ НЕТ ТЕПЛА, ХОЛОДНО"),
]

# Latin words that stay as written
KEPT = [
    "ОТЕЛЬ TOP, ВСЁ OK",
    "ЗАКАЗАЛ CAT И HOT DOG",
    "ЖК HOME ПЛОХО УБИРАЮТ",
    "ВЫЗВАЛ TAXI COM",
    # a building part's letter is folded since session 15: tests/test_lookalike_building_letters.py
    "HET CBETA",  # no Russian word beside: may be Latin
    "МОЙ EMAIL: HET",  # a Latin word between splits the run
    "Нет света в доме B",
]


@pytest.mark.parametrize(("typed", "meant"), FOLDED)
def test_a_russian_word_in_latin_capitals_among_russian_capitals_is_read_as_cyrillic(typed: str, meant: str) -> None:
    assert fold_lookalikes(typed) == meant
    assert normalize(typed) == normalize(meant)


@pytest.mark.parametrize("text", KEPT)
def test_latin_words_stay(text: str) -> None:
    assert fold_lookalikes(text) == text


@pytest.mark.parametrize(("typed", "meant"), FOLDED)
def test_the_fold_is_idempotent_and_keeps_offsets(typed: str, meant: str) -> None:
    once = fold_lookalikes(typed)
    assert fold_lookalikes(once) == once and len(once) == len(typed)
    assert normalize(normalize(typed)) == normalize(typed)


def test_the_urgency_lexicon_reads_it_too() -> None:
    # every reader of raw text folds through fold_lookalikes: the same signals at the same offsets
    typed = "HET BOДЫ И CBETA B ДOME"
    assert [(s.name, s.start, s.stop) for s in find_signals(typed)] == [
        (s.name, s.start, s.stop) for s in find_signals("НЕТ ВОДЫ И СВЕТА В ДОМЕ")
    ]
    assert find_signals(typed)


def test_the_cases_typed_as_latin() -> None:
    # the texts above are the meant ones with those words' letters made Latin, not other texts
    for typed, meant in FOLDED:
        assert all(a == b or a.translate(LATIN) == b for a, b in zip(meant, typed, strict=True))


WORDS = ["HET", "CBETA", "B", "C", "T", "A", "OK", "TOP", "ДОМЕ", "ДEPEBHE", "В", "секции", "Нет", "WIFI", "2", "XOЛ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "\n", "  ", "-"])), max_size=12))
def test_idempotent_and_one_letter_for_one_on_runs_of_capitals(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    once = fold_lookalikes(text)
    assert len(once) == len(text) and fold_lookalikes(once) == once
    assert normalize(normalize(text)) == normalize(text)
