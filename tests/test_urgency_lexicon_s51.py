"""Session 51 (U53, shipped as U53c): critical dangers of a helper's independent list of session 50 (read this session
as a dev list) that no lexicon row read, written as their classes: a son or a daughter alone in a flat, a small child
alone whose mother went away, a child due home by an hour whose phone does not answer, someone who went out and was
searched for and not found, a group not back from a route or gone missing in a forest, anticonvulsants as vital
medicine, a gas flame that does not go out when the tap is closed, bullets or shot flying where people are, a family
with children put out into the frost or sleeping in a shed after a fire, a neighbour who does not open the door and is
heard moaning. False alarms: a gas sensor sold or serviced is no leak, nor a leak a check did not find; a weak flame in
a boiler or an oven is no fire, nor a drill named before the fire (a place named before the drill word, «в школе учебная
эвакуация «пожар»», still reads the «open fire» row: its match starts before the hedge). Then, after the fresh list of
session 51 (rev3) was scored, five of its misses as classes: an old neighbour silent for days, fishermen gone onto the
ice and not back, a ferry crossing that stopped with people on the other bank, a minibus in a ditch with people trapped,
a stair fallen in with people upstairs; and heat said to be back now («сейчас всё горячее», «утром батареи уже горячие»)
as a supply present.

Over the annotated appeals and blind12-46 the rows add a critical signal to 2 texts that had none, both labelled
critical, and take it from 3 (two gas sensors labelled normal, a boiler's weak flame labelled high); no annotated
(training) text reads another signal, so U53c is U52d's fit with these rules (benchmarks/RESULTS.md, session 51).
"""

import pytest
from helpers import critical_names, names

ALONE, CHILD_ALONE, MISSING, LOST, MEDICINE = (
    "person left alone", "child alone with no adult", "missing person", "people lost outdoors", "medicine denied")
FLAME, SHOOTING, SHELTER, NOT_ANSWERING, CUT_OFF = (
    "gas appliance throwing flame", "shooting at people", "children without shelter", "person not answering",
    "settlement cut off")
INJURED, TRAPPED = "injured in an accident", "person trapped"


@pytest.mark.parametrize(("text", "signal"), [
    ("Соседка уехала ещё вчера утром, а её двухлетний сын один в квартире, плачет за дверью несколько часов", ALONE),
    ("маленькая дочка одна в квартире, мать ушла вчера вечером и не берет трубку", ALONE),
    ("у нас в подъезде на лестнице сидит малыш лет трёх один, говорит мама ушла", CHILD_ALONE),
    ("ПОМОГИТЕ!!! ДОЧКЕ 8 ЛЕТ, ДОЛЖНА БЫЛА ПРИЙТИ ИЗ ШКОЛЫ В 14:00, СЕЙЧАС 19:30, ТЕЛЕФОН НЕ ОТВЕЧАЕТ", MISSING),
    ("Сын должен был вернуться из школы к трём, уже семь вечера, телефон выключен", MISSING),
    ("Бабушка с деменцией вышла из дома в сторону леса в тапочках, прошло три часа, сами искали — не нашли", MISSING),
    ("дедушка ушёл утром за грибами, весь день ищем, не нашли, темнеет", MISSING),
    ("Группа из четырёх туристов не вернулась с маршрута на Эльбрусе, связь потеряна вчера в 16:00", LOST),
    ("двое подростков пошли на лыжах через лес в соседнее село и пропали уже ночь мороз минус 28", LOST),
    ("ребенку с эпилепсией не выдали противосудорожное по льготе, таблеток осталось на 2 дня", MEDICINE),
    ("В аптеке нет противосудорожного для сына, таблетки кончаются завтра", MEDICINE),
    ("у бабушки газовая плита горит высоким пламенем даже когда ручку закрыли, не выключается", FLAME),
    ("колонка: пламя не гаснет, кран перекрыли, а огонь горит", FLAME),
    ("В ЛЕСОПАРКЕ СТРЕЛЯЮТ, ПУЛИ СВИСТЯТ НАД ТРОПОЙ, ГДЕ ГУЛЯЮТ С КОЛЯСКАМИ", SHOOTING),
    ("Охотники стреляют по уткам прямо у дачного посёлка, дробь падает на участки, рядом бегали внуки", SHOOTING),
    ("НАС С ДЕТЬМИ ВЫСЕЛИЛИ ИЗ ДОМА В МОРОЗ ИДТИ НЕКУДА", SHELTER),
    ("После пожара в бараке три семьи с детьми ночуют в сарае без печки, на улице −32", SHELTER),
    ("СОСЕДКА 90 ЛЕТ НЕ ОТКРЫВАЕТ ДВЕРЬ ТРЕТИЙ ДЕНЬ, СЛЫШНО КАК СТОНЕТ", NOT_ANSWERING),
    ("сосед-пенсионер не отвечает, за дверью слышно как зовёт на помощь", NOT_ANSWERING),
    # (s51, after the fresh list rev3 was scored) a neighbour of a stated age silent for days, fishermen gone onto the
    # ice and not back, a ferry crossing that stopped with people on the other bank
    ("Соседка 86 лет не открывает третий день, свет в окне горит, телефон не отвечает", NOT_ANSWERING),
    ("сосед 79 лет не отвечает на звонки вторые сутки, дверь заперта", NOT_ANSWERING),
    ("Двое рыбаков ушли на лёд Обской губы вчера утром и не вернулись, телефоны недоступны", LOST),
    ("паромная переправа встала из-за шуги, на том берегу люди третьи сутки, среди них дети", CUT_OFF),
    ("ДТП у поворота на Тулун, маршрутка в кювете, люди зажаты, есть раненые", INJURED),
    ("лестница в бараке провалилась, со второго этажа не спуститься, там женщина с грудным ребёнком", TRAPPED),
])
def test_an_s51_class_reads_its_signal(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", [
    "Подскажите, с какого возраста ребёнку можно оставаться одному дома? Сыну 7 лет",
    "Дочке 13, после школы она пару часов одна дома до моего прихода. Это законно?",
    "Сантехник должен был прийти в 10, телефон не отвечает, течь в ванной",
    "Курьер должен был привезти лекарства к обеду, не отвечает",
    "Бабушка вышла в магазин, искали её карту в сумке, не нашли, дома поищем",
    "Автобус 12 пропал с маршрута, на остановке ждём час",
    "Предлагаю поставить ограждение у пруда в парке, чтобы весной дети не выходили на лёд",
    "Туристы не вышли на маршрут из-за погоды, экскурсию перенесли",
    "В лесу за посёлком пропала связь, не дозвониться даже до соседей",
    "Когда в аптеку завезут противосудорожное? Пока покупаем в городе, запас есть",
    "В духовке плохо горит газ, пламя слабое",
    "В тире у школы стреляют по мишеням, пули в ловушке, шумно",
    "Нас выселяют из общежития, суд был вчера, квартиру не дают",
    "Сосед не открывает дверь сантехнику, а у нас течёт с потолка",
    "Продают сигнализатор загазованности за 9 тысяч, говорят обязательно. Это правда?",
    "Поставили датчик загазованности, теперь требуют 3 тысячи в год за обслуживание",
    "Благодарю газовую службу за быстрый приезд по запаху газа, всё проверили, утечки не оказалось",
    "Учебная эвакуация «пожар» завтра в школе, будут дымовые шашки, не пугайтесь",
    "Соседка 86 лет уехала к дочери, третий день не открывает, почту не забирает",
    "Рыбаки ушли на лёд, хотя выход запрещён, кто будет штрафовать?",
    "Паром встал на плановый ремонт по графику, переправа через неделю",
    "По вечерам давление газа такое что котёл еле горит, пламя маленькое",
    "Машина в кювете, пострадавших нет, эвакуатор вызвали",
    "Ступенька на крыльце провалилась, бабушке не выйти без помощи",
    "Лифт не работает, со второго этажа не спуститься колясочнику",
    # a review of session 51 (helper-563)
    "Внуку должны были прийти выплаты, в соцзащите не отвечают",
    "Дедушка вышел на пенсию, ищем ему подработку, не нашли",
    "На озере пропала вся рыба после сброса",
    "Из леса пропали кормушки для птиц",
    "Дочь 15 лет одна дома, соседи шумят всю ночь",
    "Лестница в бараке сгнила, на второй этаж не подняться, требуем ремонт",
])
def test_an_s51_near_miss_reads_no_critical_signal(text):
    assert not critical_names(text)


