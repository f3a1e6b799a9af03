"""Session 44's walkthrough (the ЦУР of Нижегородская область): a heating-season question dated in September read
critical or high (D1), ``explain`` showing no reason for a level the model alone raised (D2), and an emission making
children vomit read high (D12), with the guards around each fix.

The lexicon row of D12 ("emission making people ill") is read by a model fitted with it: the test that checks
``refitted`` holds once the shipped urgency model is refitted on this lexicon."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from mcu_nlp.lexicon import LEVELS, find_signals, load_lexicon
from mcu_nlp.urgency.features import learned_terms, lemma_pushes
from mcu_nlp.urgency.guideline import apply_guideline
from mcu_nlp.urgency.lifts import one_level_lower
from mcu_nlp.urgency.settled import asked_heating, question_signals

SEPTEMBER, OCTOBER, NOVEMBER, JANUARY = "2026-09-10", "2026-10-20", "2026-11-20", "2026-01-15"
QUESTIONS = question_signals(load_lexicon().rules)


def level(models, text: str, date: str | None) -> str:
    return str(models.urgency.predict([text], dates=[date])[0])


def refitted(models) -> bool:
    """Whether the shipped urgency model was fitted with this session's lexicon rows."""
    return "emission making people ill" in {rule.name for rule in models.urgency.lexicon_.rules}


# -- D1: a heating-season question before the season is normal -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "когда включат отопление? в квартире пока нормально",  # was critical 0.25
    "когда включат отопление? в квартире пока нормально, просто интересно сроки, нижний, ленинский район",  # high
    "когда включат отопление? просто интересно сроки",  # was high 0.55
    "Скажите пожалуйста, когда начнут давать отопление, в квартире нормально, просто интересно",  # was high 0.56
])
def test_a_heating_season_question_in_september_is_normal(models, text):
    assert level(models, text, SEPTEMBER) == "normal"


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("в квартире нет отопления, батареи холодные, дома +14, ребенок болеет", OCTOBER, "critical"),
    ("третий день нет отопления в доме, мерзнем", OCTOBER, "critical"),
    ("когда дадут отопление? дома 15 градусов, ребенку полгода", NOVEMBER, "critical"),
    ("Когда дадут отопление в доме 5? Дети болеют, холодно", NOVEMBER, "critical"),  # the model reads the cold
    ("когда включат отопление?", JANUARY, "high"),  # heating due and asked for
    ("нет отопления", "2026-07-15", "high"),  # the season rule, as before
    ("вода есть", NOVEMBER, "normal"),
    ("вчера не было света, сейчас дали", NOVEMBER, "normal"),
    ("Когда дадут свет? Третий день без света, дети мерзнут", NOVEMBER, "critical"),
])
def test_heating_failures_and_settled_texts_keep_their_level(models, text, date, expected):
    assert level(models, text, date) == expected


def test_a_heating_question_with_a_cold_stated_is_not_lowered(models):
    text = "когда включат отопление? в квартире +15, ребенок болеет"
    lowered = models.urgency.predict_proba([text], dates=[SEPTEMBER])[0]
    assert np.allclose(lowered, models.urgency.predict_proba([text], dates=[None])[0])  # the cold: the date unknown


@pytest.mark.parametrize(("text", "asked"), [
    ("когда включат отопление? просто интересно сроки", True),
    ("когда включат отопление? в квартирах очень холодно", False),  # a cold-flat signal
    ("Нет отопления", False),
    ("Будет ли отключение воды в июле?", False),  # a question, not about heating
])
def test_asked_heating(text, asked):
    assert asked_heating(find_signals(text), QUESTIONS) is asked


def test_the_warm_season_question_rule_reads_the_model_one_level_lower():
    text = "когда включат отопление? просто интересно сроки"
    found = find_signals(text)
    rows = np.array([[0.25, 0.31, 0.44]] * 3)
    out = apply_guideline(rows.copy(), [text] * 3, [found] * 3, [found] * 3, [False, True, None], frozenset(),
                          [False] * 3, settling=frozenset(), questions=QUESTIONS)
    assert out[0].tolist() == pytest.approx([0.0, 0.25, 0.75])  # September
    assert out[1].tolist() == pytest.approx(rows[1].tolist()) and out[2].tolist() == pytest.approx(rows[2].tolist())
    assert one_level_lower(np.array([0.1, 0.2, 0.7])).tolist() == pytest.approx([0.0, 0.1, 0.9])


