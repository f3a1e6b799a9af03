"""TopicClassifier in scikit-learn's own workflows: label types, model selection, scoring (the estimator audit)."""

from __future__ import annotations

import pickle
import warnings

import numpy as np
import pytest
from sklearn.metrics import accuracy_score
from sklearn.model_selection import cross_val_score

from mcu_nlp.corpora import SOURCE_DATA
from mcu_nlp.errors import InputError
from mcu_nlp.topic import TopicClassifier


@pytest.fixture(scope="module")
def codes(topic_corpus: tuple[list[str], np.ndarray]) -> np.ndarray:
    """The same labels as integer codes 0..11, as LabelEncoder gives them."""
    return np.unique(topic_corpus[1], return_inverse=True)[1]


@pytest.fixture(scope="module")
def on_codes(topic_corpus: tuple[list[str], np.ndarray], codes: np.ndarray) -> TopicClassifier:
    return TopicClassifier().fit(topic_corpus[0], codes)


def test_integer_labels_come_back_as_integers(topic_corpus, codes, on_codes: TopicClassifier) -> None:
    # classes_ and predict gave "3" for 3, so accuracy_score(codes, predict) compared 3 with "3"
    texts, topics = topic_corpus
    assert on_codes.classes_.tolist() == list(range(12)) and on_codes.classes_.dtype.kind == "i"
    predicted = on_codes.predict(texts)
    assert predicted.dtype.kind == "i"
    on_text = TopicClassifier().fit(texts, topics).predict(texts)
    assert accuracy_score(codes, predicted) == pytest.approx(accuracy_score(topics, on_text))
    # "auto" adds no fallback to integer labels: every column is a training label
    assert on_codes.fallback_ is None and on_codes.predict_proba(texts[:3]).shape == (3, 12)


