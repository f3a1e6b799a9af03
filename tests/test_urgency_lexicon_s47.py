"""Session 47 (U47): dangers docs/urgency.md lists as critical that no lexicon row read, found as blind45's critical
misses (a dev set now) and written as their general classes, not blind45's wording: an ambulance called and still not
here; a baby or a child with a fever of 40 whom no doctor or ambulance comes to; carbon-monoxide signs (a flue blocked
or with no draught, people vomiting or dizzy); a home snowed in so that people cannot get out; a confused old person
outdoors in the frost; a frame, a sash or a sign hanging loose over an entrance; a fence blown onto a pavement with its
sheets flying; a road's asphalt fallen in, deep or unfenced; a disabled or old person alone with no food; tap water
that made people ill with «после» as the cause. And a bus not running since a weekday named (high).

Each class with its near misses, everyday texts close to it that urgency.md does not read critical (session 46's
lesson: new critical rows fired on everyday texts no benchmark held).

The lexicon is checked over this checkout; the model-level tests read the shipped model, refitted with these rows (the
lexicon is frozen in the model at its fit).
"""

import pytest
from helpers import critical_names, names

NEW_ROWS = {
    "ambulance waited for", "fever with no help coming", "gas poisoning", "shut in by snow",
    "confused elderly in the frost", "loose object over a walkway", "fence blown onto a walkway", "sinkhole on a road",
    "elderly alone without care", "water making people ill",
}


@pytest.mark.parametrize(("text", "signal"), [
    # an ambulance called and still not here, beyond the older rows' window of four words
    ("Соседке плохо с сердцем, скорую вызвали в восемь утра, до сих пор никто не приехал", "ambulance waited for"),
    ("У мужа давит в груди, скорую вызвали полтора часа назад, её до сих пор нет", "ambulance waited for"),
    # a baby or a child with a fever of 40 and no help coming
    ("У ребёнка температура 40 второй день, врач не приходит, скорая отказывается ехать", "fever with no help coming"),
    ("Грудному ребёнку плохо, температура 40, вызываем врача с утра, никого нет", "fever with no help coming"),
    ("Температура у дочки 40,5, не сбивается, педиатра нет, скорая не приезжает", "fever with no help coming"),
    # carbon monoxide: a flue blocked or no draught, people sick
    ("Дымоход котла забился, у всей семьи головокружение и тошнота", "gas poisoning"),
    ("Колонка в ванной плохо тянет, дымоход забит, у жены головокружение", "gas poisoning"),
    ("у соседей дымоход забит, у всех рвота. Скорая уехала, а котёл они снова включили", "gas poisoning"),
    # a home snowed in, people cannot get out
    ("Нас занесло снегом, из дома не выбраться вторые сутки, нужна техника", "shut in by snow"),
    ("После бурана избу замело, старики внутри не могут открыть дверь", "shut in by snow"),
    ("Снегом завалило дверь подъезда, люди не могут выйти из дома, откопайте", "shut in by snow"),
    # a confused old person outdoors in the frost
    ("На улице мороз -30, у остановки бродит пожилой мужчина без куртки, не помнит, где живёт",
     "confused elderly in the frost"),
    ("Дедушка с деменцией ушёл из дома, мороз минус 20, ходит по улице раздетый", "confused elderly in the frost"),
    ("Бабушка в халате и тапках сидит у подъезда, не знает своего адреса", "confused elderly in the frost"),
    # a frame, a sash or a sign loose over an entrance («поправьте» is no repair)
    ("Оконная рама на третьем этаже висит на одной петле прямо над подъездом", "loose object over a walkway"),
    ("Створка окна болтается на одной петле над входом в школу", "loose object over a walkway"),
    ("Вывеска над входом висит на одном болте, поправьте", "loose object over a walkway"),
    # a fence blown onto a pavement, its sheets flying
    ("Забор стройки упал на пешеходную дорожку, листы железа разносит ветром", "fence blown onto a walkway"),
    ("Ураганом снесло ограждение на тротуар, металлические листы летают у остановки", "fence blown onto a walkway"),
    # a road's asphalt fallen in, deep, unfenced or with a car in it
    ("На переулке провалился асфальт, яма глубиной два метра, ничем не огорожена", "sinkhole on a road"),
    ("После дождя на дороге провал, туда уже въехала машина", "sinkhole on a road"),
    ("Провал на дороге посреди улицы, машина туда чуть не упала", "sinkhole on a road"),
    # a disabled or old person alone with no food («с прошлой недели» is since, not past)
    ("Сосед на коляске живёт один, соцработник не приходит с прошлой недели, еды у него нет третий день",
     "elderly alone without care"),
    ("Женщина на коляске одна в квартире, еда закончилась, помочь некому", "elderly alone without care"),
    # tap water that made people ill, «после» said as the cause
    ("Вода мутная и воняет, после неё дети в садике отравились", "water making people ill"),
    ("Вода в колодце мутная, после неё у всей семьи рвота и понос", "water making people ill"),
])
def test_the_danger_is_critical(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", [
    # medical, not an emergency now
    "Скорая приехала через час, спасибо врачам, всё обошлось",
    "Вызвали скорую час назад, приехали, увезли в больницу, спасибо",
    "Температура у ребенка 38, запишите к педиатру на завтра",
    "У дочки температура 40 градусов, как записаться к педиатру?",
    "У ребенка температура 40 была ночью, утром врач пришёл, спасибо",
    "Педиатра на участке нет уже месяц, приходится ездить в соседнюю поликлинику",
    "Сколько по нормативу должна ехать скорая в село?",
    # a flue, no one ill
    "Дымоход надо почистить к зиме, кто этим занимается?",
    "Трубочист сказал дымоход забит, когда придут чистить?",
    "Дети часто болеют, температура и рвота, в садике ходит ротавирус",
    "Печник нужен, печь дымит при растопке, посоветуйте",
    # snow, no one shut in
    "Снег не убран во дворе, машину не откопать",
    "Дорогу к гаражам замело, не проехать третий день",
    "Гаражи замело, ворота не открыть",
    "Двор замело, из подъезда с коляской не выйти, почистите дорожки",
    "Крыльцо подъезда замело, трудно выйти с коляской, почистите",
    "Снегом завалило детскую площадку, когда уберут?",
    # an old person, not lost in the frost
    "Бабушке нужна помощь с оформлением пенсии",
    "Дедушка с деменцией, как оформить опеку?",
    "Бабушка заблудилась в МФЦ, очень запутанные указатели",
    "Бабушка в тапках выходит на лавочку летом, соседи ругаются",
    "На улице мороз минус 25, бабушкам тяжело ходить в магазин",
    # a window, a door, a sign: nothing loose over an entrance
    "Окно в подъезде не закрывается, дует",
    "Дверь подъезда висит на одной петле, не закрывается, холодно",
    "Окно в подъезде висит на одной петле, дует, замените",
    "Рама в подъезде над входом старая, облезла, покрасьте",
    "вывеска над входом в магазин висит на одном шурупе",
    "Знак пешеходного перехода висит на одном болте, поправьте пожалуйста",
    # a fence, nothing flying onto a pavement
    "Забор покосился",
    "Соседский забор упал ко мне на огород после урагана, как решить спор?",
    "Забор стройки стоит на тротуаре, приходится обходить",
    "Забор упал на тротуар, лежит неделю, уберите",
    "Ветром повалило забор у нашего дома, во дворе, поставьте новый",
    # a hole, no sinkhole on a road
    "Яма на дороге",
    "Асфальт на парковке провалился немного, колесо попадает в ямку",
    "Провал на выборах, а дороги так и не сделали",
    "Провалился асфальт на дороге у дома, просим отремонтировать",
    "Дыра в асфальте рядом с люком, возможность провала",
    # an old or disabled person, fed
    "Сосед на коляске, пандуса в подъезде нет, не может выйти погулять",
    "Инвалиду первой группы не доставили продуктовый набор в этом месяце, просим разобраться",
    "Бабушка живёт одна, продукты ей приносит соцработник, всё хорошо",
    "Спасибо соцработнику Марине, всегда приносит продукты вовремя",
    # water, no one ill
    "Вода мутная после ремонта",
    "Мутная вода в кране, когда будет нормальная?",
    "В садике у детей рвота, говорят ротавирус, а вода нормальная",
])
def test_the_everyday_text_is_none_of_the_new_rows(text):
    assert NEW_ROWS.isdisjoint(critical_names(text))