# -- D2: explain names what raised the level -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "когда включат отопление? просто интересно сроки",
    "Скажите пожалуйста, когда начнут давать отопление, в квартире нормально, просто интересно",
])
def test_explain_shows_the_word_the_model_raised_the_level_by(models, text):
    alone = copy.copy(models.urgency)
    alone.triage_ = None  # the first model alone, which read these questions high in November
    found = alone.explain(text, NOVEMBER)
    assert str(alone.predict([text], dates=[NOVEMBER])[0]) == "high"
    assert any(s.level == "high" for s in found), found
    assert "learned: отопление" in {s.name for s in found if s.group == "model"}
    # the shipped model's triage (session 55) reads them normal: a question that names no danger (urgency.md), and
    # explain gives no learned word for a level the model did not raise
    assert level(models, text, NOVEMBER) == "normal"
    assert not [s for s in models.urgency.explain(text, NOVEMBER) if s.group == "model"]


class Linear:
    """A fitted linear model's ``coef_``: rows critical, high, normal over the word columns."""

    def __init__(self, coef: list[list[float]]) -> None:
        self.coef_ = np.array(coef)


def test_lemma_pushes_count_words_pairs_and_character_ngrams_against_the_level_below():
    vocabulary = {"отопление": 0, "срок": 1, "отопление срок": 2}
    linear = Linear([[0.0] * 5, [0.1, 0.0, 0.4, 0.0, 1.0], [-0.5, 0.0, 0.0, 0.0, -1.0]])
    row = csr_matrix([[0.5, 0.5, 0.5, 0.0, 0.5]])  # chars from column 3: n-gram 1 held by «отопление» twice
    pushes = lemma_pushes(linear, row, "отопление срок", vocabulary, {"отопление": [1, 1]}, 3, "high")
    assert pushes == pytest.approx({"отопление": 0.3 + 0.1 + 1.0, "срок": 0.1})


def test_a_pushed_word_is_shown_only_when_no_word_passes_the_weight_floor():
    vocabulary = {f"слово{i}": i for i in range(40)} | {"отопление": 40}
    coef = np.zeros((len(LEVELS), len(vocabulary)))
    coef[LEVELS.index("high"), :40] = np.linspace(0.01, 1.0, 40)  # «отопление» far below the strongest twentieth
    linear = Linear(coef.tolist())
    text = "Когда включат отопление? Просто интересно"
    assert learned_terms(linear, vocabulary, text, "high") == []
    found = learned_terms(linear, vocabulary, text, "high", pushes={"отопление": 0.9, "просто": 0.3, "когда": 0.1})
    assert [s.name for s in found] == ["learned: отопление"]  # «просто» is a particle, «когда» under the share


# -- D12: an emission making people acutely ill is critical --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "кстово опять выброс с нпз, воняет сероводородом, у детей рвота и кашель, дышать нечем",
    "Дзержинск: с завода пахнет аммиаком, у дочки рвота, соседке вызвали скорую",
    "после выброса на заводе у ребенка рвота и температура, у соседей тоже тошнит",
    "выброс хлора на водоканале, людям плохо, у соседа обморок",
])
def test_an_emission_making_people_ill_is_a_critical_signal(text):
    assert ("emission making people ill", "critical") in {(s.name, s.level) for s in find_signals(text)}


@pytest.mark.parametrize("text", [
    "опять выбросы с завода, дети кашляют",  # a lasting emission: high
    "Запах аммиака от птицефабрики стоит третий день, у людей головные боли",
    "в прошлом году был выброс с завода, у детей была рвота, проверьте завод",  # past
    "если будет выброс с нпз, у детей может быть рвота, примите меры заранее",  # a what-if
    "в бассейне сильно пахнет хлоркой, ребенка стошнило",  # a pool's chlorine
])
def test_no_acute_emission_signal_for_a_cough_a_past_or_a_what_if(text):
    assert "emission making people ill" not in {s.name for s in find_signals(text)}


def test_the_kstovo_emission_is_critical(models):
    if not refitted(models):
        pytest.fail("the shipped urgency model predates session 44's lexicon rows: refit it")
    text = "кстово опять выброс с нпз, воняет сероводородом, у детей рвота и кашель, дышать нечем"
    assert level(models, text, "2026-11-23") == "critical"
    assert level(models, "опять выбросы с завода, дети кашляют", "2026-11-23") == "high"
