"""Session 49 review of the session's own cancels (s49, s49b): they cancelled real dangers of their classes, found by a
reviewer's 68 critical texts, restored here as classes (a cancel narrowed to its case), not by the wording found:

- «confused elderly in the frost»: a case over only by its past forms in the past column («проводили», «вернули»,
  «довезли», «подсказали», «спросила»): the lemmas also read a request for help («прошу помочь вернуть её домой»,
  «помогите доставить домой», «довезти домой некому») and passers-by asked («спрашивает прохожих»);
- «shut in by snow»: by the verb, «замело» and a past form with snow named cancel on no «проехать», «проезд», ice or
  «каждый год так»; «занесло» with no snow named may be a skid, a bend or ice near it cancels; «заметает», «засыпает»
  (a snowing-in that recurs) keep every cancel; a road cancels only in the match's own clause;
- «fever with no help coming»: «платно», «частный», «нормально» are no case over by themselves; «вызвали платного»,
  «пришлось платно вызывать» are past words, «не на что» says it goes on;
- «sinkhole on a road»: a depth in metres with a width in centimetres (a second row with no centimetre cancel);
- «fence blown onto a walkway»: the wind that «носит» the sheets; a fence said fallen with «может ударить» in a later
  clause (a what-if only in the fall's own clause);
- «water making people ill»: people named ill beside a pet («и собака тоже отравилась»);
- «bus not running» (high): a weekday is a timetable only in the bus's own clause («в среду людям на диализ» of the
  next clause is a need, not a timetable).

The lexicon is checked over this checkout; the shipped model froze its lexicon at its fit.
"""

import pytest
from helpers import critical_names, names

LOST, SNOW, FEVER = "confused elderly in the frost", "shut in by snow", "fever with no help coming"
SINKHOLE, FENCE, WATER = "sinkhole on a road", "fence blown onto a walkway", "water making people ill"
BUS_NOT_RUNNING, BUS_CANCELLED = ("bus not running", "high"), ("bus cancelled", "high")


