"""Session 71: the general kinds of blind72's geo misses, each with a variant, and the namesakes each rule must leave.

- a typo of a surname-like town's locative ("В Кропткине", "В Губкне") is the town, as a typo of any town's form is;
  the locative's ending as written ("с. Лермонтово" is no Лермонтов);
- a district of several adjectives is named by its first alone ("Азовский район" of Азовский немецкий район), below
  the namesake of that full name, so the village named beside it decides;
- a region's adjective alone after a place and a comma, ending its clause ("рп Белый Яр, Томская — ..."), names the
  region, as in brackets, where the place has a namesake there (else it is a street: "Пенза, Московская — ...");
- a settlement's adjective in lower case before a district's object or «набережная» ("на рузаевском вокзале", "у
  угличской набережной") is the town's own; capitalised, a proper name's (a street's, a far station's);
- a district's adjective that districts of several regions share is its settlement's in the caller's region ("в
  жуковской больнице" with 40 is Жуков's Жуковский район; "в вяземской поликлинике" with 67 Вязьма's);
- «рп» before a name that a рабочий посёлок and an urban namesake of no such status share is the рабочий посёлок, but
  for the caller's region's namesake ("рп Майна" with 19);
- a road's or a bus's noun and «на» before an undeclined name make it where the road goes ("г. Белый — дорогу на
  Нелидово не ремонтируют" is Белый);
- a village after a district named before it is looked up by its поселение among the district's namesakes
  ("Рыбинский район, пос. Песочное" is Ярославская's, by its Песочное поселение);
- a garrison named in the text is a closed town's status, as «закрытый город» is ("Мирный, в гарнизоне ...").
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    # a typo of a surname-like town's locative
    ("typo", None, "В Кропткине в поликлинике нет записи к окулисту", "03618000"),
    ("typo", None, "в Кропоткне нет воды", "03618000"),
    ("typo", "23", "В Кропотине нет воды", "03618000"),
    ("typo", None, "В Губкне нет воды", "14730000"),
    ("typo", None, "В Курчатве нет воды", "38708000"),
    # a district by the first of its adjectives
    ("shortened", None, "с. Азово, Азовский район — нет газа", "52601000"),
    ("shortened", None, "Азовский район, с. Азово — нет воды", "52601000"),
    ("shortened", "55", "В Азовском районе нет воды", "52601000"),
    ("shortened", None, "В Азовском немецком районе нет воды", "52601000"),
    ("shortened", None, "В Таймырском районе нет воды", "04653000"),
    ("shortened", None, "Дудинка, Таймырский район — нет света", "04653000"),
    # a region's adjective after a comma
    ("comma", None, "рп Белый Яр, Томская — лёд на переправе тонкий", "69616000"),
    ("comma", "86", "рп Белый Яр, Томская — лёд на переправе тонкий", "69616000"),
    ("comma", None, "Белый Яр, Томская, нет света", "69616000"),
    ("comma", None, "с. Целинное, Курганская: нет газа", "37534000"),
    ("comma", "63", "с. Красный Яр, Астраханская — мусор не вывозят", "12630000"),
    ("comma", None, "рп Первомайский, Тамбовская. Нет воды", "68522000"),
    # a settlement's adjective in lower case before its own object
    ("lower", None, "на рузаевском вокзале вечером ни одного фонаря", "89643000"),
    ("lower", None, "Мусор на рузаевском автовокзале", "89643000"),
    ("lower", None, "У угличской набережной после паводка размыло берег", "78646000"),
    ("lower", "76", "Плитка на угличской набережной разбита", "78646000"),
    ("lower", None, "Мусор у буйской набережной", "34705000"),
    ("lower", None, "на кинешемской набережной нет фонарей", "24705000"),
    # a shared district adjective in the caller's region
    ("shared", "40", "В жуковской больнице на Ленина с ноября не горят фонари у входа", "29613000"),
    ("shared", "40", "жуковские дороги разбиты", "29613000"),
    ("shared", "67", "В вяземской поликлинике очередь", "66605000"),
    # «рп»: the рабочий посёлок
    ("working", None, "рп Знаменка: в школе холодно", "68506000"),
    ("working", "77", "р.п. Знаменка, нет воды", "68506000"),
    ("working", None, "рп Первомайский, сахарный завод сливает отходы", "68522000"),
    ("working", None, "рп Николаевка, автостанция закрыта", "73625000"),
    # a road's destination, undeclined
    ("way", None, "г. Белый — дорогу на Нелидово не ремонтируют", "28506000"),
    ("way", None, "г. Бежецк — дорогу на Нелидово не ремонтируют", "28504000"),
    ("way", None, "Закаменск — дорога на Улан-Удэ размыта", "81621000"),
    ("way", None, "Торжок: автобус на Кимры отменили", "28750000"),
    # a district's namesake by the поселение of the village named after it
    ("poselenie", None, "Рыбинский район, пос. Песочное — свет отключают каждый вечер", "78640000"),
    ("poselenie", "24", "Рыбинский район, п. Песочное, нет света", "78640000"),
    # a garrison: the closed town
    ("closed", None, "Мирный, в гарнизоне нет тепла в одном доме", "11725000"),
    ("closed", "14", "Мирный: в гарнизоне нет тепла", "11725000"),
    ("closed", None, "Мирный, у нас в закрытом городе нет тепла", "11725000"),
    ("closed", None, "Пишу из Мирного: в гарнизонном доме нет отопления", "11725000"),
]

NEIGHBOURS = [
    # the locative's ending as written; no typo of a person's name
    ("typo", "58", "с. Лермонтово (Тарханы) — дорога к музею разбита", "56612000"),
    ("typo", None, "Пишу о Кропоткне", None),
    ("typo", None, "у Пушкна стихи", None),
    # the full name's namesake keeps the short one
    ("shortened", None, "В Азовском районе нет воды", "60601000"),
    ("shortened", None, "Азовский район, с. Кагальник, нет воды", "60601000"),
    ("shortened", "61", "В Азовском районе нет воды", "60601000"),
    # a house's number after it, a town of no namesake there (a street), a surname, brackets as before
    ("comma", None, "рп Белый Яр, Томская 5 — нет воды", "71826000"),
    ("comma", "58", "Пенза, Московская — листовки под дворниками", "56701000"),
    ("comma", None, "Бийск, Ленинградская. Батареи еле тёплые", "01705000"),
    ("comma", None, "Соседка Лида Томская просит помочь с дровами", None),
    ("comma", None, "Белый Яр (Томская) — нет воды", "69616000"),
    # capitalised: a street's or a far station's proper name; a station named after a big town
    ("lower", None, "У Угличской набережной размыло берег", None),
    ("lower", None, "на казанском вокзале грязно", None),
    ("lower", None, "На Казанском вокзале грязно", None),
    ("lower", None, "на смоленской набережной мусор", None),
    # no region or another: none; a street's name; the city Жуковский by its own name
    ("shared", None, "В жуковской больнице нет врачей", None),
    ("shared", "27", "В вяземской поликлинике очередь", None),
    ("shared", "40", "ул. Жуковская 5, нет воды", None),
    ("shared", "50", "В Жуковском нет воды", "46725000"),
    # «пгт», no type word, the caller's own пгт
    ("working", None, "пгт Знаменка: в школе холодно", "54501000"),
    ("working", None, "Знаменка: в школе холодно", "54501000"),
    ("working", "57", "рп Знаменка: нет воды", "54501000"),
    ("working", "19", "рп Майна, нет горячей воды", "95708000"),
    # where one is, «на» with no road: the place
    ("way", None, "В Нелидово нет воды", "28759000"),
    ("way", None, "г. Белый: нет воды, а в Нелидово есть", "28506000"),
    # an ordinary adjective's поселение is no village named alone; the district alone as before
    ("poselenie", None, "пос. Песочное, нет света", None),
    ("poselenie", None, "Огромная лужа у дома 2 по улице Старожиловской, посёлок Торфяное.", None),
    ("poselenie", None, "Яма напротив арки д. Набережная Макарова, 20", None),
    ("poselenie", None, "Рыбинский район, нет света", "04647000"),
    # an adjective before its noun, lower case, no status told
    ("closed", None, "Мирный митинг у гарнизона прошёл", None),
    ("closed", None, "мирный митинг у гарнизона", None),
    ("closed", None, "Мирный, нет тепла", None),
    ("closed", "14", "Мирный, нет тепла", "98631000"),
]


@pytest.mark.parametrize(("_", "region", "text", "want"), CASES)
def test_kinds_and_variants(_: str, region: str | None, text: str, want: str | None) -> None:
    assert best_place(text, region) == want


@pytest.mark.parametrize(("_", "region", "text", "want"), NEIGHBOURS)
def test_neighbours_stay(_: str, region: str | None, text: str, want: str | None) -> None:
    assert best_place(text, region) == want
