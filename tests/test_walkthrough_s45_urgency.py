"""Walkthrough s45 (a Челябинская область control centre), urgency defect D2: the same industrial-emission complaint
was critical, high or normal depending on the word used (смог / НМУ / дым / выбросы). docs/urgency.md: a cough,
stinging eyes or headaches from a lasting emission stay high («опять выбросы с завода, дети кашляют»); an emission
making people acutely ill (vomiting, fainting, an ambulance) is critical; smoke in a building or from a fire is
critical.

- A plant's smoke («опять дым от завода, дети кашляют», «из трубы завода валит дым, у детей кашель») read as the
  critical «smoke one cannot breathe» (0.96, 0.94): that row's cough and breath rows now leave a plant's smoke out
  (an emission, not a fire), and the «emissions people breathe» rows read it as high. Smoke people choke or vomit
  from, and acrid smoke («От завода едкий дым, дети кашляют»), stay critical.
- «смог» has the lemma of the verb «смочь» in every form, which the global lemma keeps («не смог дозвониться» is far
  more common), so no row read it: the lexicon now reads the noun by its forms (=смог, =смога, ...), and «НМУ»
  (неблагоприятные метеоусловия) as an emission's word.
- An asthma attack now, or asthma with an ambulance called, is a critical signal of its own (``asthma attack``): the
  acute illness of an emission said in a sentence of its own («от завода идёт жёлтый дым, дышать невозможно. У сына
  приступ астмы, вызвали скорую», b40-270 labelled critical), which the critical smoke row had read before.

The lexicon's levels are checked over this checkout; the shipped model reads the rows as refitted with them (its
lexicon is frozen in it at its fit: U45, shipped in session 45).
"""

import pytest
from helpers import names

from mcu_nlp.urgency import lexicon_predict

EMISSION = ("emissions people breathe", "high")

#: The walkthrough's table: each a lasting emission with a cough, stinging eyes, a headache or no breath: high.
LASTING = [
    "опять выбросы с завода, дети кашляют",
    "опять дым от завода, дети кашляют",  # was critical 0.96, smoke one cannot breathe
    "из трубы завода валит дым, у детей кашель",  # was critical 0.94
    "опять выбросы с завода, голова болит",
    "опять смог, дети кашляют",  # was normal 0.78, no signal
    "смог над городом третий день, у детей кашель",  # was normal 0.80
    "режим НМУ, дышать нечем, у детей кашель",  # was normal 0.66
    "смог от Мечела, глаза щиплет",  # was normal 0.76
    "опять выбросы, глаза щиплет",
    "Завод по ночам выбрасывает жёлтый дым, дышать нечем",  # b19-050, labelled high
]
#: Smoke in a building or from a fire, and an emission making people ill: critical.
CRITICAL = [
    "в подъезде дым, пожар на третьем этаже, дышать нечем",
    "в подъезде сильный дым, соседи кашляют",
    "из окна квартиры валит дым",
    "выброс, у детей рвота, вызвали скорую",
    "жгут мусор, дым, дышать нечем",
    "кстово опять выброс с нпз, воняет сероводородом, у детей рвота и кашель, дышать нечем",
    "С завода опять выброс, жёлтый дым стелется по улице, люди задыхаются, дети кашляют",  # b26-173: choking stays
    "От завода едкий дым, дети кашляют",  # acrid smoke: a chemical release (session 15's kind)
    "С обеда от завода идёт жёлтый дым, стелется по улицам, дышать невозможно, глаза режет. У сына приступ астмы, "
    "вызвали скорую.",  # b40-270
    "Режим чёрного неба третий день, у сына астма, скорая приезжала уже дважды, дышать на улице нечем",  # b21-022
    # the session's review: a boiler house or a flue named beside smoke in a building or a fire is no plant's emission
    # (U45's unless lists named «труба», «котельная»: these were high)
    "в подъезде дым, котельная рядом, дышать нечем",
    "в подвале дым, котельная, дышать нечем",
    "в квартире дым, труба прогорела, дышать нечем",
    "горит котельная, дым, дышать нечем",
    "у сына приступ астмы сейчас",
]


