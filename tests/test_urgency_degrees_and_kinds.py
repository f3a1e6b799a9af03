"""Session 17 (issue #4): the lexicon reads indoor temperatures, a repair said with «потом», and kinds of high and
critical appeals from other regions urgency.md names in general words.

- urgency.md's heating rules in numbers: a temperature with a sign or a unit («+13», «16 градусов», «14°C»; not a bare
  number, which may be a house) where people live, learn or are treated is a cold room (high), below 10 degrees a home
  as good as unheated (critical); not the street, water, a pool or an angle;
- «не было воды, потом дали» is a past problem, already fixed;
- high: ice said as a skating rink, a billboard torn loose and swinging, power that surges and burns appliances, a
  storm drain blocked with its place between, a pack of stray dogs, the mobile network gone, an abandoned building
  open to children, a bus or a mobile shop that stopped coming;
- critical: an elderly or disabled person who has not opened the door or answered the phone for days, a gas smell
  said by its draught («тянет газом»), pills run out («кончились таблетки»).

The sentences are written for the test, not taken from the dev sets. They test the lexicon (the checkout's data file
and code), which does not need the shipped model refitted.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.level) for s in find_signals(text)]


READ = [
    ("В спальне +13, обогреватель не спасает", "cold indoors in degrees", "high"),
    ("В группе детского сада 15 градусов, дети в колготках", "cold indoors in degrees", "high"),
    ("Температура в классе 14°C, ученики мёрзнут в куртках", "cold indoors in degrees", "high"),
    ("У бабушки в доме +6, дрова кончились", "cold indoors in degrees", "critical"),
    ("В комнате +7, дети спят одетыми", "cold indoors in degrees", "critical"),
    ("Дорожка к поликлинике — сплошной каток, пенсионеры падают", "ice like a rink", "high"),
    ("Рекламная растяжка над дорогой оторвалась и болтается", "loose structure", "high"),
    ("Вечером напряжение прыгает, в квартире всё мигает", "power surges", "high"),
    ("У соседей перегорел холодильник, у нас телевизор сгорел", "power surges", "high"),
    ("Ливнёвку у остановки на улице Победы забило, после дождя лужа по колено", "sewer", "high"),
    ("Свора бездомных собак бегает у школы, дети боятся", "stray dog pack", "high"),
    ("Сотовая связь пропала во всём селе", "no mobile signal", "high"),
    ("В заброшенном детском лагере лазают подростки", "abandoned building", "high"),
    ("Школьный автобус перестал ездить в Михайловку", "bus not running", "high"),
    ("Соседка, пенсионерка 80 лет, второй день не открывает дверь", "person not answering", "critical"),
    ("Дедушка-инвалид из 5 квартиры не берёт телефон вторые сутки", "person not answering", "critical"),
    ("Из подвала тянет газом", "gas smell", "critical"),
    ("У деда кончились таблетки от сердца, аптеки в селе нет", "medicine denied", "critical"),
    # session 18: a compound names the person as one of its parts; the guards of the session-18 look-alikes below
    ("Соседка-бабушка не открывает дверь третий день", "person not answering", "critical"),
    ("Паром через реку не ходит третий день, в больницу не попасть", "settlement cut off", "critical"),
    ("Зимник закрыли, деревня отрезана", "settlement cut off", "critical"),
    ("Открытый люк с кучей мусора внутри", "open manhole", "critical"),
    ("Из щитка летят искры, угроза короткого замыкания", "sparks", "critical"),
    ("Спасибо, но утечка газа в подъезде так и не устранена", "gas leak", "critical"),
    ("С фасада падают куски кирпича на тротуар", "falling debris", "critical"),
    ("В доме обрушился подъезд, люди под завалами", "collapse", "critical"),
]


@pytest.mark.parametrize(("text", "name", "level"), READ)
def test_a_kind_is_read(text: str, name: str, level: str) -> None:
    assert (name, level) in _found(text)


NOT_READ = [
    ("На улице +15, а в квартире жарко", "cold indoors in degrees"),  # the street
    ("Горячая вода в квартире 15 градусов", "cold indoors in degrees"),  # water, not the room
    ("Дом 15 по улице Мира, в квартире шумно", "cold indoors in degrees"),  # a bare number is a house
    ("В школьном бассейне вода +16", "cold indoors in degrees"),  # a pool
    ("Дерево у дома наклонилось на 15 градусов", "cold indoors in degrees"),  # an angle
    ("В прошлом году в квартире было +14, сейчас тепло", "cold indoors in degrees"),  # past
    ("Каток на стадионе не залили, хоккеисты без льда", "ice like a rink"),  # a rink to skate on
    ("Если баннер оторвётся, то упадёт на людей", "loose structure"),  # a what-if
    ("Лампа в подъезде мигает третий день", "power surges"),  # stairwell lighting
    ("Сотовой связи в деревне нет, поставьте вышку", "no mobile signal"),  # never covered: an improvement
    ("Пожилым жильцам не открыть тяжёлую дверь подъезда", "person not answering"),  # a heavy door
    ("Газ до участка тянуть 200 метров за свой счёт", "gas smell"),  # laying a pipe
    ("Закончилась таблетка от домофона, дверь не открыть", "medicine denied"),  # an intercom's key fob
    # session 18: critical readings of words that name no danger to people now (training-side false alarms)
    ("Одна из труб в подвале отрезана, горячей воды мало", "settlement cut off"),  # a pipe cut off
    ("Ремонтировали крышу и плохо изолировали швы", "settlement cut off"),  # insulation
    ("Старый мост используют как пешеходную переправу", "settlement cut off"),  # a crossing mentioned, not closed
    ("На киоске нет знака «опасность поражения током»", "sparks"),  # a warning sign
    ("В парадной висят провода, возможно замыкание", "sparks"),  # a what-if
    ("Спасибо водоканалу, утечку на улице устранили", "gas leak"),  # water
    ("Протечка трубопровода в подвале, утечки теплоносителя", "gas leak"),  # a pipe's water
    ("Мусорный контейнер без крышки, мусор разносит ветром", "open manhole"),  # a bin's lid
    ("Давление газа упало, плиту еле зажигаем", "falling debris"),  # a stove, pressure
    ("Знак упал и лежит в кювете уже неделю", "falling debris"),  # fell and lies: nothing falls on anyone
    ("Берег реки обрушивается, песок копают без лицензии", "collapse"),  # a riverbank
    ("Три года назад рухнул козырёк, его переделали", "collapse"),  # past
    ("Гидрант засыпан и не работает, если пожар — воды нет", "no water"),  # a fire hydrant, not homes
    ("Где купить дрова? Газа у нас нет, печное отопление", "no heating"),  # a kind of heating
    ("Пожарные не могут проехать на место пожара из-за машин", "fire"),  # a what-if of parking
]


@pytest.mark.parametrize(("text", "name"), NOT_READ)
def test_a_look_alike_is_not_that_kind(text: str, name: str) -> None:
    assert name not in [n for n, _ in _found(text)]


@pytest.mark.parametrize("text", [
    "Утром не было газа, потом дали, всё работает",
    "Вечером не было света, затем включили",
    "В понедельник не было воды, потом всё дали",
])
def test_an_outage_repaired_later_is_not_critical(text: str) -> None:
    assert "critical" not in [level for _, level in _found(text)]


def test_temperatures_are_read_where_their_number_stands() -> None:
    from mcu_nlp.lexicon_words import temperatures

    text = "В КВАРТИРЕ +13, в садике 16 Градусов, дом 15, -20°"
    found = temperatures(text)
    assert {text[i:i + 2]: token for i, token in found.items()} == {
        "13": "темп_плюс_10", "16": "темп_10", "20": "темп_минус_20"}
    assert temperatures("без цифр") == {}
