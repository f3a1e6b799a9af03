"""Session 16 walkthrough (urgency): an outage dated over or asked to be recalculated, cold radiators beside hot
water, and fires the lexicon did not read (a bath-house, grass) or read too low (a home burnt down).

urgency.md: "A past problem that is already fixed ... is normal", payments are normal; "no heating ... when the
text says it is cold at home" and "fire" are critical. The sentences are written for the test, not taken from a
blind set; they test the checkout's lexicon and guideline, which need no refitted model.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals, load_lexicon
from mcu_nlp.urgency import lexicon_predict

PAST = [
    "Летом не было воды неделю, сейчас все нормально",
    "В прошлом месяце не было отопления 2 дня, прошу сделать перерасчет",
    "Перерасчет за свет, которого не было 3 дня в прошлом месяце, так и не сделали",
    "Почему в ноябре не было газа 2 дня? Кто компенсирует испорченные продукты?",
    "Зимой не было электричества сутки, прошу возместить стоимость продуктов",
]


@pytest.mark.parametrize("text", PAST)
def test_an_outage_dated_over_is_no_critical_signal(text: str) -> None:
    signals, dated = load_lexicon().read(text)
    assert not [s for s in signals if s.level == "critical"] and dated, signals


NOW = [
    "С прошлой недели нет воды",  # a past start, an outage now
    "В прошлом месяце отключили газ и до сих пор не включили",
    "Воды не было вчера и сегодня нет",
    "Нет воды третий день, сделайте перерасчет",  # a recalculation asked for an outage that goes on
    "В квартире отсутствует отопление, прошу перерасчет за октябрь",
    "Летом не было воды неделю, и сейчас опять не было воды",
    "Третий день не было воды",  # no past frame
    "Зимой без отопления сидим",
]


@pytest.mark.parametrize("text", NOW)
def test_an_outage_that_goes_on_stays_critical(text: str) -> None:
    assert lexicon_predict([text]) == ["critical"], find_signals(text)


@pytest.mark.parametrize("text", ["Была авария, воды не было сутки, сейчас всё дали",
                                  "Света не было с утра, сейчас всё нормально"])
def test_everything_back_repairs_the_outage_before_it(text: str) -> None:
    assert lexicon_predict([text]) == ["normal"], find_signals(text)


@pytest.mark.parametrize("text", ["нет горячей воды и батареи холодные", "Горячей воды нет, батареи холодные",
                                  "Третий день нет горячей воды и батареи холодные, дома +15, ребенок заболел"])
def test_cold_radiators_beside_hot_water_are_no_heating(text: str) -> None:
    assert ("no heating", "critical") in [(s.name, s.level) for s in find_signals(text)]


FIRES = [
    ("Горит баня у соседей", "critical"),
    ("Баня горит у соседей, помогите", "critical"),
    ("Загорелась банька на участке", "critical"),
    ("Горит трава у дороги", "critical"),
    ("Полыхает камыш за огородами", "critical"),
    ("Пожар в поле за деревней, ветер в сторону домов", "critical"),
    ("Сгорел дом, семья на улице", "high"),
    ("Помогите погорельцам с улицы Лесной", "high"),
]


@pytest.mark.parametrize(("text", "level"), FIRES)
def test_a_fire_is_read(text: str, level: str) -> None:
    assert lexicon_predict([text]) == [level], find_signals(text)


NOT_FIRES = [
    "В бане горит свет всю ночь",  # a lamp
    "Топим баню, дым из трубы",  # a stove's smoke
    "Сухая трава может загореться от окурка",  # a what-if
    "Сгорела лампочка в подъезде",  # a lamp
    "Дом может сгореть, проводка старая",  # a what-if
    "Трава на газоне выгорела на солнце",  # the sun
]


@pytest.mark.parametrize("text", NOT_FIRES)
def test_not_a_fire(text: str) -> None:
    assert lexicon_predict([text]) != ["critical"] and "burnt home" not in {s.name for s in find_signals(text)}
