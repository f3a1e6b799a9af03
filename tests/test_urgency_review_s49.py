"""Session 49 review of session 47's lexicon rows (U47, shipped): they raised critical alarms on everyday texts of
classes near their own, fixed here as classes (narrower slots, cancels), not by the wording found:

- «gas poisoning»: a bare «труба», «вытяжка», «вентканал» was a sewer, a rubbish chute, a storm drain or a car's
  exhaust, and «тошнит» from their stink or from mould no carbon monoxide; «до сознания не доходит» a figure of speech;
- «elderly alone without care»: «есть» read as "there is" («есть ли программа», «есть холодная»), and «сосед» as anyone;
- «confused elderly in the frost»: any «женщина», «мужчина»; «не помнит» of a password or a cleaning; a case over
  (the way asked, the person taken home, thanks);
- «shut in by snow»: «заносит» of a car skidding on a bend; a snowing-in every winter with a regular clearing asked;
- «fever with no help coming»: a fever that is over (well again, a paid doctor called, «была», «прошла»);
- «sinkhole on a road»: a depth in centimetres, «просим огородить», a bridge's «ограждение» that fell in;
  «loose object over a walkway»: a lamp or a sign that dangles unlit or came off, one taken down yesterday;
  «fence blown onto a walkway»: an advertising panel, rubbish the wind «носит»; «water making people ill»: a belly
  ache, asked about; «bus not running» (high): a timetable span («с понедельника по пятницу»).

Each class keeps its dangers (the first table) and has the review's texts and everyday near misses of the same class
(the second). The lexicon is checked over this checkout.
"""

import pytest
from helpers import critical_names, names

GAS, ALONE, LOST, SNOW, FEVER = (
    "gas poisoning", "elderly alone without care", "confused elderly in the frost", "shut in by snow",
    "fever with no help coming",
)
LOOSE, FENCE, SINKHOLE, WATER = (
    "loose object over a walkway", "fence blown onto a walkway", "sinkhole on a road", "water making people ill",
)


@pytest.mark.parametrize(("text", "signal"), [
    # a stove, a boiler, a heater or a flue, or the fumes, and people sick
    ("печка в избе дымит, тяги нет, у бабушки рвота", GAS),
    ("КОТЕЛ ДЫМИТ В КВАРТИРУ, У РЕБЕНКА РВОТА", GAS),
    ("в доме угар, тяги нет, мама потеряла сознание", GAS),
    ("газовая колонка не тянет, дымоход забит, у мужа головокружение", GAS),
    ("Дымоход котла забился, у всей семьи головокружение и тошнота", GAS),
    # an old, bedridden or disabled person alone with nothing to eat
    ("бабушка лежачая живет одна, есть нечего, соцработник не ходит", ALONE),
    ("дедушка-инвалид один в квартире, поесть нечего второй день", ALONE),
    ("пенсионерка живет одна, продуктов нет уже третий день, ходить не может", ALONE),
    ("сосед лежачий живет один, кушать нечего, родственников нет", ALONE),
    ("Сосед на коляске живёт один, соцработник не приходит с прошлой недели, еды у него нет третий день", ALONE),
    # an old person lost in the frost, not knowing where they live
    ("дед на морозе у магазина стоит, не помнит свой адрес, минус 25", LOST),
    ("бабушка заблудилась, мороз, сидит на остановке давно", LOST),
    ("старушка у подъезда на холоде, не знает где живет", LOST),
    ("На улице мороз -30, у остановки бродит пожилой мужчина без куртки, не помнит, где живёт", LOST),
    # a home snowed in
    ("НАС ЗАМЕЛО ПО КРЫШУ, ДВЕРЬ НЕ ОТКРЫТЬ, ПОМОГИТЕ", SNOW),
    ("дом занесло снегом, старики не могут выйти третий день", SNOW),
    ("Нас занесло снегом, из дома не выбраться вторые сутки, нужна техника", SNOW),
    # a fever of 40 now, no help coming («прошло 3 часа» is the wait; «была 38, сейчас 40» a fever rising)
    ("у сына температура 40 второй день, врач не приходит", FEVER),
    ("температура у дочки 40 с ночи, скорая не едет, не сбивается", FEVER),
    ("у ребенка температура 40, скорую вызвали, прошло 3 часа, не приехали", FEVER),
    ("у ребенка была температура 38, сейчас 40, врач не приходит", FEVER),
    # a thing hanging by one fastener over an entrance, or about to fall; «вчера» with it still hanging
    ("плафон над входом в подъезд висит на одном проводе", LOOSE),
    ("знак над входом в школу висит на одном болте, дети ходят", LOOSE),
    ("вывеска над входом вчера оторвалась и висит на одном болте", LOOSE),
    ("светильник над крыльцом вот-вот упадет людям на голову", LOOSE),
    ("Оконная рама на третьем этаже висит на одной петле прямо над подъездом", LOOSE),
    # a road fallen in metres deep or with no fence
    ("на улице провалился асфальт, глубина метра два, ограждения нет", SINKHOLE),
    ("провал на дороге посреди улицы, глубокий, без ограждения", SINKHOLE),
    ("На переулке провалился асфальт, яма глубиной два метра, ничем не огорожена", SINKHOLE),
    # water that made people ill
    ("Вода из крана ржавая, после неё у детей понос", WATER),
    ("вода из-под крана желтая, после нее у ребенка рвота", WATER),
    # a fence on a pavement, its sheets flying
    ("Забор стройки упал на пешеходную дорожку, листы железа разносит ветром", FENCE),
])
def test_the_danger_is_still_critical(text, signal):
    assert signal in critical_names(text)


