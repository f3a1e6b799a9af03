"""Session 68, an Алтайский край analyst's walkthrough, D7: a greeting opening an appeal moved its urgency («Уважаемая
администрация, » before «Кулунда — вода из крана желтая и пахнет» made it normal, «Добрый день, » before a text with
no signal made it high), and the «день» of «Добрый день» was a duration to the lexicon («Добрый день, интернет
пропал с утра» read "no phone or internet"). The lexicon reads no word of an opening greeting; the learned model reads
it blanked (``mcu_nlp.greetings``). The review of the session: an addressee ending at a line break took the text's
own verb; a folded look-alike letter kept the greeting in the model's text."""

import pytest
from helpers import names

from mcu_nlp.greetings import opening_greeting_end
from mcu_nlp.urgency.model_text import model_text

GREETINGS = ("Добрый день, ", "Здравствуйте! ", "Уважаемая администрация, ", "Доброго времени суток. ",
             "Добрый вечер, уважаемый Роман Владимирович! ", "Здравствуйте. Добрый день! ")
TEXTS = (
    "интернет пропал с утра, работать не можем",
    "Лесополосу вдоль поля вырубают на дрова, скоро ничего не останется",
    "нет света третий день",
    "пахнет газом в подъезде",
    "Кулунда — вода из крана желтая и пахнет, пить невозможно",
)


@pytest.mark.parametrize("greeting", GREETINGS)
@pytest.mark.parametrize("text", TEXTS)
def test_a_greeting_changes_no_signal(greeting: str, text: str) -> None:
    assert names(greeting + text) == names(text)


@pytest.mark.parametrize("greeting", GREETINGS)
def test_the_model_reads_no_greeting(greeting: str) -> None:
    text = "во дворе яма, машины бьются"
    assert model_text(greeting + text).split() == model_text(text).split()


@pytest.mark.parametrize("text", [
    "Уважаемые соседи заливают третий день",  # the addressee goes on into the report: no mark after it
    "Добрыми делами славен наш двор",
    "День без света, третий день",
    "Приветы от управляющей компании: опять нет воды",
])
def test_no_greeting_where_none_opens_the_text(text: str) -> None:
    assert opening_greeting_end(text) == 0


def test_greetings_after_the_start_stay_words() -> None:
    text = "Нет воды. Добрый день, когда дадут?"
    assert opening_greeting_end(text) == 0
    assert "добрый" in model_text(text).lower()


def test_the_shipped_model_answers_a_greeted_text_as_the_bare_one() -> None:
    """The walkthrough's examples: a greeting no longer moves the shipped model's level."""
    import mcu_nlp

    model = mcu_nlp.default_models().urgency
    texts = ["Кулунда — вода из крана желтая и пахнет, пить невозможно", "нет мобильной связи, скорую не вызвать",
             "мост проседает, по нему ездят машины", "во дворе яма, машины бьются"]
    bare = model.predict(texts).tolist()
    for greeting in ("Уважаемая администрация, ", "Добрый день, ", "Здравствуйте! "):
        assert model.predict([greeting + t for t in texts]).tolist() == bare
