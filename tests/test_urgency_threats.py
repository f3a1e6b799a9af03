"""urgency.md's critical list: gas poisoning, floods reaching homes, a wild predator where people live, a burst
heating main or hot water on the street; what-ifs, fixed problems and the same words about something else are not."""

from __future__ import annotations

import pytest

from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, lexicon_predict

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
]
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
