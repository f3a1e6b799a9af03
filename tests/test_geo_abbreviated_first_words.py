"""An adjective first word of a two-word town name cut short as dictionaries and addresses do ("Ниж.", "Ст.", "Вел.",
"Верх."), of any gender or number; the cut does not decline."""

import pytest

from mcu_nlp.geo import GeoResolver


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("в Ниж. Новгороде нет воды", "Нижний Новгород"),
        ("в Нижн. Новгороде", "Нижний Новгород"),
        ("Ст. Оскол, ул. Ленина 5", "Старый Оскол"),
        ("в Ст. Руссе", "Старая Русса"),
        ("в Вел. Луках", "Великие Луки"),
        ("Верх. Пышма, ул. Ленина", "Верхняя Пышма"),
        ("в Мал. Вишере", "Малая Вишера"),
    ],
)
@pytest.mark.parametrize("region", [None, "78"])
def test_cut_first_word(text, name, region):
    assert [p.name for p in GeoResolver(region=region).resolve(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("в Н. Новгороде", "Нижний Новгород"),  # the initial, as before
        ("Наб. Челны, пр. Мира", "Набережные Челны"),
        ("в Великом Новгороде", "Великий Новгород"),
    ],
)
def test_initials_and_full_names_unchanged(text, name):
    assert [p.name for p in GeoResolver().resolve(text)] == [name]
