"""An address names a place, not a content word (a fire report names a street); thanks for a done action are normal."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
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
    "дым на ул. Ленина 5",
]
# what-ifs, past fires and fire safety at an address stay what they were: not critical
NO_FIRE_AT_AN_ADDRESS = [
    "а если пожар на ул. Ленина?",
    "угроза пожара на улице Мира",
    "после пожара на ул. Ленина 5 грязь на стенах",
    "пожарная безопасность на улице Мира",
    "пожарный выход на ул. Ленина 5 закрыт",
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
def test_no_fire_at_an_address_stays_not_critical(shipped, text):
    assert lexicon_predict([text]) != ["critical"]
    assert shipped.predict([text])[0] != "critical"


@pytest.mark.parametrize(("text", "date", "level"), THANKS + HEATING_QUESTION)
def test_thanks_and_questions_at_an_address(shipped, text, date, level):
    assert shipped.predict([text], dates=[date])[0] == level


@pytest.mark.parametrize(("text", "thanks"), [
    ("спасибо, что убрали снег", True),
    ("Воду дали, спасибо", True),
    ("Заранее спасибо, уберите снег", False),
    ("Спасибо, не убрали снег", False),
])
def test_thanks_signal_needs_a_done_action(text, thanks):
    assert any(s.name == "thanks for a repair" and s.level == "normal" for s in find_signals(text)) is thanks
