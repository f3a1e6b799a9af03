"""Session 45 walkthrough (Челябинская область), D1: a name whose first word is capitalised and the rest in lower case;
invented names.

- A phone capitalises a message's first letter, so «Кравченко сергей, 8918...» is a common way to sign: the surname
  stayed in clear («Кравченко [PERSON]», the given name masked beside the phone or by its patronymic), or the whole
  name («Ахмедов рустам», «Смирнова анна»), while the same name in lower case or in title case was masked. The pair
  reads as the lower-case one does (:mod:`mcu_nlp.name_spellings`), a given name and patronymic too.
- What is no name stays: a town, a street or an ordinary word before a lower-case word, a street named after someone.
"""

from __future__ import annotations

import pytest

from mcu_nlp import redact
from mcu_nlp.names import find_names

MASKED = [
    # D1 as the walkthrough wrote it
    ("Кравченко сергей, 89181234567, нет света", "[PERSON], [PHONE], нет света"),
    ("Петров иван иванович, 89181234567", "[PERSON], [PHONE]"),
    ("Тимербулатов ильдар 89511234567", "[PERSON] [PHONE]"),
    ("Сидоренко ольга николаевна, Троицк, нет воды", "[PERSON], Троицк, нет воды"),
    ("Ахмедов рустам, звоните 89001234567", "[PERSON], звоните [PHONE]"),
    ("Смирнова анна, житель ЧМЗ", "[PERSON], житель ЧМЗ"),
    ("пишет Кузнецов андрей: нет света", "пишет [PERSON]: нет света"),
    # the forms that were masked already
    ("кравченко сергей, 89181234567, нет света", "[PERSON], [PHONE], нет света"),
    ("Кравченко Сергей, 89181234567, нет света", "[PERSON], [PHONE], нет света"),
    # the given name first, a sentence's start after another, a greeting, a given name and patronymic
    ("Анна смирнова, нет воды", "[PERSON], нет воды"),
    ("Сергей кравченко, 89181234567", "[PERSON], [PHONE]"),
    ("Нет света третий день. Кравченко сергей, 89181234567", "Нет света третий день. [PERSON], [PHONE]"),
    ("Добрый день, Кравченко сергей, 89181234567", "Добрый день, [PERSON], [PHONE]"),
    ("Татьяна ивановна, 89181234567, нет воды", "[PERSON], [PHONE], нет воды"),
    ("звонила Татьяна ивановна, не дозвонилась", "звонила [PERSON], не дозвонилась"),
    # with the writer's home after it (name_homes, session 44)
    ("Кравченко сергей, 89181234567, п. Рощино ул. Ленина 5-12, нет света",
     "[PERSON], [PHONE], п. Рощино [ADDRESS], нет света"),
]

KEPT = [
    # a town, a street, an ordinary word before a lower-case word
    "Троицк нет воды",
    "Ленина дом 5",
    "Ленина 5, нет воды",
    "Магнитогорск сегодня без воды",
    "Копейск нет света",
    "Сатка анна",
    "Иванов день",
    "Петров вал",
    "Соколова гора",
    "Королев сегодня отключили свет",
    # a street named after someone: a man's genitive, or after a street or place word
    "Александра матросова 5, нет света",
    "Михаила дудина 23, яма",
    "Гагарина юрия 5 течет крыша",
    "на Карла маркса 5 яма",
    "живу на Кирова саша",
    "ДК Кирова ольга",
    "остановка Александра матросова",
    "ул. Софьи ковалевской 5",
    # a given name that reads first as a common noun
    "Вера петрова нас не спасет",
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_mixed_case_name_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_no_name_stays(text: str) -> None:
    assert redact(text) == text


def test_mixed_case_span_is_the_whole_name() -> None:
    text = "Петров иван иванович, 89181234567"
    assert [text[a:b] for a, b in find_names(text)] == ["Петров иван иванович"]
    text = "пишет Кузнецов андрей: нет света"
    assert [text[a:b] for a, b in find_names(text)] == ["Кузнецов андрей"]
