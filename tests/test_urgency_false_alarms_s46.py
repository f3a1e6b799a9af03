"""Review of session 46's urgency rows (s46w): U46's critical rows (0c511ca) read everyday texts as critical, and the
narrowing of the bus rows (46dac98, U46b) dropped runs that did not come at a real cost. A read-only review ran
everyday texts against the session's start; each text it found is a test here, with the rows' own examples and the
misses those rows should catch.

- polluted water: a drinking-water word and a fish are not enough; the fish are dead (not «дохнуть», one edit from
  «пахнуть»), and anglers, a shop or a past poisoning are no poisoned source;
- fuel in tap water: the tap's, the mains' or drinking water, not a puddle, a drain or a well being drilled;
- person not answering: a private person (a neighbour, kin, a pensioner) or a door not opened, not an officer, a
  coach or a crew one cannot reach, nor one in hospital, gone away, whose flat is let or who floods the flat below;
- loose object: «на одном/одной» only with a fastener, a sway only over a path with a fall or people named, not a
  lamp swaying in the wind or a house-number plate one cannot read;
- lift: the lift's own doors, not the entrance's or the intercom's, nor a lift that jerks with doors not fully shut;
- child alone: a small child, a kindergarten's, or one alone at a road, on a balcony or in the frost; not school
  children or children playing on their own, nor a request for a kindergarten place;
- roof snow: off a roof («с крыши») or a slab sliding off one, not snow falling from the sky beside a leaking roof;
- gas: a weak or intermittent flow is the high «weak gas pressure», not gas flowing unlit; a pressure «в норме» or a
  radiator's pressure is no gas pressure lost; a street's boilers out while gas barely flows is;
- doors at speed: not a low speed, a stop, a bus broken down or waited for; a door that opened on a highway is;
- snake: «воздушный змей» is a kite; a snake in a sandbox where children play now is a snake among people now;
- bus: a run that did not come with people frozen, the last or only run, the next hours away, or people walking or
  taking a taxi is high whatever the wait; the walkthrough's late minibus waited 40 minutes stays none. A run
  «не пришёл по расписанию» alone still reads late, not cancelled (the walkthrough's text says so).

Lexicon-level tests check this checkout; the model-level tests check the shipped model, refitted with this lexicon
(U46c; the model keeps the lexicon it was fitted with).
"""

import pytest
from helpers import names


def signals(text: str) -> set[str]:
    return {name for name, level in names(text) if level in ("critical", "high")}