@pytest.mark.parametrize("text", [
    "Датчик загазованности на кухне сработал и пищит, пахнет газом",
    "Утечка газа в подъезде, загазованность, людей выводят",
])
def test_a_gas_sensor_that_goes_off_stays_critical(text):
    assert critical_names(text)


@pytest.mark.parametrize("text", [
    "ПОМОГИТЕ!!! ДОЧКЕ 8 ЛЕТ, ДОЛЖНА БЫЛА ПРИЙТИ ИЗ ШКОЛЫ В 14:00, СЕЙЧАС 19:30, ТЕЛЕФОН НЕ ОТВЕЧАЕТ",
    "Бабушка с деменцией вышла из дома в сторону леса в тапочках, прошло три часа, сами искали — не нашли",
    "СОСЕДКА 90 ЛЕТ НЕ ОТКРЫВАЕТ ДВЕРЬ ТРЕТИЙ ДЕНЬ, СЛЫШНО КАК СТОНЕТ, ДОЧЬ В ДРУГОМ ГОРОДЕ",
    "В ЛЕСОПАРКЕ СТРЕЛЯЮТ, ПУЛИ СВИСТЯТ НАД ТРОПОЙ, ГДЕ ГУЛЯЮТ С КОЛЯСКАМИ",
])
def test_the_shipped_model_reads_them_critical(text):
    from mcu_nlp import default_models

    assert default_models().urgency.predict([text])[0] == "critical"  # normal or high with U52d


@pytest.mark.parametrize("text", [
    "отопление отключали на сутки из-за аварии, сейчас всё горячее, просто хочу отметить что никто не предупредил",
    "трубу заварили ночью, утром батареи уже горячие",
    "была авария на теплотрассе, бригада работала всю ночь, к утру батареи горячие",
])
def test_heat_said_to_be_back_is_a_supply_present(text):
    assert ("supply present", "normal") in names(text)


@pytest.mark.parametrize("text", [
    "батареи еле теплые уже неделю",
    "Нет отопления третий день, а у соседей уже горячие батареи",
])
def test_weak_or_someone_elses_heat_is_no_supply_present(text):
    assert ("supply present", "normal") not in names(text)


def test_the_shipped_model_reads_heat_back_as_no_alarm():
    from mcu_nlp import default_models

    text = "отопление отключали на сутки из-за аварии, сейчас всё горячее, хочу отметить что никто не предупредил"
    assert default_models().urgency.predict([text])[0] != "critical"  # critical with U52d
