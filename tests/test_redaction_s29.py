"""Session 29, personal data the session-28 rules left in clear: a writer introducing themselves in lower case or
mid-sentence («здравствуйте я наталья живу ...», «добрый день, это Лена, у нас ...», «пишу вам я, Ольга, из 12
дома»), a surname after a role word completed by a home's word («хозяйка квартиры Иванова», «арендатор квартиры
Сидоров», «хозяйка квартиры иванова»), and a home address after a town and how long one has lived there («живу в
Курске 5 лет, Ленина 5»). Invented names and numbers. Each test of what was wrong fails on the parent (ba1ddbd); each
has a test of its neighbours that must stay as they were (which pass there too)."""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name in lower case, read first as one and no common noun or place, before a verb, comma or «из»
        ("здравствуйте я наталья живу на окраине, у нас нет света",
         "здравствуйте я [PERSON] живу на окраине, у нас нет света"),
        ("здравствуйте, я наталья, у нас нет света", "здравствуйте, я [PERSON], у нас нет света"),
        ("я наталья, живу на Бетанкура 3", "я [PERSON], живу на [ADDRESS]"),
        ("Нет воды. я ирина пишу третий раз", "Нет воды. я [PERSON] пишу третий раз"),
        ("это саша пишет, нет света", "это [PERSON] пишет, нет света"),
        ("это илья, сосед", "это [PERSON], сосед"),
        # after «это» a first name that is also a place or a common noun, before what the writer says of themselves
        ("добрый день, это Лена, у нас во дворе яма", "добрый день, это [PERSON], у нас во дворе яма"),
        ("Это Лена, у нас во дворе яма", "Это [PERSON], у нас во дворе яма"),
        ("Это Лена, живу в доме 5", "Это [PERSON], живу в [ADDRESS]"),
        ("Это Лена, соседка из 5 кв", "Это [PERSON], соседка из [FLAT] кв"),
        ("Это Надежда, у нас нет воды", "Это [PERSON], у нас нет воды"),
        # «я,» and a first name alone between commas or before «из», and «я» after a verb of writing
        ("пишу вам я, Ольга, из 12 дома", "пишу вам я, [PERSON], из 12 дома"),
        ("Во дворе яма. пишу вам я, Ольга, из 12 дома", "Во дворе яма. пишу вам я, [PERSON], из 12 дома"),
        ("пишу вам я Ольга из 12 дома", "пишу вам я [PERSON] из 12 дома"),
        ("Пишу вам я - Ольга, из 12 дома", "Пишу вам я - [PERSON], из 12 дома"),
        ("к вам обращаюсь я, Ирина, жительница дома 5", "к вам обращаюсь я, [PERSON], жительница дома 5"),
        ("Я, Ольга, прошу помочь", "Я, [PERSON], прошу помочь"),
        ("я\xa0наталья\xa0живу тут", "я\xa0[PERSON]\xa0живу тут"),
    ],
)
def test_a_writer_introducing_themselves_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "я вера в лучшее",
        "это любовь к городу",
        "это надежда всех жителей",
        "я роза ветров",
        "Я вера в лучшее",
        "Это любовь к городу",
        "это надежда, у нас всё получится",
        "я надежда, у нас всё получится",
        "Это Владимир, город древний",
        "Это Лена, река в Сибири",
        "Это Владимир, мы туда ездили",
        "я мила с ними",
        "я рада, что вы ответили",
        "я одна, живу тут",
        "я мама, живу тут",
        "я роман читаю",
        "я лена живу",  # a first name that is also a river, in lower case: left
        "я, Ольга и Петр пришли",
        "Я, Надежда, что вы поможете",
        "я, ирина, прошу",
        "пишу вам я тоже",
        "это значит, что",
        "Я Вера в лучшее",
        "Это Надежда, а не пустые слова",
    ],
)
def test_no_introduction_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word or a resident's completed by a home's word, then a surname
        ("хозяйка квартиры Иванова не пускает", "хозяйка квартиры [PERSON] не пускает"),
        ("Хозяйка квартиры Иванова не пускает", "Хозяйка квартиры [PERSON] не пускает"),
        ("хозяйке квартиры Ивановой звонили", "хозяйке квартиры [PERSON] звонили"),
        ("собственник квартиры Петров не платит", "собственник квартиры [PERSON] не платит"),
        ("арендатор квартиры Сидоров шумит", "арендатор квартиры [PERSON] шумит"),
        ("наниматель квартиры Петров", "наниматель квартиры [PERSON]"),
        ("жилец квартиры Петров", "жилец квартиры [PERSON]"),
        ("ХОЗЯЙКА КВАРТИРЫ ИВАНОВА", "ХОЗЯЙКА КВАРТИРЫ [PERSON]"),
        # in lower case, and a first name alone, after a role word and a home's word
        ("хозяйка квартиры иванова не пускает", "хозяйка квартиры [PERSON] не пускает"),
        ("собственник квартиры петров", "собственник квартиры [PERSON]"),
        # a resident's word completed by another noun names a person too
        ("ветеран войны Петров", "ветеран войны [PERSON]"),
        ("жилец подъезда Иванов", "жилец подъезда [PERSON]"),
        # a building's word, a name and a house number: a street (a person on the parent)
        ("дворник дома Ленина 5", "дворник дома Ленина 5"),
        ("хозяйка квартиры Светлана не пускает", "хозяйка квартиры [PERSON] не пускает"),
    ],
)
def test_a_role_over_a_home_is_read(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was masked already stays so
        ("собственница Петрова из 5 кв заливает", "собственница [PERSON] из [FLAT] кв заливает"),
        ("арендатор Сидоров шумит", "арендатор [PERSON] шумит"),
        ("собственница комнаты Петрова шумит", "собственница комнаты [PERSON] шумит"),
        ("владелец дома Сидоров не чистит снег", "владелец дома [PERSON] не чистит снег"),
        ("директор магазина Иванов", "директор магазина [PERSON]"),
        # a street and its house number after the home's word, no person, an adverb or verb, a street's word
        ("хозяйка квартиры Ленина 5", "хозяйка квартиры Ленина 5"),
        ("хозяйка квартиры Ленина, 5", "хозяйка квартиры Ленина, 5"),
        ("хозяйка квартиры Гагарина 12-5", "хозяйка квартиры Гагарина 12-5"),
        ("хозяйка квартиры ленина 5 не пускает", "хозяйка квартиры ленина 5 не пускает"),
        ("собственник квартиры по Ленина 5", "собственник квартиры по Ленина 5"),
        ("хозяйка квартиры пришла", "хозяйка квартиры пришла"),
        ("собственник квартиры сам не знает", "собственник квартиры сам не знает"),
        ("жилец квартиры сверху шумит", "жилец квартиры сверху шумит"),
        ("ключи от квартиры Иванова", "ключи от квартиры Иванова"),
        ("дворник улицы Ленина", "дворник улицы Ленина"),
        ("владелец квартиры Вера в лучшее", "владелец квартиры Вера в лучшее"),
        ("жилец дома Ленина 5 шумит", "жилец дома Ленина 5 шумит"),
        ("пенсионерка дома Гагарина 12", "пенсионерка дома Гагарина 12"),
        ("жители дома Ленина 5", "жители дома Ленина 5"),
        ("директор школы Иванов 5 лет не отвечает", "директор школы [PERSON] 5 лет не отвечает"),
    ],
)
def test_role_neighbours_stay(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town, how long one has lived there, a comma and a street with no preposition: the home's
        ("живу в Курске 5 лет, Ленина 5", "живу в Курске 5 лет, [ADDRESS]"),
        ("живу в Курске уже 5 лет, Ленина 5-12", "живу в Курске уже 5 лет, [ADDRESS]"),
        ("живу в Курске 5 лет, ул. Ленина 5", "живу в Курске 5 лет, [ADDRESS]"),
        ("проживаю в Курске 10 лет, Мира 3-45", "проживаю в Курске 10 лет, [ADDRESS]"),
        ("живу в Курске давно, Ленина 5", "живу в Курске давно, [ADDRESS]"),
        ("живу в Курске лет 5, Ленина 5", "живу в Курске лет 5, [ADDRESS]"),
        ("живу в Санкт-Петербурге 5 лет, Ленина 5", "живу в Санкт-Петербурге 5 лет, [ADDRESS]"),
        ("ЖИВУ В КУРСКЕ 5 ЛЕТ, ЛЕНИНА 5", "ЖИВУ В КУРСКЕ 5 ЛЕТ, [ADDRESS]"),
        ("живу в курске 5 лет, ленина 5", "живу в курске 5 лет, [ADDRESS]"),
        ("живу в Курске 5 лет по адресу Ленина 5", "живу в Курске 5 лет по адресу [ADDRESS]"),
        # «с 2010 года» was read as an address («живу в Курске [ADDRESS] года, Ленина 5»)
        ("живу в Курске с 2010 года, Ленина 5", "живу в Курске с 2010 года, [ADDRESS]"),
    ],
)
def test_a_home_after_a_town_and_a_duration_is_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was masked already
        ("живу в Брянске, на Ленина 5 кв 3", "живу в Брянске, на [ADDRESS]"),
        ("живу в Курске, Ленина 5", "живу в Курске, [ADDRESS]"),
        ("живу в Курске, Ленина 5 — это общежитие", "живу в Курске, [ADDRESS] — это общежитие"),
        ("живу в Курске, Ленина 5 - это мой дом, крыша течет", "живу в Курске, [ADDRESS] - это мой дом, крыша течет"),
        # no home phrase, no house number, a count, another sentence, a shop
        ("работаю в Курске 5 лет, Ленина 5", "работаю в Курске 5 лет, Ленина 5"),
        ("Ленина 5 — это поликлиника", "Ленина 5 — это поликлиника"),
        ("живу в Курске 5 лет", "живу в Курске 5 лет"),
        ("живу в Курске 5 лет, 5 раз писала", "живу в Курске 5 лет, 5 раз писала"),
        ("живу в Курске 5 лет, 3 года назад сломали", "живу в Курске 5 лет, 3 года назад сломали"),
        ("живу в Курске 5 лет. Ленина 5 разбита", "живу в Курске 5 лет. Ленина 5 разбита"),
        ("живу в Курске 5 лет, Пятерочка 1 закрыта", "живу в Курске 5 лет, Пятерочка 1 закрыта"),
        # after the duration a preposition opens a new clause's place: the problem's (session 26)
        ("Проживаю в Самаре 10 лет, на улице Куйбышева 12 яма", "Проживаю в Самаре 10 лет, на улице Куйбышева 12 яма"),
        ("живу в Курске 5 лет, на Ленина 5 кв 3", "живу в Курске 5 лет, на Ленина 5 кв [FLAT]"),
        ("живу в Курске 5 лет, Ленина 5 — это поликлиника", "живу в Курске 5 лет, Ленина 5 — это поликлиника"),
    ],
)
def test_duration_neighbours_stay(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «— это» after the house number says what the building is: no home (masked on the parent)
        ("живу в Курске, Ленина 5 — это поликлиника", "живу в Курске, Ленина 5 — это поликлиника"),
    ],
)
def test_a_building_named_after_its_number_is_no_home(text, expected):
    assert redact(text) == expected


PATTERNS = {
    "lower_self": "здравствуйте я наталья живу на окраине. ",
    "self_comma": "пишу вам я, Ольга, из 12 дома. ",
    "this_place_name": "Это Лена, у нас яма. ",
    "this_who": "Это Лена, соседка. ",
    "role_home": "хозяйка квартиры Иванова не пускает. ",
    "role_home_lower": "хозяйка квартиры иванова не пускает. ",
    "resident_home": "арендатор квартиры Сидоров шумит. ",
    "role_home_street": "хозяйка квартиры Ленина 5. ",
    "duration": "живу в Курске 5 лет, Ленина 5. ",
    "duration_since": "живу в Курске с 2010 года, Ленина 5. ",
    "duration_clause": "живу в Курске 5 лет, на Ленина 5 яма. ",
    "building": "живу в Курске, Ленина 5 — это поликлиника. ",
    "spaces": "я " * 3 + "это " * 3,
}


@pytest.mark.parametrize("pattern", list(PATTERNS.values()), ids=list(PATTERNS))
def test_the_new_patterns_are_read_in_linear_time(pattern):
    assert grows_linearly(redact, pattern)
