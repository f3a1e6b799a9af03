"""Walkthrough s42 (a Новосибирская область control centre), urgency defects D1, D2, D3, D9 and D10.

D1: no gas or power with the noun before «нет» and a place or a pronoun between («газа у нас нет неделю», «света у
нас нет уже 10 часов») is a home without them, as «воды в доме нет» already was. D2: a fire or smoke «на» a street
written in lower case («пожар на ленина», «пожар на советской», «пожар на мира 5»), on a floor or a landing («пожар
на 3 этаже», «задымление на 5 этаже») or after a one-word exclaimed heading («🔥 ПОЖАР!!! 🔥 дом 5 по ленина») is an
open fire, which the model trusts as it does «пожар на чердаке». D3: a danger the text itself denies («провода висят
низко, но не искрят», «угрозы обрушения нет», «на людей не кидаются», «пока никого не покусали», «ничего
опасного») is no critical signal, and thanks for coming to a fire are thanks for a done action. D9: a bus taken
away or no longer running is a route cancelled. D10: how long tomorrow's announced cut lasts is a question about a
plan. Invented texts and the walkthrough's own; the shipped model reads the rows once refitted (its lexicon is frozen
in it at its fit), so the levels are checked through the lexicon and the guideline's own rules over this checkout.
"""

import pytest
from helpers import names

from mcu_nlp.lexicon import find_signals, load_lexicon, words
from mcu_nlp.lexicon_places import unnamed_streets
from mcu_nlp.urgency import lexicon_predict
from mcu_nlp.urgency.thanks import thanked


def levels(text: str) -> set[str]:
    return {level for _, level in names(text)}


# -- D1 ----------------------------------------------------------------------------------------------------------------
NO_SUPPLY = [
    ("газа у нас нет неделю, готовить не на чем", "no gas"),
    ("газа в доме нет уже неделю", "no gas"),
    ("Газа в квартире нет с утра", "no gas"),
    ("у нас света в деревне нет со вчерашнего дня", "no power"),
    ("электричества в доме нет с утра", "no power"),
    ("света у нас нет уже 10 часов", "no power"),
    ("Света в квартире нет второй день", "no power"),
    ("электроэнергии в доме нет с ночи", "no power"),
    # the orders that worked before
    ("газа нет уже неделю", "no gas"),
    ("нет газа третий день", "no gas"),
    ("в доме газа нет", "no gas"),
    ("света нет с утра", "no power"),
    ("воды в доме нет уже неделю", "no water"),
]


@pytest.mark.parametrize("text, signal", NO_SUPPLY)
def test_a_supply_absent_with_a_place_between_is_critical(text, signal):
    assert (signal, "critical") in names(text), names(text)


@pytest.mark.parametrize("text", [
    "света в подъезде нет уже неделю",  # stairwell lighting (urgency.md high)
    "Где купить уголь и дрова? Газа у нас нет, печное отопление",  # a stove-heated home, no cut
    "газа у нас нет, газификацию обещают с 2021 года",  # a line never built
    "газ свистит из трубы, оцепления нет",  # «нет» of another noun
])
def test_no_supply_cut_where_none_is_said(text):
    assert not {("no gas", "critical"), ("no power", "critical")} & names(text), names(text)


# -- D2 ----------------------------------------------------------------------------------------------------------------
FIRES = [
    "пожар на ленина",
    "пожар на Ленина",
    "пожар на советской",
    "пожар на кирова",
    "пожар на пушкина",
    "пожар на мира 5",
    "пожар на садовой 12",
    "пожар на красном проспекте",
    "возгорание на гагарина, дым валит",
    "пожар на 3 этаже",
    "пожар на втором этаже",
    "пожар на лестничной площадке",
    "🔥🔥🔥 ПОЖАР!!! 🔥🔥🔥 дом 5 по ленина в оби",
    # worked before
    "пожар на чердаке",
    "Пожар на ул. Ленина 5",
    "горит дом на ленина",
]


@pytest.mark.parametrize("text", FIRES)
def test_a_fire_at_a_street_or_a_floor_is_an_open_fire(text):
    assert ("open fire", "critical") in names(text), names(text)


@pytest.mark.parametrize("text", ["задымление на 5 этаже", "дым на 5 этаже",
                                  "сильное задымление на лестничной площадке"])
def test_smoke_on_a_floor_is_smoke(text):
    assert ("smoke", "critical") in names(text), names(text)


@pytest.mark.parametrize("text", [
    "пожар на прошлой неделе был в соседнем районе",  # when, not where
    "Грязь на стенах со 2-ого по 4-ый этаж, после пожара в кв 5",  # a fire past
    "Незаконное хранение коляски на втором этаже, а если пожар или скорая?!",  # a fire feared
    "Неудовлетворительное состояние мусорной площадки после пожара",
    "горит свет на 3 этаже круглосуточно",  # a lamp
    "курят на лестничной площадке, дым",  # cigarettes
])
def test_no_open_fire_now_at_a_floor_or_a_street(text):
    assert not {("open fire", "critical"), ("smoke", "critical")} & names(text), names(text)


@pytest.mark.parametrize("text, named", [
    ("пожар на ленина", ["ленина"]),
    ("дом 5 по кирова", ["кирова"]),
    ("пожар на советской, дым", ["советской"]),
    ("пожар на мира 5", ["мира"]),
    ("пожар на втором этаже", []),
    ("пожар на прошлой неделе", []),
    ("пожар на складе", []),
    ("пожар на днях", []),
    ("на этой улице", []),
])
def test_unnamed_streets(text, named):
    seq = words(text)
    assert [seq[i].form for i in unnamed_streets(text, seq)] == named


