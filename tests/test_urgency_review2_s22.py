"""Session 22's mid-session review of the session's new urgency lexicon rows (issue #4), read by the lexicon: each
row's everyday look-alike the review found, and the row's own cases kept. The shipped model reads the rows once
refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


def levels(text, name):
    return {level for signal, level in names(text) if signal == name}


# armed threat: chopping or splitting is no cancel of an attack; firewood, bushes or branches near it are
@pytest.mark.parametrize(
    "text",
    [
        "Пьяный мужик с топором ходит по двору, рубит машины",
        "Пьяный сосед колет ножом покрышки и бегает за детьми",
    ],
)
def test_armed_threat(text):
    assert ("armed threat", "critical") in names(text)


@pytest.mark.parametrize("text", ["Сосед рубит дрова топором, ходит по двору"])
def test_armed_threat_not(text):
    assert ("armed threat", "critical") not in names(text)


# a cry for help: volunteers searching are no cancel, a clean-up day is
def test_cry_for_help_with_volunteers_searching():
    text = "В лесу слышали крики, кто-то звал на помощь, волонтёры и полиция ищут"
    assert ("cry for help", "critical") in names(text)


# a person in the frost: an animal cancels only in the match's clause; a homeless animal alone is none
@pytest.mark.parametrize(
    "text",
    [
        "Мужчина лежит на остановке в мороз, не встаёт, бездомная собака его греет",
        "Бездомный лежит на остановке в мороз, не встаёт",
        "Женщина ночует под мостом, -20, не встаёт",
    ],
)
def test_person_in_the_frost(text):
    assert ("person in the frost", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Бездомная собака лежит на морозе, не встаёт",
        "Бездомный пёс спит на морозе у магазина",
        "Собака соседей лежит на морозе третий день",
    ],
)
def test_person_in_the_frost_not(text):
    assert ("person in the frost", "critical") not in names(text)


# no connection with someone ill: «стало плохо», «плохо с сердцем» or a named illness; a bare «плохо» is none
@pytest.mark.parametrize(
    "text",
    [
        "Связи нет, маме стало плохо, скорую вызвать не можем",
        "Телефон не ловит, отцу плохо с сердцем",
        "Связь пропала, у мамы приступ, дозвониться до врачей не можем",
    ],
)
def test_no_connection_with_someone_ill(text):
    assert ("no connection with someone ill", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Интернет в школе не работает, детям плохо слышно учителя",
        "Телефон не работает, мобильный тоже плохо ловит",
        "Сигнализация не работает, соседу стало плохо от шума",
    ],
)
def test_no_connection_with_someone_ill_not(text):
    assert ("no connection with someone ill", "critical") not in names(text)


# staff missing for weeks: a new one, a pension, a replacement or a return is none, nor a pupil's sick leave
@pytest.mark.parametrize(
    "text",
    [
        "Учителя математики нет с сентября",
        "Химичка полгода на больничном, заменять некому",
        "Повариха уволилась, дети неделю на булках",
        "Учителя физики нет месяц, замены нет",
    ],
)
def test_staff_missing_for_weeks(text):
    assert ("staff missing for weeks", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Наша учительница ушла на пенсию в сентябре, новая очень хорошая",
        "Повар уволился, через неделю выйдет новый",
        "Ребёнок неделю на больничном, учитель не даёт задания",
    ],
)
def test_staff_missing_for_weeks_not(text):
    assert ("staff missing for weeks", "high") not in names(text)


# a benefit unpaid: a question word cancels no «нечем кормить»
@pytest.mark.parametrize(
    "text",
    [
        "Почему пособие на ребёнка не платят уже четыре месяца, кормить детей нечем?",
        "Пособие на детей перестали платить два месяца назад, нечем кормить",
    ],
)
def test_benefit_unpaid(text):
    assert ("wages unpaid", "high") in names(text)


def test_benefit_question_not():
    text = "Почему в этом месяце нет выплаты на ребёнка, всегда была до 15 числа?"
    assert ("wages unpaid", "high") not in names(text)


# dug up and left: «когда закопают» asks for it; «закопали» is done
@pytest.mark.parametrize(
    "text",
    [
        "Когда закопают траншею у подъезда, не пройти уже месяц",
        "Траншею у подъезда раскопали, когда закопают неизвестно, к подъезду не пройти",
    ],
)
def test_dug_up_and_left(text):
    assert ("dug up and left", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Траншею раскопали, к подъезду не пройти, вчера закопали",
        "Когда траншею раскопали, к подъезду было не пройти, сейчас всё закопали",
    ],
)
def test_dug_up_and_left_not(text):
    assert ("dug up and left", "high") not in names(text)


# emissions: a neighbour is no cancel; an ache only of the head, the throat or the eyes
@pytest.mark.parametrize(
    "text",
    [
        "Фабрика ночью выбрасывает дым, у соседей слезятся глаза",
        "Запах аммиака от птицефабрики третий день, у людей головные боли",
        "Завод ночью выпускает что-то едкое, у детей болит горло",
    ],
)
def test_emissions(text):
    assert ("emissions people breathe", "high") in names(text)


def test_emissions_not_a_backache():
    assert ("emissions people breathe", "high") not in names("Работаю на заводе, болит спина, прошу путёвку")


# a balcony slab: insulation, foam, cladding or tiles come away, not the slab
def test_balcony_slab():
    assert ("crack threatens collapse", "critical") in names("Балконная плита треснула и отошла от стены")


@pytest.mark.parametrize("text", ["На балконе отошла плита утеплителя", "Плитка на балконе отошла, плита вроде целая"])
def test_balcony_slab_not(text):
    assert ("crack threatens collapse", "critical") not in names(text)


# a gas hose: a dripping one is water
@pytest.mark.parametrize(
    "text", ["Шланг у газовой плиты потрескался", "Газовый котёл отопления, подводка газа треснула"]
)
def test_gas_hose(text):
    assert ("gas pipe damaged", "high") in names(text)


def test_gas_hose_not():
    assert ("gas pipe damaged", "high") not in names("Котёл отопления старый, подводка треснула, капает")


# a television set broken is a repair; TV broadcast gone for days is not
def test_tv_set_not():
    assert ("no phone or internet", "high") not in names("Телевизор не работает второй день, подскажите мастерскую")


def test_tv_broadcast():
    assert ("no phone or internet", "high") in names("Телевидение не показывает уже неделю")


# rubbish after an event: «день» with a count or «уже» only
@pytest.mark.parametrize(
    "text",
    [
        "После праздника мусор лежит уже день",
        "После ярмарки на площади горы коробок, третий день лежат",
        "После субботника мешки с листвой стоят вдоль дороги 10 дней",
    ],
)
def test_rubbish_after_event(text):
    assert ("rubbish left after an event", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "В день праздника мусор соберут в пакеты, просим поставить контейнеры",
        "Ко дню ярмарки просим поставить мешки для мусора",
        "В день субботника выдадим мешки для мусора",
    ],
)
def test_rubbish_after_event_not(text):
    assert ("rubbish left after an event", "high") not in names(text)


# coal ordered: a delivery set for next week is no delay
def test_fuel_not_delivered():
    text = "Уголь на зиму заказали в августе, до сих пор не привезли, а уже заморозки"
    assert ("no fuel for heating", "high") in names(text)


def test_fuel_delivery_next_week_not():
    assert not levels("Уголь заказали на следующую неделю, пока не привезли", "no fuel for heating")
