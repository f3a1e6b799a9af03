"""Macro-F1 of an abstaining TopicClassifier in scikit-learn's model selection, as the README says to score it."""

from __future__ import annotations

import re

import numpy as np
import pytest
from sklearn.metrics import f1_score, get_scorer, make_scorer
from sklearn.model_selection import GridSearchCV

from mcu_nlp.corpora import SOURCE_DATA
from mcu_nlp.topic import TopicClassifier

README = SOURCE_DATA.parent / "README.md"
RECIPE = 'make_scorer(f1_score, average="macro", labels=sorted(set(y)))'


def test_the_readme_gives_a_macro_f1_scorer_of_the_true_labels() -> None:
    # it said "Accuracy and F1 scorers need neither", but f1_macro counts an abstention's "other" as a class
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert RECIPE in text and "Accuracy and F1 scorers need neither" not in text
    assert re.search(r'scoring="f1_macro"` averages over the labels of the true values \*and\* of the predictions',
                     text)


def test_the_readme_recipe_scores_the_true_labels_only(topic_corpus) -> None:
    texts, y = topic_corpus
    model = TopicClassifier().fit(texts, y)
    shown = [*texts[:60], "hello world", "zzz qqq"]  # two texts with no evidence: abstained
    truth = np.array([*y[:60], y[0], y[1]], dtype=object)
    predicted = model.predict(shown)
    assert "other" in predicted.tolist() and "other" not in truth.tolist()
    recipe = eval(RECIPE, {"make_scorer": make_scorer, "f1_score": f1_score, "y": truth})
    true_labels = sorted(set(truth))
    assert recipe(model, shown, truth) == pytest.approx(f1_score(truth, predicted, average="macro",
                                                                 labels=true_labels))
    # f1_macro has one class more, "other", with F1 0: its mean is lower by that
    per_class = f1_score(truth, predicted, average=None, labels=[*true_labels, "other"])
    assert per_class[-1] == 0.0
    assert get_scorer("f1_macro")(model, shown, truth) == pytest.approx(per_class.mean())
    assert recipe(model, shown, truth) == pytest.approx(per_class[:-1].mean())
    assert per_class[:-1].mean() > per_class.mean()


def test_the_recipe_works_in_grid_search(topic_corpus) -> None:
    texts, y = topic_corpus
    scorer = make_scorer(f1_score, average="macro", labels=sorted(set(y)))
    search = GridSearchCV(TopicClassifier(), {"min_score": [0.2, 0.9]}, cv=2, scoring=scorer, error_score="raise")
    assert np.isfinite(search.fit(texts, y).cv_results_["mean_test_score"]).all()
