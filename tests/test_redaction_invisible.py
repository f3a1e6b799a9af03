"""Characters that show nothing (a zero-width space, a soft hyphen, a NUL, a word joiner, a BOM) inside a phone or
beside a name no longer keep them from being masked (walkthrough s19 D13: «8 914\\u200b 555 12 34» and
«Петров\\u200bИван Сергеевич» reached output files in clear; README's Dask recipe redacts with redact())."""

import time

import pytest

from mcu_nlp import find_personal_data, redact


@pytest.mark.parametrize("text,masked", [
    ("Нет воды, тел 8 914\u200b 555 12 34", "Нет воды, тел [PHONE]"),
    ("тел 8 914\x00 555 12 34", "тел [PHONE]"),
    ("звоните 8\u2060912\u2060345\u206067\u206089", "звоните [PHONE]"),
    ("Нет воды, Петров\u200bИван Сергеевич", "Нет воды, [PERSON]"),
    ("Пишет Иванов\x00 Иван Иванович", "Пишет [PERSON]"),
    ("Пет\u00adров Иван Сергеевич просит помочь", "[PERSON] просит помочь"),
])
def test_invisible_characters_are_masked_with_the_data_they_sit_in(text, masked):
    assert redact(text) == masked


def test_spans_hold_for_the_text_as_written_and_other_text_keeps_its_characters():
    text = "\ufeffнет\u200b света, тел 8 914\u200b 555 12 34"
    [span] = find_personal_data(text)
    assert text[span.start : span.stop] == "8 914\u200b 555 12 34" and span.kind == "PHONE"
    assert redact(text) == "\ufeffнет\u200b света, тел [PHONE]"
    assert redact(redact(text)) == redact(text)


def test_many_invisible_characters_are_read_in_linear_time():
    text = "Нет света\u200b " * 50_000
    start = time.process_time()
    assert redact(text) == text
    assert time.process_time() - start < 20
