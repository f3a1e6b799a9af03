"""A text that opens with thanks and has no critical signal is not critical (session 51,
:func:`mcu_nlp.urgency.thanks.opens_with_thanks`). Each text of the first test is critical on the parent (9391285)
with the shipped model (U52d)."""

from __future__ import annotations

import pytest

from mcu_nlp import UrgencyClassifier, default_models
from mcu_nlp.urgency.thanks import opens_with_thanks


@pytest.fixture(scope="module")
def urgency() -> UrgencyClassifier:
    return default_models().urgency


@pytest.mark.parametrize(
    "text",
    [
        # rows of the dev sets blind27..41, labelled normal
        "Спасибо водоканалу, аварию на Гоголя устранили за ночь, утром вода уже была",
        "Ярославль, Брагино: спасибо аварийной бригаде, трубу заварили ночью, утром батареи уже горячие",
        "Абакан, спасибо, на обращение ответили за три дня и яму закатали",
        "Спасибо большое за новый асфальт на улице Пушкина! 20 лет ходили по ямам, теперь как в Европе 😊👍",
        "Хочу поблагодарить энергетиков Луги. В ночь урагана у нас повалило деревья на провода, а к утру свет уже "
        "дали. Ребята работали в темноте и под дождём. Спасибо!",
        "Спасибо за концерт под открытым небом в субботу в парке! Было здорово, побольше бы такого 🎶",
    ],
)
def test_an_opening_thanks_is_not_critical(urgency, text):
    assert urgency.predict([text])[0] != "critical"
    assert urgency.predict_proba([text])[0][list(urgency.classes_).index("critical")] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Спасибо, что приехали вчера, но сегодня опять пахнет газом в подъезде",
        "Прошу убрать провод, висит над тротуаром и искрит. Спасибо.",
        "Заранее спасибо! Третий день нет отопления, в квартире +12, дома грудной ребёнок",
        # a review of session 51 (helper-563): a report after a thanks for something else
        "Здравствуйте, спасибо за прошлую помощь. Соседский ребёнок сидит на краю крыши девятиэтажки",
        "Спасибо за ответ, но мальчик провалился под лёд на пруду, нужна помощь",
    ],
)
def test_a_danger_after_or_before_thanks_stays_critical(urgency, text):
    assert urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Спасибо водоканалу, аварию устранили", True),
        ("БОЛЬШОЕ СПАСИБО дворникам!", True),
        ("Благодарю аварийную службу за быструю работу", True),
        ("Тейково — спасибо, что прокачали стояк", True),
        ("Хотим сказать спасибо врачам ЦРБ", True),
        ("Ну спасибо УК за «капремонт» крыши: теперь течёт", False),
        ("Заранее спасибо, спилите дерево", False),
        ("Уберите сухое дерево у школы, спасибо заранее", False),
        ("Добрый день, спасибо за быстрый ремонт крыши", True),
        ("Заделайте яму у подъезда. Спасибо.", False),
        ("Спасибоооо", False),
        ("Благодаря УК сидим без воды", False),
        ("Мама третий день не встаёт, спасибо соседям", False),
    ],
)
def test_opens_with_thanks(text, expected):
    assert opens_with_thanks(text) is expected
