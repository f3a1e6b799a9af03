"""Kinds of critical appeals from regions other than the two portals that the lexicon did not read (session 15,
issue #4): an ambulance waited for, the emergency line down, a hospital that will not take a patient in, water rising
towards homes or standing in them, no fuel or no water brought by truck, people poisoned, a crane's load over
people, people stranded in the cold, children on thin ice, a tree broken over a playground, a road closed to the
fire engine, hot water and heating out together, a smoke whose choking is said in a short exclamation; and two kinds
read too high or too low: a bag hanging on a tree (no falling tree), a stairwell de-energised (lighting, high).

The sentences are written for the test, not taken from the blind sets. These test the lexicon (the checkout's
data file) and the guideline, which do not need the shipped model refitted.
"""

from __future__ import annotations

import pytest

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.guideline import weak

CRITICAL = [
    ("Ждём скорую уже второй час, у мамы инсульт", "ambulance waited for"),
    ("Вызвали скорую 40 минут назад, никого нет", "ambulance waited for"),
    ("Диспетчер говорит, все бригады на вызовах, а у деда сердце", "ambulance waited for"),
    ("Второй час не работает 112, у соседа приступ", "emergency line down"),
    ("Ребёнку плохо, а в больницу не кладут без направления", "care denied"),
    ("Река поднимается, вода подошла к домам на Заречной", "rising water"),
    ("После ливня вода в домах по колено", "water in homes"),
    ("Печку топить нечем, а на улице минус тридцать", "no fuel for heating"),
    ("Уголь пенсионерам так и не завезли", "no fuel for heating"),
    ("Водовоз не приезжает в деревню неделю", "no water"),
    ("Скотину поить нечем, людям пить нечего", "no water"),
    ("В лагере дети отравились, троих госпитализировали", "poisoning"),
    ("Башенный кран носит плиты над детской площадкой", "load over people"),
    ("Машина заглохла на зимнике, пурга, с нами ребёнок", "stranded in the cold"),
    ("Дети бегают по тонкому льду на реке", "thin ice"),
    ("Берёза у дома на Лесной треснула и нависла над дорогой", "falling tree"),
    ("Мост сгнил, скорая и пожарка к нам теперь не проедут", "emergency access blocked"),
    ("Нет горячей воды и отопления третий день", "no heating"),
    ("От завода едкий дым, дети кашляют", "smoke one cannot breathe"),
    ("Соседи жгут мусор. Дышать нечем!", "smoke one cannot breathe"),
]


@pytest.mark.parametrize(("text", "name"), CRITICAL)
def test_a_kind_of_critical_appeal_is_read(text: str, name: str) -> None:
    assert (name, "critical") in [(s.name, s.level) for s in find_signals(text)]


NOT_CRITICAL = [
    "Ждём скорого ответа на обращение",  # the adjective, no ambulance
    "Скорая приехала через час, ждали долго",  # the ambulance came
    "Если 112 не работает, куда звонить?",  # a what-if
    "Уровень воды в луже поднимается после дождя",  # a puddle
    "Вода в подвале по колено",  # a basement: high, not a home
    "Уголь для котельной не завезли",  # a boiler house's supply
    "Соседи отравили кошку",  # an animal
    "Отравились просроченным товаром из магазина",  # a complaint about a shop's goods
    "Капает кран над раковиной",  # a water tap
    "Автобус сломался, ждали на остановке в мороз",  # a cancelled bus: high
    "Лёд на катке тонкий",  # thin ice, nobody on it
    "На дереве висит пакет с мусором",  # a bag on a tree
    "На ветках деревьев висят пакеты",
    "Нет горячей воды, отопление работает",  # hot water alone: high
    "Подъезд обесточен",  # a stairwell: lighting
    "Соседи жгут мусор. Дышать нечем.",  # a new statement, not an exclamation that goes on the one before
]


@pytest.mark.parametrize("text", NOT_CRITICAL)
def test_a_look_alike_is_not_critical(text: str) -> None:
    assert [s for s in find_signals(text) if s.level == "critical"] == []


def test_an_absence_reads_its_own_sentence_only() -> None:
    """"нет" of one sentence and "газом" of an exclamation after it are no gas cut."""
    found = [(s.name, s.level) for s in find_signals("Света нет. Газом пахнет!")]
    assert found == [("no power", "critical"), ("gas smell", "critical")]


def test_a_stairwell_de_energised_is_lighting_and_a_house_is_without_power() -> None:
    assert [(s.name, s.level) for s in find_signals("Подъезд обесточен")] == [("stairwell de-energised", "high")]
    assert [(s.name, s.level) for s in find_signals("Дом обесточен")] == [("no power", "critical")]


def test_an_outage_fixed_in_an_exclamation_stays_fixed() -> None:
    assert [(s.name, s.level) for s in find_signals("Нет света. Сейчас дали!")] == [
        ("no power", "normal"), ("repaired", "normal")]


def test_hot_water_alone_is_high() -> None:
    assert weak(find_signals("Нет горячей воды")) and not weak(find_signals("Нет воды"))
    model = default_models().urgency
    assert list(model.predict(["Нет горячей воды", "Третий день нет горячей воды"])) == ["high", "high"]
    assert list(model.predict(["Нет воды", "Пахнет газом"])) == ["critical", "critical"]
