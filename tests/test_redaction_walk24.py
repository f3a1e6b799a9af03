"""Session 24 walkthrough (Московская область): a crossing's street named after a person stays, an applicant's
address in a form's requisites is a home. Invented names and addresses."""

from __future__ import annotations

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Не работает светофор на пересечении Покровской и Льва Яшина, чуть не сбили ребёнка", "Льва Яшина"),
        ("Яма на углу Льва Яшина и Покровской", "Льва Яшина"),
        ("Сломан знак на перекрёстке улиц Мира и Юрия Гагарина", "Юрия Гагарина"),
    ],
)
def test_a_crossings_street_named_after_a_person_stays(text, kept):
    assert kept in redact(text)


def test_a_person_after_a_crossing_word_is_still_masked():
    assert "[PERSON]" in redact("На перекрёстке водитель Иван Сидоров сбил собаку")


@pytest.mark.parametrize(
    "text",
    [
        "Прошу установить урны в сквере. Заявитель: Сидорова Анна Павловна, адрес: г. Коломна, ул. Садовая, д. 17, "
        "кв. 8, e-mail test@example.com",
        "Заявитель: Сидоров А. П., адрес: ул. Садовая, д. 17",
        "Адрес заявителя: г. Коломна, ул. Садовая, д. 17. Прошу убрать мусор",
    ],
)
def test_an_applicants_address_is_a_home(text):
    out = redact(text)
    assert "[ADDRESS]" in out and "Садовая" not in out


def test_a_problems_address_after_another_sentence_stays():
    text = "Заявитель: ООО Ромашка. Яма, адрес: ул. Садовая, д. 17"
    assert redact(text) == text
