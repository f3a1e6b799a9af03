"""«person not answering» (6a0f3ff, c1c3266) is critical only with the days it has lasted (or a groan behind the door):
its rows took «дверь», «телефон», «звонок» in the slot of the days, so advice and habits were critical alarms
(«Пенсионеры, не открывайте дверь незнакомцам» 0.92 on a private refit; session 17 review). Session 18 review (item
4): a sign of the days instead of them (a long time, «с понедельника», a smell from the flat, a full mailbox, a dog
barking inside) alarms as much; strangers or a complaint named keep advice and habits out. Written for the test."""

import pytest

from mcu_nlp.lexicon import find_signals


def _names(text: str) -> list[str]:
    return [s.name for s in find_signals(text) if s.level == "critical"]


@pytest.mark.parametrize("text", [
    "Пенсионеры, не открывайте дверь незнакомцам",
    "Пожилые люди не открывают дверь газовщикам, как проверить плиты",
    "Бабушка не открывает дверь чужим",
    "Отец не отвечает на звонки из больницы, как записаться",
    "Мама не берет трубку",
    "Пенсионеры, давно пора не открывать дверь незнакомцам",
    "Пожилые долго не открывают дверь посторонним, и правильно",
    "Пенсионерка не открывает дверь по понедельникам, как передать квитанцию?",
    "Пожилая соседка давно не отвечает на мои просьбы не шуметь",
])
def test_no_days_no_alarm(text: str) -> None:
    assert "person not answering" not in _names(text)


@pytest.mark.parametrize("text", [
    "Моя мама живёт одна, 85 лет, третий день не отвечает на звонки",
    "Дедушка-инвалид из 5 квартиры не берёт телефон вторые сутки",
    "Пожилой сосед не открывает дверь уже двое суток",
    "Бабушка не открывает дверь, за дверью стонет",
    "Пожилая соседка не выходит и не открывает неделю",
    "Пожилой сосед не открывает дверь, из квартиры трупный запах",
    "Дедушка давно не открывает дверь, почтовый ящик переполнен",
    "Бабушка не открывает дверь, слышен лай собаки, соседи волнуются",
    "Соседка пенсионерка с понедельника не открывает дверь, свет горит",
])
def test_days_or_a_groan_alarm(text: str) -> None:
    assert "person not answering" in _names(text)
