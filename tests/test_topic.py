"""TopicClassifier: scikit-learn contract, bad input, abstaining on off-topic texts, the shipped model."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from mcu_nlp.corpora import SOURCE_DATA, load_kursk, load_offtopic, load_seeds, load_spb, load_taxonomy, load_topic_data
from mcu_nlp.errors import InputError
from mcu_nlp.normalization import normalize
from mcu_nlp.persistence import read_manifest
from mcu_nlp.topic import (
    DEFAULT_MODEL,
    TopicClassifier,
    calibration_groups,
    calibration_split,
    fit_temperature,
    load_default,
    softmax,
)
from mcu_nlp.topic.reading import topic_text

FIXTURE = SOURCE_DATA / "fixtures" / "spb_sample.csv"

#: answers session 59's T59 changed: economy at 0.19, traded for +3.5 points on
#: blind47..58 and +2.4 on blind59 (benchmarks/RESULTS.md)
T59_TRADE = "economy at 0.19 since session 59's T59 (benchmarks/RESULTS.md)"


@pytest.fixture(scope="session")
def sample() -> pd.DataFrame:
    return pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def small(sample: pd.DataFrame) -> TopicClassifier:
    return TopicClassifier().fit(sample["text"].tolist(), sample["topic"].tolist())


@pytest.fixture(scope="session")
def shipped() -> TopicClassifier:
    return load_default()


def test_fit_learns_the_label_set(small: TopicClassifier, sample: pd.DataFrame) -> None:
    assert set(small.classes_) == set(sample["topic"]) | {"other"}
    proba = small.predict_proba(sample["text"].tolist()[:50])
    assert proba.shape == (50, len(small.classes_))
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-6)
    # fits its own training data well: the features and the linear model are wired correctly
    assert (small.predict(sample["text"].tolist()) == sample["topic"].to_numpy()).mean() > 0.85


def test_clone_pickle_pipeline_and_grid_search(small: TopicClassifier, sample: pd.DataFrame) -> None:
    texts, topics = sample["text"].tolist(), sample["topic"].tolist()
    assert clone(small).get_params() == small.get_params()
    again = pickle.loads(pickle.dumps(small))
    np.testing.assert_array_equal(again.predict_proba(texts[:20]), small.predict_proba(texts[:20]))
    pipe = Pipeline([("topic", TopicClassifier(min_score=0.0))]).fit(texts, topics)
    assert len(pipe.predict(texts[:5])) == 5
    common = sample[sample.groupby("topic")["topic"].transform("size") >= 2]  # stratified folds need two of each
    search = GridSearchCV(TopicClassifier(), {"C": [0.1, 1.0]}, cv=2).fit(common["text"].tolist(),
                                                                           common["topic"].tolist())
    assert search.best_params_["C"] in (0.1, 1.0)


def test_refit_forgets_the_previous_vocabulary(sample: pd.DataFrame) -> None:
    texts, topics = sample["text"].tolist(), sample["topic"].tolist()
    half = len(texts) // 2
    model = TopicClassifier().fit(texts[:half], topics[:half])
    model.predict_proba(texts)  # fills the per-word column cache with the first vocabulary's columns
    model.fit(texts[half:], topics[half:])
    fresh = TopicClassifier().fit(texts[half:], topics[half:])
    np.testing.assert_allclose(model.predict_proba(texts[:50]), fresh.predict_proba(texts[:50]), atol=1e-6)


def test_predict_needs_fit() -> None:
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        TopicClassifier().predict(["яма"])



def test_empty_batch_gives_empty_answers(small: TopicClassifier) -> None:
    # TfidfTransformer refused zero rows with a scikit-learn ValueError; UrgencyClassifier already returned empty
    assert small.predict([]).shape == (0,)
    assert small.predict_proba([]).shape == (0, len(small.classes_))
    assert small.decision_function([]).shape == (0, len(small.topics_))

@pytest.mark.parametrize(
    ("texts", "where"),
    [
        (["яма", None, "снег"], "position 1, got None"),
        (["яма", 5], "position 1, got int"),
        ([b"bytes"], "position 0, got bytes"),
        ("одна строка", "Series of texts, got str"),
    ],
)
def test_non_text_raises_type_error_naming_the_position(small: TopicClassifier, texts: object, where: str) -> None:
    with pytest.raises(TypeError, match=where):
        small.predict(texts)
    with pytest.raises(TypeError, match=where):
        TopicClassifier().fit(texts, ["roads"] * 3)



@pytest.mark.parametrize("codes", [[1, 2, 3], ["1", "2", "3"], [1.0, 2.0, 3.0]])  # mixed: test_errors_labels.py
def test_numeric_labels_are_a_label_set_like_any_other(codes: list) -> None:
    # labels that read as numbers used to miss scikit-learn's class_weight lookup (it tries int(label))
    texts = ["Яма на дороге", "Большая яма на проезжей части", "Нет горячей воды", "Холодные батареи",
             "Мусор не вывозят", "Переполнены мусорные баки"] * 3
    labels = [codes[0], codes[0], codes[1], codes[1], codes[2], codes[2]] * 3
    clf = TopicClassifier(min_score=0.0).fit(texts, labels)
    # numbers come back as numbers, texts as texts
    kept = [str(codes[0]), str(codes[2])] if any(isinstance(code, str) for code in codes) else [codes[0], codes[2]]
    assert clf.predict(["Яма во дворе", "Мусорные баки переполнены"]).tolist() == kept

@pytest.mark.parametrize(
    ("labels", "allowed", "rows"),
    [
        (["roads", None, "snow", "snow"], None, "row 1"),
        (["roads", "snow", float("nan"), ""], None, "rows 2, 3"),
        (["roads", pd.NA, "snow", "snow"], None, "row 1"),
        (["roads", "snow", "pizza", "snow"], ["roads", "snow"], "row 2"),
    ],
)
def test_bad_labels_raise_input_error_naming_rows(labels: list, allowed: list | None, rows: str) -> None:
    texts = ["яма на дороге", "снег", "сугробы", "наледь"]
    with pytest.raises(InputError, match=rows) as caught:
        TopicClassifier(labels=allowed).fit(texts, labels)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([1.0, -1.0, 1.0, np.nan], "rows 1, 3"),
        ([1.0, 1.0], "one number per text"),
    ],
)
def test_bad_sample_weights_raise_input_error(weights: list, message: str) -> None:
    with pytest.raises(InputError, match=message):
        TopicClassifier().fit(["яма на дороге", "снег", "сугробы", "наледь"], ["roads", "snow", "snow", "snow"],
                              sample_weight=weights)


def test_sample_weights_of_one_change_nothing_and_zero_weights_drop_texts(sample: pd.DataFrame) -> None:
    texts, topics = sample["text"].tolist(), sample["topic"].tolist()
    plain = TopicClassifier().fit(texts, topics)
    ones = TopicClassifier().fit(texts, topics, sample_weight=np.ones(len(texts)))
    np.testing.assert_array_equal(plain.coef_, ones.coef_)
    np.testing.assert_array_equal(plain.coef_, TopicClassifier().fit(texts, topics, sample_weight=1.0).coef_)
    # three copies of every text with "roads" relabelled "snow" outvote the originals (unweighted, no road text is
    # read as roads any more); with weight 0 they are gone and the originals decide
    wrong = [("snow" if t == "roads" else t) for t in topics] * 3
    weights = [1.0] * len(texts) + [0.0] * len(wrong)
    roads = [text for text, topic in zip(texts, topics) if topic == "roads"]
    outvoted = TopicClassifier(min_score=0.0).fit(texts * 4, topics + wrong)
    weighted = TopicClassifier(min_score=0.0).fit(texts * 4, topics + wrong, sample_weight=weights)
    assert (outvoted.predict(roads) == "roads").mean() < 0.2
    assert (weighted.predict(roads) == "roads").mean() > 0.8


#: texts that normalise to one text (numbers, phones and e-mails dropped): nothing to tell apart, nothing to hold out
PII_TEMPLATE = [f"Нет воды, звоните +7 912 345-67-{i:02d} или ivan{i}@mail.ru" for i in range(40)]
ONE_TEXT = [
    (["нет воды в доме 1", "нет воды в доме 2"] * 10, ["water", "roads"] * 10),  # 20 rows: calibration crashed
    (["нет воды в доме 1", "нет воды в доме 2"] * 3, ["water", "roads"] * 3),  # under 20: no calibration, same rule
    (PII_TEMPLATE, ["water", "roads"] * 20),
]


@pytest.mark.parametrize(("texts", "labels"), ONE_TEXT)
def test_texts_that_normalise_to_one_text_raise_input_error(texts: list[str], labels: list[str]) -> None:
    clf = TopicClassifier(min_score=0.0).fit(["Яма на дороге", "Нет горячей воды"] * 3, ["roads", "water"] * 3)
    before = clf.predict_proba(["Яма во дворе"])
    with pytest.raises(InputError, match=r"at least 2 distinct texts after normalisation .*, got 1 \(of ") as caught:
        clf.fit(texts, labels)
    assert not any(c.isdigit() for c in str(caught.value).split("texts)")[1]) and "@" not in str(caught.value)
    np.testing.assert_array_equal(clf.predict_proba(["Яма во дворе"]), before)  # a refused fit changes nothing
    # two distinct texts are enough to fit and calibrate
    TopicClassifier().fit([texts[0], "Яма на дороге"] * 10, ["water", "roads"] * 10)


def test_train_on_texts_that_normalise_to_one_text_stops_with_a_message(tmp_path, capsys) -> None:
    from mcu_nlp.cli import main

    path = tmp_path / "pii.csv"
    pd.DataFrame({"text": PII_TEMPLATE, "topic": ["water", "roads"] * 20}).to_csv(path, index=False)
    assert main(["train", "topic", str(path), "--label-column", "topic", "-o", str(tmp_path / "m.joblib")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert "expected at least 2 distinct texts after normalisation" in err and "912" not in err
    assert not (tmp_path / "m.joblib").exists()


def test_softmax_and_temperature() -> None:
    scores = np.array([[3.0, 0.0], [0.0, 3.0], [3.0, 0.0], [0.0, 3.0]])
    # always right: as sharp as Laplace's rule of succession allows, the truth at (4 + 1) / (4 + 2), not 1.000
    # (the search's bound, e^-5, before session 16: tests/test_topic_small_calibration.py)
    sharp = softmax(scores, fit_temperature(scores, np.array([0, 1, 0, 1])))
    np.testing.assert_allclose(sharp[:, 0], [5 / 6, 1 / 6, 5 / 6, 1 / 6], atol=1e-3)
    np.testing.assert_allclose(softmax(scores).sum(axis=1), 1.0)


def test_calibration_fold_never_splits_a_normalised_text(sample: pd.DataFrame) -> None:
    # every text twice, once with other punctuation and case: an ungrouped fold would put copies on both sides
    texts = sample["text"].tolist() + [text.upper() + "!" for text in sample["text"]]
    topics = np.asarray(sample["topic"].tolist() * 2, dtype=object)
    groups = calibration_groups(texts, [normalize(text) for text in texts])
    train, held = calibration_split(topics, groups, random_state=0)
    assert 0.1 < len(held) / len(texts) < 0.3
    assert sorted([*train, *held]) == list(range(len(texts)))
    assert not {groups[i] for i in train} & {groups[i] for i in held}


def test_the_final_svm_learns_from_the_rows_predict_builds(sample: pd.DataFrame, monkeypatch) -> None:
    # after the strongest columns are kept, training rows must be normalised as the shrunk vectorisers do at
    # predict time; rows left at their old, shorter length made predict-time decisions larger (overconfident)
    seen = []
    fit = LinearSVC.fit
    monkeypatch.setattr(LinearSVC, "fit", lambda svm, X, y, **kw: seen.append(X) or fit(svm, X, y, **kw))
    texts, topics = sample["text"].tolist(), sample["topic"].tolist()
    clf = TopicClassifier(max_features=300).fit(texts, topics)
    final = seen[-1]
    assert final.shape == (len(texts), 300)
    # a fit reads its texts as written, predict without a greeting, contact, sign-off or tags (topic.reading)
    same = [i for i, text in enumerate(texts) if topic_text(text) == text]
    assert len(same) > 0.8 * len(texts)
    np.testing.assert_allclose(final[same].toarray(), clf._features([texts[i] for i in same])[0].toarray(), atol=1e-5)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Во дворе не вывозят мусор, контейнеры переполнены", "waste"),
        ("Не работает лифт в подъезде уже неделю", "building"),
        ("Огромная яма на проезжей части", "roads"),
        ("Не убран снег на тротуаре, гололёд", "snow"),
        ("Не горит фонарь уличного освещения", "power"),
        ("Третий день нет горячей воды", "heating"),
        ("Граффити на стене дома", "ads"),
        ("В поликлинике невозможно записаться к терапевту", "health"),
        ("Автобус 12 маршрута ходит раз в час, не по расписанию", "transport"),
        ("Бездомные собаки нападают на прохожих", "animals"),
    ],
)
def test_shipped_model_on_plain_appeals(shipped: TopicClassifier, text: str, topic: str) -> None:
    assert shipped.predict([text])[0] == topic


@pytest.mark.parametrize(
    "text",
    ["", "   ", "!!! ??? ...", "12345", "Hello, how are you today?", "The weather is nice", "😀😀😀", "<p></p>",
     "Какой сегодня курс биткоина к доллару",
     # chit-chat made of words seen in appeals (xfail before off-topic training rows; not trained on, held out)
     "Спасибо, всё хорошо", "Кто выиграл матч вчера"],
)
def test_off_topic_empty_or_foreign_gets_other_with_a_low_score(shipped: TopicClassifier, text: str) -> None:
    proba = shipped.predict_proba([text])[0]
    assert shipped.classes_[proba.argmax()] == "other"
    assert proba.max() < 0.35


def test_held_out_chit_chat_mostly_gets_other_with_a_low_score(shipped: TopicClassifier) -> None:
    # hand-written phrases never trained on (data/topic/offtopic_heldout.csv); RESULTS.md reports the exact share
    # (a floor against a collapse: 20 phrases, partly chosen against the model; 10 of 20 since session 59's T59)
    texts = load_offtopic(heldout=True)["text"].tolist()
    proba = shipped.predict_proba(texts)
    low_other = (shipped.classes_[proba.argmax(axis=1)] == "other") & (proba.max(axis=1) < 0.35)
    assert low_other.mean() >= 0.5


def test_fresh_held_out_chit_chat_gets_other_with_a_low_score_as_shipped(shipped: TopicClassifier) -> None:
    # 157 phrases of 18 kinds written in session 58 by a helper who ran no model, never trained on
    # (data/topic/offtopic_heldout_s58.csv): the shipped file answers 95 "other" with a low score (0.605)
    texts = pd.read_csv(SOURCE_DATA / "topic/offtopic_heldout_s58.csv", comment="#")["text"]
    proba = shipped.predict_proba(texts.tolist())
    low_other = (shipped.classes_[proba.argmax(axis=1)] == "other") & (proba.max(axis=1) < 0.35)
    assert len(texts) == 157 and low_other.mean() >= 0.585


def test_learned_off_topic_rows_abstain_with_a_low_score(sample: pd.DataFrame) -> None:
    off = load_offtopic()
    model = TopicClassifier().fit(sample["text"].tolist() + off["text"].tolist(),
                                  sample["topic"].tolist() + off["topic"].tolist())
    proba = model.predict_proba(["Привет, как дела?", "Спасибо за помощь, всего доброго", "Во дворе яма"])
    answers = model.classes_[proba.argmax(axis=1)]
    assert answers[:2].tolist() == ["other", "other"] and answers[2] != "other"
    assert (proba[:2].max(axis=1) < 0.35).all()


def test_explain_names_terms_of_the_text(shipped: TopicClassifier) -> None:
    terms = shipped.explain("Третий день в квартире нет горячей воды", top=3)
    assert 1 <= len(terms) <= 3
    assert all(isinstance(term, str) and weight > 0 for term, weight in terms)
    assert any("вод" in term or "горяч" in term for term, _ in terms)


@pytest.mark.parametrize("text", ["12345", pytest.param("Помогите разобраться с ситуацией", marks=pytest.mark.xfail(
    strict=True, reason=T59_TRADE))])
def test_explain_is_empty_when_the_model_abstains(shipped: TopicClassifier, text: str) -> None:
    # the best topic's terms would explain an answer the model did not give (walkthrough 3, defect 10); the burst-pipe
    # text of that walkthrough no longer abstains since session 11's min_score 0.15 (a wrong topic, as "other" was)
    assert shipped.predict([text])[0] == "other"
    assert shipped.explain(text) == []


def test_explain_names_the_learned_fallback_terms() -> None:
    texts = ["Яма на дороге", "Большая яма на проезжей части", "Кто выиграл матч", "Какой хороший фильм"]
    clf = TopicClassifier(min_score=0.0).fit(texts * 3, ["roads", "roads", "other", "other"] * 3)
    assert clf.predict(["Кто выиграл вчерашний матч"])[0] == "other"
    assert "матч" in [term for term, _ in clf.explain("Кто выиграл вчерашний матч")]


def test_shipped_model_file_is_small_and_described() -> None:
    manifest = read_manifest(DEFAULT_MODEL)
    assert DEFAULT_MODEL.stat().st_size < 5 * 2**20
    assert set(manifest["labels"]) == set(load_taxonomy()["code"])
    assert manifest["metrics"]["spb_test"]["accuracy"] > 0.9


def test_built_data_is_deduplicated_and_split_by_text() -> None:
    spb, kursk = load_topic_data()
    for frame in (spb, kursk):
        keys = frame["text"].str.lower().str.replace(r"\W+", " ", regex=True).str.strip()
        assert not keys.duplicated().any()
        assert set(frame["topic"]) <= set(load_taxonomy()["code"])
    train = set(spb.loc[spb["split"] == "train", "text"].str.lower())
    assert not train & set(spb.loc[spb["split"] == "test", "text"].str.lower())
    assert len(spb) > 40_000 and len(kursk) > 1_900


def test_corpora_are_mapped_onto_the_taxonomy() -> None:
    codes = set(load_taxonomy()["code"])
    assert load_spb()["topic"].isin(codes).all()
    kursk = load_kursk()
    assert kursk["topic"].isin(codes).all() and len(kursk) == 2000
    assert set(load_seeds()["topic"]) <= codes
    train, held = set(load_offtopic()["text"]), set(load_offtopic(heldout=True)["text"])
    assert len(train) > 100 and len(held) >= 20 and not train & held


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=80), min_size=1, max_size=8))
def test_any_texts_give_one_valid_row_each(shipped: TopicClassifier, texts: list[str]) -> None:
    proba = shipped.predict_proba(texts)
    assert proba.shape == (len(texts), len(shipped.classes_))
    assert np.isfinite(proba).all() and np.allclose(proba.sum(axis=1), 1.0)


def test_cached_char_counts_equal_the_vectorizer(shipped: TopicClassifier, sample: pd.DataFrame) -> None:
    from mcu_nlp.cleaning import clean
    from mcu_nlp.topic.features import char_matrix

    views = [clean(text) for text in sample["text"].tolist()] + ["", "яма яма яма", "latin words only"]
    fast = char_matrix(shipped.chars_, views, shipped.__dict__.setdefault("_word_columns", {}))
    plain = shipped.chars_.transform(views)
    assert fast.shape == plain.shape and abs(fast - plain).max() < 1e-6
    assert "_word_columns" not in pickle.loads(pickle.dumps(shipped)).__dict__
