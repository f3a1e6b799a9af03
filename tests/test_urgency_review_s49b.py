"""Session 49 review of older lexicon rows (found while fixing session 47's): they raised alarms on everyday texts of
classes near their own, fixed here as classes (narrower slots, cancels), not by the wording found:

- «gas poisoning»: a bare «вытяжка» was a kitchen's or a bathroom's extract, and «тошнит» from food or a café's
  smells no carbon monoxide (@food_smell); a stove that burns rubbish, plastic or tyres is a neighbour's smoke outside,
  the smoke and emission rows' (@burnt_rubbish); a heater that «плохо тянет» with people ill now reads as one with no
  draught;
- «water making people ill»: water standing outside (a storm drain, a ditch, a basement) that people feel sick from
  the smell of (@water_outdoors), a pet's or a farm animal's illness (@pet), and a question whether the water made
  someone ill (mcu_nlp.lexicon.QUESTIONED_ROWS: «вода мутная, после неё рвота?»; a report that ends on a question of
  its own, «..., это нормально?», stays); «fever with no help coming» is in neither set: «что делать?» after a fever of
  40 reports it;
- «bus cancelled» / «bus not running» (high): a bus that does not run by its timetable (@timetable_day,
  @timetable_time: «с понедельника по пятницу», «по выходным», «ночью»); a bus gone since a day stays high.

Each class keeps its dangers (the first tables) and has the review's texts and everyday near misses of the same class
(the second). The lexicon is checked over this checkout; the shipped model froze its lexicon at its fit.
"""

import pytest
from helpers import critical_names, names

from mcu_nlp.lexicon import DOUBTED_ROWS, QUESTIONED_ROWS

GAS, WATER, FEVER = "gas poisoning", "water making people ill", "fever with no help coming"
BUS_CANCELLED, BUS_NOT_RUNNING = ("bus cancelled", "high"), ("bus not running", "high")


