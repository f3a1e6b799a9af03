"""Session 25 topic stream speed: the shortcuts give the same tokens and lemmas as the paths they skip."""

from __future__ import annotations

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from mcu_nlp.morphology import fixed_point, normal_form
from mcu_nlp.sklearn_predict import SPACE_TOKEN, space_words

DOCS = ["", " ", "яма", "яма дорога", "  яма  дорога ", "не_быть свет\tдвор", "num num num", "а\nб в", "x  y z "]


@pytest.mark.parametrize("ngrams", [(1, 1), (1, 2)])
def test_space_words_are_the_analyzers_tokens(ngrams) -> None:
    vectorizer = TfidfVectorizer(token_pattern=SPACE_TOKEN, lowercase=False, ngram_range=ngrams)
    analyze, expected = space_words(vectorizer), vectorizer.build_analyzer()
    for doc in [*DOCS, b"\xd1\x8f\xd0\xbc\xd0\xb0 \xd0\xb4\xd0\xbe\xd0\xbc"]:  # bytes: decoded as scikit-learn does
        assert analyze(doc) == expected(doc), doc


@pytest.mark.parametrize(
    "options",
    [
        {"lowercase": True},
        {"ngram_range": (1, 3)},
        {"ngram_range": (2, 2)},
        {"token_pattern": r"(?u)\b\w\w+\b"},
        {"stop_words": ["яма"]},
        {"analyzer": "char"},
        {"preprocessor": str.strip},
    ],
)
def test_other_vectorizers_keep_their_analyzer(options) -> None:
    settings = {"token_pattern": SPACE_TOKEN, "lowercase": False, **options}
    assert space_words(TfidfVectorizer(**settings)) is None


@pytest.mark.parametrize("form", ["трубы", "снимки", "снимка", "лёд", "домов", "кракозябрами", "тротуарчиков", "zzz"])
def test_fixed_point_from_a_known_first_step(form) -> None:
    assert fixed_point(form, normal_form(form)) == fixed_point(form)
