"""An address names a place, not a content word (a fire report names a street); thanks for a done action are normal."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.lexicon import find_signals, load_lexicon
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, lexicon_predict

# urgency.md: a fire is critical; almost every real report carries an address
FIRE_AT_AN_ADDRESS = [
    "пожар на ул. Ленина 5",
    "пожар на улице Мира",
    "пожар на Ленина",
    "пожар 5",
    "пожар на ул. Ленина 5, дым",
    "Пожар на проспекте Мира, д. 7",
    "возгорание на ул. Мира 5",
    "пламя на ул. Ленина",
    "дым в доме 5",  # smoke at a house; "дым на ул. Ленина 5" is left to the model (normal, as before 9ae7d52)
]
# what-ifs, past fires and fire safety at an address stay what they were: not critical
NO_FIRE_AT_AN_ADDRESS = [
    "а если пожар на ул. Ленина?",
    "угроза пожара на улице Мира",
    "после пожара на ул. Ленина 5 грязь на стенах",
    "пожарная безопасность на улице Мира",
    "пожарный выход на ул. Ленина 5 закрыт",
    # a street is no place for "гореть" or "дым" alone: lights burn all night there, a chimney smokes over it
    "Вывеска на ул. Ленина горит всю ночь, мешает спать",
    "Рекламный экран на проспекте Ленина горит всю ночь и светит в окна",
    "Прожектор на стадионе на ул. Мира горит всю ночь",
    "На площади Ленина горит ёлка",
    "Весь проспект в дыму от ТЭЦ",
    "на ул. Ленина горит фонарь всю ночь",
]
# (text, date, level): thanks for a done action are normal; a thanks that goes on to complain keeps its level
THANKS = [
    ("спасибо, что дали воду", None, "normal"),
    ("спасибо, что убрали снег во дворе", None, "normal"),
    ("в казани спасибо коммунальщикам, быстро убрали снег во дворе 👍", None, "normal"),
    ("Воду дали, спасибо", None, "normal"),
    ("Благодарю, что починили лифт", None, "normal"),
    ("спасибо, что убрали снег, но тротуар так и не посыпали", None, "high"),
    ("спасибо за ответ, но воды нет до сих пор", None, "critical"),
    ("Заранее спасибо, уберите снег во дворе", None, "high"),
    # the thing fixed is wrong again, or something else is: a later clause says how things stand now
    ("Спасибо что починили лифт, он застревает каждый день", None, "high"),
    # children poisoned now: critical by urgency.md (a threat to health now; 5434030's «poisoning» row), not thanks
    ("Спасибо, что дали воду, она ржавая, дети отравились", None, "critical"),
    ("Спасибо, что заменили трубу, теперь течёт кипяток с потолка", None, "high"),
    ("спасибо, что починили крышу, течет потолок", None, "high"),  # a fault now, in a clause of its own
    ("Спасибо, что уже убрали снег во дворе", None, "normal"),  # «уже» inside the thanked clause
    ("Снег во дворе убрали, спасибо", None, "normal"),
    ("Отопление дали на ул. Маршала Жукова, спасибо", None, "normal"),
]
# (text, level): an address only says where; the words after it are the report, whatever their capitals, and a
# danger beside a calm phrase ("вода есть") is still a danger
REPORT_AFTER_AN_ADDRESS = [
    ("ВОДА ЕСТЬ НА УЛ. МИРА 5 ПАХНЕТ ГАЗОМ", "critical"),
    ("ГАЗ ЕСТЬ НА УЛ. МИРА 5 ПАХНЕТ ГАЗОМ В ПОДЪЕЗДЕ", "critical"),
    ("ВОДУ ДАЛИ В ДОМЕ 5 ТЕЧЕТ КИПЯТОК С ПОТОЛКА", "critical"),
    ("Свет дали на ул Мира 5 Пахнет Газом", "critical"),
    ("Свет дали на ул. Мира 5 Искрит Щиток", "critical"),
    ("Когда дадут отопление в доме 5 Дети Болеют Холодно", "critical"),
    ("ЯМА НА УЛ. МИРА 5 РЕБЕНОК УПАЛ ПОЛУЧИЛ ТРАВМУ", "critical"),  # the short-text rule read it as "яма"
    ("Вода есть на ул. Мира 5", "normal"),
    ("ВОДА ЕСТЬ НА УЛ. МИРА 5", "normal"),
    ("Свет дали на ул. Маршала Жукова", "normal"),
    ("Вода есть в Подъезде Пахнет Газом", "critical"),
    ("Свет Дали На Ул Мира 5 Пахнет Газом", "critical"),  # every word capitalised: no case evidence either
]
# urgency.md: "когда включат отопление?" in September is normal, whatever address it names
HEATING_QUESTION = [
    ("Когда включат отопление в доме 5 по улице Ленина?", "2026-09-15", "normal"),
    ("Когда включат отопление на ул. Мира, д. 3?", "2026-09-15", "normal"),
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", FIRE_AT_AN_ADDRESS)
def test_fire_at_an_address_is_critical(shipped, text):
    assert shipped.predict([text])[0] == "critical"
    assert shipped.predict_proba([text])[0, 0] >= 0.5


@pytest.mark.parametrize("text", NO_FIRE_AT_AN_ADDRESS)
def test_no_fire_at_an_address_stays_not_critical(text):
    # the shipped model reads the lexicon it was fitted with; the lexicon level is what a refit reads
    assert lexicon_predict([text]) != ["critical"]


@pytest.mark.parametrize(("text", "level"), REPORT_AFTER_AN_ADDRESS)
def test_report_after_an_address(text, level):
    assert mcu_nlp.analyze(text).urgency == level


def test_street_words_have_one_source():
    # the fire rows' @address and the words the guideline leaves out of a text as its address were two lists
    from mcu_nlp.urgency.address import street_words

    at_a_street = [rule.slots[1] for rule in load_lexicon().rules
                   if rule.name == "open fire" and len(rule.slots) == 2 and "улица" in rule.slots[1].lemmas]
    assert at_a_street == [street_words()]
    assert {"улица", "ул", "проспект", "дом", "кв"} <= street_words().lemmas and {"д", "стр"} <= street_words().forms


@pytest.mark.parametrize(("text", "date", "level"), THANKS + HEATING_QUESTION)
def test_thanks_and_questions_at_an_address(shipped, text, date, level):
    assert shipped.predict([text], dates=[date])[0] == level


# (thanks that go on to complain, the complaint alone): the level is the complaint's, the model's to give. The lift
# row is borderline (P(high) 0.486 / P(normal) 0.500, high by the model's decision); f888f49's refit made it and the
# complaint normal, the refit after the review of 6d81dd4 high again, as "Лифт застревает каждый день" (THANKS)
THANKS_TURNED = [
    ("Спасибо что починили лифт, он застревает каждый день", "Починили лифт, он застревает каждый день"),
    ("Спасибо, что починили крышу, теперь течет потолок", "Починили крышу, теперь течет потолок"),
]


@pytest.mark.parametrize(("text", "complaint"), THANKS_TURNED)
def test_thanks_that_turn_keep_the_complaints_level(shipped, text, complaint):
    assert shipped.predict([text])[0] == shipped.predict([complaint])[0]
    assert shipped.predict_proba([text])[0, 2] < 1.0  # no thanks' P(normal) = 1


@pytest.mark.parametrize(("text", "thanks"), [
    ("спасибо, что убрали снег", True),
    ("Воду дали, спасибо", True),
    ("Заранее спасибо, уберите снег", False),
    ("Спасибо, не убрали снег", False),
])
def test_thanks_signal_needs_a_done_action(text, thanks):
    assert any(s.name == "thanks for a repair" and s.level == "normal" for s in find_signals(text)) is thanks
