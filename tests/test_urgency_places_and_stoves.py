"""Session 13's urgency lexicon rows: the place of a power cut read in the whole text, children alone at home with
their ages named, a clinic's wait without an appointment word, and things that only look like danger (a past arson, a
water meter, a flame in a stove). Each level is urgency.md's."""

from __future__ import annotations

import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import Lexicon, find_signals, parse_rules
from mcu_nlp.urgency.guideline import signal_level

# (text, lexicon level): urgency.md "no electricity in homes" is critical, "street or stairwell lighting out" high; a
# heading sentence names the stairwell beyond the window of the row's unless words
POWER = [
    ("Пожарная лестница. Между 15 и 16 нет света.", "high"),
    ("7 этаж. Лифт холл. Нет света.", "high"),
    ("Парадная 2. Нет света.", "high"),
    ("Нет света. Парадная 3", "high"),
    ("Нет света на 9 и 10 этажах", "high"),
    ("12 линия 53, 2 подъезд\nне работают лампы на этажах.\nтемно, нету света.", "high"),
    ("Подъезд 2. В квартирах нет света", "critical"),  # the cut's own sentence names a home
    ("Парадная 4. Третий день дома нет света, продукты портятся", "critical"),
    ("Вся улица без света второй день", "critical"),
    ("Уже сутки весь поселок без электричества", "critical"),
    ("С 18.00 нет света, горячей и холодной воды. Не работают лифты.", "critical"),  # lifts are no lamp
    # guards, as before: a bare cut, one in a home or a village; stairwell lighting in the same sentence
    ("Нет света", "critical"),
    ("В деревне нет света второй день", "critical"),
    ("Отключили свет в квартире", "critical"),
    ("Нет света в подъезде", "high"),
]
# (text, lexicon level)
READINGS = [
    # urgency.md: "a child ... left in danger": the children's ages between them and "одни дома"
    ("малыши 2 и 4 лет одни дома с утра", "critical"),
    ("Ребенок 7 лет один дома, мама в больнице", "critical"),
    ("Дети гуляют одни во дворе, пока мама дома", "normal"),  # outdoors, and the mother at home
    # urgency.md high: "a clinic where no appointment can be had for weeks", said without an appointment word
    ("В стоматологии по полису ОМС приём только через месяц", "high"),
    ("К неврологу в поликлинике лишь через три недели", "high"),
    ("Врач придёт через неделю", "normal"),  # a date, not a wait
    # a past arson is no fire now; one now is
    ("В прошлом году подожгли сарай, теперь опять мусор", "normal"),
    ("Подожгли сарай во дворе", "critical"),
    # a water meter is no wiring; water in an electricity meter or a switchboard is
    ("Когда нужна поверка счётчика воды?", "normal"),
    ("Вода течёт в электросчётчик", "critical"),
    ("Вода льется на проводку в коридоре", "critical"),
    # a flame in a stove or on a cooker is its normal use; a fire a stove started, or flames from a flat, are fires
    ("Пламя в печке синее, это нормально?", "normal"),
    ("На плите пламя конфорки жёлтое и коптит", "normal"),
    ("От печки загорелся дом", "critical"),
    ("Пламя вырывается из окна квартиры", "critical"),
    ("Горит дом!", "critical"),
]


@pytest.mark.parametrize(("text", "level"), POWER)
def test_the_place_of_a_power_cut_is_read_in_the_whole_text(text, level):
    assert signal_level(find_signals(text)) == level


@pytest.mark.parametrize(("text", "level"), READINGS)
def test_readings(text, level):
    assert signal_level(find_signals(text)) == level


HEADER = "name,level,group,pattern,window,unless,past,place"


def test_the_place_column_is_read_as_places_elsewhere_then_homes():
    rule = parse_rules([HEADER, "x,critical,power,нет свет,3,,,подъезд|этаж квартира|дом"])[0]
    assert rule.elsewhere.lemmas == {"подъезд", "этаж"} and rule.homes.lemmas == {"квартира", "дом"}
    lexicon = Lexicon(parse_rules([HEADER, "x,critical,power,нет свет,3,,,подъезд квартира"]))
    assert [s.name for s in lexicon.find("Подъезд 1. Нет света")] == []
    assert [s.name for s in lexicon.find("Подъезд 1. В квартире нет света")] == ["x"]
    assert [s.name for s in lexicon.find("Нет света")] == ["x"]


def test_a_place_column_of_three_slots_is_refused():
    with pytest.raises(InputError, match="place column of at most two slots"):
        parse_rules([HEADER, "x,critical,power,нет свет,3,,,подъезд квартира дом"])


def test_a_power_cut_is_not_read_again_as_a_stairwell_lamp_out():
    # urgency.md: no power in homes is critical, stairwell lighting out high: the same words are one or the other
    assert [s.name for s in find_signals("Нет света")] == ["no power"]
    assert [s.name for s in find_signals("В деревне нет света второй день")] == ["no power"]
    assert [s.name for s in find_signals("Нет света в подъезде")] == ["lighting out"]


@pytest.mark.parametrize(("text", "level"), [
    ("Ребенок 6 лет один дома уже сутки", "critical"),
    ("Кто платит за поверку счётчиков воды в квартире?", "normal"),
    ("В прошлом году подожгли сарай, теперь опять мусор", "normal"),
    ("Пожарная лестница. Между 15 и 16 нет света.", "high"),
    ("Отключили свет в квартире", "critical"),
])
def test_the_shipped_model_reads_them_so(text, level):
    # the shipped model copies the lexicon it was fitted with: these levels need the refit of session 13
    from mcu_nlp.persistence import load
    from mcu_nlp.urgency import DEFAULT_MODEL

    assert load(DEFAULT_MODEL).predict([text])[0] == level