NEAR_MISSES = [
    # a sewer, a rubbish chute, a storm drain, an exhaust, mould: no carbon monoxide
    ("в подвале засор канализации, труба забита, вонь такая что тошнит", GAS),
    ("канализационную трубу забило, в подвале вонь, тошнит", GAS),
    ("мусоропровод забит, из трубы вонь, тошнит", GAS),
    ("выхлопная труба у соседского автомобиля дымит под окнами, тошнит", GAS),
    ("ливневая труба забита, у дороги лужа, до сознания чиновников не доходит", GAS),
    ("вентканал забит, в квартире сыро, у ребенка головокружение от плесени", GAS),
    ("канализация в подвале забилась, вонища, меня аж тошнит", GAS),
    ("трубу в подвале забило, воняет канализацией, тошнота", GAS),
    ("МУСОРОПРОВОД ЗАБИЛИ, ВОНЬ НА ВЕСЬ ПОДЪЕЗД, ТОШНИТ", GAS),
    ("у соседа из выхлопной трубы дым прямо в окно, тошнит", GAS),
    ("ливневка забита у дома, вода стоит, от запаха тошнит", GAS),
    ("вентиляция в ванной забита, плесень по углам, у дочки головокружение", GAS),
    ("печка в бараке дымит годами, до сознания администрации это не доходит", GAS),
    # «есть» as "there is", a neighbour of no age or need named
    ("бабушка живет одна, у нее нет пандуса, есть ли программа", ALONE),
    ("бабушка одна, нет горячей воды, есть холодная", ALONE),
    ("сосед живет один, еды нет, пьет", ALONE),
    ("дедушка живет один, в подъезде нет света, есть ли график", ALONE),
    ("бабушка живет одна, нет интернета, есть ли льготы на связь", ALONE),
    ("сосед один живет, продуктов нет, пьет беспробудно", ALONE),
    ("пенсионер один, денег нет, есть долг за квартиру", ALONE),
    # anyone, a password or a date forgotten, the way asked, a case over
    ("женщина на остановке в минус 20 заблудилась, спросила дорогу", LOST),
    ("пенсионер не помнит пароль от госуслуг, на улице минус 30", LOST),
    ("пожилой мужчина заблудился, мороз, нашли, отвезли домой, спасибо полиции", LOST),
    ("пожилая соседка не помнит, когда последний раз в подъезде убирали, холод", LOST),
    ("мужчина у магазина в минус 15 не помнит где оставил машину", LOST),
    ("бабушка не помнит когда платила за свет, в квартире холод", LOST),
    ("пенсионерка заблудилась в новом районе на морозе, прохожие подсказали дорогу", LOST),
    ("дедушку с деменцией нашли на улице в мороз, вернули домой, спасибо волонтерам", LOST),
    ("пенсионеры не помнят такого холода в квартирах", LOST),
    # a car skidding, ice, a snowing-in every year with a clearing asked
    ("на повороте нас заносит, невозможно проехать, гололед", SNOW),
    ("нас заметает каждую зиму, выйти невозможно, просим чистить регулярно", SNOW),
    ("на спуске нас заносит, невозможно ехать, подсыпьте песком", SNOW),
    ("каждый год подъезд заметает, выйти нельзя, чистите регулярно", SNOW),
    ("дом на окраине заметает ежегодно, выйти невозможно, нужен график", SNOW),
    # a fever that is over
    ("у ребенка была температура 40, врач не пришел, пришлось платно вызывать", FEVER),
    ("сын с температурой 40 лежал три дня, врач так и не пришел, сейчас выздоровел", FEVER),
    ("температура у ребенка 40 прошла, врач не пришел, жалоба на поликлинику", FEVER),
    ("дочка болела, температура 40 была три дня, участковый так и не пришел, сейчас поправилась", FEVER),
    ("у внука была температура 40, врач не пришел, вызвали платного", FEVER),
    ("сын уже выздоровел, а врач к нему с температурой 40 так и не пришел", FEVER),
    ("температура 40 у малыша прошла сама, педиатр так и не пришел", FEVER),
    # a lamp or a sign dangling unlit or come off, one taken down
    ("светильник над подъездом болтается, не горит", LOOSE),
    ("знак над входом в поликлинику оторвался", LOOSE),
    ("щит над входом оторвался вчера, уже убрали", LOOSE),
    ("фонарь над подъездом болтается, вечером темно", LOOSE),
    ("лампа над крыльцом болтается и не светит", LOOSE),
    ("табличка над входом в подъезд оторвалась, повесьте новую", LOOSE),
    ("козырек над подъездом вчера оторвался, его уже сняли", LOOSE),
    # an advertising panel, rubbish in the wind
    ("на остановке снесло панель, рекламу теперь некуда вешать, ветер носит мусор", FENCE),
    ("ветром снесло рекламную панель на остановке, мусор носит по тротуару", FENCE),
    ("на остановке сорвало панель, ветер носит пакеты", FENCE),
    # centimetres, a fence asked for, a bridge's railing
    ("на улице провалился асфальт, глубина 10 сантиметров", SINKHOLE),
    ("асфальт на улице провалился, просим огородить и отремонтировать", SINKHOLE),
    ("на мосту провалилось ограждение", SINKHOLE),
    ("на дороге провалился асфальт сантиметров на пять, подсыпьте", SINKHOLE),
    ("провал асфальта на улице, глубина 3 см, заделайте", SINKHOLE),
    ("провалился асфальт на улице у дома, просим огородить место и заделать", SINKHOLE),
    # a belly ache asked about or guessed at, a pet's
    ("вода с запахом, после нее живот болит? проверьте воду", WATER),
    ("после ремонта трубы вода мутная, у ребенка болит живот, может от воды", WATER),
    ("вода в кране желтая, после нее у кошки рвота", WATER),
]


