"""Urgency: lexicon signals (negation, hedges, repairs, season), the hybrid estimator, bad input, the shipped model."""

from __future__ import annotations

import pickle
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import find_signals, words
from mcu_nlp.normalization import normalize
from mcu_nlp.persistence import load, read_manifest
from mcu_nlp.season import cold_season
from mcu_nlp.urgency import (
    DEFAULT_MODEL,
    HIGH_WEIGHTS,
    LEVELS,
    UrgencyClassifier,
    char_matrix,
    lexicon_predict,
    read_annotations,
)
from mcu_nlp.urgency.decision import decide
from mcu_nlp.urgency.guideline import TRUSTED_FLOOR

# (text, level by the lexicon): the guideline's negation/hedge cases, then real fragments (uid in the comment)
LEXICON_CASES = [
    ("нет воды", "critical"),
    ("вода есть", "normal"),
    ("Воды нет третий день", "critical"),
    ("вчера не было света, сейчас дали", "normal"),
    ("Вчера не было света. Сейчас дали, спасибо", "normal"),
    ("вчера дали свет, а сегодня опять нет света", "critical"),
    ("отопление есть, но слабое", "high"),
    ("когда включат отопление?", "normal"),
    ("нет горячей воды", "high"),
    ("пахнет газом в подъезде", "critical"),
    ("запаха газа нет, проверяли", "normal"),
    ("не горит фонарь у дома", "high"),
    ("в подъезде нет света", "high"),
    ("А если будет пожар? Провода висят на 14 этаже", "high"),
    ("третий день нет отопления, дети мерзнут", "critical"),
    ("Собаки напали на ребенка у школы", "critical"),
    ("Холодные батареи отопления в третьей парадной", "critical"),  # spb:3076824
    ("Открытый люк в сквере (второй). Срочно примите меры.", "critical"),  # spb:3163427
    ("парадная 3, провисают оголенные провода, открыт электро щит", "critical"),  # spb:3362700
    ("провал грунта у колодца", "critical"),  # spb:3301725
    ("Не горит лампочка над второй дверью (внутри парадной)", "high"),  # spb:3129656
    ("Снег на тротуаре не убран", "high"),  # spb:3099422
    ("Множественные ямы создающие аварийность движения.", "high"),  # spb:3053786
    ("уберите нелегальные кондиционеры с фасада дома", "normal"),  # spb:3129558
    ("С 30.11 постоянно горит свет в подвале/приямке", "normal"),  # spb:3066937
    ("почините скамейку о", "normal"),  # spb:2995132
    # colloquial negation, repairs and what-ifs (urgency.md, "Negation and hedges")
    ("воды нету третий день", "critical"),
    ("запаха газа нету", "normal"),
    ("утром не было воды, сейчас дали", "normal"),
    ("вчера прорвало трубу, сегодня починили", "normal"),
    ("может случиться пожар из-за хлама", "high"),
    # a person left in danger, locked in (urgency.md, critical)
    ("В лифте застрял ребенок, диспетчер не отвечает", "critical"),
    ("Пенсионерка заперта в квартире, дверь заклинило", "critical"),
    ("машина застряла во дворе", "normal"),
    ("люди застряли в пробке на час", "normal"),
    ("на остановке люди застряли, автобуса нет", "normal"),
    # "люков" is lemmatised "люковый"; one ice word under a roof is enough
    ("Отсутствие люков", "critical"),
    ("На крыше наледь, угроза падения на прохожих", "critical"),
    # gas is smelt as rotten eggs (the odorant); poles that lean; things about to fall on heads (session 4)
    ("Шипит ржавая труба, от нее запах тухлых яиц", "critical"),  # spb round 5
    ("Тухлые яйца продают в магазине", "normal"),
    ("Опора освещения опасно наклонена.", "critical"),  # spb round 3
    ("Буква О скоро упадёт на голову людям!", "critical"),  # spb round 5
    ("болит голова, упало давление", "normal"),
    ("на нас свалилось на голову столько проблем", "normal"),  # the idiom, not an object falling
]