@pytest.mark.parametrize("text", [
    "единственный автобус в деревню не ходит с понедельника",
    "маршрутка в посёлок не ходит с пятницы",
])
def test_a_bus_not_running_since_a_weekday_is_high(text):
    assert ("bus not running", "high") in names(text)


@pytest.mark.parametrize("text", [
    "Расписание автобуса изменили с понедельника, неудобно",
    "Автобус не ходит с субботы по расписанию",
    "Школьный автобус не ходит с понедельника, каникулы",
])
def test_a_timetable_is_no_bus_not_running(text):
    assert ("bus not running", "high") not in names(text)


@pytest.mark.parametrize("text", [
    "Дымоход котла забился, у всей семьи головокружение и тошнота",
    "Нас занесло снегом, из дома не выбраться вторые сутки, нужна техника",
    "После бурана избу замело, старики внутри не могут открыть дверь",
    "На улице мороз -30, у остановки бродит пожилой мужчина без куртки, не помнит, где живёт",
    "Нашли старика на улице, -25, он растерян, не может сказать, где живёт",
    "Оконная рама на третьем этаже висит на одной петле прямо над подъездом",
    "Вывеска над входом висит на одном болте, поправьте",
    "Ветром повалило забор на тротуар, люди ходят по дороге, листы летают",
    "После дождя на дороге провал, туда уже въехала машина",
    "Женщина на коляске одна в квартире, еда закончилась, помочь некому",
    "Вода мутная и воняет, после неё дети в садике отравились",
    "Ребёнку полгода, температура 40 третьи сутки, врачи не приходят",
])
def test_the_refitted_model_reads_them_critical(models, text):
    assert str(models.urgency.predict([text])[0]) == "critical"


def test_the_refitted_model_reads_the_only_bus_gone_since_monday_high(models):
    assert str(models.urgency.predict(["единственный автобус в деревню не ходит с понедельника"])[0]) == "high"


@pytest.mark.parametrize("text", [
    "Скорая приехала через час, спасибо врачам, всё обошлось",
    "Температура у ребенка 38, запишите к педиатру на завтра",
    "Дымоход надо почистить к зиме, кто этим занимается?",
    "Снег не убран во дворе, машину не откопать",
    "Бабушке нужна помощь с оформлением пенсии",
    "Забор покосился",
    "Яма на дороге",
    "Большая яма на дороге у школы, машины объезжают",  # U49-U53e critical by the learned part (0.1403 against 0.1394)
    "Окно в подъезде не закрывается, дует",
    "Вода мутная после ремонта",
    "Дверь подъезда висит на одной петле, не закрывается, холодно",
    "Забор стройки стоит на тротуаре, приходится обходить",
    "Сосед на коляске, пандуса в подъезде нет, не может выйти погулять",
])
def test_the_model_reads_the_everyday_text_not_critical(models, text):
    assert str(models.urgency.predict([text])[0]) != "critical"