@pytest.mark.parametrize(("text", "row"), [
    ("Отличная новость: питьевой водопровод провели, рыба в реке теперь чище", "polluted water reaching people"),
    ("На водозаборе рыбаки ловят рыбу, прогоните их", "polluted water reaching people"),
    ("Рыбаки сидят у водозабора, ловят рыбу, мусорят", "polluted water reaching people"),
    ("В бутылке питьевой воды из автомата дохлая муха", "polluted water reaching people"),
    ("Питьевую воду привозят раз в неделю, рыба в пруду дохнет", "polluted water reaching people"),
    ("Проверьте питьевую воду, прошлым летом было отравление", "polluted water reaching people"),
    ("У гаражей лужа воды с запахом бензина", "fuel in tap water"),
    ("Рядом бурят скважину на нефть, запах стоит на всю деревню", "fuel in tap water"),
    ("В подъезде пахнет бензином, сосед ремонтирует мотоцикл, вода капает с крыши", "fuel in tap water"),
    ("Из ливневого колодца воняет бензином", "fuel in tap water"),
    ("Участкового давно не видно, на звонки не отвечает", "person not answering"),
    ("Глава поселения давно не появляется, на звонки не отвечает", "person not answering"),
    ("Полицейского на участке давно не видно, телефон не отвечает", "person not answering"),
    ("Коммунальщиков не видно неделю, на звонки не отвечают", "person not answering"),
    ("Аварийки не видно вторые сутки, трубку не берут", "person not answering"),
    ("Тренера в секции давно не видно, на сообщения не отвечает", "person not answering"),
    ("Хозяин квартиры давно не появляется, не отвечает, квартиру сдали", "person not answering"),
    ("Соседку давно не видно, дверь не открывает, наверное в больнице лежит", "person not answering"),
    ("Фонари горят только на одной стороне дорожки", "loose object over a walkway"),
    ("На одной стороне тротуара фонари не горят, темно", "loose object over a walkway"),
    ("Табличка с номером дома болтается, прохожие не видят номер", "loose object over a walkway"),
    ("Фонарь качается на ветру над дорожкой", "loose object over a walkway"),
    ("Знак над переходом качается, плохо видно, поправьте", "loose object over a walkway"),
    ("Лифт едет, а входная дверь подъезда не закрывается, домофон сломан", "lift moving with doors open"),
    ("Кабина лифта поднимается медленно, дверь подъезда не закрывается, холодно", "lift moving with doors open"),
    ("Лифт долго едет, двери в подъезд открыты нараспашку", "lift moving with doors open"),
    ("Дети одни без родителей бегают по подъезду, шумят", "child alone with no adult"),
    ("Во дворе дети одни катаются с горки без взрослых", "child alone with no adult"),
    ("На уроке физкультуры дети одни, учителя нет, бегают", "child alone with no adult"),
    ("В школе дети одни без учителя на продленке сидят", "child alone with no adult"),
    ("Ребенок один, без родителей, прошу место в садике", "child alone with no adult"),
    ("Снег падает третий день, у подъезда сугробы, с крыши течет", "snow sliding off a roof"),
    ("Снег падает, люди на остановке мерзнут, крыша остановки сломана", "snow sliding off a roof"),
    ("Котел постоянно тухнет, газ идет плохо", "gas flowing unlit"),
    ("Колонка гаснет, газ поступает с перебоями", "gas flowing unlit"),
    ("Давление газа в норме, котлы не работают из-за света", "heating lost to gas pressure"),
    ("В электричке двери не закрываются, скорость маленькая, холодно", "doors open at speed"),
    ("Маршрутка превышает скорость, двери открытые держит на остановке долго", "doors open at speed"),
    ("Дети запустили воздушного змея, он сейчас висит на проводах у школы", "snake among people now"),
    ("маршрутка опять не пришла по расписанию, ждали 40 минут на остановке", "bus not running"),
    ("Автобус №7 опять не пришёл, ждали 50 минут", "bus not running"),
    ("Знак пешеходного перехода висит на одном болте, поправьте пожалуйста", "loose object over a walkway"),
    ("Дети одни без взрослых играют в футбол под окнами до ночи", "child alone with no adult"),
    ("Соседи сверху давно не появляются, дверь не открывают, а у нас мокнет потолок", "person not answering"),
    ("Котельная на газу, давление в батареях низкое, отопление не греет", "heating lost to gas pressure"),
    ("Автобус на трассе сломался, двери не закрываются, пассажиры мерзнут", "doors open at speed"),
    ("Автобус на трассе ждали, двери не закрываются в салоне у окна, холодно", "doors open at speed"),
    ("Лифт едет рывками, двери не закрываются до конца", "lift moving with doors open"),
    ("Воздушный змей сейчас застрял на дереве на детской площадке", "snake among people now"),
    ("Фонарь на столбе качается над дорожкой, светит в окна", "loose object over a walkway"),
    ("Рекламный щит качается на ветру у перехода", "loose object over a walkway"),
    ("Маршрутка опять не пришла, ждали 40 минут", "bus not running"),
    ("Питьевой воды нет, рыба в магазине дохлая", "polluted water reaching people"),
])
def test_the_everyday_text_is_no_such_signal(text, row):
    assert row not in signals(text)


