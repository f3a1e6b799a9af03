"""Urgency misses and false alarms left by session 24 (issue #4), read by the lexicon: a place never connected to gas
asking when it will be is no gas cut; a person who fell and cannot get up is critical, people said to fall in a
sentence of their own are high; a repair that names the danger inside its own phrase settles it («сбили сосульки,
спасибо»); a yard «не убирают» beside parked cars or puddles is no snow. Invented texts; the shipped model reads the
rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


def above_normal(text):
    return {pair for pair in names(text) if pair[1] != "normal"}


@pytest.mark.parametrize(
    "text",
    [
        "в деревне нет газа, когда газифицируют?",
        "На нашей улице нет газа. Когда нас газифицируют?",
        "В посёлке нет газа, посёлок не газифицирован, дрова дорогие",
        "У нас в селе до сих пор нет газа. Когда проведут газ?",
    ],
)
def test_gasification_asked_is_no_gas_cut(text):
    assert not {pair for pair in above_normal(text) if pair[0] == "no gas"}


@pytest.mark.parametrize(
    "text",
    [
        "В газифицированном доме нет газа третий день",
        "Нет газа с утра, когда дадут газ?",
        "Нас газифицировали в прошлом году, а сегодня нет газа",
        "Газа нет второй день, когда починят?",
    ],
)
def test_gas_cut_stays_critical(text):
    assert ("no gas", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Бабушка пошла в аптеку. Упала на льду у подъезда, встать не может",
        "Мама поскользнулась у магазина, не может подняться, нога болит",
        "Пожилой мужчина упал на остановке и не встаёт",
        "Сосед упал на лестнице, лежит, подняться не может, помогите",
    ],
)
def test_fallen_person_who_cannot_get_up_is_critical(text):
    assert ("fallen and cannot get up", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера соседка упала у подъезда и не могла встать, сейчас в больнице",
        "Тротуар скользкий, если упадёшь, не сможешь встать",
        "Бабушка после падения почти не встаёт, нужна сиделка",
        "Дерево упало на дорогу, машины не могут проехать",
        "Давление упало, котёл не может запуститься",
    ],
)
def test_fall_not_now_or_not_a_person_is_no_critical_fall(text):
    assert ("fallen and cannot get up", "critical") not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Кто отвечает за гололёд на крыльце поликлиники? Старики падают",
        "Куда писать про лёд на спуске? Люди падают каждый день",
        "Тротуар не посыпан. Вчера женщина упала",
        "Подскажите, кто чинит ступеньки у почты? Пенсионеры падают",
    ],
)
def test_people_falling_is_high(text):
    assert ("people falling", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Посыпьте песком, чтобы люди не падали",
        "Люди могут упасть, если не посыпать",
        "У пенсионеров падает давление в жару, нужен кондиционер в поликлинике",
        "Цены для людей не падают, а растут",
    ],
)
def test_no_fall_is_no_people_falling(text):
    assert ("people falling", "high") not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "У соседнего дома сбили сосульки, спасибо",
        "На Садовой 3 сбили сосульки, благодарю управляющую компанию",
    ],
)
def test_repair_naming_the_danger_settles_it(text):
    assert not above_normal(text)


def test_repair_after_the_danger_still_settles_it():
    assert not above_normal("Сосульки с козырька у нашего подъезда сбили, спасибо")


@pytest.mark.parametrize(
    "text",
    [
        "Сосульки сбили на соседнем доме, а у нас висят",
        "Огромные сосульки над входом в аптеку, люди ходят под ними",
        "Сбили не все сосульки, спасибо, но над подъездом ещё висят",
    ],
)
def test_icicles_left_stay_critical(text):
    assert ("icicles", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Двор не убирают, выйти невозможно — машины стоят на тротуаре",
        "Детская площадка не убрана, пройти нельзя из-за луж",
        "Проезд во дворе не убирают, машины паркуются в два ряда, не пройти",
    ],
)
def test_yard_with_parked_cars_or_puddles_is_no_snow(text):
    assert ("roads not cleared", "high") not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Улица не убрана, невозможно пройти",
        "Двор не убирают, невозможно пройти к подъезду",
        "Тротуары не чистят третий день, машины стоят, пройти нельзя",
        "Двор не чистили неделю, машины не выехать",
    ],
)
def test_yard_not_cleared_stays_high(text):
    assert ("roads not cleared", "high") in names(text)


# the walkthrough of session 25 (Вологодская область), items U1, U2, U3, U6, U7, U8


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Сосед угрожает зарубить топором мою мать, вчера бегал с ним по участку", ("threat to kill", "critical")),
        ("В деревне фельдшерско-акушерский пункт закрыт с осени, до больницы 40 км", ("clinic closed", "high")),
        ("Трое парней по вечерам пристают к прохожим у магазина, вчера избили мужчину", ("fights at night", "high")),
        ("За посёлком свалка, жгут мусор, дым на весь посёлок", ("burning rubbish", "high")),
        ("Дорогу к кладбищу не чистят с ноября", ("roads not cleared", "high")),
        ("Улицу Лесную не расчищали неделю, автобус не ходит", ("roads not cleared", "high")),
    ],
)
def test_walkthrough_dangers_are_read(text, signal):
    assert signal in names(text)


def test_a_closure_asked_about_is_no_settlement_cut_off():
    assert ("settlement cut off", "critical") not in names(
        "Когда закроют ледовую переправу? Лёд уже тает, а машины ездят"
    )


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Переправу закрыли, деревня отрезана, продуктов нет", ("settlement cut off", "critical")),
        ("Паром не ходит третий день, когда запустят? Люди отрезаны", ("settlement cut off", "critical")),
        ("Сосед угрожает убить нас, полиция не едет", ("threat to kill", "critical")),
    ],
)
def test_walkthrough_guards_keep_their_danger(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сосед жжёт мусор на участке, дым прямо в окна. Это законно?", "burning rubbish"),
        ("Ливнёвку на улице не чистят с весны", "roads not cleared"),
        ("Тротуар не чистят от грязи неделю", "roads not cleared"),
        ("Обещали прибить поручень в подъезде, прошёл месяц", "threat to kill"),
    ],
)
def test_walkthrough_rows_stay_narrow(text, name):
    assert name not in {signal for signal, _ in above_normal(text)}


# the session 25 reviewer's items on session 24's rows: R2 (a laying verb no longer cancels a gas cut), R4 (a supply
# awaited that is no home's), R7 (a power cut beside a patient on a device, however often)


@pytest.mark.parametrize(
    "text",
    [
        "Нет газа, газовики приезжали провести ремонт и отключили",
        "Нет газа, проложить обходную трубу не могут, третий день",
        "Нет газа, провели ремонт и не включили",
    ],
)
def test_a_repair_laid_is_no_gasification(text):
    assert ("no gas", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Живём без газа, просим подвести газ к улице",
        "Посёлок живёт без газа, просим провести газопровод",
    ],
)
def test_a_line_asked_for_is_gasification(text):
    assert ("gasification asked", "normal") in names(text)
    assert ("no gas", "critical") not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подскажите, когда дадут воду в бассейне? Уже неделю нет",
        "Когда включат воду в фонтане на площади? месяц нет",
        "Когда вернут свет на ёлке в парке? неделю нет",
    ],
)
def test_a_supply_awaited_that_is_no_homes_is_no_outage(text):
    assert not {pair for pair in above_normal(text) if pair[0] in ("no water", "no power")}


def test_a_supply_awaited_at_home_stays_an_outage():
    assert ("no water", "critical") in names("Когда дадут воду? Уже неделю нет")


def test_a_power_cut_beside_a_patient_on_a_device_is_critical():
    text = "Каждый день нет света по несколько часов, а у нас лежачий больной на аппарате"
    assert ("life support device down", "critical") in names(text)


def test_an_office_called_apparatus_is_no_device():
    text = "Каждый день нет света, аппарат главы администрации не отвечает"
    assert ("life support device down", "critical") not in names(text)


# the mid-session reviewer's findings on 1ec941e's rows (M1, M2 and two smaller ones)


@pytest.mark.parametrize(
    "text",
    [
        "Пахнет газом в подъезде! Когда газифицируют соседнюю улицу, непонятно",
        "Запах газа в квартире третий день. Когда газифицируют остальные дома, неизвестно",
    ],
)
def test_a_gas_smell_is_not_settled_by_a_gasification_asked(text):
    assert ("gas smell", "critical") in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Администрация обещает зарубить проект благоустройства сквера", "threat to kill"),
        ("Обещали прирезать землю к участку", "threat to kill"),
        ("Соседи грозятся изрубить все деревья во дворе", "threat to kill"),
        ("Улицу не чистят с мая, всё заросло бурьяном", "roads not cleared"),
        ("Пенсионеры падают с ног, ожидая автобус", "people falling"),
    ],
)
def test_reviewed_rows_stay_narrow(text, name):
    assert name not in {signal for signal, _ in above_normal(text)}
