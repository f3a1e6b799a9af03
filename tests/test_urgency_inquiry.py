"""A question about a plan or a procedure with no lexicon signal is not critical (session 35,
:mod:`mcu_nlp.urgency.inquiry`). Each question of the first test is critical on the parent (84c9c21) with the shipped
model: the model read «открыть» and «водопровод» as the open manholes and water cut-offs of its training appeals."""

from __future__ import annotations

import pytest

from mcu_nlp import UrgencyClassifier, default_models
from mcu_nlp.urgency.inquiry import asks_to_open, inquiry


@pytest.fixture(scope="module")
def urgency() -> UrgencyClassifier:
    return default_models().urgency


@pytest.mark.parametrize(
    "text",
    [
        "Как подключить частный дом к центральному водопроводу?",
        "Хотим открыть детский клуб, куда обращаться?",
        "Омск: когда откроют мост после ремонта?",
        "Когда откроют лыжную базу в Кирове?",
        "Когда откроют спортзал в школе?",
        # session 50 (asks_to_open): critical before it with the shipped model (U51)
        "Давлеканово, в ДК нет ни одного кружка для взрослых, прошу открыть хор",
        "ФОК в Учалах закрыт на ремонт уже год, когда откроют?",
        "Бассейн в Надыме закрыт на ремонт уже год. Когда откроют? Детям негде плавать.",
        "Элиста, просим в школе открыть кружок калмыцкого языка. Дети не знают родной язык",
    ],
)
def test_a_question_about_a_plan_is_not_critical(urgency, text):
    assert urgency.predict([text])[0] != "critical"
    assert urgency.predict_proba([text])[0][list(urgency.classes_).index("critical")] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        # a critical signal in the question's text: the model's, lifted as before
        "Когда дадут свет? Третий день без света, у бабушки кислородный аппарат",
        "Почему не вывозят мусор? Пахнет газом в подъезде",
        "Когда включат воду? Вторые сутки нет воды, дома лежачий больной",
        "Мост закрыли, а на том берегу мама после инсульта, скорая не проедет. Когда откроют?",
        "Прошу срочно открыть подвал, там прорвало трубу и кипяток заливает проводку",
    ],
)
def test_a_question_with_a_danger_stays_critical(urgency, text):
    assert urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Когда откроют каток в парке?", True),
        ("КОГДА ОТКРОЮТ КАТОК", True),
        ("когда проведут водопровод на улицу Полевую", True),
        ("Можно ли открыть кружок в школе?", True),
        ("Подскажите, где получить справку?", True),
        ("Положена ли компенсация за отопление?", True),
        ("Хочу открыть ИП, кто поможет?", True),
        ("«Когда починят лифт?»", True),
        ("Ростов Великий: когда откроют собор?", True),
        ("Майкоп — где купить проездной?", True),
        ("Кто отвечает за уборку двора?", True),
        # a complaint's «как всегда», a report's «хочу сообщить», «кто-то» who did something: no question
        ("Как всегда лопнула решётка ливнёвки", False),
        ("Как обычно никто не убирает", False),
        ("Хочу сообщить: дети лазят на крышу", False),
        ("Хотелось бы пожаловаться на соседа", False),
        ("Кто-то высыпал ртуть у школы", False),
        # the question word not first, or no question word
        ("Открыт люк во дворе, когда закроют?", False),
        ("Котлован не огорожен. Когда уберут?", False),
        ("Каток залит", False),
        ("", False),
    ],
)
def test_inquiry(text, expected):
    assert inquiry(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ФОК закрыт на ремонт уже год, когда откроют?", True),
        ("Бассейн закрыт. Когда же его наконец откроют?", True),
        ("Лифт стоит, скоро ли заработает?", True),
        ("Прошу открыть хор в ДК", True),
        ("Просим в школе открыть кружок шахмат", True),
        ("Хотелось бы организовать секцию бокса", True),
        # a question word elsewhere, or an open thing that is a danger: no
        ("Открыт люк во дворе, когда закроют?", False),
        ("Дверь заперта, ребёнок плачет, что делать?", False),
        ("Когда откроют, не знаю. Люк открыт", False),
        ("Открытый колодец у школы", False),
    ],
)
def test_asks_to_open(text, expected):
    assert asks_to_open(text) is expected
