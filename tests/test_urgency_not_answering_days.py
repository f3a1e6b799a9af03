"""«person not answering» (6a0f3ff, c1c3266) is critical only with the days it has lasted (or a groan behind the door):
its rows took «дверь», «телефон», «звонок» in the slot of the days, so advice and habits were critical alarms
(«Пенсионеры, не открывайте дверь незнакомцам» 0.92 on a private refit; session 17 review). Written for the test."""

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
])
def test_no_days_no_alarm(text: str) -> None:
    assert "person not answering" not in _names(text)


@pytest.mark.parametrize("text", [
    "Моя мама живёт одна, 85 лет, третий день не отвечает на звонки",
    "Дедушка-инвалид из 5 квартиры не берёт телефон вторые сутки",
    "Пожилой сосед не открывает дверь уже двое суток",
    "Бабушка не открывает дверь, за дверью стонет",
    "Пожилая соседка не выходит и не открывает неделю",
])
def test_days_or_a_groan_alarm(text: str) -> None:
    assert "person not answering" in _names(text)
