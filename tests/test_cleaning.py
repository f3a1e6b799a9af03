"""Social-media clean-up rules of mcu_nlp.cleaning, one row per rule."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.cleaning import HAS_URL, TEMPERATURE, clean, may_hold_temperature


def squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>Нет <b>воды</b></p>", "нет воды"),
        ("a &lt; b &amp; c&nbsp;d", "a < b & c d"),
        ("см. https://vk.com/wall-1_2?x=1 тут", "см. тут"),
        ("см. www.gorod.gov.spb.ru/problems тут", "см. тут"),
        ("сайт admkursk.ru не работает", "сайт не работает"),
        ("почта a.b-c@mail.ru тут", "почта тут"),
        ("пишу @adm_89 и @mchs", "пишу и"),
        ("#НетОтопления #ЯНАО2021 #снег_на_дорогах", "нет отопления янао 2021 снег на дорогах"),
        ("ВСЁ ЗАЛИТО", "все залито"),
        ("Caлexapд и Hoвый Уpeнгoй", "салехард и новый уренгой"),
        ("Wi-Fi и email", "wi-fi и email"),
        ("-40°C", "темп_минус_40"),
        ("+14 в квартире", "темп_плюс_10 в квартире"),
        ("5 градусов тепла", "темп_0 тепла"),
        ("-7,5°", "темп_минус_0"),
        ("дом 5-7, кв. 12", "дом 5-7, кв. 12"),
        ("+7 912 345 67 89", "+7 912 345 67 89"),
        ("Санкт\u2011Петербург \u2014 город", "санкт-петербург - город"),
        ("да\u0301льше\u200b\x00\ufffc", "дальше"),
        ("Новыи\u0306 дом, И\u0306ошкар-Ола, е\u0308лка", "новый дом, йошкар-ола, елка"),  # decomposed (NFD) й and ё
    ],
)
def test_rules(text: str, expected: str) -> None:
    assert squeeze(clean(text)) == expected


def test_emoji_and_punctuation_are_left_for_the_tokeniser() -> None:
    assert squeeze(clean("лифт 😡!!!")) == "лифт 😡!!!"


def _case_shifts(char: str) -> bool:
    """Whether a case mapping of ``char`` changes its length or takes it out of (or into) ASCII."""
    mapped = (char.lower(), char.upper(), char.casefold())
    return any(len(m) != 1 or (m != char and m.isascii() != char.isascii()) for m in mapped)


#: "İ" (lower case "i" + a combining dot), the Kelvin sign (lower case a Latin "k"), "ß", "ŉ", "ﬁ" and the rest
CASE_SHIFTERS = [c for c in map(chr, range(sys.maxunicode + 1)) if not "\ud800" <= c <= "\udfff" and _case_shifts(c)]
CONTEXTS = ["{}", "Кот{}кот", "{}от", "x{}", "#{}Ab", "{} -5°", "&amp;{}"]


def test_the_case_shifters_include_the_known_ones() -> None:
    assert {"\u0130", "\u212a", "ß", "ŉ", "ﬁ", "ẞ"} <= set(CASE_SHIFTERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İstanbul", "istanbul"),  # was "i̇stanbul" with a combining dot, which a second clean dropped
        ("КотKкот", "котккот"),  # Kelvin sign: was a Latin "k" inside a Cyrillic word
        ("ß ŉ ﬁ ẞ", "ß ŉ ﬁ ß"),
    ],
)
def test_case_shifters(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize("context", CONTEXTS)
def test_clean_is_idempotent_on_every_case_shifter(context: str) -> None:
    once = {c: clean(context.format(c)) for c in CASE_SHIFTERS}
    assert [c for c, text in once.items() if clean(text) != text] == []


WORDS = st.sampled_from(["Нет", "ВОДЫ", "Caлexapд", "Wi-Fi", "#НетОтопления", "-40°", "+14", "5", "&amp;", "<b>"])
PIECES = WORDS | st.sampled_from(CASE_SHIFTERS) | st.text(st.sampled_from(CASE_SHIFTERS + list("AaКк .,-")), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12).map(" ".join))
def test_clean_is_idempotent_with_case_shifters(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<a<a>>", " "),  # session 25: cleaned to "<a >" once, " " twice
        ("нет <b<i>> воды <a <b>>", "нет   воды  "),
        ("<p<p<p<b>>>>x", " x"),
        ("<a <<b>> 5 < 7 >", "<a < > 5 < 7 >"),  # a "<" that starts no tag stays, and no tag spans it
        ("<a " + "x" * 498 + "<b>>, <a " + "x" * 499 + "<b>>", " , <a " + "x" * 499 + " >"),  # TAG's 500 characters
    ],
)
def test_tags_that_removing_a_tag_makes_go_too(text: str, expected: str) -> None:
    assert clean(text) == expected
    assert clean(expected) == expected


TAGGY = st.text(st.sampled_from(["<", ">", "a", "b", "/", "!", " ", "Н"]), max_size=30)


@settings(max_examples=300, deadline=None)
@given(TAGGY)
def test_clean_is_idempotent_with_nested_tags(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


#: HAS_URL as written before session 60: the alternation of its three cues
URL_CUE = r"[hH][tT][tT][pP][sS]?:|[wW]{3}\.|\.(?:ru|RU|Ru|рф|РФ|su|com|COM|org|net|info)\b"
URL_PIECES = ["h", "H", "t", "T", "p", "s", "S", ":", "w", "W", ".", "..", "ru", "RU", "рф", "su", "com", "COM", "org",
              "net", "info", "infos", "Ru", "rU", " ", "5", "_", "я", "www", "http"]


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(URL_PIECES), max_size=12).map("".join),
                 st.text(alphabet="hHtTpPsS:wW.ruRUрфРФ ", max_size=20)))
def test_url_guard_finds_what_its_alternation_finds(text):
    """HAS_URL, led by one class, finds a URL's cue in the texts its plain alternation (URL_CUE) finds one in."""
    assert (HAS_URL.search(text) is None) == (re.search(URL_CUE, text) is None)


TEMPERATURE_PIECES = ["5", "14", "-", "+", "−", "°", "градус", "градусов", "Градус", " ", ".", ",", "C", "С", "(",
                      "дом", "а", "\n", "٣"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(TEMPERATURE_PIECES), max_size=10).map("".join))
def test_a_temperature_holds_a_cue(text):
    """clean skips TEMPERATURE where may_hold_temperature says no: it would have found nothing there."""
    assert may_hold_temperature(text) or TEMPERATURE.search(text) is None
