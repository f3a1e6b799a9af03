"""What ``UrgencyClassifier.explain`` shows as the reasons of a level (session 19, issue #4): the lexicon's phrases
first; a learned word only when it is a content word whose weight toward the level given is among the strongest
(an operator read «благодарить», «год», «никто», «день» as the reason a text was critical). And a thanks for a reply
is no word of the appeal for the learned model (it made «В квартире холодно» critical: «Спасибо за ответ. В квартире
холодно» read «ответ» as one more word of the complaint)."""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.lexicon import LEVELS
from mcu_nlp.urgency.closings import closing_spans
from mcu_nlp.urgency.features import content_word, learned_terms


class Linear:
    """A fitted linear model's ``coef_`` for :func:`learned_terms`."""

    def __init__(self, weights: dict[str, float], vocabulary: dict[str, int], level: str) -> None:
        self.coef_ = np.zeros((len(LEVELS), len(vocabulary)))
        for term, weight in weights.items():
            self.coef_[LEVELS.index(level), vocabulary[term]] = weight


FILLER = {f"слово{i}": 0.01 * (i % 20) for i in range(200)}  # weak positive weights: the floor is a strong one's


@pytest.mark.parametrize("level", ["critical", "high"])
def test_learned_reasons_are_strong_content_words(level: str) -> None:
    weights = {**FILLER, "дерево": 0.5, "никто": 0.6, "год": 0.6, "благодарить": 0.6, "третий": 0.6, "уже": 0.6,
               "сидеть": 0.25, "кот": 0.02}
    vocabulary = {term: i for i, term in enumerate(weights)}
    text = "Никто не снимает кота, сидит на дереве третий год уже, благодарю"
    found = learned_terms(Linear(weights, vocabulary, level), vocabulary, text, level)
    assert [s.name for s in found] == ["learned: дерево", "learned: сидеть"]
    assert all(s.level == level and s.group == "model" and text[s.start:s.stop] == s.text for s in found)


def test_no_learned_reason_without_a_positive_weight() -> None:
    vocabulary = {"дерево": 0, "кот": 1}
    linear = Linear({"дерево": -0.5, "кот": 0.0}, vocabulary, "critical")
    assert learned_terms(linear, vocabulary, "Кот на дереве", "critical") == []


@pytest.mark.parametrize(("term", "form", "content"), [
    ("дерево", "дереве", True), ("не_гореть", "не_горит", True), ("опасно", "опасно", True),
    ("никто", "никто", False), ("год", "года", False), ("благодарить", "благодарю", False), ("нет", "нет", False),
    ("третий", "третий", False), ("д", "д", False),
])
def test_content_words(term: str, form: str, content: bool) -> None:
    assert content_word(term, form) is content


def test_the_shipped_model_shows_lexicon_phrases_first_and_no_neutral_words(models) -> None:
    urgency = models.urgency
    for text in ("В квартире холодно уже неделю", "Кот сидит на дереве третий день, снимите пожалуйста",
                 "Благодарю за ответ, но никто так и не пришёл, в квартире холодно второй год"):
        found = urgency.explain(text)
        model = [i for i, s in enumerate(found) if s.group == "model"]
        assert model == list(range(len(found) - len(model), len(found))), found  # learned words last
        assert not {s.name for s in found} & {"learned: день", "learned: год", "learned: никто",
                                              "learned: благодарить", "learned: уже", "learned: неделя"}, found


@pytest.mark.parametrize(("text", "closing"), [
    ("Спасибо за ответ. В квартире холодно", ["Спасибо за ответ"]),
    ("Благодарю за ответ, но в квартире по-прежнему холодно", ["Благодарю за ответ"]),
    ("Благодарим за оперативность, но в квартире холодно", ["Благодарим за оперативность"]),
    ("Нет воды третий день. Спасибо за ваш ответ", ["Спасибо за ваш ответ"]),
    ("Спасибо сотрудникам МФЦ за помощь с документами", []),  # a thanks with its own matter
])
def test_a_thanks_for_a_reply_is_a_closing(text: str, closing: list[str]) -> None:
    assert [text[a:b] for a, b in closing_spans(text)] == closing
