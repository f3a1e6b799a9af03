"""Texts spaced with no-break spaces or tabs alone are redacted in linear time (session 30's review: the home-address
reader widened each reading to a word's edge at « » or a line break only, so such a text was read from its start for
each home phrase: 8,000 characters of «у нас на Комарова 28 кв. 15» with no-break spaces took 14 s, 100,000 more than
12 minutes)."""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact

PATTERNS = {
    "nbsp_ours": "у\xa0нас\xa0на\xa0Комарова\xa028\xa0кв.\xa015\xa0",
    "nbsp_named": "ее\xa0адрес\xa0Ленина\xa0150\xa0кв\xa024\xa0",
    "nbsp_own": "мой\xa0дом\xa0-\xa0Королева\xa010/2\xa0",
    "nbsp_home": "живу\xa0на\xa0Ленина\xa05-12\xa0",
    "tab_ours": "у\tнас\tна\tКомарова\t28\tкв.\t15\t",
    "thin_home": "проживаю\u2009по\u2009адресу\u2009Мира\u20093-45\u2009",
}


@pytest.mark.parametrize("pattern", list(PATTERNS.values()), ids=list(PATTERNS))
def test_texts_without_ordinary_spaces_are_read_in_linear_time(pattern: str) -> None:
    assert grows_linearly(redact, pattern, sizes=(25_000, 100_000))


@pytest.mark.parametrize(("text", "masked"), [
    ("у\xa0нас\xa0на\xa0Комарова\xa028\xa0кв.\xa015 течёт крыша", "Комарова"),
    ("живу\tна\tЛенина\t5-12, нет воды", "Ленина"),
])
def test_such_texts_are_still_masked(text: str, masked: str) -> None:
    assert masked not in redact(text)
