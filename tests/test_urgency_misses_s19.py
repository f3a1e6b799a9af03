"""Session 19 urgency misses and false alarms (issue #4), by kind; sentences written for the test. They test the
lexicon, which needs no refit to read them (the rules after the model: test_urgency_short_and_harmless.py):

- critical now: an ambulance's dispatcher with no free crews while someone is ill, a child or relative not come
  home or back («не пришёл из школы»), children freezing outdoors in a hard frost in degrees, an ambulance missing for
  N «минуты»;
- not critical: a gas smell of yesterday that is gone, or checked and found safe; a hedged absence («не то чтобы
  совсем нет газа»); an outage asked about and answered «сейчас всё работает».
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def levels(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.level) for s in find_signals(text)]


def critical(text: str) -> bool:
    return any(s.level == "critical" for s in find_signals(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Диспетчер говорит нет свободных бригад, а маме очень плохо", "ambulance waited for"),
    ("Вызвали, диспетчер говорит нет свободных бригад, у отца давление 200", "ambulance waited for"),
    ("Скорой нет уже 23 минуты, человеку плохо", "ambulance waited for"),
    ("Внук не пришёл из школы, телефон не отвечает", "missing person"),
    ("Дочь не пришла домой, телефон недоступен", "missing person"),
    ("Школьники мерзнут на остановке в -30, автобуса нет", "children in the frost"),
    ("Дети ждут автобус на трассе при -35, никого нет", "children in the frost"),
])
def test_a_danger_now_is_critical(text: str, name: str) -> None:
    assert (name, "critical") in levels(text)


@pytest.mark.parametrize("text", [
    "Диспетчер УК говорит нет свободных бригад, сантехник будет завтра",  # a utility's crew, no one ill
    "Мама не пришла на приём к врачу, запись пропала",  # an appointment missed
    "Сантехник не пришёл, хотя обещали",  # no one missing
    "Вчера дети мерзли на остановке при -30",  # the past
    "Дети ждут автобус каждое утро при -25",  # a habit: the bus's matter (high)
    "Школьники мерзнут на остановке в -10",  # no hard frost by itself
])
def test_near_misses_are_not_those_dangers(text: str) -> None:
    assert not critical(text)


@pytest.mark.parametrize("text", [
    "Пахло газом вчера вечером на площадке 2 этажа, сейчас вроде нет, но соседи волнуются",
    "Вроде уже не пахнет, но вчера вечером был запах газа возле счётчика на кухне. Проверьте пожалуйста",
    "Вчера пахло газом, газовая служба приезжала, проверили, всё в порядке",
    "Вчера пахло газом на лестнице, приезжали из горгаза, утечки нет, проверили",
    "Запах газа проверили, аварийка приехала за 15 минут, всё в порядке, спасибо",
    "не то чтобы совсем нет газа, но давление слабое",
    "Не сказать чтобы воды не было, но напор слабый",
    "Свет дали? Опять отключили? Нет, сейчас всё работает",
    "Опять отключили свет? Сейчас всё работает",
])
def test_a_past_checked_or_hedged_danger_is_not_critical(text: str) -> None:
    assert not critical(text)


@pytest.mark.parametrize("text", [
    "Вчера вечером был запах газа, сегодня опять пахнет",  # yesterday and again now
    "Пахнет газом. Приехали газовики, утечки не нашли, а запах остаётся",  # checked, still smells
    "Не то что газа нет, воды тоже нет третий день",  # «не то что»: let alone, no hedge
    "Свет отключили, всё работает от генератора",  # no repair
])
def test_a_danger_that_goes_on_stays_critical(text: str) -> None:
    assert critical(text)


def test_a_checked_gas_smell_is_a_problem_fixed() -> None:
    found = find_signals("Вчера пахло газом, газовая служба приезжала, проверили, всё в порядке")
    assert [(s.name, s.level) for s in found] == [("gas smell yesterday", "normal"), ("gas checked", "normal")]


def test_a_hedged_absence_is_a_weak_supply() -> None:
    # the pressure is the gas's: it read as "weak water pressure" until walkthrough s41
    assert levels("не то чтобы совсем нет газа, но давление слабое") == [("no gas", "high"),
                                                                          ("weak gas pressure", "high")]


@pytest.mark.parametrize("text", [
    "Пахло газом вчера вечером на площадке 2 этажа, сейчас вроде нет, но соседи волнуются",
    "Вроде уже не пахнет, но вчера вечером был запах газа возле счётчика на кухне. Проверьте пожалуйста",
])
def test_a_gas_smell_of_yesterday_is_high(text: str) -> None:
    assert levels(text) == [("gas smell yesterday", "high")]


def test_a_gas_smell_of_yesterday_checked_is_settled() -> None:
    text = "Вчера пахло газом на лестнице, приезжали из горгаза, утечки нет, проверили"
    assert {level for _, level in levels(text)} == {"normal"}
