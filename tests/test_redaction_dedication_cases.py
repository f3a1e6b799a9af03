"""«им.» (= «имени») takes the genitive («школа им. Пушкина А.С.»). A surname or first name after «им» that reads in
no genitive (the nominative «Смирнов П.А.», «Смирнов Петр», the dative «Смирнову Петру Алексеевичу») is a person
(«спасибо им ...»: «им» = to them); they were kept in clear (review s18 #2, item 3). Sentences written for the test."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("Спасибо им Смирнов П.А. за ремонт", "Спасибо им [PERSON] за ремонт"),
    ("Спасибо им Сидоров И.И. и Петрова А.А.", "Спасибо им [PERSON] и [PERSON]"),
    ("Благодарим им Смирнов Петр за ремонт", "Благодарим им [PERSON] за ремонт"),
    ("Спасибо им Смирнову Петру Алексеевичу", "Спасибо им [PERSON]"),
    ("спасибо им. Сидорову И.И.", "спасибо им. [PERSON]"),
    ("СПАСИБО ИМ СМИРНОВ П.А.", "СПАСИБО ИМ [PERSON]"),
])
def test_name_after_im_in_another_case_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", [
    "школа им. Пушкина А.С.",
    "ул. им. Петрова",
    "у дома им. Героя Советского Союза Иванова",
    "лицей им. Н.Э. Баумана",
    "школа им. Ахмедова Р.Р.",  # «Ахмедов» is first «of the Ахмеды»; «Ахмедова» a genitive
    "ДК им. Карла Маркса",
    "ул. им. Ивана Черных",  # «Черных» does not decline: every case, the genitive too
    "школа им. Лизы Чайкиной",
])
def test_genitive_dedications_kept(text: str) -> None:
    assert redact(text) == text
