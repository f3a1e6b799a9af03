"""A Саратовская область analyst's walkthrough (session 66, D1): a call for help or an address to the readers opening
an appeal («Помогите, », «Люди, ») made ordinary complaints critical: the learned model had read «помочь» and «люди»
from the critical appeals that say them (on blind47-66, «Помогите, » before every text sent 278 of 5,760 to critical).
The model no longer reads an opening plea (``mcu_nlp.urgency.model_text.CALLS_FOR_HELP``); a danger after it still
reads as one.
"""

import pytest

from mcu_nlp import analyze
from mcu_nlp.urgency.model_text import model_text

COMPLAINTS = [
    "Уже месяц жду ответа на обращение в администрацию Балаково, срок 30 дней давно прошёл",
    "Во дворе третий месяц не могут покрасить лавочки, краска облезла",
    "Когда будет перерасчёт за вывоз мусора? Контейнер поставили только в марте",
]
OPENINGS = ["Помогите, ", "Люди, ", "ПОМОГИТЕ!!! ", "Люди добрые, помогите! ", "Помогите пожалуйста, "]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("text", COMPLAINTS)
def test_an_opening_plea_does_not_raise_the_level(opening: str, text: str) -> None:
    assert analyze(opening + text).urgency == analyze(text).urgency


@pytest.mark.parametrize("text", [
    "Помогите! Пожар в подъезде, дым",
    "Помогите, в квартире +12, батареи ледяные, ребёнок 3 месяца",
    "ПОМОГИТЕ!!! ребенок проглотил батарейку",
])
def test_a_danger_after_a_plea_stays_critical(text: str) -> None:
    assert analyze(text).urgency == "critical"


def test_the_model_reads_no_opening_plea_and_keeps_the_rest() -> None:
    assert model_text("Люди, помогите! Нет света").split() == ["Нет", "света"]
    assert model_text("Соседи сверху заливают, помогите").split() == ["Соседи", "сверху", "заливают,", "помогите"]
