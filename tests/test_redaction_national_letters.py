"""Names spelt with the letters of Russia's other Cyrillic alphabets are masked as their Russian spellings are.

A Татарстан walkthrough (session 30) found «Шайхутдинова Гөлнара Фәрит кызы» and «Фәридә Габдуллина» in clear, in
``redact`` and in what ``mcu-nlp analyze`` writes, while «Фарида Габдуллина» was masked: the rules read «ә», «ө»,
«ү» as no letter. Redaction now reads each such letter as the Russian one closest to it, one for one, so the masks
fall on the text as written and every other word keeps its own letters.
"""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact
from mcu_nlp.redaction import NATIONAL_LETTERS

MASKED = [
    # (text, the personal data that must be gone, what must stay as written)
    ("Я, Шайхутдинова Гөлнара Фәрит кызы, прошу помочь", ("Гөлнара", "Фәрит", "Шайхутдинова"), "прошу помочь"),
    ("Фәридә Габдуллина звонила вчера в управляющую компанию", ("Фәридә", "Габдуллина"), "звонила вчера"),
    ("Хәерле көн! Мин Зөһрә Габдрахманова, дом 5 кв 12 не топят", ("Зөһрә", "Габдрахманова"), "Хәерле көн!"),
    ("Заявитель: Ғайсина Зөлфиә Рәшит ҡыҙы, с. Аскарово", ("Ғайсина", "Зөлфиә", "Рәшит"), "с. Аскарово"),  # Bashkir
    ("Звоните Ұлжан Қасымовой 8 701 123 45 67, она всё расскажет", ("Ұлжан", "Қасымовой", "123"), "всё расскажет"),
    ("С уважением, Олексій Ґудзенко", ("Олексій", "Ґудзенко"), "С уважением"),  # Ukrainian
    ("Прошу принять меры. Һардаана Ноговицына, г. Якутск", ("Һардаана", "Ноговицына"), "г. Якутск"),  # Yakut
]


@pytest.mark.parametrize(("text", "gone", "kept"), MASKED)
def test_a_name_in_national_letters_is_masked(text: str, gone: tuple[str, ...], kept: str) -> None:
    out = redact(text)
    assert "[PERSON]" in out and kept in out, out
    assert not any(word in out for word in gone), out


@pytest.mark.parametrize("text", [
    "Казанда су юк өч көн инде, Әлмәт урамында",
    "Рәхмәт коммунальщикам за уборку снега! Бик яхшы",
    "Өйдә газ исе килә!",
])
def test_text_without_personal_data_is_kept_with_its_own_letters(text: str) -> None:
    assert redact(text) == text


def test_the_reading_is_one_letter_for_one() -> None:
    national = "ӘәӨөҮүҖҗҢңҺһҒғҚқҠҡҘҙҪҫӐӑӖӗӲӳҰұІіЇїЄєҐґЎўҔҕҤҥӦӧӰӱӒӓӸӹӜӝӞӟӤӥӴӵӔӕ"
    read = national.translate(NATIONAL_LETTERS)
    assert len(read) == len(national) and all("А" <= ch <= "я" for ch in read)
    assert all(a.isupper() == b.isupper() for a, b in zip(national, read, strict=True))


@pytest.mark.parametrize(("text", "gone"), [
    ("Фəридə Габдуллина звонила", "Габдуллина"),  # a Latin schwa, as Tatar and Azerbaijani Latin write it
    ("Əсма Габдуллина, кв 5", "Əсма"),
    ("Фäридä Габдуллина звонила", "Фäридä"),
    ("Меня зовут Олексiй Гудзенко", "Гудзенко"),  # a Latin «i» for «і»: the mask cut the word, the surname leaked
    ("Вiктор Петренко, кв 5", "Петренко"),
])
def test_latin_stand_ins_inside_a_cyrillic_name(text: str, gone: str) -> None:
    out = redact(text)
    assert "[PERSON]" in out and gone not in out, out


@pytest.mark.parametrize("text", ["Jürgen Müller приедет", "Wi-Fi в школе не работает", "Kia Rio стоит на газоне"])
def test_latin_words_keep_their_letters(text: str) -> None:
    assert redact(text) == text


def test_an_e_mail_with_an_i_is_still_one() -> None:
    assert redact("пишите ivan.ivanov@mail.ru, Олексiй") == "пишите [EMAIL], Олексiй"


def test_a_long_word_beside_a_latin_stand_in_is_read_in_linear_time() -> None:
    assert grows_linearly(redact, "Олексiй " + "а" * 5_000 + " ", sizes=(25_000, 100_000))