@pytest.mark.parametrize(("text", "signal"), [
    # a heater, a stove or a flue with a poor draught or smoke in the home, and people ill
    ("колонка плохо тянет, у всех болит голова", GAS),
    ("печь дымит в избу, дети угорели, тошнит", GAS),
    ("КОТЕЛ ПЛОХО ТЯНЕТ, У МУЖА КРУЖИТСЯ ГОЛОВА", GAS),
    ("печка еле тянет, с утра у бабушки болит голова и тошнит", GAS),
    ("вытяжка у колонки не тянет, у всех болит голова и тошнит", GAS),
    ("колонка на кухне не тянет, у жены кружится голова", GAS),
    ("тяги нет, в избе дым, у детей болит голова", GAS),
    ("у соседки колонка не тянет, она потеряла сознание", GAS),
    # tap or well water that made people ill, a question after it of its own
    ("из крана вода с запахом канализации, у детей рвота и понос", WATER),
    ("вода из колодца с запахом, после нее у всех понос и рвота", WATER),
    ("В ВОДЕ КИШЕЧНАЯ ПАЛОЧКА, ДЕТИ В БОЛЬНИЦЕ, ЭТО НОРМАЛЬНО?", WATER),
    ("вода с запахом канализации, у детей рвота, что нам делать?", WATER),
    ("вода из крана мутная, после нее у детей рвота, это нормально?!", WATER),
    ("вода ржавая, у детей понос, вы там вообще воду проверяете?", WATER),
    ("вода из крана воняет, у детей рвота и понос, куда смотрит водоканал?", WATER),
    ("Вода ржавая, у детей понос. Что делать?", WATER),
    ("вода из крана мутная, у детей рвота - это нормально?", WATER),
    ("вода ржавая у детей понос что делать???", WATER),
    # a fever of 40 and no help, asked about
    ("у ребенка температура 40, скорая не едет, что делать?", FEVER),
    ("у сына температура 40, педиатр отказался прийти, это законно?", FEVER),
    ("у ребенка температура 40, врач не приходит?", FEVER),
])
def test_the_danger_is_still_critical(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize(("text", "signal"), [
    # a kitchen's, a bathroom's or a café's extract, food smells
    ("вытяжка на кухне не тянет, тошнит от запаха соседских котлет", GAS),
    ("вытяжка в общепите на первом этаже не работает, тошнит от запахов", GAS),
    ("ВЫТЯЖКА В КАФЕ ВНИЗУ НЕ РАБОТАЕТ, ОТ ЗАПАХА ЖАРЕНОГО ТОШНИТ", GAS),
    ("вытяжка в ванной не тянет, сырость, голова болит", GAS),
    ("в пиццерии на первом этаже печь дымит, тошнит от запаха", GAS),
    ("пекарня под окнами, из печи дым, тошнит каждое утро", GAS),
    # a stove burning rubbish: a neighbour's smoke outside
    ("сосед топит печь мусором, дым из трубы, тошнит", GAS),
    ("соседи топят печку пластиком, дым в окна, тошнит", GAS),
    ("сосед жжет покрышки в печке, дым идет к нам, голова болит", GAS),
    ("сосед топит котел отходами, дым валит к нам во двор, у детей болит голова", GAS),
    # a poor draught with no one ill now
    ("колонка плохо тянет, голова болит от давления", GAS),
    ("в прошлом году печь плохо тянула, болела голова, сейчас дымоход прочистили", GAS),
    # water standing outside, smelt
    ("ливневка забита у дома, вода стоит, от запаха тошнит", WATER),
    ("у дороги канава с водой, воняет, аж тошнит", WATER),
    ("лужа у подъезда не высыхает, вода зеленая, от запаха тошнит", WATER),
    ("в подвале вода стоит, вонь, тошнит всех жильцов", WATER),
    ("ЛИВНЁВКУ ЗАБИЛО, ВОДА ТУХЛАЯ ВО ДВОРЕ, ТОШНИТ ОТ ВОНИ", WATER),
    # a pet's or a farm animal's illness
    ("вода в кране желтая, после нее у кошки рвота", WATER),
    ("вода из крана ржавая, у кота понос", WATER),
    ("ВОДА ИЗ КРАНА ВОНЯЕТ, У СОБАКИ РВОТА", WATER),
    ("вода в колодце грязная, у коровы понос третий день", WATER),
    # asked whether the water made someone ill
    ("вода мутная, после неё рвота?", WATER),
    ("вода из крана с запахом, у ребенка понос, может от воды?", WATER),
    ("вода ржавая, не от неё ли у детей понос?", WATER),
    ("вода из крана желтая, могли ли дети отравиться?", WATER),
    ("у сына рвота и понос, может вода из крана грязная?", WATER),
    ("вода мутная, у детей понос, наверное от воды?", WATER),
    ("вода мутная у ребенка понос может от воды?", WATER),
])
def test_the_near_miss_is_not_critical(text, signal):
    assert signal not in critical_names(text)


def test_a_question_is_read_of_the_water_only():
    assert "water making people ill" in QUESTIONED_ROWS
    assert not {"water making people ill", "fever with no help coming"} & DOUBTED_ROWS


@pytest.mark.parametrize(("text", "signal"), [
    ("единственный автобус в деревню не ходит с понедельника", BUS_CANCELLED),
    ("единственный автобус в деревню не ходит с понедельника", BUS_NOT_RUNNING),
    ("маршрутка в село не ходит с субботы, люди ходят пешком", BUS_NOT_RUNNING),
    ("автобус в поселок не ходит с прошлой недели", BUS_CANCELLED),
    ("автобус не ходит вторую неделю", BUS_NOT_RUNNING),
    ("по выходным автобус сократили", BUS_CANCELLED),
    ("автобус отменили, ходим пешком", BUS_CANCELLED),
])
def test_a_bus_gone_or_cut_is_still_high(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize("text", [
    "почему автобус не ходит с субботы на воскресенье?",
    "автобус не ходит с понедельника по пятницу в обед, неудобно",
    "маршрутка не ходит с пятницы на субботу ночью, как добираться",
    "автобус не ходит по выходным дням, как ехать на работу",
    "маршрутка №5 не ходит по воскресеньям, неудобно",
    "АВТОБУС НЕ ХОДИТ В СУББОТУ И ВОСКРЕСЕНЬЕ, сделайте хоть один рейс",
    "электричка не ходит по праздникам",
    "автобус не ездит в обед с 12 до 14",
    "маршрутка не ходит с понедельника по четверг",
])
def test_a_timetable_is_no_bus_gone(text):
    found = names(text)
    assert BUS_CANCELLED not in found
    assert BUS_NOT_RUNNING not in found
