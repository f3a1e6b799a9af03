"""Session 46 (U46): dangers docs/urgency.md lists as critical that no lexicon row read, found as blind44's critical
misses (a dev set now) and written as their general classes: a lift moving with its doors open, an object hanging
loose over a pavement, someone not seen for days who does not open or answer, a grass burn coming at homes, a burner
gone out while the gas flows, a small child alone with no adult by, snow sliding off a roof onto a path, fuel in tap
water, a poisoned drinking-water source, a bus driving on a highway with its doors open, a venomous snake among
people now, and the boilers of a street going out for want of gas pressure. Each with its near misses.

Also the fold of two word lists typed more than once (the smoke rows' plant words, the emission rows' smog forms)
into the macros @plant_smoke, @smog and @nmu: the rules read as before.

The lexicon is checked over this checkout; the model-level test checks the shipped model, which reads the new rows
because it was refitted with them (its lexicon is frozen in it at its fit: U46, bf80ad8, and every refit since).
Some of these rows fired far too wide on everyday texts and were narrowed after (s46w:
tests/test_urgency_false_alarms_s46.py).
"""

import pytest
from helpers import critical_names, names

from mcu_nlp.lexicon import load_rules


@pytest.mark.parametrize(("text", "signal"), [
    # a lift moving with its doors open
    ("Лифт едет с открытыми дверями, страшно заходить с ребёнком", "lift moving with doors open"),
    ("двери в лифте не закрываются, а он всё равно поехал вниз", "lift moving with doors open"),
    # an object hanging loose over a pavement or a path
    ("Вывеска аптеки висит на одном болте прямо над тротуаром", "loose object over a walkway"),
    ("над пешеходной дорожкой болтается оторванный светильник", "loose object over a walkway"),
    # not seen for days, not opening, not answering
    ("Соседа третий день не видно, дверь не открывает, телефон не отвечает", "person not answering"),
    # a grass burn coming at homes («пал»: the lemma is the verb «пасть»)
    ("Пал травы идёт к домам, ветер в нашу сторону", "fire spreading"),
    ("сухая трава горит, огонь подходит к дачам", "fire spreading"),
    # a burner gone out while the gas flows
    ("В колонке пламя погасло, а газ продолжает идти", "gas flowing unlit"),
    ("конфорка потухла, газ шипит", "gas flowing unlit"),
    # a small child alone with no adult by
    ("Во дворе малыш один, плачет, родителей нет уже час", "child alone with no adult"),
    ("на площадке садика один ребёнок, воспитателей нет, ворота закрыты", "child alone with no adult"),
    # snow or ice sliding off a roof onto a path or people
    ("С крыши сползает снег прямо на тротуар, люди ходят", "snow sliding off a roof"),
    ("лёд съезжает с кровли над дорожкой к подъезду", "snow sliding off a roof"),
    # fuel in tap water
    ("Вода из крана пахнет бензином", "fuel in tap water"),
    ("из водопровода течёт вода с запахом солярки", "fuel in tap water"),
    # a drinking-water source poisoned now
    ("У водозабора всплыла дохлая рыба, в реке пятна мазута", "polluted water reaching people"),
    # a bus on a highway with its doors open
    ("Автобус едет по трассе с открытой дверью", "doors open at speed"),
    ("маршрутки носятся с открытыми дверями, скорость под сто", "doors open at speed"),
    # a venomous snake among people now
    ("Гадюка чуть не укусила ребёнка во дворе", "snake among people now"),
    ("Змея сейчас сидит у песочницы на детской площадке, дети рядом", "snake among people now"),
    # boilers of many homes going out for want of gas pressure
    ("Давление газа упало, котлы в домах отключаются", "heating lost to gas pressure"),
])
def test_the_danger_is_critical(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", [
    "лифт починили, двери закрываются",
    "двери лифта не закрываются до конца",  # a lift fault, high
    "лифт не едет, двери открыты",
    "вывеску повесили криво",
    "вывеска качается на ветру, просим проверить крепление",  # no walkway named
    "растяжка над проезжей частью оторвалась с одного края",  # over a roadway (b40-201 labelled high)
    "вывеска над входом в магазин висит на одном шурупе",  # a shop's entrance (b43-284 labelled high)
    "на площадке качели шатаются, когда дети качаются",
    "соседку давно не видел, переехала наверное",
    "соседа давно не видно, дверь не открывает, наверное уехал на дачу",
    "мастер второй день не выходит на связь, заявка не выполнена",
    "автобус второй день не выходит на линию, перевозчик не отвечает",
    "трава на газоне сухая",
    "пал травы запрещён, когда будут штрафовать?",
    "котёл гаснет по ночам",  # the high «gas appliance fault»
    "давление газа слабое, котёл гаснет",  # one household's boiler: high
    "давление газа слабое, плита еле горит",
    "можно ли ребёнку ездить одному без взрослых на автобусе?",
    "одна воспитываю ребёнка без отца, положено ли пособие",
    "в группе одна воспитательница, нянечки нет",  # staffing, high
    "дворники сбрасывают снег с крыши на тротуар",
    "снег с крыши съехал и завалил калитку",
    "вода из крана пахнет хлоркой",
    "вода в реке пахнет нефтью",
    "нефтяное пятно течёт к водозабору",  # drifting towards an intake: high (b16-104, b17-027)
    "маршрутка ездит с открытой дверью",  # in town: the high «doors open on the move»
    "гадюки в лесу водятся",
    "видели гадюк на детской площадке",  # the high «snakes seen»
])
def test_the_near_miss_is_no_new_critical_signal(text):
    assert not critical_names(text) & {
        "lift moving with doors open", "loose object over a walkway", "person not answering", "fire spreading",
        "gas flowing unlit", "child alone with no adult", "snow sliding off a roof", "fuel in tap water",
        "polluted water reaching people", "doors open at speed", "snake among people now",
        "heating lost to gas pressure",
    }


