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


@pytest.mark.parametrize(
    "text",
    [
        # session 24 mid-session review item 1: a name alone after a crossing's word is a person's
        "На перекрёстке Ивана Петрова сбила машина, он в больнице.",
        "На углу Андрея Смирнова ждали двое мужчин.",
        "На перекрёстке Марии Ивановой стало плохо, вызвали скорую.",
        "Из-за угла Ивана Петрова сбил самокатчик",
        "На перекрёстке девушку и Ивана Петрова сбила машина",
        "На углу Андрея Смирнова и Петра Иванова ждали двое",
        # item 2: a crossing's word closing the sentence before
        "Произошло ДТП на перекрёстке. Ивана Петрова увезла скорая.",
    ],
)
def test_a_person_after_a_crossing_word_alone_is_masked(text):
    out = redact(text)
    assert "Петрова" not in out and "Смирнова" not in out and "Ивановой" not in out, out


def test_the_second_street_of_a_crossing_after_another_sentence_is_masked():
    from mcu_nlp.name_places import _crossing

    assert not _crossing("Авария на перекрёстке. Ивана Петрова", 23, 36)