@pytest.mark.parametrize(("text", "signal"), NEAR_MISSES)
def test_the_near_miss_is_not_critical(text, signal):
    assert signal not in critical_names(text)


@pytest.mark.parametrize("text", [
    "единственный автобус в деревню не ходит с понедельника",
    "маршрутка в село не ходит с субботы, люди ходят пешком",
])
def test_a_bus_gone_since_a_day_is_still_high(text):
    assert ("bus not running", "high") in names(text)


@pytest.mark.parametrize("text", [
    "почему автобус не ходит с субботы на воскресенье?",
    "автобус не ходит с понедельника по пятницу в обед, неудобно",
    "маршрутка не ходит с пятницы на субботу ночью, как добираться",
    "автобус не ходит со среды по пятницу, ремонтируют мост",
])
def test_a_span_of_days_is_a_timetable(text):
    assert ("bus not running", "high") not in names(text)


# The shipped model (U49, refitted with these rows in session 49, then U51) reads the same texts; the lexicon rows
# were frozen into it at its fit. Two near misses stay critical by another row or the learned part (a third, «может от
# воды», was high from U55 to U60, at the cut from U61's refit, and is high again since U67's (session 57):
# P(critical) 0.138 against the cut 0.1390): each is marked, with why.
STILL_CRITICAL = {
    "пенсионеры не помнят такого холода в квартирах": "the 'elderly in the cold' row reads old people in a cold flat",
    "на мосту провалилось ограждение": (
        "the learned part alone: P(critical) 0.177 against the cut 0.1394, no danger row"
    ),
}


@pytest.mark.parametrize("text", [
    "Колонка в ванной плохо тянет, дымоход забит, у жены головокружение",
    "бабушка живет одна, лежачая, еды нет третий день",
    "дедушка с деменцией ушел из дома в тапках, на улице минус 25",
    "дом замело по окна, дверь не открывается, бабушка одна внутри",
    "у ребенка температура 40, скорая не едет уже три часа",
])
def test_the_shipped_model_reads_the_danger_critical(models, text):
    assert str(models.urgency.predict([text])[0]) == "critical"


@pytest.mark.parametrize("text", [
    pytest.param(text, marks=pytest.mark.xfail(reason=STILL_CRITICAL[text], strict=True)) if text in STILL_CRITICAL
    else text
    for text, _ in NEAR_MISSES
])
def test_the_shipped_model_reads_the_near_miss_not_critical(models, text):
    assert str(models.urgency.predict([text])[0]) != "critical"