# (text, sentences the patterns see): a dot ends no sentence after an abbreviation or between digits
SENTENCE_CASES = [
    ("Эл. кабель на ул. Яхтенной лежит на земле", 1),
    ("с 08.10.2021г. в д. 5 нет воды", 1),
    ("т.к. нет воды.Пахнет газом", 2),
    ("Вчера не было света. Сейчас дали!", 2),
    ("Нет воды; нет света\nПомогите", 3),
    ("Нет воды; нет света\nпомогите", 2),  # a line wrapped in lower case goes on (walkthrough 9, "нет\nводы")
]

# (text, date, lexicon level): heating weighs less from May to September unless it is cold at home
SEASON_CASES = [
    ("нет отопления", "2021-01-15", "critical"),
    ("нет отопления", None, "critical"),
    ("нет отопления", "2021-07-01", "high"),
    ("нет отопления", "15.07.2024", "high"),  # Russian day-first dates are read (were unknown, with a warning)
    ("нет отопления", "05/01/2024 10:00", "critical"),
    ("нет отопления, в квартире холодно", "2021-09-10", "critical"),
    ("когда включат отопление?", "2021-09-10", "normal"),
    ("нет воды", "2021-07-01", "critical"),
    ("батареи еле теплые", date(2021, 8, 1), "normal"),
]

SHIPPED_CRITICAL = [
    "пахнет газом в подъезде",
    "третий день нет отопления, дети мерзнут",
    "Открыт люк на проезжей части, никто не огородил",
    "Сосульки огромные свисают над входом в парадную",
    "Оборванные провода лежат на детской площадке",
    "Дом без воды уже второй день",
]
SHIPPED_NOT_CRITICAL = [
    "Просим установить лавочку у подъезда",
    "Спасибо за оперативный ремонт",
    "вчера не было света, сейчас дали",
    "вода есть",
    "Не горит лампочка на лестничной площадке 5 этажа",
    "газом не пахнет, проверили",
    "утром не было воды, сейчас дали",
    "а если будет пожар? мусор в подъезде",
]

# (text, date, critical or not by the shipped model): the season rule through predict, as analyze() uses it
SHIPPED_SEASON = [
    ("нет отопления", "2021-01-10", True),
    ("нет отопления", None, True),
    ("нет отопления", "2021-07-10", False),
    ("Третий день нет отопления в квартире", "2021-06-20", False),
    ("нет отопления, дети мерзнут", "2021-07-10", True),
    ("нет воды", "2021-07-10", True),
]

# (P(critical), P(high), P(normal); text the lexicon reads; high weight; level) with a tuned threshold of 0.2
DECISION_CASES = [
    ((0.25, 0.50, 0.25), "", 1.0, "critical"),
    ((0.25, 0.50, 0.25), "вода есть", 1.0, "high"),  # calm: the learned model alone needs P(critical) >= 0.5
    ((0.60, 0.30, 0.10), "вода есть", 1.0, "critical"),
    ((0.10, 0.30, 0.60), "", 1.0, "normal"),
    ((0.10, 0.30, 0.60), "", 2.5, "high"),  # 2.5 * 0.30 >= 0.60
]


@pytest.fixture(scope="session")
def annotations():
    return read_annotations()


@pytest.fixture(scope="session")
def small_model(annotations):
    sample = annotations.groupby("label").sample(n=150, random_state=0)
    return UrgencyClassifier(cv=3).fit(sample["text"], sample["label"], dates=sample["date"].tolist())


@pytest.fixture(scope="session")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize(("text", "level"), LEXICON_CASES)
def test_lexicon_level(text, level):
    assert lexicon_predict([text]) == [level]


@pytest.mark.parametrize(("proba", "text", "weight", "level"), DECISION_CASES)
def test_decision_rule(proba, text, weight, level):
    assert decide(np.array([proba]), [find_signals(text)], 0.2, weight).tolist() == [level]


@pytest.mark.parametrize(("text", "count"), SENTENCE_CASES)
def test_sentences(text, count):
    assert len({w.sentence for w in words(text)}) == count


@pytest.mark.parametrize(("text", "when", "level"), SEASON_CASES)
def test_season_rule(text, when, level):
    assert lexicon_predict([text], dates=[when]) == [level]


