"""The shipped topic model on session 22's kinds of other regions' appeals: safety, construction, governance, and a
place word (двор, подъезд, детская площадка) inside an appeal of another topic (issue #3).

blind21's misses (and blind12..16's) were read: fights, drugs, patrols and unanswered police calls went to yards,
waste or ecology; building sites' mud and noise, self-built garages in a yard to roads or yards; MFC queues and
village elders to health or social. data/topic/seeds.csv got 67 paraphrases of those kinds. These 28 texts were
written before any refitted model existed and are none of the seeds nor of the dev sets; the model misses a few.
"""

from __future__ import annotations

import pytest
from helpers import seeded, topic_answers

from mcu_nlp.topic import TopicClassifier

PARAPHRASES = {
    "safety": [
        "Возле бара опять поножовщина",
        "Под окнами каждую ночь орут нетрезвые мужики",
        "Подростки разбили витрину и убежали",
        "В лесополосе нашли тайник с наркотиками",
        "Ночью подожгли машину соседа",
        "Наряд полиции приехал только через два часа",
        "Нужно чаще присылать патруль в микрорайон",
        "Соседка-старушка не выходит на связь третий день",
        "Во дворе пьяные устроили драку",
    ],
    "construction": [
        "Дольщики третий год ждут ключи от квартир",
        "Грохот стройплощадки не даёт спать по выходным",
        "Строительный котлован у дороги без ограждения",
        "Рядом со сквером без согласования начали возводить высотку",
        "Соседи пристроили веранду к дому без документов",
        "Бетономешалки со стройки развозят грязь по улице",
        "Прямо во дворе поставили незаконный гараж",
    ],
    "governance": [
        "Чиновники присылают формальные ответы",
        "Мэр не ведёт личный приём уже полгода",
        "Когда соберут сход жителей по поводу бюджета?",
        "Талон в МФЦ не взять, очередь огромная",
        "В сельсовете не дают справку неделю",
    ],
    "animals": ["Во дворе бегает стая бездомных собак"],
    "power": ["На детской площадке из земли торчит кабель под напряжением"],
    "culture_sport": ["На стадионе сломаны трибуны"],
    "yards": [
        "Во дворе нет скамеек и урн",
        "Детская площадка сломана, качели оторваны",
        "Машины паркуются на газоне у подъезда",
        "Благоустройте двор",
    ],
}


def test_paraphrases_are_not_seeds() -> None:
    assert not seeded(PARAPHRASES)


def test_session_22_kinds_reach_their_topic(shipped_topic: TopicClassifier) -> None:
    """23 of the 28 (session 21's file: 21). Still missed: a knife fight at a bar (waste), a drug cache in a
    shelterbelt (ecology), an old neighbour not answering (communications), a live cable on a playground (waste),
    and a broken shop window, which session 21's file had right (construction) (benchmarks/RESULTS.md, session 22)."""
    right, wrong = topic_answers(shipped_topic, PARAPHRASES)
    assert right >= 23, wrong


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Нужно чаще присылать патруль в микрорайон", "safety"),  # session 21's file: yards
        ("Бетономешалки со стройки развозят грязь по улице", "construction"),  # waste
        ("Прямо во дворе поставили незаконный гараж", "construction"),  # yards
    ],
    ids=["patrol", "concrete mixers", "garage in a yard"],
)
def test_patrols_and_building_sites_leave_yards_and_waste(
    shipped_topic: TopicClassifier, text: str, topic: str
) -> None:
    assert shipped_topic.predict([text]).tolist() == [topic]


def test_place_words_alone_stay_yards(shipped_topic: TopicClassifier) -> None:
    """The yards appeals of this set stay yards: the new seeds did not move the place words themselves."""
    assert shipped_topic.predict(PARAPHRASES["yards"]).tolist() == ["yards"] * 4
