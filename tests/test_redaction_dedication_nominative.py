"""«им.» (= «имени») takes the genitive: «ул. им. Петрова Ивана Сергеевича». A surname, first name and patronymic in
the nominative after «им» are a person («спасибо им Петров Иван Сергеевич»: «им» = to them); they were kept in clear
and written to a batch job's output (walkthrough s18 D13). Sentences written for the test."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("всё устранили, спасибо им Петров Иван Сергеевич", "всё устранили, спасибо им [PERSON]"),
    ("спасибо им. Петров Иван Сергеевич", "спасибо им. [PERSON]"),
    ("спасибо им Хайруллина Гульнара Рашитовна", "спасибо им [PERSON]"),
    ("Это сделал им Петров Иван Сергеевич", "Это сделал им [PERSON]"),
    ("СПАСИБО ИМ ПЕТРОВ ИВАН СЕРГЕЕВИЧ", "СПАСИБО ИМ [PERSON]"),
])
def test_nominative_name_after_im_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", [
    "школа им. Пушкина Александра Сергеевича",
    "ул. им. Петрова Ивана Сергеевича, д. 5",
    "ул. им. Петрова, д. 5",
    "школа им. Пушкина",
    "сквер имени Хайруллиной Гульнары Рашитовны",  # «Рашитовны» is the genitive too
    "гимназия имени Ивана Петрова",
])
def test_dedications_kept(text: str) -> None:
    assert redact(text) == text