@pytest.mark.parametrize(("value", "cold"), [("2021-10-01", True), ("2021-04-30", True), ("2021-05-01", False),
                                            ("2020-12-05T18:24:25.697", True), (None, None), ("", None),
                                            (float("nan"), None), (date(2021, 6, 1), False),
                                            (pd.NaT, None), (pd.NA, None)])  # NaT was read as a warm month
def test_cold_season(value, cold):
    assert cold_season(value) is cold


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_signals_never_raise_and_point_into_text(text):
    for signal in find_signals(text):
        assert 0 <= signal.start < signal.stop <= len(text)
        assert text[signal.start:signal.stop] == signal.text
        assert signal.level in LEVELS


def test_signal_offsets_on_real_text():
    text = "Добрый день! Третий день НЕТ ВОДЫ в доме 5, дети без воды."
    found = find_signals(text)
    assert [(s.name, text[s.start:s.stop]) for s in found] == [("no water", "НЕТ ВОДЫ"), ("no water", "без воды")]


def test_fitted_model_shape(small_model):
    texts = ["Нет воды третий день", "Яма на дороге", "Спасибо"]
    proba = small_model.predict_proba(texts)
    assert list(small_model.classes_) == ["critical", "high", "normal"]
    assert proba.shape == (3, 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert set(small_model.predict(texts)) <= set(LEVELS)
    assert 0 < small_model.critical_threshold_ <= 0.5
    assert small_model.high_weight_ in HIGH_WEIGHTS


@given(st.lists(st.text(max_size=120), max_size=6))
@settings(max_examples=60, deadline=None)
def test_char_matrix_is_the_vectorizer(small_model, texts):
    docs = [normalize(t) for t in [*texts, "Нет воды третий день", "пахнит газам в подезде"]]
    fast = char_matrix(small_model.chars_, docs, {}).toarray()
    assert np.allclose(fast, small_model.chars_.transform(docs).toarray(), atol=1e-6)


def test_without_char_ngrams(annotations):
    sample = annotations.groupby("label").sample(n=20, random_state=2)
    model = UrgencyClassifier(cv=2, char_weight=0).fit(sample["text"], sample["label"])
    assert not hasattr(model, "chars_")
    assert model.predict(["Пахнет газом в подъезде"]).shape == (1,)


def test_run_time_cache_not_pickled(small_model):
    small_model.predict(["Нет воды третий день"])
    assert "_lemma_columns" in small_model.__dict__
    assert "_lemma_columns" not in pickle.loads(pickle.dumps(small_model)).__dict__


def test_clone_pickle_pipeline(small_model, annotations):
    texts = ["Открытый люк во дворе", "Не убран снег", "Поставьте урну"]
    fresh = clone(small_model)
    assert fresh.get_params() == small_model.get_params() and not hasattr(fresh, "model_")
    restored = pickle.loads(pickle.dumps(small_model))
    assert np.allclose(restored.predict_proba(texts), small_model.predict_proba(texts))
    strip = FunctionTransformer(lambda xs: [x.strip() for x in xs])
    pipe = Pipeline([("strip", strip), ("urgency", clone(small_model).set_params(cv=2))])
    sample = annotations.groupby("label").sample(n=30, random_state=1)
    pipe.fit(sample["text"].tolist(), sample["label"].tolist())
    assert list(pipe.predict(["  Пахнет газом в подъезде  "])) == ["critical"]


def test_too_few_examples_of_a_level():
    # the counts per level are the point of the message (it said "got dict of 3 items")
    with pytest.raises(ValueError, match=r"at least 6 .* got \{'critical': 1, 'high': 1, 'normal': 1\}"):
        UrgencyClassifier(cv=3).fit(["нет воды", "яма", "лавочка"], ["critical", "high", "normal"])


def test_warm_season_lowers_heating_only(small_model):
    text = ["Нет отопления в квартире"]
    winter = small_model.predict_proba(text, dates=["2021-01-10"])[0, 0]
    summer = small_model.predict_proba(text, dates=["2021-07-10"])[0, 0]
    assert summer < winter


@pytest.mark.parametrize(("call", "error", "words"), [
    (lambda m: m.predict(["нет воды", 5]), TypeError, "position 1"),
    (lambda m: m.predict(["нет воды", None]), TypeError, "position 1"),
    (lambda m: m.predict("нет воды"), TypeError, "list"),
    (lambda m: m.predict(["нет воды"], dates=["2021-01-01", None]), InputError, "1 dates"),
    (lambda m: m.explain(42), TypeError, "str"),
    (lambda m: clone(m).fit(["a", "b"], ["critical", "urgent"]), ValueError, "row 1"),
    (lambda m: clone(m).fit(["a", "b"], ["critical"]), ValueError, "2 labels"),
])
def test_bad_input(small_model, call, error, words):
    with pytest.raises(error, match=words):
        call(small_model)



@pytest.mark.parametrize("table", [
    lambda texts: pd.DataFrame({"text": texts}),
    lambda texts: np.array(texts, dtype=object)[:, None],
])
def test_one_column_table_gives_one_level_per_row(small_model, table):
    # iterating a DataFrame yields its column names: df[["text"]] used to get one level, for the word "text"
    texts = ["Пахнет газом в подъезде", "Спасибо за лавочки", "Нет горячей воды"]
    assert small_model.predict(table(texts)).tolist() == small_model.predict(texts).tolist()
    with pytest.raises(TypeError, match="one-column"):
        small_model.predict(np.array([texts, texts], dtype=object).T)

def test_unreadable_date_counts_as_unknown(small_model):
    with pytest.warns(UserWarning, match="1 date could not be read"):
        odd = small_model.predict_proba(["нет отопления"], dates=["31.02.2021"])  # no such day
    assert np.allclose(odd, small_model.predict_proba(["нет отопления"]))
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        cold_season("31.02.2021")
    assert cold_season("31.12.2021") is True  # a Russian day-first date is read


def test_not_fitted():
    with pytest.raises(NotFittedError):
        UrgencyClassifier().predict(["нет воды"])


def test_empty_batch(small_model):
    assert small_model.predict_proba([]).shape == (0, 3)


@pytest.mark.parametrize("text", SHIPPED_CRITICAL)
def test_shipped_model_finds_critical(shipped, text):
    assert shipped.predict([text])[0] == "critical"
    assert any(s.level == "critical" for s in shipped.explain(text))


@pytest.mark.parametrize("text", SHIPPED_NOT_CRITICAL)
def test_shipped_model_not_critical(shipped, text):
    assert shipped.predict([text])[0] != "critical"


@pytest.mark.parametrize(("text", "when", "critical"), SHIPPED_SEASON)
def test_shipped_season(shipped, text, when, critical):
    assert (shipped.predict([text], dates=[when])[0] == "critical") is critical


def test_warm_season_heating_is_one_level_lower_in_the_probabilities_too(shipped):
    summer, winter = shipped.predict_proba(["Третий день нет отопления"] * 2, dates=["2021-07-10", "2021-01-10"])
    assert summer[0] == 0 and summer.argmax() == 1 and winter.argmax() == 0
    assert shipped.predict_proba(["нет отопления, дети мерзнут"], dates=["2021-07-10"])[0, 0] > 0.5


def test_a_critical_signal_the_data_never_showed_follows_the_guideline():
    texts = ["Нет воды третий день", "Открыт люк во дворе", "Нет отопления, холодно", "Нет света во всём доме",
             "Не горит фонарь", "Яма на дороге", "Не убран снег", "Не работает лифт",
             "Поставьте лавочку", "Спасибо за работу", "Уберите рекламу", "Когда будет ремонт фасада?"]
    # min_df=1: the model knows two words of the text, so it is no short text the lexicon reads alone
    clf = UrgencyClassifier(cv=2, min_df=1).fit(texts, ["critical"] * 4 + ["high"] * 4 + ["normal"] * 4)
    assert "gas smell" in clf.trusted_
    proba = clf.predict_proba(["Пахнет газом во дворе у лифта"])[0]
    assert proba[0] >= TRUSTED_FLOOR and clf.predict(["Пахнет газом во дворе у лифта"])[0] == "critical"
    clf.trusted_ = frozenset()  # what the learned model alone says: it never saw gas
    assert clf.predict_proba(["Пахнет газом во дворе у лифта"])[0, 0] < 0.5


@given(st.lists(st.text(max_size=200), max_size=8))
@settings(max_examples=60, deadline=None)
def test_shipped_model_one_level_per_text(shipped, texts):
    levels = shipped.predict(texts)
    proba = shipped.predict_proba(texts)
    assert len(levels) == len(texts) and set(levels) <= set(LEVELS)
    assert proba.shape == (len(texts), 3) and np.allclose(proba.sum(axis=1), 1.0)


def test_shipped_explain_offsets(shipped):
    text = "Добрый день. Третий день нет отопления, дети мерзнут!"
    reasons = shipped.explain(text)
    assert [r.text for r in reasons] == ["нет отопления", "дети мерзнут"]
    assert all(text[r.start:r.stop] == r.text for r in reasons)


def test_names_in_the_shipped_pickle_stay_in_mcu_nlp_urgency(tmp_path):
    # pickles find functions by module and name: urgency.joblib files saved when the analyzers lived in
    # mcu_nlp.urgency name them there, and their manifests name mcu_nlp.urgency.UrgencyClassifier, which now lives in
    # mcu_nlp.urgency.classifier (the shipped file itself is saved with the new names since its refit for fires)
    import json

    import mcu_nlp.urgency as urgency
    from mcu_nlp.persistence import save
    from mcu_nlp.urgency import features

    assert urgency.lemma_char_grams is features.lemma_char_grams
    assert urgency._unigrams_and_bigrams is features.unigrams_and_bigrams
    assert all(hasattr(urgency, name) for name in urgency.__all__)
    shipped = load(DEFAULT_MODEL)
    assert type(shipped) is UrgencyClassifier and UrgencyClassifier.__module__ == "mcu_nlp.urgency.classifier"
    path = save(shipped, tmp_path / "urgency.joblib")  # saved now: pickle and manifest name the new modules
    assert read_manifest(path)["estimator"] == "mcu_nlp.urgency.classifier.UrgencyClassifier"
    texts = ["Пахнет газом в подъезде", "Не горит фонарь", "Поставьте лавочку"]
    np.testing.assert_array_equal(load(path).predict_proba(texts), shipped.predict_proba(texts))
    manifest_path = path.with_name(path.name + ".manifest.json")
    manifest = json.loads(manifest_path.read_text("utf-8"))
    manifest["estimator"] = "mcu_nlp.urgency.UrgencyClassifier"  # as an older file's manifest says
    manifest_path.write_text(json.dumps(manifest), "utf-8")
    np.testing.assert_array_equal(load(path).predict_proba(texts), shipped.predict_proba(texts))


def test_shipped_manifest():
    manifest = read_manifest(DEFAULT_MODEL)
    assert manifest["labels"] == ["critical", "high", "normal"]
    assert manifest["metrics"]["holdout_25"]["levels"]["critical"]["recall"] > 0.8
    assert DEFAULT_MODEL.stat().st_size < 4_000_000  # two learned models since session 55 (the triage)


def test_set_params_after_fit_does_not_change_the_features(small_model, annotations):
    texts = annotations["text"].tolist()[:20]
    model = pickle.loads(pickle.dumps(small_model))
    before = model.predict_proba(texts)
    model.set_params(char_weight=0.0)
    np.testing.assert_array_equal(model.predict_proba(texts), before)


def test_a_model_saved_before_char_ngrams_still_predicts(annotations):
    sample = annotations.groupby("label").sample(n=60, random_state=1)
    old = UrgencyClassifier(cv=3, char_weight=0.0).fit(sample["text"], sample["label"])
    state = old.__getstate__()
    for name in ("char_weight", "char_weight_", "high_weight_"):  # what a session-1 0.1.0 model file lacks
        del state[name]
    restored = UrgencyClassifier.__new__(UrgencyClassifier)
    restored.__setstate__(state)
    assert (restored.char_weight, restored.char_weight_, restored.high_weight_) == (0.0, 0.0, 1.0)
    assert set(restored.predict(annotations["text"].tolist()[:20])) <= {"critical", "high", "normal"}
