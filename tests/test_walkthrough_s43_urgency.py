"""Walkthrough s43 (a Краснодарский край control centre), urgency defects D6 and D7.

D6: a flood to come («вода подходит к огородам, еще дождь и затопит дома», «может затопить дома», «грозит
подтопление домов») was read as a flood of homes now, critical; urgency.md puts "flooding of flats" happening now under
critical and a danger that grows if it waits under high. A perfective flood verb in the future, or a threat word
before a flood's noun or verb, now hedges the flooding and flood rows; water already in homes stays critical. The
shipped model reads the rows once refitted (its lexicon is frozen in it at its fit), so the levels are checked through
the lexicon over this checkout.

D7: «анапа, район ул. крымской, бегают стаи собак» was critical while the text without its address was high: the
model's view blanked «анапа, район ул.» and left «крымской», a street's name in lower case, which the model read as a
word of the appeal. The view now blanks the word after a street type's abbreviation whatever its case.
"""

import pytest
from helpers import names

from mcu_nlp.lexicon import find_signals
from mcu_nlp.lexicon_repairs import threatened
from mcu_nlp.urgency import lexicon_predict
from mcu_nlp.urgency.address import abbreviated_streets, names_a_street
from mcu_nlp.urgency.model_text import model_text
from mcu_nlp.urgency.settled import nothing_but_calm


# -- D6 ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ст. динская, после ливней оросительный канал переполнен, вода подходит к огородам на ул. красной, еще дождь и "
    "затопит дома",
    "вода подходит к домам, может затопить дома",
    "канал переполнен, если пойдет дождь, затопит дома",
    "грозит подтопление домов",
    "есть угроза затопления жилых домов",
    "дома затопит, если не откачать воду",
    "соседи сверху могут затопить квартиру, у них течет",
    "когда починят водосточную канаву у нашего дома, весной нас снова зальёт",
])
def test_a_flood_to_come_is_high(text):
    assert lexicon_predict([text]) == ["high"], names(text)


@pytest.mark.parametrize("text", [
    "затопило дома, вода в домах",
    "соседи сверху затопили квартиру",
    "нас затапливает, вода в квартире",
    "река поднимается, затопит дома",  # rising water now
    "вода уже в домах, может затопить весь поселок",  # water in homes named before the what-if
    "паводок, вода зашла в дома, может затопить весь поселок",
    "после тайфуна подтопило первые этажи",
])
def test_a_flood_now_stays_critical(text):
    assert lexicon_predict([text]) == ["critical"], names(text)


@pytest.mark.parametrize("text, critical", [
    ("весь дом затопит, если не перекрыть стояк, вода хлещет с потолка", ("flooding", "critical")),
    ("из-за прорыва трубы нас затопит, вода уже в квартире по щиколотку", ("water in homes", "critical")),
    ("вода хлещет с потолка, затопит весь дом", ("flooding", "critical")),
])
def test_a_threat_reaches_no_flood_now_in_another_clause(text, critical):
    assert critical in names(text), names(text)


def test_threatened():
    clause = [0, 0, 0, 0, 1]
    assert threatened([(3, 3)], 3, 3, clause)  # «затопит» opens the signal
    assert threatened([(1, 1)], 2, 3, clause)  # «может» before it, in its clause
    assert not threatened([(4, 4)], 3, 3, clause)  # after it
    assert not threatened([(2, 2)], 3, 4, clause)  # the signal ends in the next clause
    assert threatened([(2, 4)], 3, 4, clause)  # but within the threat's own words


# -- D7 ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, blanked", [
    ("анапа, район ул. крымской, бегают собаки", ["ул. крымской"]),
    ("ул крымской 12, бегают собаки", ["ул крымской 12"]),
    ("УЛ. МИРА 5 НЕТ ВОДЫ", ["УЛ. МИРА 5"]),
    ("пр. большевиков, яма", ["пр. большевиков"]),
    ("ул. ленина 3 дня нет воды", ["ул. ленина"]),  # a count of days, no house number
    ("и пр. Завтра", []),  # no name
    ("пр. со двора", []),
    ("пер., а", []),
    ("5 мкр, двор не убран", []),
])
def test_abbreviated_streets(text, blanked):
    assert [text[a:b] for a, b in abbreviated_streets(text)] == blanked


@pytest.mark.parametrize("form, name", [
    ("крымской", True), ("гоголя", True), ("победы", True), ("фриева", True),
    ("н", False), ("со", False), ("перед", False), ("этажи", False),
])
def test_names_a_street(form, name):
    assert names_a_street(form) is name


def test_the_model_view_leaves_no_street_name():
    assert model_text("анапа, район ул. крымской, бегают стаи собак").split() == [",", "бегают", "стаи", "собак"]


def test_an_address_does_not_change_the_level(models):
    plain = "бегают стаи собак, просим провести отлов"
    texts = [plain] + [f"{where}, {plain}" for where in ("анапа, район ул. крымской", "ул. крымской",
                                                          "район ул. крымской", "анапа")]
    urgency = models.urgency
    critical = list(urgency.classes_).index("critical")
    scores = urgency.predict_proba(texts)[:, critical]
    assert max(scores) - min(scores) < 0.005, scores
    assert set(urgency.predict(texts)) == {"high"}


@pytest.mark.parametrize("text", ["вода есть на ул. мира 5", "ВОДА ЕСТЬ НА УЛ. МИРА 5", "свет дали, ул крымская 12"])
def test_a_calm_text_with_a_street_in_lower_case_says_nothing_else(text):
    """The model no longer reads the street's name, so the calm rule must take it as the address it is."""
    assert nothing_but_calm(text, find_signals(text))
