"""Session 17 review: a person whose life is in danger now (urgency.md critical) had no signal: «На остановке лежит
мужчина без сознания, не дышит», «Человек тонет», «Ребенок задыхается» were answered normal. Not a stink or smoke
people choke on (the emissions and smoke rows), a yard or a town "drowning" in mud or rubbish, a what-if, a past case,
a nose that does not breathe. Session 18 review (items 1-3): a request to call help or a cause is no what-if
(«вызовите скорую», «после ДТП»), a person drowning in a car, a driver or a passer-by is a person in danger, one
lying still on the snow too; people fainting or choking from stuffiness complain of conditions, and a queue that does
not move is no person. Sentences written for the test; they test the lexicon, which needs no refit."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals

DANGER = "person in danger now"


@pytest.mark.parametrize("text", [
    "На остановке лежит мужчина без сознания, не дышит",
    "Человек тонет у моста!",
    "Ребенок задыхается, скорая не едет",
    "Ребёнок подавился, помогите",
    "Мужчина потерял сознание в автобусе",
    "У реки тонет рыбак, лёд проломился",
    "Бабушка не дышит",
    "Мужчина без сознания у подъезда, вызовите скорую!",
    "Мужчина не дышит, вызовите скорую",
    "В подъезде лежит мужчина, не дышит, вызовите скорую",
    "Женщина без сознания после ДТП на перекрёстке",
    "Ребенок тонет в машине на затопленном переезде",
    "Машину унесло течением, водитель тонет",
    "Прохожий не дышит, лежит у магазина",
    "Мужчина лежит на снегу у магазина, не двигается, мороз",
])
def test_a_person_in_danger_now_is_critical(text: str) -> None:
    assert (DANGER, "critical") in [(s.name, s.level) for s in find_signals(text)]


@pytest.mark.parametrize("text", [
    "Двор тонет в грязи, дети не могут пройти",
    "Город тонет в мусоре",
    "Машина тонет в луже у подъезда",
    "Ребенок задыхается от вони с завода",
    "Стена не дышит, пластиковые окна",
    "В прошлом году утонул ребенок",
    "Мой сын не дышит носом уже неделю, запись к врачу на месяц",
    "Если человек потеряет сознание, как сюда доедет скорая?",
    "Люди теряют сознание в очереди в поликлинике из-за духоты",
    "Дети задыхаются в классе, жара 30 градусов, окна не открываются",
    "После операции мама была без сознания два дня, сейчас дома",
    "Очередь не двигается, пенсионеры стоят часами",
    "Может потерять сознание от такой жары кто-нибудь",
    "Мужчина лежит на лавочке пьяный каждый день, не двигается",
])
def test_no_person_in_danger_where_none_is(text: str) -> None:
    assert DANGER not in [s.name for s in find_signals(text)]


# Session 18 review #2 (item 1): stuffiness cancels only many people fainting or choking (a plural verb), which is a
# complaint of conditions (high); one person who fainted in a queue or in the heat is in danger now, whatever the cause.
@pytest.mark.parametrize("text", [
    "Мужчина потерял сознание в очереди в поликлинике, никто не подходит",
    "Бабушка потеряла сознание в очереди в МФЦ, лежит на полу",
    "Пенсионер потерял сознание в очереди за лекарствами, срочно",
    "В поликлинике мужчина лежит без сознания у регистратуры, очередь стоит",
    "Женщине стало плохо в жару, потеряла сознание на остановке, лежит",
    "Мужчина задыхается, приступ астмы, кондиционер в автобусе сломан",
    "Ребенок задыхается, в квартире жарко, скорая не едет",
])
def test_one_person_fainting_in_a_queue_or_the_heat_is_critical(text: str) -> None:
    assert (DANGER, "critical") in [(s.name, s.level) for s in find_signals(text)]


@pytest.mark.parametrize("text", [
    "Люди теряют сознание в очереди в поликлинике из-за духоты",
    "Пассажиры задыхаются в переполненном автобусе, добавьте рейсов",
    "Дети задыхаются в классе, жара 30 градусов, окна не открываются",
    "Люди падают в обморок от жары на остановке",
])
def test_many_fainting_from_stuffiness_is_a_complaint_of_conditions(text: str) -> None:
    found = [(s.name, s.level) for s in find_signals(text)]
    assert not any(level == "critical" for _, level in found)
    assert ("people unwell from stuffiness", "high") in found


# Session 18 review #2 (item 4): traffic or a queue that does not move, a person lying still yesterday, and one already
# taken to hospital are no person in danger now; one lying still now is.
@pytest.mark.parametrize("text", [
    "Водитель маршрутки не двигается с места, стоим полчаса",
    "Прохожие не двигаются, тротуар занят машинами",
    "Вчера у магазина лежал мужчина, не двигался, никто не помог",
    "После ДТП водитель без сознания, его увезли в больницу, прошу проверить светофор",
])
def test_traffic_a_past_case_or_one_taken_to_hospital_is_no_person_in_danger(text: str) -> None:
    assert DANGER not in [s.name for s in find_signals(text)]


@pytest.mark.parametrize("text", [
    "Мужчина лежит у подъезда, не двигается, вызовите скорую",
    "Водитель без сознания в машине, не двигается",
    "Мужчина не дышит, лежит у магазина, скорую вызвали",
])
def test_a_person_lying_still_now_stays_critical(text: str) -> None:
    assert (DANGER, "critical") in [(s.name, s.level) for s in find_signals(text)]
