"""A naming verb before «имя» names a namesake, a dedication as «в честь» is: «парк получил имя Пушкина» was masked
as a person («имя [PERSON]») since 1ceae31 read a form's «Имя» without its colon before a capitalised word (review s17).
The form's field stays masked. Sentences written for the test."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize("text", [
    "парк получил имя Пушкина",
    "Парк получило имя Пушкина в прошлом году, а урн нет",
    "библиотека носит имя Пушкина, но крыша течёт",
    "школе присвоено имя Гагарина, отопления нет",
    "скверу дали имя Пушкина",
    "школа, носящая имя Гагарина, без света",
])
def test_a_namesake_after_a_naming_verb_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("Фамилия Петрова, имя Анна", "Фамилия [PERSON], имя [PERSON]"),
    ("Имя Иван, звоните", "[PERSON], звоните"),
    ("получил имя: Анна", "получил имя: [PERSON]"),
])
def test_a_forms_name_stays_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
