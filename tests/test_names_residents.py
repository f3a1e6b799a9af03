"""A surname alone after a noun that says who a resident is («пенсионерка Иванова», «квартира ветерана Петрова»)
names a person, as after a role word (session 12 walkthrough), and so does a first name after a kin word («бабушка
Анна», session 18); a street named after brothers and a place after «житель» stay."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пенсионерка Иванова живет одна", "пенсионерка [PERSON] живет одна"),
        ("мать-одиночка Сидорова просит помощи", "мать-одиночка [PERSON] просит помощи"),
        ("квартира ветерана Петрова залита", "квартира ветерана [PERSON] залита"),
        ("бабушке Смирновой 90 лет, помогите", "бабушке [PERSON] 90 лет, помогите"),
        # a first name after a kin word is how one calls a neighbour: a name (session 18, mcu_nlp.name_kin; it stayed)
        ("бабушка Анна просит помощи", "бабушка [PERSON] просит помощи"),
    ],
)
def test_a_surname_after_a_resident_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ветеран Великой Отечественной войны",
        "житель Ленинградской области",
        "Улица братьев Петровых, д. 23: не вывозят мусор",
        "листва у садика, Братьев Радченко 25.",
    ],
)
def test_streets_places_and_first_names_stay(text):
    assert redact(text) == text