@pytest.mark.parametrize(("text", "signal"), [
    # the reviewer's texts: a request for help, passers-by asked
    ("Бабушка в халате на морозе у подъезда, не помнит где живет, прошу помочь вернуть ее домой", LOST),
    ("Дедушка с деменцией ушел из дома, мороз -25, помогите найти и доставить домой", LOST),
    ("Пожилая женщина на остановке в тапочках, мороз, не помнит адрес, спрашивает прохожих", LOST),
    ("Бабушка раздета на улице, минус 20, потерялась, прошу проводить ее домой", LOST),
    ("Дедушка потерялся, мороз минус 30, не помнит адрес, довезти домой некому", LOST),
    ("Пожилая женщина в халате на улице в мороз, растерянная, не знает где живет, прохожие спрашивают, кто она", LOST),
    ("Дедушка в тапочках на остановке, мороз -20, не помнит где живет, помогите вернуть его домой", LOST),
    ("Бабушка с деменцией на улице в мороз, не знает адрес, просим доставить ее домой", LOST),
    # the reviewer's texts: a road, ice or a yearly snowing-in beside a home shut in now
    ("Наш дом замело по окна, дверь не открыть, мы не можем выйти, дорогу не чистят", SNOW),
    ("Нас занесло снегом, из дома не выбраться вторые сутки, проехать к нам невозможно", SNOW),
    ("Барак засыпало снегом, жильцы не могут выйти, проезд не чистят", SNOW),
    ("Избу занесло снегом, бабушка не может выбраться, скользко и гололед", SNOW),
    ("Дом завалило снегом, дверь не открывается, внутри пожилые люди, каждый год так", SNOW),
    ("Дом замело снегом, мы не можем выйти, проезда к дому нет", SNOW),
    ("Нас замело, дверь не открыть, к дому не проехать, внутри старики", SNOW),
    ("Бабушку занесло снегом, из дома не выбраться, дорогу не чистят, проехать невозможно", SNOW),
    ("Барак замело, жильцы не могут выйти, проезд к дому не чистят", SNOW),
    ("Дом занесло, дверь не открывается, внутри дедушка, каждый год так", SNOW),
    # the reviewer's texts: «платно», «частный», «нормально» with the fever going on
    ("У сына температура 40, врач не приходит, платно вызвать не на что", FEVER),
    ("У дочки температура 40, скорая не едет, нормально сбить не можем", FEVER),
    ("Ребенок с температурой 40, врач не приходит, живем в частном доме", FEVER),
    ("У сына температура 40, педиатр не приходит, нормально сбить не получается", FEVER),
    ("У внучки температура 40, скорая отказалась ехать, частный сектор, дорога плохая", FEVER),
    ("Ребенок с температурой 40, фельдшер не приезжает, платные врачи далеко", FEVER),
    ("У ребенка температура 40, врач не приходит, платного врача вызвать не на что", FEVER),
    ("У сына температура 40 третий день, врач не приходит, нормально сбить не получается", FEVER),
    # the reviewer's texts: metres deep, centimetres wide
    ("Провал посреди дороги глубиной 2 метра, шириной 50 см, машина туда въехала", SINKHOLE),
    ("Провал на дороге глубиной полтора метра, диаметр 80 см, не огорожен", SINKHOLE),
    ("На улице провалился асфальт, глубина метр, ширина 60 см, ограждения нет", SINKHOLE),
    ("Провалился асфальт на дороге, глубина два метра, ширина 70 см, не огорожено", SINKHOLE),
    # the reviewer's texts: sheets the wind «носит», people who may be hit by a fence fallen
    ("Сорвало профлист с ограждения стройки, листы носит ветром по тротуару у остановки", FENCE),
    ("Ветер сорвал листы забора, их носит по тротуару у остановки", FENCE),
    ("Забор упал на пешеходную дорожку, ветер носит листы, людей может ударить", FENCE),
    ("Забор стройки упал на тротуар, листы носит по остановке, людей может задеть", FENCE),
    ("Ветром сорвало забор стройки, листы носит по тротуару", FENCE),
    ("Забор стройки упал на тротуар, может кого-то задеть", FENCE),
    # the reviewer's text: people ill, a dog beside them
    ("Из крана течет ржавая вода, у детей понос и рвота, и собака тоже отравилась", WATER),
    ("Вода из крана ржавая, у детей рвота, и кот тоже отравился", WATER),
    ("Вода мутная, после неё у детей рвота, и у кошки тоже", WATER),
])
def test_the_danger_is_critical_again(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize(("text", "signal"), [
    # a case over, by its past forms; an office, no frost
    ("Бабушка заблудилась на морозе, прохожие проводили ее домой", LOST),
    ("Дедушка с деменцией ушел из дома в мороз, полиция его нашла и вернула домой", LOST),
    ("Пенсионер заблудился на морозе, мы его довезли до дома", LOST),
    ("Пожилая соседка потерялась в мороз, ее доставили домой", LOST),
    ("Бабушка заблудилась на морозе, спросила дорогу и дошла", LOST),
    ("Дедушка заблудился в больнице, мороз на улице", LOST),
    ("Дедушка заблудился в поликлинике, спасибо регистратуре что помогли", LOST),
    # a car that skidded, a road or a car snowed in, a snowing-in every winter
    ("На повороте нас занесло, проехать невозможно, гололед", SNOW),
    ("На трассе нас занесло, невозможно ехать, скользко", SNOW),
    ("Каждую зиму дом засыпает снегом, выйти невозможно, просим чистить регулярно", SNOW),
    ("Каждый год дом заносит снегом, просим чистить регулярно", SNOW),
    ("Дорогу к дому замело, проехать невозможно", SNOW),
    ("Дорогу замело, машины не могут проехать к дому", SNOW),
    ("Машину замело, не откопать, дворник не чистит", SNOW),
    # a fever over: a paid doctor called, well again
    ("У сына была температура 40, врач не пришел, вызвали платного, сейчас поправился", FEVER),
    ("У ребенка температура 40, врач не пришел, пришлось вызывать платную скорую", FEVER),
    ("Температура 40 у дочки была, врач не пришел, платно вызвали, всё нормально", FEVER),
    ("У ребенка температура 40, врач не пришел, платно вызвали педиатра", FEVER),
    ("Вызвали платного педиатра, температура 40 была, спасибо", FEVER),
    # centimetres deep with no metre
    ("На дороге провалился асфальт, глубина 10 см", SINKHOLE),
    ("Провал на дороге шириной полметра, глубиной сантиметров 15", SINKHOLE),
    ("Небольшой провал асфальта на парковке, сантиметров 10", SINKHOLE),
    # a fence that may fall, rubbish in the wind
    ("Забор у остановки шатается, может упасть на тротуар", FENCE),
    ("Если ветер усилится, забор упадет на тротуар", FENCE),
    ("Забор вот-вот упадет на тротуар, может кого-то ударить", FENCE),
    ("Ветер носит мусор по остановке, забор сломан", FENCE),
    ("Рекламная панель на остановке сломана, ветер носит мусор", FENCE),
    # a pet's or a farm animal's illness alone
    ("Вода из крана желтая, у собаки понос", WATER),
    ("Вода в колодце грязная, у коровы понос, пьем ее сами", WATER),
    ("вода мутная, после нее у кошки рвота", WATER),
])
def test_the_near_miss_stays_not_critical(text, signal):
    assert signal not in critical_names(text)


@pytest.mark.parametrize("text", [
    "Автобус в деревню не ходит с субботы, в среду людям на диализ",
    "Единственный автобус в деревню не ходит с понедельника, бабушке в пятницу к врачу",
    "Автобус не ходит с понедельника, в среду мне на химиотерапию",
    "Автобус в село не ходит уже неделю, в пятницу людям к врачу",
])
def test_a_day_of_a_later_clause_is_no_timetable(text):
    assert BUS_NOT_RUNNING in names(text)


@pytest.mark.parametrize("text", [
    "Автобус не ходит с понедельника по пятницу",
    "Автобус не ходит уже неделю по субботам",
    "Автобус не ходит с субботы на воскресенье, неудобно",
    "Автобус ходит с понедельника по пятницу, в выходные нет, просим добавить рейс",
])
def test_a_day_of_the_buss_own_clause_is_a_timetable(text):
    found = names(text)
    assert BUS_NOT_RUNNING not in found
    assert BUS_CANCELLED not in found
