"""A family named by its surname in the plural (session 15): «семья Петровых», «у Ивановых», «Петровы из 5 квартиры»
masked as a person's name; adjectives, streets and institutions named so stay (mcu_nlp.name_families)."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("семья Петровых шумит по ночам", "семья [PERSON] шумит по ночам"),
        ("у Ивановых опять течёт с потолка", "у [PERSON] опять течёт с потолка"),
        ("Петровы из 5 квартиры затопили нас", "[PERSON] из [FLAT] квартиры затопили нас"),
        ("к Сидоровым ходят гости до утра", "к [PERSON] ходят гости до утра"),
        ("жалуемся на семейство Кузнецовых", "жалуемся на семейство [PERSON]"),
        ("СЕМЬЯ ПЕТРОВЫХ ДЕРЖИТ СОБАК В КВАРТИРЕ", "СЕМЬЯ [PERSON] ДЕРЖИТ СОБАК В КВАРТИРЕ"),
        ("Ивановы опять шумят", "[PERSON] опять шумят"),
    ],
)
def test_a_family_by_its_surname_is_masked(text, expected):
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "у Красных ворот яма",  # an adjective first
        "у Никольских рядов нет урн",
        "улица Братьев Васильевых не убрана",
        "музей семьи Ульяновых закрыт на ремонт",  # an institution's name
        "В доме Петровых нет света",  # no family word or preposition: the house may be a building's name
        "у Садовых участков",
        "дорога от д. Селиховы дворы до д. Березка не очищена",  # a village
        "с. Петровых нет дороги",  # «с.»: село, no preposition
        "Селиховы Дворы остались без света",
        "ПОГНУТЫЕ ДВЕРЦЫ ШКАФА С ТЕПЛОВЫМИ СЧЁТЧИКАМИ",  # the meters' adjective
    ],
)
def test_adjectives_streets_and_institutions_stay(text):
    assert redact(text) == text
