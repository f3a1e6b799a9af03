"""Session 69, an Ульяновская область walkthrough's D7: a cell holding only a byte order mark was analysed as an
appeal (other, normal) where an empty or blank one is the row's error."""

import pytest

import mcu_nlp


@pytest.mark.parametrize("text", ["\ufeff", " \u200b ", "\u2060\u00ad", "\ufeff\n\t"])
def test_invisible_characters_only_are_an_empty_text(text: str) -> None:
    assert [row.error for row in mcu_nlp.analyze_batch([text, "нет воды"])] == ["empty text", None]


def test_a_text_after_a_bom_is_read() -> None:
    assert mcu_nlp.analyze("\ufeffнет воды третий день").error is None