@pytest.mark.parametrize(("text", "row"), [
    ("Выше водозабора течёт мазут, рыба всплыла", "polluted water reaching people"),
    ("Из крана течет вода с бензиновым запахом", "fuel in tap water"),
    ("Вода из крана пахнет бензином", "fuel in tap water"),
    ("Из водопровода течёт вода с запахом солярки", "fuel in tap water"),
    ("Соседку второй день не видно, дверь не открывает, телефон не отвечает", "person not answering"),
    ("Соседка-пенсионерка третий день не выходит на связь, дверь заперта", "person not answering"),
    ("Вывеска вот-вот упадет на людей, висит на одном гвозде", "loose object over a walkway"),
    ("Вывеска висит на одном болте над тротуаром", "loose object over a walkway"),
    ("Знак качается на ветру над тротуаром, дети ходят в школу", "loose object over a walkway"),
    ("Лифт едет с открытыми дверями", "lift moving with doors open"),
    ("Двери лифта не закрываются, а он едет", "lift moving with doors open"),
    ("Маленький ребенок гуляет один у дороги, никого рядом нет", "child alone with no adult"),
    ("Малыш один во дворе, родителей нет", "child alone with no adult"),
    ("Один ребёнок на участке, воспитателей нет, калитка закрыта", "child alone with no adult"),
    ("Снег с крыши съезжает пластами прямо на тропинку", "snow sliding off a roof"),
    ("С кровли сползает лёд на тротуар", "snow sliding off a roof"),
    ("Пламя гаснет, а газ идёт", "gas flowing unlit"),
    ("Упало давление газа, котлы гаснут", "heating lost to gas pressure"),
    ("Котлы по всей улице потухли, газ еле идет, мороз -35", "heating lost to gas pressure"),
    ("В автобусе на трассе дверь открылась на ходу, чуть не выпали", "doors open at speed"),
    ("Маршрутки на трассе ездят с открытыми дверями, скорость 90", "doors open at speed"),
    ("Змея в песочнице на площадке, дети там играют!", "snake among people now"),
    ("Змея сейчас сидит под скамейкой на детской площадке", "snake among people now"),
    ("Автобус не пришёл, ждали полчаса на морозе -30, дети замерзли", "bus not running"),
    ("Последний рейс в деревню не пришёл, ждали 40 минут, шли пешком 10 км", "bus not running"),
    ("Рейсовый автобус не приехал по расписанию, следующий только вечером", "bus not running"),
    ("Автобус 105 не пришел по графику, пришлось брать такси", "bus not running"),
    ("Маршрутка №3 не приехала, ждали 30 мин на морозе", "bus not running"),
    ("Лифт поехал, а двери не закрылись, ребенок чуть не выпал", "lift moving with doors open"),
    ("Сосед неделю не выходит, не открывает дверь, мусор у двери копится, воняет", "person not answering"),
    ("Давление газа низкое, котлы не разжигаются, холодно в домах", "heating lost to gas pressure"),
    ("У водозабора рыба дохлая плавает", "polluted water reaching people"),
    ("Малыш один на балконе, взрослых нет", "child alone with no adult"),
    ("Автобус по трассе ездит с открытыми дверями", "doors open at speed"),
    ("Гадюка сейчас лежит на крыльце дома", "snake among people now"),
    ("Снег с крыши падает на тротуар, огородите", "snow sliding off a roof"),
    ("над пешеходной дорожкой болтается оторванный светильник", "loose object over a walkway"),
    ("Школьный автобус не пришел, ждали 10 минут, потом пришел", "bus not running"),
])
def test_the_danger_is_read(text, row):
    assert row in signals(text)


# the model-level tests check the shipped model, fitted with the lexicon it keeps: the refit with this lexicon
# (/tmp/s46w/U46c) reads them so; the model shipped before it does not


