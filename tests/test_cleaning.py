"""Social-media clean-up rules of mcu_nlp.cleaning, one row per rule."""

from __future__ import annotations

import pytest

from mcu_nlp.cleaning import clean


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
