"""The topic model reads an appeal without its contact, sign-off, tags or opening greeting (session 20 walkthrough
T7: «Звоните …, Петрова Анна», «С уважением, …», «#ЖКХ #помогите» or «Здравствуйте! …» changed the topic of 2-4 of
60 appeals; of 4,280 dev and SPb texts 157-357 per kind)."""

from __future__ import annotations

import re
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.topic import load_default
from mcu_nlp.topic.reading import PHONE_LIKE, topic_text

APPEALS = [
    "Оборванный провод лежит на земле возле детского сада, искрит",
    "Из крана течет ржавая вода, пить невозможно",
    "Во дворе дома третий месяц не вывозят мусор, контейнеры переполнены",
    "Яма на дороге у въезда в поселок, машины бьют колеса",
]
DECORATED = {
    "a phone and a name": lambda t: t + "\nМой телефон 8 (912) 345-67-89, Сидоров Пётр",
    "an e-mail": lambda t: t + " пишите на ivan.petrov@mail.ru",
    "a signature": lambda t: t + "\nС уважением, жительница дома Смирнова О.",
    "tags": lambda t: t + " #Пермь #ЖКХ #беда",
    "a greeting and thanks": lambda t: "Добрый день! " + t + " Спасибо за внимание.",
    "a greeting": lambda t: "Здравствуйте, " + t,
}


@pytest.fixture(scope="module")
def model():
    return load_default()


@pytest.mark.parametrize("kind", list(DECORATED))
def test_decoration_leaves_the_topic_probabilities(model, kind):
    texts = [DECORATED[kind](t) for t in APPEALS]
    assert np.allclose(model.predict_proba(texts), model.predict_proba(APPEALS), atol=1e-9)


def test_explain_shows_no_decoration(model):
    text = DECORATED["a greeting and thanks"](DECORATED["a phone and a name"](APPEALS[0]))
    assert model.explain(text) == model.explain(APPEALS[0])


@pytest.mark.parametrize(("text", "kept"), [
    ("Добрый вечер. Нет света в доме", "Нет света в доме"),
    ("Доброго времени суток! Яма на дороге", "Яма на дороге"),
    ("Добрый сосед починил лавку", "Добрый сосед починил лавку"),  # no greeting: «добрый» of the matter
    ("Здравствуйте, в подъезде 2 кв. 5 не горит свет", "в подъезде 2 кв. 5 не горит свет"),  # few digits: no contact
    ("Привет всем, #нет_воды третий день", "всем, нет воды третий день"),  # a hashtag inside is its words
    ("Течет крыша, звоните +7 (914) 555 12 34", "Течет крыша,"),  # a phone's digits a space or bracket apart
    ("Течет крыша, тел. 408-00-04", "Течет крыша,"),  # a city number: seven digits
    # house and flat numbers and a date are no phone (session 43): the contact search is not run
    ("Течет крыша в доме 15 с 12.03.2021, кв. 123", "Течет крыша в доме 15 с 12.03.2021, кв. 123"),
])
def test_topic_text(text, kept):
    read = topic_text(text)
    assert len(read) == len(text) and " ".join(read.split()) == kept


def test_the_matter_stays_when_no_decoration():
    assert topic_text(APPEALS[1]) == APPEALS[1]


@pytest.mark.parametrize("text", ["!" * 1_000_000, " " * 1_000_000, "1-" * 500_000, "добрый " * 150_000,
                                  "Здравствуйте" + "!" * 1_000_000 + "яма"])
def test_linear_on_hostile_text(text):
    started = time.process_time()
    topic_text(text)
    assert time.process_time() - started < 5


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789٣ ()-.\n\xa0a", max_size=40))
def test_phone_like_finds_what_the_run_with_no_digit_before_found(text):
    """PHONE_LIKE only tells whether a text may hold a phone: the shortest run of seven digits finds one exactly
    where the pattern before session 58 (the longest run, with no digit before it) did."""
    assert (PHONE_LIKE.search(text) is None) == (re.search(r"(?<!\d)(?:\d[\s()-]{0,2}){6,}\d", text) is None)
