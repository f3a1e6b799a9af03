"""Session 71 walkthrough (Краснодарский край, 20,000 rows); invented names and addresses.

- D5: a name right after a place word («улицу», «ул.», «ст.», «парка») was read as the place's namesake and left in
  clear, in part or whole, even with a sentence's end between them («Вонь на всю улицу. Сидоренко Галина Петровна»).
  A place word's reach ends at «!», «?» or a full stop after a word spelt out (:mod:`mcu_nlp.name_place_reach`), and a
  surname before initials or a given name, or a given name, patronymic and surname, is a person after a place word
  too: no street of the corpora is written so (they give a street's namesake given name or initial first, «ул. К.
  Маркса», «улица Максима Горького»). A street's name before a house number stays a street's.
- D6: «Обращаюсь как житель: ст. Брюховецкая, ул. Ленина 22-4» kept the writer's home in clear: «как житель», «я
  житель» (the writer's) give a home as «её адрес» does, with a flat's number only (:mod:`mcu_nlp.home_phrases`).
"""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact

MASKED = [
    # D5 as the walkthrough wrote it
    ("Вонь на всю улицу. Сидоренко Галина Петровна, тел. +7 918 123-45-67",
     "Вонь на всю улицу. [PERSON], тел. [PHONE]"),
    ("вонь на всю улицу Кравченко Николай, тел. +7 918 123-45-67", "вонь на всю улицу [PERSON], тел. [PHONE]"),
    ("вонь на всю улицу Галина Петровна Сидоренко", "вонь на всю улицу [PERSON]"),
    ("вонь на всю улицу Сидоренко Г.П.", "вонь на всю улицу [PERSON]"),
    ("Мусор у парка? Кравченко Николай", "Мусор у парка? [PERSON]"),
    # other words and names: a sentence's end after a place word spelt out
    ("Яма на весь проспект! Ткаченко Ольга Ивановна", "Яма на весь проспект! [PERSON]"),
    ("Темно в сквере. Бондаренко Ирина Сергеевна, 89181234567", "Темно в сквере. [PERSON], [PHONE]"),
    ("Мусор возле парка. Шевченко Андрей", "Мусор возле парка. [PERSON]"),
    ("Где уборка улицы? Петров Иван", "Где уборка улицы? [PERSON]"),
    # a full name right after a place word
    ("грязь по всей улице Марченко Виктор Андреевич", "грязь по всей улице [PERSON]"),
    ("Яма у ст. Сидоренко Галина Петровна", "Яма у ст. [PERSON]"),
    ("шумят на ул. Бойко Т.А. и соседи", "шумят на ул. [PERSON] и соседи"),
    ("мусор на всю улицу Ольга Викторовна Лысенко", "мусор на всю улицу [PERSON]"),
    ("на проспекте Петров Иван Петрович упал", "на проспекте [PERSON] упал"),
    # a street named after someone, then a person's full name
    ("ул. Ленина Сидоренко Галина Петровна", "ул. Ленина [PERSON]"),
    # D6 as the walkthrough wrote it
    ("Обращаюсь как житель: ст. Брюховецкая, ул. Ленина 22-4, Кравченко Николай",
     "Обращаюсь как житель: ст. Брюховецкая, [ADDRESS], [PERSON]"),
    # other words: a flat after a dash, a slash or its word; «я житель», «жительница»
    ("Обращаюсь как житель: ул. Красная 15-7", "Обращаюсь как житель: [ADDRESS]"),
    ("Я жительница ул. Мира 3/12, нет воды", "Я жительница [ADDRESS], нет воды"),
    ("Пишу как житель, ст. Каневская, ул. Горького 7 кв 3", "Пишу как житель, ст. Каневская, [ADDRESS]"),
    ("я житель: Северная 5-14", "я житель: [ADDRESS]"),
    # the cues that gave a home already
    ("проживаю: ст. Брюховецкая, ул. Ленина 22-4, Кравченко Николай",
     "проживаю: ст. Брюховецкая, [ADDRESS], [PERSON]"),
    ("мой адрес: ул. Ленина 22-4", "мой адрес: [ADDRESS]"),
    ("живу: ул. Ленина 22-4", "живу: [ADDRESS]"),
]

KEPT = [
    # streets named after people, with initials and whole names, as the corpora write them
    "ул. Ленина",
    "на улице Карла Маркса нет света",
    "ул. Героя Сидоренко разбита",
    "улица Маршала Жукова не чищена",
    "пр. Ю. Гагарина 5",
    "на ул. Кравченко 5 яма",
    "ул. К. Маркса 77/2",
    "на ул. Льва Толстого яма",
    "по улице Максима Горького нет света",
    "улица Олеко Дундича, дом 19",
    "ул. Богдана Хмельницкого: холодно",
    "на Большом проспекте П. С. темно",
    "ул. им. Петрова Ивана Сергеевича",
    "школа им. Н.А. Семашко",
    "больница имени Николая Сергеевича Короткова",
    "памятник Героя Сидоренко",
    # a street's name before a house number stays a street's
    "на ул. Сидоренко 5 яма",
    "ул. Шевченко 12 течет",
    # an abbreviation's dot is no sentence's end
    "ул. Зои Космодемьянской 5",
    "пр. Ленина. Темно",
    # D6: no home without the writer's cue or a flat's number
    "Жители дома 5-7 по ул. Ленина",
    "жильцы дома 97/2 по ул. Ленина",
    "житель дома 5-7 по ул. Ленина жалуется",
    "Я житель улицы Попова, яма",
    "я жительница дома ул Ленина 48к2",
    "Я как житель Курска плачу налоги",
    "как житель с 5-7 мая без воды",
    "дом 5-7 по ул. Ленина",
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert redact(text) == text


def test_street_then_name_and_patronymic_as_before() -> None:
    """A man's surname in the genitive after a street word is the street's, a given name and patronymic after it a
    person's (tests/test_redaction.py)."""
    assert redact("на ул. Ленина Анна Петровна упала") == "на ул. Ленина [PERSON] упала"


@pytest.mark.parametrize("unit", ["улицу. Сидоренко Галина Петровна ", "ул. Сидоренко Г.П. ", "парка? Кравченко ",
                                  "как житель: ул. Ленина 22-4 ", "улицу Галина Петровна Сидоренко "])
def test_linear(unit: str) -> None:
    """The new readings stay linear on long texts of their own cues."""
    assert grows_linearly(redact, unit, sizes=(25_000, 100_000))
