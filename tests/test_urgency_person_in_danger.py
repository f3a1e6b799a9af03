"""Session 17 review: a person whose life is in danger now (urgency.md critical) had no signal: «На остановке лежит
мужчина без сознания, не дышит», «Человек тонет», «Ребенок задыхается» were answered normal. Not a stink or smoke
people choke on (the emissions and smoke rows), a yard or a town "drowning" in mud or rubbish, a what-if, a past case,
a nose that does not breathe. Sentences written for the test; they test the lexicon, which needs no refit."""

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
])
def test_no_person_in_danger_where_none_is(text: str) -> None:
    assert DANGER not in [s.name for s in find_signals(text)]
