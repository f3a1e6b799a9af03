"""A first name after a family word names a relative, as after «тётя» / «бабушка» (:mod:`mcu_nlp.name_kin`): «Брат
Виктор», «Внучка Маша», «Мама Лена» were kept in clear (review s18 #2, item 11). Sentences written for the test."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("Брат Виктор живет в Москве", "Брат [PERSON] живет в Москве"),
    ("Внучка Маша просит сделать горку", "Внучка [PERSON] просит сделать горку"),
    ("Мама Лена из родительского комитета", "Мама [PERSON] из родительского комитета"),
    ("сестра Оля не может пройти", "сестра [PERSON] не может пройти"),
    ("дочь Аня упала на льду", "дочь [PERSON] упала на льду"),
    ("сын Петя ходит в эту школу", "сын [PERSON] ходит в эту школу"),
    ("муж Коля звонил три раза", "муж [PERSON] звонил три раза"),
    ("живу с мужем Колей и дочерью Аней", "живу с мужем [PERSON] и дочерью [PERSON]"),
    ("у внука Пети астма", "у внука [PERSON] астма"),
])
def test_first_name_after_family_word_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", [
    "мама пришла с работы",
    "брат сказал, что воды нет",
    "Сын Божий",
    "Папа Карло",
    "Мать Тереза",
    "Сестра Милосердия",
    "Папа Римский",
    "папка Витя",  # «папка» is a folder: no kin word
    "у брата мир и покой",
    "Просьба проверить рекламу «мама Анна»",  # a shop's name in quotes
    "кафе \"Бабушка Нина\" закрыто",
])
def test_family_word_without_first_name_kept(text: str) -> None:
    assert redact(text) == text