def test_cross_val_score_on_integer_labels_is_finite_and_silent(topic_corpus, codes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a failed fold is a NaN and a FitFailedWarning / UndefinedMetricWarning
        scores = cross_val_score(TopicClassifier(), topic_corpus[0], codes, cv=3, error_score="raise")
    assert np.isfinite(scores).all() and (scores > 0.5).all()


@pytest.mark.parametrize(
    ("labels", "fallback", "classes"),
    [
        ([3, 7], -1, [-1, 3, 7]),
        ([0.5, 2.5], -1, [-1.0, 0.5, 2.5]),
        ([3, 7], 7, [3, 7]),  # a fallback among the labels is a learned label, as "other" is
        (["roads", "heating"], "other", ["heating", "other", "roads"]),
        (["roads", "heating"], "auto", ["heating", "other", "roads"]),
        (["roads", "heating"], None, ["heating", "roads"]),
    ],
)
def test_fallback_joins_classes_in_the_labels_type_and_sorted(labels, fallback, classes) -> None:
    texts = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи"] * 3
    clf = TopicClassifier(fallback=fallback).fit(texts, [labels[0], labels[0], labels[1], labels[1]] * 3)
    assert clf.classes_.tolist() == classes
    assert [type(c) for c in clf.classes_.tolist()] == [type(c) for c in classes]
    asked = [*texts[:4], "", "hello"]
    np.testing.assert_array_equal(clf.classes_[clf.predict_proba(asked).argmax(axis=1)], clf.predict(asked))
    if fallback not in (None, 7):  # no evidence: the fallback
        assert clf.predict([""]).tolist() == [clf.fallback_]


@pytest.mark.parametrize(("labels", "fallback"), [([1, 2], "other"), (["roads", "heating"], -1)])
def test_a_fallback_of_another_kind_than_the_labels_raises(labels: list, fallback: object) -> None:
    with pytest.raises(InputError, match="fallback of the labels' kind"):
        TopicClassifier(fallback=fallback).fit(["яма", "дорога", "батарея", "вода"], labels * 2)


def test_unequal_float_labels_keep_their_own_class_weight() -> None:
    # labels now keep their type, and scikit-learn reads a class_weight key as int(label): given the floats,
    # the SVM would weigh 1.5 and 1.9 both as 1; it learns topic indices instead
    texts = ["Яма на дороге"] * 9 + ["Нет горячей воды"] * 3
    clf = TopicClassifier(balance=1.0).fit(texts, [1.5] * 9 + [1.9] * 3)
    assert clf.weights_ == {1.5: pytest.approx(12 / 2 / 9), 1.9: pytest.approx(12 / 2 / 3)}
    assert clf.predict(["Нет горячей воды"]).tolist() == [1.9]


def test_integer_model_pickles_and_a_model_saved_before_fallback_loads(on_codes: TopicClassifier, topic_corpus) -> None:
    texts = topic_corpus[0][:20]
    again = pickle.loads(pickle.dumps(on_codes))
    np.testing.assert_array_equal(again.predict(texts), on_codes.predict(texts))
    text_model = TopicClassifier(max_features=200, fallback="other").fit(topic_corpus[0], topic_corpus[1])
    state = text_model.__getstate__()
    del state["fallback_"]  # as in models saved before fallback_ was resolved (the shipped topic.joblib)
    old = TopicClassifier.__new__(TopicClassifier)
    old.__setstate__(state)
    assert old.fallback_ == "other"
    np.testing.assert_array_equal(old.predict_proba(texts), text_model.predict_proba(texts))


@pytest.mark.parametrize(("method", "width"), [("predict_proba", 12), ("predict_log_proba", 12),
                                               ("decision_function", 12)])
def test_cross_val_predict_gives_one_column_per_class_of_y(topic_corpus, method: str, width: int) -> None:
    # scikit-learn refits each fold on integer codes of y and indexes its columns by classes_: text classes_ with
    # an extra "other" column failed with an IndexError; predict_log_proba did not exist
    from sklearn.model_selection import cross_val_predict

    texts, topics = topic_corpus
    out = cross_val_predict(TopicClassifier(), texts, topics, cv=3, method=method)
    assert out.shape == (len(texts), width) and not np.isnan(out).any()
    if method == "predict_proba":
        np.testing.assert_allclose(out.sum(axis=1), 1.0)
        assert (np.unique(topics)[out.argmax(axis=1)] == topics).mean() > 0.6


def test_neg_log_loss_without_fallback_or_with_every_label(topic_corpus) -> None:
    from sklearn.metrics import log_loss, make_scorer

    texts, topics = topic_corpus
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # rows of a float32 softmax summed to 1 only to within 1e-7: a warning
        plain = cross_val_score(TopicClassifier(fallback=None), texts, topics, cv=3, scoring="neg_log_loss",
                                error_score="raise")
        every = make_scorer(log_loss, greater_is_better=False, response_method="predict_proba",
                            labels=sorted([*set(topics), "other"]))
        abstaining = cross_val_score(TopicClassifier(), texts, topics, cv=3, scoring=every, error_score="raise")
    assert np.isfinite(plain).all() and np.isfinite(abstaining).all() and (plain > -2).all()
    # the documented limit: "other" is a column no true label falls in, and log_loss takes its classes from y_true
    with pytest.raises(ValueError, match="labels argument"):
        cross_val_score(TopicClassifier(), texts, topics, cv=3, scoring="neg_log_loss", error_score="raise")


def test_grid_search_on_neg_log_loss_as_the_readme_says(topic_corpus) -> None:
    # GridSearchCV(TopicClassifier(), scoring="neg_log_loss") scored NaN for every candidate with only a warning,
    # and the README did not say why: the "other" column. It says so now, with the two ways that score
    from sklearn.metrics import log_loss, make_scorer
    from sklearn.model_selection import GridSearchCV

    readme = (SOURCE_DATA.parent / "README.md").read_text(encoding="utf-8")
    assert 'scoring="neg_log_loss"' in readme and "TopicClassifier(fallback=None)" in readme
    assert 'labels=sorted({*y, "other"})' in readme
    texts, y = topic_corpus
    every = make_scorer(log_loss, greater_is_better=False, response_method="predict_proba",
                        labels=sorted({*y, "other"}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a NaN score comes with a warning only
        for model, scoring in [(TopicClassifier(fallback=None), "neg_log_loss"), (TopicClassifier(), every)]:
            search = GridSearchCV(model, {"min_score": [0.2]}, cv=2, scoring=scoring, refit=False).fit(texts, y)
            assert np.isfinite(search.cv_results_["mean_test_score"]).all()


def test_probabilities_sum_to_one_as_log_loss_checks_it(topic_corpus) -> None:
    texts, topics = topic_corpus
    proba = TopicClassifier().fit(texts, topics).predict_proba([*texts, "", "hello"])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=np.sqrt(np.finfo(float).eps))


def test_two_topics_score_like_a_binary_scikit_learn_classifier(topic_corpus) -> None:
    # decision_function gave two columns, which roc_auc (and cross_val_predict on binary folds) refuse
    from sklearn.model_selection import GridSearchCV

    texts, topics = topic_corpus
    binary = np.where(topics == "building", "building", "rest")
    clf = TopicClassifier(fallback=None).fit(texts, binary)
    assert clf.decision_function(texts[:5]).shape == (5,)
    np.testing.assert_array_equal(clf.decision_function(texts) > 0, clf.predict(texts) == "rest")
    assert (cross_val_score(TopicClassifier(), texts, binary, cv=3, scoring="roc_auc", error_score="raise") > 0.8).all()
    search = GridSearchCV(TopicClassifier(), {"C": [0.1, 1.0]}, cv=3, scoring="f1_macro", error_score="raise")
    assert search.fit(texts, topics).best_score_ > 0.5


def test_the_package_keeps_names_and_pickles_of_mcu_nlp_topic(on_codes: TopicClassifier, tmp_path) -> None:
    # models saved before the module became a package (the shipped file until session 9) name
    # mcu_nlp.topic.CharGrams and mcu_nlp.topic.TopicClassifier in their pickle and manifest: both must resolve;
    # a model saved now (its pickle and manifest name mcu_nlp.topic.classifier) loads too
    import mcu_nlp.topic as topic
    from mcu_nlp.persistence import described_class, load, read_manifest, save
    from mcu_nlp.topic.features import CharGrams

    assert all(hasattr(topic, name) for name in topic.__all__)
    assert topic.CharGrams is CharGrams and TopicClassifier.__module__ == "mcu_nlp.topic.classifier"
    assert described_class("mcu_nlp.topic.TopicClassifier") is TopicClassifier
    named = pickle.dumps(on_codes, protocol=0)  # protocol 0 names each class on a line of its own
    for new in (b"cmcu_nlp.topic.classifier\nTopicClassifier\n", b"cmcu_nlp.topic.features\nCharGrams\n"):
        assert new in named
        named = named.replace(new, new.replace(b".classifier", b"").replace(b".features", b""))
    old = pickle.loads(named)
    assert type(old) is TopicClassifier and type(old.chars_.analyzer) is CharGrams
    np.testing.assert_array_equal(old.predict(["Яма на дороге", ""]), on_codes.predict(["Яма на дороге", ""]))
    path = save(on_codes, tmp_path / "codes.joblib")
    assert read_manifest(path)["estimator"] == "mcu_nlp.topic.classifier.TopicClassifier"
    np.testing.assert_array_equal(load(path).predict(["Яма на дороге", ""]), on_codes.predict(["Яма на дороге", ""]))


@pytest.mark.parametrize("top", [-1, 0, 2.0, "3", True, None])
def test_explain_refuses_a_top_that_is_no_count(on_codes: TopicClassifier, top: object) -> None:
    # top=-1 gave every term but the last (a slice), top=0 gave []
    with pytest.raises(InputError, match="whole number top >= 1"):
        on_codes.explain("Яма на дороге", top=top)


@pytest.mark.parametrize("text", [None, 5, ["Яма на дороге"]])
def test_explain_of_no_text_says_what_was_given(on_codes: TopicClassifier, text: object) -> None:
    # said "a str at position 0 ... convert or drop non-text rows", a batch's message for one text
    with pytest.raises(TypeError, match=r"expected a str, got (None|int|list)") as raised:
        on_codes.explain(text)
    assert "position" not in str(raised.value) and "Яма" not in str(raised.value)