def test_the_folded_word_lists_read_as_before():
    rules = load_rules()
    plant = {"завод", "химзавод", "комбинат", "фабрика", "предприятие", "промзона", "цех", "выброс", "выбрасывать",
             "тэц", "тэс", "грэс", "нпз", "гпз", "разрез", "нму", "метеоусловие", "метеоусловия"}
    smoke = [rule for rule in rules if rule.name == "smoke one cannot breathe"]
    assert sum(plant <= rule.unless for rule in smoke) == 2  # the breath and the cough rows; the choke row keeps it
    assert all(plant.isdisjoint(rule.unless) for rule in smoke if not plant <= rule.unless)
    smog = [rule for rule in rules if rule.name == "emissions people breathe" and "смог" in rule.slots[0].forms]
    assert len(smog) == 3
    for rule in smog:
        assert rule.slots[0].forms == {"смог", "смога", "смогом", "смоге"}
        assert rule.slots[0].lemmas == {"нму", "метеоусловие", "метеоусловия"}
    assert ("emissions people breathe", "high") in names("опять НМУ, дышать нечем")
    assert ("emissions people breathe", "high") in names("над городом смог, дети кашляют")


@pytest.mark.parametrize("text", [
    "Вывеска аптеки висит на одном болте прямо над тротуаром",
    "Соседа третий день не видно, дверь не открывает, телефон не отвечает",
    "В колонке пламя погасло, а газ продолжает идти",
    "Во дворе малыш один, плачет, родителей нет уже час",
    "Автобус едет по трассе с открытой дверью",
    "Давление газа упало, котлы в домах отключаются",
    "У водозабора всплыла дохлая рыба, в реке пятна мазута",
])
def test_the_refitted_model_reads_them_critical(models, text):
    assert str(models.urgency.predict([text])[0]) == "critical"