@pytest.mark.parametrize("text", LASTING)
def test_a_lasting_emission_is_high_by_the_lexicon(text):
    assert lexicon_predict([text]) == ["high"], names(text)
    assert EMISSION in names(text), names(text)


@pytest.mark.parametrize("text", CRITICAL)
def test_smoke_in_a_building_a_fire_or_an_acute_illness_stays_critical(text):
    assert lexicon_predict([text]) == ["critical"], names(text)


@pytest.mark.parametrize("text", [
    "в прошлом году был выброс",
    "не смог дозвониться в управляющую",
    "не смог записаться к врачу",
    "врач не смог прийти, у ребенка кашель",  # the verb, negated
    "В Кызыле опять смог от печек, вечером на улице нечем дышать, у ребёнка астма",  # a stove's smog, b39-060 normal
])
def test_no_emission_signal_for_the_verb_a_past_or_a_stove(text):
    assert "emissions people breathe" not in {name for name, _ in names(text)}, names(text)


@pytest.mark.parametrize("text", [
    "Ребёнку 5 лет, астма. Положен ли бесплатный ингалятор?",  # b40-108, labelled normal
    "если начнется приступ астмы, кто поможет",
    "может начаться приступ астмы",
    "в прошлом году был приступ астмы",
    # the session's review: a past attack said by «вчера» or «был», an ambulance not called (U45 read them critical)
    "вчера у сына был приступ астмы",
    "у ребенка приступ астмы был вчера",
    "у ребенка астма, скорую вызывать не стали",
    "астма, скорую не вызывала, просто спросить",
    "у ребенка астма, скорую не вызывали",
])
def test_no_asthma_attack_for_asthma_alone_a_what_if_or_a_past_one(text):
    assert "asthma attack" not in {name for name, _ in names(text)}, names(text)


def level(models, text):
    return models.urgency.predict([text])[0]


@pytest.mark.parametrize("text, expected", [
    ("в подъезде дым, котельная рядом, дышать нечем", "critical"),
    ("в квартире дым, труба прогорела, дышать нечем", "critical"),
    ("горит котельная, дым, дышать нечем", "critical"),
    ("вчера у сына был приступ астмы", "normal"),
    pytest.param("у ребенка астма, скорую вызывать не стали", "normal", marks=pytest.mark.xfail(
        strict=True, reason="session 55's triage answers high (the first model normal); urgency.md: normal")),
])
def test_the_reviews_cases_by_the_shipped_model(models, text, expected):
    """The session's review found these wrong with U45 (the first three high, the last two critical); U45b, refitted
    with the lexicon fixed, reads them so."""
    assert level(models, text) == expected


#: Levels the shipped model gave right before the refit too.
@pytest.mark.parametrize("text, expected", [
    ("опять выбросы с завода, дети кашляют", "high"),
    ("опять выбросы, глаза щиплет", "high"),
    ("в подъезде дым, пожар на третьем этаже, дышать нечем", "critical"),
    ("в подъезде сильный дым, соседи кашляют", "critical"),
    ("из окна квартиры валит дым", "critical"),
    ("выброс, у детей рвота, вызвали скорую", "critical"),
    ("в прошлом году был выброс", "normal"),
    ("не смог дозвониться в управляющую", "normal"),
    ("не смог записаться к врачу", "normal"),
])
def test_levels_kept(models, text, expected):
    assert level(models, text) == expected


@pytest.mark.parametrize("text", [
    "опять дым от завода, дети кашляют",
    "из трубы завода валит дым, у детей кашель",
    pytest.param("смог над городом третий день, у детей кашель", marks=pytest.mark.xfail(strict=True, reason=(
        "session 68's refit (U68) moved P(critical) 0.13 -> 0.17, over the 0.14 cut; the lexicon still reads it "
        "high ('emissions people breathe'), as urgency.md has it"))),
    "режим НМУ, дышать нечем, у детей кашель",
    "смог от Мечела, глаза щиплет",
])
def test_a_lasting_emission_is_high_by_the_refit_model(models, text):
    assert level(models, text) == "high"
