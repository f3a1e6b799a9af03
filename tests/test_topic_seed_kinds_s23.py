"""The shipped topic model on session 23's kinds of other regions' appeals: economy (prices, unpaid seasonal work,
closures, hay land, fuel), and thin kinds of ads, culture_sport, safety, animals, water, communications, gas (issue #3).

blind22's misses (and blind12..16's, blind21's) were read: rising prices in a village shop went to trade, unpaid
harvest work to snow, land for haymaking to yards, a missing elderly person to other, a collapsed village well to yards.
data/topic/seeds.csv got 93 paraphrases of those kinds, and the seed «На стенах рисуют адреса закладок» moved from
safety to ads (SPb labels drug graffiti ads; the taxonomy's ads scope names graffiti). These 23 texts were written
before any refitted model existed and are none of the seeds nor of the dev sets (benchmarks/RESULTS.md, session 23).
"""

from __future__ import annotations

import pytest
from helpers import seeded, topic_answers

from mcu_nlp.corpora import load_seeds
from mcu_nlp.topic import TopicClassifier

PARAPHRASES = {
    "economy": [
        "Сахар и крупа в лавке подорожали за две недели",
        "Подрядчик не рассчитался с нами за работу на уборке картофеля, уехал",
        "Птицефабрику закрывают, где людям теперь работать?",
        "Дайте сельчанам землю под сенокос и выпас",
        "Почему солярка на местной заправке дороже чем в городе",
        "Как индивидуальному предпринимателю получить льготный заём",
        "Агентство занятости не берёт на учёт без местной прописки",
    ],
    "ads": [
        "На гаражах написали номера телефонов продавцов курительных смесей",
        "Кто будет срывать бумажки с рекламой с двери подъезда?",
    ],
    "culture_sport": [
        "Скамейки на трибуне футбольного поля сломаны",
        "Почему в посёлке до сих пор не залили ледовую площадку",
    ],
    "safety": [
        "Бабушка с болезнью Альцгеймера вышла из дома и не вернулась",
        "Ребята забираются на крышу заброшенного цеха и снимают ролики",
    ],
    "ecology": ["Какие результаты анализа воздуха у нас в городе?"],
    "animals": ["Чья-то корова второй день бродит по обочине дороги"],
    "water": [
        "Деревенский колодец разрушился, набирать воду негде",
        "Канализация переливается через люк, по улице течёт",
    ],
    "communications": ["В поезде до областного центра полдороги нет сигнала"],
    "gas": ["Привезли не весь уголь, положенный по льготе, а уже холода"],
    "power": ["Электрощит в подъезде искрит и дымит"],
    "snow": ["На горке по дороге в школу гололёд, ничем не посыпано"],
    "health": ["Пенсионерам положены бесплатные слуховые аппараты?"],
    "trade": ["В магазине отказываются принять назад бракованные ботинки"],
}


def test_paraphrases_are_not_seeds() -> None:
    assert not seeded(PARAPHRASES)


def test_session_23_kinds_reach_their_topic(shipped_topic: TopicClassifier) -> None:
    """12 of the 23 (the parent's file: 10). Still missed: prices in a shop (other), unpaid harvest work (waste),
    land for haymaking (construction), fuel prices (roads), a poultry plant closing (other; the parent had it),
    drug-shop phone numbers on garages (trade), stands of a football ground and a village well (yards), a missing
    person with dementia (social), teenagers on an abandoned roof (building), no signal on a train (roads)."""
    right, wrong = topic_answers(shipped_topic, PARAPHRASES)
    assert right >= 12, wrong


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Почему в посёлке до сих пор не залили ледовую площадку", "culture_sport"),  # the parent's file: yards
        ("Чья-то корова второй день бродит по обочине дороги", "animals"),  # snow
        ("Привезли не весь уголь, положенный по льготе, а уже холода", "gas"),  # social
    ],
    ids=["rink", "cow on the verge", "coal by a benefit"],
)
def test_rinks_cattle_and_coal_reach_their_topic(shipped_topic: TopicClassifier, text: str, topic: str) -> None:
    assert shipped_topic.predict([text]).tolist() == [topic]


def test_drug_graffiti_seed_is_ads() -> None:
    """SPb labels drug ads on walls ads (109 of its 161 texts naming закладки or наркотики), as the taxonomy's
    ads scope («несанкционированные надписи, граффити») does; the seed said safety."""
    seeds = load_seeds()
    assert seeds.loc[seeds["text"] == "На стенах рисуют адреса закладок", "topic"].tolist() == ["ads"]