def test_a_one_word_heading_reads_with_the_next_sentence_only_when_exclaimed():
    assert ("open fire", "critical") in names("ПОЖАР!!! Дом 5 по ленина")
    assert ("open fire", "critical") not in names("Пожар. Дом 5 по ленина отремонтируйте")


# -- D3 ----------------------------------------------------------------------------------------------------------------
DENIED = [
    ("провода висят низко, но не искрят и не оборваны", ("wires hanging intact", "high")),
    ("провода висят низко, не искрят", ("wires hanging intact", "high")),
    ("трещина в стене, угрозы обрушения нет", ("crack said harmless", "high")),
    ("собаки бегают у садика, на людей не кидаются, но страшно", ("dogs about", "high")),
    ("п. Сокур — бродячие собаки стаей у детского сада, кидаются на прохожих, пока никого не покусали но это "
     "вопрос времени", ("dogs lunging", "high")),
    ("собаки кидаются на прохожих, пока никого не покусали", ("dogs lunging", "high")),
]


@pytest.mark.parametrize("text, kept", DENIED)
def test_a_danger_the_text_denies_is_no_critical_signal(text, kept):
    found = names(text)
    assert "critical" not in levels(text), found
    assert kept in found


@pytest.mark.parametrize("text, _", DENIED)
def test_a_danger_denied_is_no_critical_alarm(text, _):
    """:meth:`~mcu_nlp.lexicon.Lexicon.dated`: the urgency guideline moves the text's P(critical) to high, as it does
    for a danger dated past, whatever the learned model reads into «провода», «собаки», «обрушение»."""
    assert load_lexicon().dated(text)


@pytest.mark.parametrize("text, danger", [
    ("провода висят низко над тротуаром", ("wires low over people", "critical")),
    ("оборванные провода висят над тротуаром, искрят", ("live wires", "critical")),
    ("провода висят низко, искрят", ("sparks", "critical")),
    ("трещина в несущей стене, угроза обрушения", ("crack threatens collapse", "critical")),
    ("стая собак напала на ребенка", ("attack by dogs", "critical")),
    ("собака покусала ребенка у школы, на других не кидается", ("attack by dogs", "critical")),
    ("собаки кидаются на прохожих, одного уже покусали", ("attack on people", "critical")),
    ("пожар в доме, пожарные приехали через час", ("open fire", "critical")),
])
def test_a_danger_not_denied_keeps_its_level(text, danger):
    assert danger in names(text), names(text)


def test_thanks_for_coming_to_a_fire_are_normal():
    text = "спасибо, что приехали быстро на пожар, все живы"
    assert levels(text) == {"normal"}, names(text)
    assert thanked(text, find_signals(text))
    assert lexicon_predict([text]) == ["normal"]


def test_thanks_then_a_complaint_are_not_thanks():
    text = "спасибо, что приехали на пожар, но квартиру до сих пор не восстановили"
    assert not thanked(text, find_signals(text))


def test_nothing_dangerous_is_no_danger():
    text = ("вроде бы на фасаде дома на красном проспекте 28 в новосибирске появилась трещина, наверно ничего "
            "опасного, но гляньте когда будет время")
    assert ("danger", "high") not in names(text)
    assert ("danger", "high") in names("на крыльце опасно ходить")


# -- D9, D10 -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "автобус 1025 бердск - новосибирск убрали с утра без предупреждения, как людям на работу ездить?",
    "маршрутка 315 больше не ходит с понедельника",
    "маршрут 1025 бердск-новосибирск отменили",
    "Автобус №112 в Каменку сняли с понедельника без объявления",
])
def test_a_bus_taken_away_is_a_route_cancelled(text):
    assert ("route cancelled", "high") in names(text), names(text)


@pytest.mark.parametrize("text", [
    "у остановки автобуса убрали снег, спасибо",
    "просим вернуть автобус, который убрали в прошлом году",
])
def test_no_route_cancelled_where_none_is(text):
    assert ("route cancelled", "high") not in names(text), names(text)


def test_how_long_a_cut_announced_for_tomorrow_lasts_is_a_question_about_a_plan():
    assert ("planned outage question", "normal") in names("завтра отключат воду на ремонт, на сколько?")
    assert ("planned outage question", "normal") not in names("завтра отключат воду на ремонт")  # no question
    assert ("planned outage question", "normal") not in names("опять отключили воду, когда дадут?")


def test_a_denied_danger_beside_a_real_one_is_still_critical():
    text = "провода висят низко, но не искрят, а в подъезде пахнет газом"
    assert ("gas smell", "critical") in names(text)
    assert not load_lexicon().dated(text)


@pytest.mark.parametrize("text", [
    "воду дали, но отопления нет",  # a part of contrast with its own subject denies nothing of the first
    "провода висят низко над тротуаром, но не все, часть убрали",
])
def test_a_later_part_denies_only_when_it_opens_on_a_denial(text):
    assert "critical" in levels(text), names(text)


@pytest.mark.xfail(strict=True, reason="a window of 5 words for a fire at a street took in a Kursk annotation "
                   "labelled normal: «open fire» lost its trust and plain fires their lift (session 42), so the "
                   "window stays 4 and a town between the fire and the street leaves only the learned «fire»")
def test_a_fire_with_a_town_before_its_street_is_critical():
    import mcu_nlp

    assert mcu_nlp.analyze("пожар в оби на ленина", region="54").urgency == "critical"
