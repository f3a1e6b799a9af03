"""Session 23 review of session 22's urgency work and the session 23 walkthrough (issue #4), by kind.

Reading code: a repair of another supply does not calm an outage it leaves («Газа нет, интернет дали»); a question
that doubts («Может водитель пьяный, кто знает?») or complains of a thing again and again («Сколько можно ездить с
пьяными водителями?») reports no drunk driver now (its high twin stays). Rows read too wide: a device «стоит» (is
installed), a water heater or the wind whistling, a bonfire beside a substation, a carer on leave, contact with a
deputy or a line «без перебоев», a teacher on sick or maternity leave; and a road sign about to fall is high again.
Kinds missing: floods with people on roofs or water up to the windows after a downpour, a mudflow that carried a car
away, children fed spoiled food at a school or a kindergarten. The shipped model reads the rows once refitted (its
lexicon is frozen in it at its fit); the code acts at once.
"""

import pytest
from helpers import names

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.settled import nothing_but_calm


def named(text):
    return {s.name for s in find_signals(text)}


# review 1: a repair that names another supply leaves the outage, and the text is no calm one
@pytest.mark.parametrize(
    "text",
    [
        "Газа нет, интернет дали",
        "Отопления нет, интернет дали",
        "Воды нет, интернет дали",
        "Света нет, связь дали",
    ],
)
def test_a_repair_of_another_supply_calms_nothing(text):
    assert not nothing_but_calm(text, find_signals(text))
    assert default_models().urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize("text", ["Вода есть!", "Свет дали", "Вода есть на ул. Мира 5"])
def test_calm_texts_stay_calm(text):
    assert nothing_but_calm(text, find_signals(text))


# review 10: doubt or a complaint of something recurring is no drunk driver now; its high twin stays
@pytest.mark.parametrize(
    "text",
    [
        "Может водитель пьяный, кто знает?",
        "Кто знает, водитель пьяный или нет?",
        "Сколько можно ездить с пьяными водителями?",
    ],
)
def test_a_doubted_or_recurring_drunk_driver_is_high(text):
    found = names(text)
    assert ("drunk driver", "critical") not in found
    assert ("drunk driver often", "high") in found


@pytest.mark.parametrize(
    "text",
    [
        "Пьяный водитель автобуса везёт детей, куда смотрит полиция?!",
        "Водитель автобуса пьяный, кто ответит?",
        "Пьяный водитель на белой машине гоняет по деревне прямо сейчас",
    ],
)
def test_a_reported_drunk_driver_stays_critical(text):
    assert ("drunk driver", "critical") in names(text)


# reviews 4-9: rows read too wide
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "У мамы стоит кислородный концентратор, он очень шумит",
            "life support device down",
        ),
        (
            "В больнице аппарат ИВЛ стоит в коридоре, больные лежат рядом",
            "life support device down",
        ),
        ("Газовая колонка свистит при включении горячей воды", "gas leak"),
        ("Газовый котёл свистит, когда нагревается", "gas leak"),
        ("Ветер свистит в газовой трубе на фасаде", "gas leak"),
        ("Возле подстанции жгут костры, дым", "electrical installation danger"),
        (
            "Рядом с трансформаторной будкой жгут мусор, дым идёт в окна",
            "electrical installation danger",
        ),
        (
            "Сиделка уехала на выходные, лекарство маме даёт соседка",
            "person left alone",
        ),
        (
            "Соцработник уехала в отпуск на неделю, продукты некому приносить",
            "person left alone",
        ),
        ("Интернет без перебоев уже месяц, спасибо", "no phone or internet"),
        ("Связи с депутатом нет месяц, на письма не отвечает", "no phone or internet"),
        ("Воспитательница ушла на больничный на неделю", "staff missing for weeks"),
        (
            "Учительница ушла в декрет в сентябре, замену нашли",
            "staff missing for weeks",
        ),
    ],
)
def test_look_alikes_are_none(text, name):
    assert name not in named(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Кислородный концентратор не работает, отключили свет",
            "life support device down",
        ),
        (
            "Экскаватор зацепил газовую трубу у магазина, свистит, люди стоят рядом",
            "gas leak",
        ),
        ("Газовый баллон в сарае, вентиль травит, слышно", "gas leak"),
        (
            "Трансформатор на столбе гудит и дымится, рядом детская площадка",
            "electrical installation danger",
        ),
        (
            "ТРАНСФОРМАТОР ГОРИТ У ДОМА 5, ДЫМ, СВЕТА НЕТ",
            "electrical installation danger",
        ),
        (
            "Соцработник не приходит неделю, бабушка одна, лекарства кончились",
            "person left alone",
        ),
        ("Связи нет неделю, а у мамы давление", "no phone or internet"),
        (
            "Неделю нет интернета во всей деревне, дети учатся дистанционно",
            "no phone or internet",
        ),
        ("Учителя математики нет с сентября, ОГЭ на носу", "staff missing for weeks"),
        ("Химичка полгода на больничном и заменять некому", "staff missing for weeks"),
        ("Учитель физики уволился, уроков нет с сентября", "staff missing for weeks"),
    ],
)
def test_the_rows_still_read_their_kind(text, name):
    assert name in named(text)


# review 11: a sign about to fall is high (annotated so), a what-if is not
@pytest.mark.parametrize("text", ["Знак повис и грозится упасть", "Знак может упасть."])
def test_a_sign_about_to_fall_is_high(text):
    assert ("road sign down", "high") in names(text)


def test_a_sign_in_a_what_if_is_none():
    assert "road sign down" not in named("Если знак упадёт, кто ответит?")


# walkthrough U7: floods and mudflows with people in danger now (urgency.md critical: "a threat to life ... now")
@pytest.mark.parametrize(
    "text",
    [
        "Река вышла из берегов после ливня, люди на крышах",
        "Вода поднялась до окон первого этажа, люди ждут помощи",
        "Сошел сель на трассу, машину унесло",
    ],
)
def test_a_flood_or_mudflow_now_is_critical(text):
    assert "critical" in {s.level for s in find_signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Половодье в этом году небольшое, крыши не затопило",
        "Когда уберут последствия селя на дороге?",
        "Два года назад сель сошёл на дорогу",
        "Вода поднялась в реке, рыбаки довольны",
        "Если река выйдет из берегов, людей надо будет эвакуировать",
    ],
)
def test_a_flood_past_asked_or_feared_is_not_critical(text):
    assert "critical" not in {s.level for s in find_signals(text)}


# walkthrough U6: children fed spoiled food at a kindergarten or school (high)
@pytest.mark.parametrize(
    "text",
    [
        "В детском саду №45 кормят просроченными продуктами, дети болеют",
        "В школьной столовой дали испорченное мясо, у троих детей рвота",
        "После обеда в садике у детей живот болит, кормили просроченным творогом",
    ],
)
def test_children_fed_spoiled_food_is_high(text):
    assert ("spoiled food for children", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "В школе невкусно кормят, дети не едят",
        "В магазине продают просроченные продукты",
        "В магазине у школы продают просроченные продукты",
    ],
)
def test_food_not_spoiled_or_not_a_childrens_place_is_none(text):
    assert "spoiled food for children" not in named(text)
