"""urgency.md's critical list: gas poisoning, floods reaching homes, a wild predator where people live, a burst
heating main or hot water on the street; what-ifs, fixed problems and the same words about something else are not."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import load_rules
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, lexicon_predict
from mcu_nlp.urgency.guideline import TRUSTED_FLOOR

# a threat to life now (urgency.md, level table and "critical — examples")
LIFE_THREATS = [
    "Угарный газ, соседи отравились",
    "отравление угарным газом в квартире",
    "Паводок, подтопило дома в Якутии",
    "Паводок, подтопило дома",
    "наводнение, вода в домах",
    "Вода зашла в дома, людей эвакуируют",
    "Медведь в поселке, дети боятся выходить",
    "волки ходят по деревне",
    "Теплотрасса порвалась возле школы, пар идет",
    "прорвало трубу, кипяток хлещет на тротуар",
    "кипяток бьёт фонтаном из-под асфальта",
    "Медведи ходят по двору школы",
    "Волк напал на жителя деревни",
    "Трубу прорвало, кипяток бьёт на дорогу",
    "Наводнение, в поселке затопило дома, людей эвакуируют",
]
# what-ifs, past or fixed problems, and the same words about something else ("Negation and hedges")
NOT_NOW = [
    "а если паводок?",
    "угроза подтопления домов весной",
    "а если медведь придет в поселок?",
    "вчера прорвало, сейчас починили",
    "эвакуировали машину со двора",
    "подтопило подвал дома",
    "отравляют выхлопными газами",
    "из крана течет кипяток",
    "Порвана теплоизоляция труб в холле",
    # the same words about something else (review of 689c103): no animal as subject where people are, a past flood,
    # a drill, a picture; hot water not on the street; water entering a home through the roof (a leak)
    "Медведь на гербе города облез, покрасьте",
    "В детском саду спектакль про волка, просим выделить зал",
    "Ходят слухи про медведя, это правда?",
    "Кабаны разрыли поле за городом, потравили картошку",
    "Фильм про медведя в поселке покажут в клубе",
    "Во время учебной эвакуации в школе дети простыли",
    "Дом пострадал от наводнения три года назад, прошу помочь с ремонтом",
    "Дети нарисовали рисунок про наводнение в деревне",
    "В бане кипяток бьёт из бойлера",
    "В столовой кипяток бьёт из титана",
    "Вода зашла в дом через крышу во время дождя",
]
# misread by the lexicon before and lifted to >= 0.9; the learned model alone still calls this one critical (0.148
# against the 0.127 threshold: "вода", "квартира"), so only the lift is tested
NOT_LIFTED = ["Новый дом сдали, вода зашла в квартиры только через месяц после заселения"]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", LIFE_THREATS)
def test_life_threat_is_critical(shipped, text):
    assert lexicon_predict([text]) == ["critical"]
    assert shipped.predict([text])[0] == "critical"


@pytest.mark.parametrize("text", NOT_NOW)
def test_no_threat_now_is_not_critical(shipped, text):
    assert lexicon_predict([text]) != ["critical"]
    assert shipped.predict([text])[0] != "critical"


@pytest.mark.parametrize("text", NOT_LIFTED)
def test_misread_threat_is_not_lifted(shipped, text):
    assert lexicon_predict([text]) != ["critical"]
    assert shipped.predict_proba([text])[0, 0] < TRUSTED_FLOOR


# a payment asked for a damage is a hedge of fires and floods only (session 31); a flood's «после» is its own row, which
# the weather that causes a flood now cancels («после дождей затопило»)
CLAIM_WORDS = {"компенсация", "компенсировать", "возмещение", "возместить", "возмещать", "выплата", "выплатить",
               "выплачивать", "страховка", "страховой"}


@pytest.mark.parametrize("group, without", [("flood", set()), ("animals", CLAIM_WORDS)])
def test_what_if_rows_are_the_fire_row_without_fire_words(group, without):
    lemmas: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for rule in load_rules():
        if rule.level == "hedge":
            lemmas.setdefault(rule.group, set()).update(rule.slots[0].lemmas)
            forms.setdefault(rule.group, set()).update(rule.slots[0].forms)
    fire_words = {"пожароопасный", "пожароопасно", "учение", "тренировка", "тренировочный"}  # s51: a drill
    assert lemmas[group] == lemmas["fire"] - fire_words - without
    assert forms[group] == forms["fire"] - {"учебная", "учебной", "учебную"}  # s51: a drill
