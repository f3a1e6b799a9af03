"""Critical and high appeals of kinds that still carried no lexicon signal (session 22, issue #4), read by the
lexicon: each kind said in words other than the dev sets' and its ordinary, negated or past look-alikes. The shipped
model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


# a school or a kindergarten without its teacher, carer or cook for weeks
@pytest.mark.parametrize(
    "text",
    [
        "Учительницы английского нет уже третью неделю, уроки просто отменяют",
        "В группе садика месяц нет воспитательницы, детей сливают в другие группы",
        "Физичка полгода на больничном, заменять некому, а экзамен весной",
    ],
)
def test_staff_missing_for_weeks(text):
    assert ("staff missing for weeks", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Учителя нет в кабинете, где его найти?",
        "Учительница уволилась в прошлом году, сейчас всё хорошо",
        "Спасибо воспитателю за утренник, целый месяц готовились",
    ],
)
def test_staff_missing_for_weeks_not(text):
    assert ("staff missing for weeks", "high") not in names(text)


# phone, internet or television gone for days or for a whole house; no signal while someone is taken ill
@pytest.mark.parametrize(
    "text",
    [
        "Телевидение не показывает уже неделю, ни одного канала",
        "Весь подъезд без интернета со вчерашнего дня",
        "Связи нет третий день после бури, до района не дозвониться",
    ],
)
def test_no_connection_for_days(text):
    assert ("no phone or internet", "high") in names(text)


def test_no_connection_with_someone_ill():
    text = "Связь пропала, у мамы приступ, дозвониться до врачей не можем"
    assert ("no connection with someone ill", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера не было интернета весь вечер, сегодня всё работает",
        "Интернет очень дорогой и медленный уже месяц",
        "Если у соседа будет приступ, как вызвать скорую без связи?",
    ],
)
def test_no_connection_not(text):
    found = names(text)
    assert ("no phone or internet", "high") not in found
    assert ("no connection with someone ill", "critical") not in found


# a road sign knocked down, said with its name or its place between
@pytest.mark.parametrize(
    "text",
    [
        "Знак «Главная дорога» на выезде с улицы Лесной сбит и валяется в кювете",
        "Знак «Осторожно, дети» у школы повалили, поставьте обратно",
    ],
)
def test_road_sign_down_far(text):
    assert ("road sign down", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Просим поставить новый знак «Дети» у школы, машины носятся",
        "Знак у въезда в деревню сбили в прошлом году, его давно поставили на место",
    ],
)
def test_road_sign_down_far_not(text):
    assert ("road sign down", "high") not in names(text)


# a balcony slab cracked or hanging, a foundation sunk, a crack grown wider
@pytest.mark.parametrize(
    "text",
    [
        "Плита балкона на четвёртом этаже треснула и висит над тротуаром",
        "После стройки рядом у нашего дома просел фундамент, по стенам пошли трещины",
        "По стене дома идёт трещина, за зиму она стала шире",
    ],
)
def test_crack_threatens_collapse_more(text):
    assert ("crack threatens collapse", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Балконная плита треснула в прошлом году, её уже заменили",
        "Трещина на асфальте во дворе стала шире",
        "Фундамент гаража просел, ворота не закрываются",
    ],
)
def test_crack_threatens_collapse_more_not(text):
    assert ("crack threatens collapse", "critical") not in names(text)


# a patient with chest pain, a stroke or a fracture refused or left waiting; an ambulance hours away from a stroke
@pytest.mark.parametrize(
    "text, signal",
    [
        ("В приёмном покое отказались осматривать отца с болью в сердце, велели идти в поликлинику", "care denied"),
        ("Бабушку с переломом ноги не берут в травматологию, сидим в коридоре", "care denied"),
        ("Скорая ехала к деду с приступом три часа", "ambulance waited for"),
    ],
)
def test_urgent_care_denied(text, signal):
    assert (signal, "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Отказали в путёвке в санаторий, у мужа давление",
        "Если у соседа будет приступ, а скорая едет два часа, что делать?",
        "В прошлом году скорая ехала к отцу с инфарктом два часа",
    ],
)
def test_urgent_care_denied_not(text):
    found = names(text)
    assert ("care denied", "critical") not in found
    assert ("ambulance waited for", "critical") not in found


# emissions from a plant, a pit or a boiler house with people coughing or with headaches
@pytest.mark.parametrize(
    "text",
    [
        "От котельной летит сажа, у детей второй день кашель и слезятся глаза",
        "Комбинат опять выбрасывает что-то едкое, у людей болит голова",
    ],
)
def test_emissions_far(text):
    assert ("emissions people breathe", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Пыль от ремонта в подъезде, кашляем",
        "В бассейне хлорка, дети кашляют",
    ],
)
def test_emissions_far_not(text):
    assert ("emissions people breathe", "high") not in names(text)


# a street or a yard dug up and left so that people cannot get through
@pytest.mark.parametrize(
    "text",
    [
        "Улицу перекопали под трубы и бросили, к домам не проехать",
        "Во дворе оставили траншею, к подъезду ходим по доскам",
    ],
)
def test_dug_up_and_left(text):
    assert ("dug up and left", "high") in names(text)


def test_dug_up_and_left_not():
    assert ("dug up and left", "high") not in names("Когда закопают траншею у школы? Уже огородили")


# a child benefit or a guardian's allowance unpaid for months
@pytest.mark.parametrize(
    "text",
    [
        "Опекунское пособие не платят с февраля, детей кормить нечем",
        "Выплата на ребёнка задерживается второй месяц",
    ],
)
def test_benefit_unpaid(text):
    assert ("wages unpaid", "high") in names(text)


def test_benefit_unpaid_not():
    assert ("wages unpaid", "high") not in names("Подскажите, почему пособие стало меньше в марте?")


# rubbish left after a fair, a holiday or a concert for days
@pytest.mark.parametrize(
    "text",
    [
        "После праздника на площади горы пакетов и бутылок, неделю никто не убирает",
        "После концерта в парке мусор лежит третий день",
    ],
)
def test_rubbish_after_event(text):
    assert ("rubbish left after an event", "high") in names(text)


def test_rubbish_after_event_not():
    assert ("rubbish left after an event", "high") not in names("Спасибо, после ярмарки мусор быстро вывезли")


# a gas pipe rusted through, a gas appliance's hose cracked
@pytest.mark.parametrize(
    "text",
    [
        "Газовая труба вдоль забора проржавела насквозь",
        "Шланг газовой колонки треснул, мастер придёт только в пятницу",
    ],
)
def test_gas_pipe_rusted(text):
    assert ("gas pipe damaged", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Газовую трубу покрасили, а ржавчина насквозь проступает через окраску",
        "Шланг от душа треснул",
    ],
)
def test_gas_pipe_rusted_not(text):
    assert ("gas pipe damaged", "high") not in names(text)


# coal, firewood or a gas cylinder ordered and still not brought
@pytest.mark.parametrize(
    "text",
    [
        "Дрова заказали ещё в сентябре, до сих пор не привезли, а морозы",
        "Уголь оплатили месяц назад, так и не завезли",
    ],
)
def test_fuel_not_brought(text):
    assert ("no fuel for heating", "high") in names(text)


def test_fuel_not_brought_not():
    assert ("no fuel for heating", "high") not in names("Где купить уголь подешевле, продажа с доставкой?")
