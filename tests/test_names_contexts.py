"""find_names: a first name alone beside a phone or after «от имени», a Turkic patronymic, a message or greeting word
before a first name and patronymic, and a thing as a surname after a role word or a first name and patronymic
(session 11, second round)."""

from __future__ import annotations

import pytest

from mcu_nlp.names import find_names

#: (text, the names found in it); each fails on b589580
FIXED = [
    # a first name right after a phone, or right before one: whom to call
    ("8 912 345-67-89 (Маша)", ["Маша"]),
    ("звоните 89123456789 Маша", ["Маша"]),
    ("Телефон для связи 8-921-555-44-33, Ольга", ["Ольга"]),
    ("тел. +7 912 345 67 89 Сергей, после 18:00", ["Сергей"]),
    ("Контакт: 8(921)555-44-33 - Наталья", ["Наталья"]),
    ("Маша 89123456789, звонить вечером", ["Маша"]),
    ("Ольга, тел. 8-921-555-44-33", ["Ольга"]),
    # a first name or surname alone after «от имени», «по просьбе» and the like; «имени» there names no place
    ("пишу от имени Анны", ["Анны"]),
    ("Пишу от имени Анны, соседки", ["Анны"]),
    ("Пишу по просьбе Петровой, она не может", ["Петровой"]),
    ("Действую по поручению Ивановой", ["Ивановой"]),
    ("Обращаюсь от имени Ивана Петровича Сидорова", ["Ивана Петровича Сидорова"]),
    # a Turkic patronymic: the father's name and the marker, the names before it, a surname after it
    ("Мухаммад Али Оглы жалуется", ["Мухаммад Али Оглы"]),
    ("Мамедов Эльчин Али оглы, кв. 5", ["Мамедов Эльчин Али оглы"]),
    ("Али оглы Мамедов не убирает", ["Али оглы Мамедов"]),
    ("Гусейнова Айгюн Рашид кызы просит", ["Гусейнова Айгюн Рашид кызы"]),
    ("Нурлан Серик улы звонил", ["Нурлан Серик улы"]),
    ("Жалоба от Алиева Рамиза Гасан оглы", ["Алиева Рамиза Гасан оглы"]),
    ("Жалуется Мамедов Али оглы", ["Мамедов Али оглы"]),
    # a word for a message or greeting opens a sentence addressing someone: no surname
    ("Просьба Анна Петровна перезвонить", ["Анна Петровна"]),
    ("Привет Анна Петровна", ["Анна Петровна"]),
    ("Жалоба Иван Петрович не реагирует", ["Иван Петрович"]),
    ("Вопрос Ольга Ивановна обещала решить", ["Ольга Ивановна"]),
    # a surname the dictionary reads first as a thing: after a first name and patronymic in their case closing a
    # phrase; right after a role word alone a thing is an organisation's name as often (session 23: «Оператор
    # Водоканал не отвечает»), so «гражданка Береза» alone stays
    ("гражданка Береза пожаловалась", []),
    ("Анна Петровна Береза", ["Анна Петровна Береза"]),
    ("Передайте Анне Петровне Березе, ответ", ["Анне Петровне Березе"]),
    ("Жалуется Анна Петровна Липа.", ["Анна Петровна Липа"]),
]

#: Rows that pass on b589580 too: what must stay so.
GUARDS = [
    # a first name alone stays in clear, but right after a role word it is that person's (session 22, name_cued):
    # «Сосед» is no surname
    ("Сосед Иван шумит", ["Иван"]),
    ("Сосед Иван шумит, звоните 89123456789", ["Иван"]),  # the phone is the writer's, away from the name
    ("Иван шумит, звоните 89123456789", []),
    ("В 2019 году Иван приходил", []),  # a year is no phone
    ("Дом 15 Марина не убирает подъезд", []),
    ("звоните 89123456789 Спасибо", []),
    ("тел. 89123456789 Москва, нет воды", []),  # a town
    ("сын в Алматы 8 (701) 234-56-78", []),  # a town that is a first name too
    ("ул. Мира, 8 912 345-67-89", []),  # a street's name
    ("тел 89123456789 Юрия Гагарина 5", []),  # a street before a house number
    ("звонил 89123456789 Иван Петрович", ["Иван Петрович"]),
    ("Пишу от имени жильцов дома", []),
    ("ОТ ИМЕНИ ЖИЛЬЦОВ ДОМА ПРОШУ", []),  # in capitals a word alone is no name: «Жильцов» is a surname too
    ("ЗВОНИЛА 8 812 123-45-67 ИС 11-00", []),
    ("по просьбе Совета депутатов", []),
    ("Сквер имени Анны Ахматовой не убран", []),
    ("В школе имени Пушкина течет крыша", []),
    ("от лица Ивана Петрова", ["Ивана Петрова"]),
    ("по просьбе Марии Ивановны", ["Марии Ивановны"]),
    ("Улыбка Анны", []),
    ("ГАСАНОВ ЭЛЬДАР ВАГИФ ОГЛЫ, КВ. 7", ["ГАСАНОВ ЭЛЬДАР ВАГИФ ОГЛЫ"]),  # in capitals a run of names already
    ("Береза Анна Петровна жалуется", ["Береза Анна Петровна"]),  # a thing's a surname, no message word
    ("Заявление Ивана Петровича", ["Ивана Петровича"]),
    ("Анна Петровна Адрес: ул. Мира 5", ["Анна Петровна"]),
    ("Иван Петрович Квартира 5", ["Иван Петрович"]),
    ("Иван Петрович Спасибо", ["Иван Петрович"]),
    ("Директор Школа 5", []),  # a numbered thing after a role word: an institution
    ("начальник Управления", []),
    ("якобы электрик УК Собрание, а с ним техник", []),  # a thing after an organisation is its name
    ("Собственник ТЦ Бумеранг не вывозит мусор", []),
    # session 12: a thing before a first name alone, in its case and no object of a verb after it, is the surname;
    # a street type with its own name and house number opens a street (tests/test_names_things_towns_roles.py)
    ("Береза Анна звонила", ["Береза Анна"]),
    ("Карла Маркса ул. Мира 5", ["Карла Маркса"]),
]


@pytest.mark.parametrize(("text", "names"), FIXED + GUARDS)
def test_find_names(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in find_names(text)] == names
