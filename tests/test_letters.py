"""One definition of the Russian vowel letters (mcu_nlp.letters) and of the characters whose names look like a
person's (name_characters.CHARACTERS): five modules had their own vowel set, name_kin its own characters."""

import mcu_nlp
from mcu_nlp import letters, name_characters, name_kin, name_spellings
from mcu_nlp.geo import declension, town_areas, town_words


def test_the_vowel_sets_are_the_one_of_letters():
    assert frozenset("аеёиоуыэюя") == letters.VOWELS
    assert name_spellings.VOWELS is letters.VOWELS
    assert declension.VOWELS is letters.VOWELS
    assert town_words.VOWELS is letters.VOWELS  # its keys fold «ё» into «е»: the set without «ё» was the same
    assert town_areas.VOWELS_OR_SOFT_SIGN is letters.VOWELS_OR_SOFT_SIGN == letters.VOWELS | {"ь"}


def test_the_characters_are_one_set():
    assert name_kin.CHARACTERS is name_characters.CHARACTERS
    assert ("папа", "карло") in name_characters.CHARACTERS


def test_characters_stay_in_clear_and_a_relative_is_masked():
    assert mcu_nlp.redact("Приходил Папа Карло, спрашивал про столяра") == "Приходил Папа Карло, спрашивал про столяра"
    assert mcu_nlp.redact("Письмо Деду Морозу опустили в ящик") == "Письмо Деду Морозу опустили в ящик"
    assert "Зульфия" not in mcu_nlp.redact("Тётя Зульфия из 5 квартиры заливает нас")
