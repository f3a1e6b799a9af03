"""The shipped topic model on kinds of other regions' appeals that session 21's seeds paraphrase (issue #3).

Other regions write about stadiums, rinks and ski tracks (culture_sport), cranes and unfenced pits (construction),
thin ice on rivers (safety), village shops (trade), unpaid wages (economy), quarry dust and blooming ponds (ecology),
dry taps (water), gas cylinders and sealed stoves (gas), villages cut off from power (power) and elks or bears in the
street (animals), words SPb's corpus barely has; the big classes' place words (двор, дорога, подъезд) took them.
data/topic/seeds.csv got paraphrases of those kinds, written from the misses of blind12..16. These texts were written
before any refitted model existed and are none of the seeds nor of the dev sets; the model may miss one per kind.
"""

from __future__ import annotations

import pytest
from helpers import seeded, topic_answers

from mcu_nlp.topic import TopicClassifier

PARAPHRASES = {
    "animals": [
        "По деревне ночью ходил медведь",
        "Лосиха с лосёнком стоят на дороге у школы",
    ],
    "communications": [
        "В деревне нет интернета и сотовой связи",
        "Письма и квитанции в деревню не доставляют",
    ],
    "construction": [
        "Стройку многоэтажки не огородили, яма глубокая",
        "Над тротуаром разворачивают грузы подъёмным краном",
        "Сосед без разрешения строит двухэтажный дом вплотную к забору",
    ],
    "culture_sport": [
        "На стадионе скамейки для болельщиков сломаны",
        "Зимой негде покататься на коньках, лёд на корте не залили",
        "В доме культуры отменили танцевальный кружок",
    ],
    "ecology": [
        "Вода в пруду зелёная, тина и вонь",
        "Карьер пылит, на подоконниках чёрная пыль",
        "Кто-то сливает отходы в ручей, рыба всплыла",
    ],
    "economy": [
        "Третий месяц не платят зарплату на лесопилке",
        "Начальник уволил без отработки и без выходного пособия",
        "Фермерам нужна помощь после заморозков, погиб урожай",
    ],
    "gas": [
        "На кухне сильный запах газа у плиты",
        "Когда привезут газовые баллоны в деревню",
        "Газовщики опломбировали плиту за неуплату",
    ],
    "power": [
        "Обесточили посёлок ещё утром, до сих пор без света",
        "После грозы нет электричества во всей деревне",
    ],
    "safety": [
        "Мальчишки катаются по весеннему льду на реке",
        "Рыбаки сидят у лунок, а лёд уже трещит",
        "Ночью во дворе горел автомобиль, пожарные приехали через час",
    ],
    "trade": [
        "В продуктовом магазине продали прокисший кефир",
        "Торговая палатка на остановке торгует без разрешения",
        "В деревне нет ни одного магазина, хлеб не завозят",
    ],
    "water": [
        "В посёлке третьи сутки сухие краны",
        "Колодец на улице пересох, питьевой воды нет",
        "Бочку с водой в село не привезли",
    ],
}

#: answers session 59's T59 changed: communications at 0.70, traded for +3.5 points on
#: blind47..58 and +2.4 on blind59 (benchmarks/RESULTS.md)
T59_TRADE = "communications at 0.70 since session 59's T59 (benchmarks/RESULTS.md)"


def test_paraphrases_are_not_seeds() -> None:
    assert not seeded(PARAPHRASES)


def test_other_regions_kinds_reach_their_topic(shipped_topic: TopicClassifier) -> None:
    """21 of the 30 (session 20's file: 20). These paraphrases were written to differ from the seeds, and the
    seeds move them little: the kinds the model still misses here (skating rinks and stadium stands, thin ice,
    cranes, dismissal pay, dry taps, sealed stoves, elks on the road) stay weak (benchmarks/RESULTS.md, session 21)."""
    right, wrong = topic_answers(shipped_topic, PARAPHRASES)
    assert right >= 21, wrong


def test_dust_and_blooming_water_are_ecology(shipped_topic: TopicClassifier) -> None:
    """Session 20's file answered the quarry's dust building."""
    assert shipped_topic.predict(PARAPHRASES["ecology"]).tolist() == ["ecology"] * 3


@pytest.mark.parametrize("text", [pytest.param("Хорошо, остаюсь на связи", marks=pytest.mark.xfail(
    strict=True, reason=T59_TRADE)), "Как там у тебя на работе?"])
def test_small_talk_of_work_and_keeping_in_touch_stays_other(shipped_topic: TopicClassifier, text: str) -> None:
    """Session 21's new seeds made «работа» economy's and «связь» communications'; six off-topic rows hold small talk
    in those words to `other` with a low score."""
    proba = shipped_topic.predict_proba([text])[0]
    assert shipped_topic.classes_[proba.argmax()] == "other" and proba.max() < 0.35
