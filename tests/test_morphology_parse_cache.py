"""The analyzer's cached ``parse`` (session 61, issue #3: the address, place and name readers parsed the same forms
again) gives what pymorphy3's own parse gives, as a list each caller may change, within a bounded cache."""

from __future__ import annotations

import pymorphy3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp import morphology
from mcu_nlp.morphology import analyzer

#: Dictionary words, names and places, forms of one word, hyphenated words (pymorphy3 parses their parts through
#: ``parse`` again), unknown and Latin words, capitals, numbers, «ё», a Tangut letter (no Unicode name)
WORDS = ["дом", "домов", "стали", "Киров", "киров", "уфа", "петренко", "иванова", "кое-как", "северо-западный",
         "интернет-магазин", "zzz", "wifi", "ёлка", "елка", "12", "5-й", "ул", "г", "не", "снимки", "\U00017000в",
         "ДОМ", "аааааа", "тюмень-сити", ""]


@pytest.fixture(scope="module")
def plain() -> pymorphy3.MorphAnalyzer:
    """pymorphy3's analyzer as it comes (no cache), beside the package's shared one."""
    return pymorphy3.MorphAnalyzer()


def _readings(parses) -> list[tuple]:
    return [(p.word, str(p.tag), p.normal_form, p.score, repr(p.methods_stack)) for p in parses]


@pytest.mark.parametrize("word", [w for w in WORDS if w != "\U00017000в"])
def test_a_cached_parse_is_pymorphy3s(plain, word) -> None:
    first, again = analyzer().parse(word), analyzer().parse(word)  # the second from the cache
    assert _readings(first) == _readings(again) == _readings(plain.parse(word))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВ-xZ5", max_size=12))
def test_any_form_parses_as_pymorphy3_parses_it(plain, word) -> None:
    analyzer().parse(word)
    assert _readings(analyzer().parse(word)) == _readings(plain.parse(word))


def test_a_caller_changing_its_list_changes_no_other_callers() -> None:
    parses = analyzer().parse("стали")
    expected = _readings(parses)
    parses.clear()
    assert _readings(analyzer().parse("стали")) == expected and expected


def test_the_cache_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(morphology, "PARSE_CACHE_LIMIT", 3)
    for word in WORDS:
        analyzer().parse(word)
    assert len(morphology._PARSES) <= 3
    assert _readings(analyzer().parse("домов"))[0][2] == "дом"