@pytest.mark.parametrize("text", [
    "Отличная новость: питьевой водопровод провели, рыба в реке теперь чище",
    "На водозаборе рыбаки ловят рыбу, прогоните их",
    "Рыбаки сидят у водозабора, ловят рыбу, мусорят",
    "В бутылке питьевой воды из автомата дохлая муха",
    "Питьевую воду привозят раз в неделю, рыба в пруду дохнет",
    "Проверьте питьевую воду, прошлым летом было отравление",
    "У гаражей лужа воды с запахом бензина",
    "Рядом бурят скважину на нефть, запах стоит на всю деревню",
    "В подъезде пахнет бензином, сосед ремонтирует мотоцикл, вода капает с крыши",
    "Из ливневого колодца воняет бензином",
    "Участкового давно не видно, на звонки не отвечает",
    "Глава поселения давно не появляется, на звонки не отвечает",
    "Полицейского на участке давно не видно, телефон не отвечает",
    "Коммунальщиков не видно неделю, на звонки не отвечают",
    "Аварийки не видно вторые сутки, трубку не берут",
    "Тренера в секции давно не видно, на сообщения не отвечает",
    "Соседку давно не видно, дверь не открывает, наверное в больнице лежит",
    "Фонари горят только на одной стороне дорожки",
    "На одной стороне тротуара фонари не горят, темно",
    "Табличка с номером дома болтается, прохожие не видят номер",
    "Фонарь качается на ветру над дорожкой",
    "Знак над переходом качается, плохо видно, поправьте",
    "Лифт едет, а входная дверь подъезда не закрывается, домофон сломан",
    "Кабина лифта поднимается медленно, дверь подъезда не закрывается, холодно",
    "Лифт долго едет, двери в подъезд открыты нараспашку",
    "Дети одни без родителей бегают по подъезду, шумят",
    "Во дворе дети одни катаются с горки без взрослых",
    "На уроке физкультуры дети одни, учителя нет, бегают",
    "В школе дети одни без учителя на продленке сидят",
    "Ребенок один, без родителей, прошу место в садике",
    "Снег падает третий день, у подъезда сугробы, с крыши течет",
    "Снег падает, люди на остановке мерзнут, крыша остановки сломана",
    "Котел постоянно тухнет, газ идет плохо",
    "Колонка гаснет, газ поступает с перебоями",
    "Давление газа в норме, котлы не работают из-за света",
    "В электричке двери не закрываются, скорость маленькая, холодно",
    "Маршрутка превышает скорость, двери открытые держит на остановке долго",
    "Дети запустили воздушного змея, он сейчас висит на проводах у школы",
    "Знак пешеходного перехода висит на одном болте, поправьте пожалуйста",
    "Дети одни без взрослых играют в футбол под окнами до ночи",
    "Соседи сверху давно не появляются, дверь не открывают, а у нас мокнет потолок",
    "Автобус на трассе сломался, двери не закрываются, пассажиры мерзнут",
    "Автобус на трассе ждали, двери не закрываются в салоне у окна, холодно",
    "Лифт едет рывками, двери не закрываются до конца",
    "Воздушный змей сейчас застрял на дереве на детской площадке",
    "Фонарь на столбе качается над дорожкой, светит в окна",
    "Рекламный щит качается на ветру у перехода",
])
def test_the_refitted_model_reads_the_everyday_text_not_critical(models, text):
    assert str(models.urgency.predict([text])[0]) != "critical"


@pytest.mark.parametrize("text", [
    "Автобус не пришёл, ждали полчаса на морозе -30, дети замерзли",
    "Последний рейс в деревню не пришёл, ждали 40 минут, шли пешком 10 км",
    "Рейсовый автобус не приехал по расписанию, следующий только вечером",
    "Автобус 105 не пришел по графику, пришлось брать такси",
    "Маршрутка №3 не приехала, ждали 30 мин на морозе",
])
def test_the_refitted_model_reads_the_costly_missed_run_high(models, text):
    assert str(models.urgency.predict([text])[0]) == "high"


@pytest.mark.parametrize("text", [
    "Из крана течет вода с бензиновым запахом",
    "Соседка-пенсионерка третий день не выходит на связь, дверь заперта",
    "Вывеска вот-вот упадет на людей, висит на одном гвозде",
    "Маленький ребенок гуляет один у дороги, никого рядом нет",
    "Котлы по всей улице потухли, газ еле идет, мороз -35",
    "В автобусе на трассе дверь открылась на ходу, чуть не выпали",
    "Змея в песочнице на площадке, дети там играют!",
])
def test_the_refitted_model_reads_the_missed_danger_critical(models, text):
    assert str(models.urgency.predict([text])[0]) == "critical"


@pytest.mark.parametrize("text", [
    "маршрутка опять не пришла по расписанию, ждали 40 минут на остановке",
    "Автобус №7 опять не пришёл, ждали 50 минут",
])
def test_the_model_reads_the_late_minibus_normal(models, text):
    assert str(models.urgency.predict([text])[0]) == "normal"
