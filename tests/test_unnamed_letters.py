"""Letters that Python's unicodedata gives no name (6,145 Tangut ideographs and supplements) reached pymorphy3,
which asks ``unicodedata.name`` for each letter of an unknown word: ``ValueError: no such name`` out of
``redact``, found by tests/test_properties.py's hypothesis run (a text starting with «𗀀» before a capitalised word)."""

import pytest

import mcu_nlp
from mcu_nlp.morphology import analyzer, lemma

LETTERS = ["\U00017000", "\U00018000", "\U000187f0"]  # Tangut ideographs


@pytest.mark.parametrize("letter", LETTERS)
def test_text_with_an_unnamed_letter_is_read(letter: str) -> None:
    text = f"{letter}В Салехарде нет отопления, звоните Иванову Ивану 89123456789"
    masked = mcu_nlp.redact(text)
    assert "89123456789" not in masked and "Салехарде нет отопления" in masked
    assert "салехард" in mcu_nlp.normalize(text)
    found = mcu_nlp.analyze(text)
    assert found.error is None and found.urgency == "critical"


@pytest.mark.parametrize("letter", LETTERS)
def test_the_analyzer_and_lemmas_take_such_a_word(letter: str) -> None:
    assert lemma(f"{letter}в") == f"{letter}в"
    assert analyzer().parse(f"{letter}в")[0].tag.POS is None
