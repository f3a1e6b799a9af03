"""The urgency triage (session 55's A9, issue #4): high or normal from a second model that learned other regions' too.

The shipped model fitted on the annotated SPb and Kursk appeals answers critical; for every text it does not answer
critical, its ``triage_`` (fitted on the same annotations and the dev sets blind12..46, together DEV_SHARE of their
weight, with the first model's decision cuts) says high or normal. ``train_default`` builds both, for the hold-out
metrics and for the saved model; ``fit`` leaves none; ``predict_proba`` stays the first model's.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
from helpers import train_default_fits

from mcu_nlp import default_models
from mcu_nlp.errors import InputError
from mcu_nlp.urgency import UrgencyClassifier, training
from mcu_nlp.urgency.training import with_triage

TEXTS = [
    "Нет воды третий день", "Открыт люк во дворе", "Пахнет газом", "Нет отопления, дети мерзнут",
    "Не горит фонарь", "Яма на дороге", "Не убран снег", "Не работает лифт",
    "Поставьте лавочку", "Спасибо за работу", "Уберите рекламу", "Когда будет ремонт фасада?",
]
LABELS = ["critical"] * 4 + ["high"] * 4 + ["normal"] * 4


@pytest.fixture(scope="module")
def small() -> UrgencyClassifier:
    return UrgencyClassifier(cv=2).fit(TEXTS, LABELS)


def test_a_text_not_critical_takes_the_triages_high_or_normal(small) -> None:
    proba = np.array([[0.9, 0.05, 0.05], [0.0, 0.8, 0.2], [0.0, 0.2, 0.8], [0.0, 0.2, 0.8]])
    signals = [[]] * 4
    assert small._levels(proba, signals).tolist() == ["critical", "high", "normal", "normal"]
    triaged = np.array(["normal", "normal", "high", "critical"], dtype=object)
    # critical stays the first model's; a triage's critical is high, never critical
    assert small._levels(proba, signals, triaged).tolist() == ["critical", "normal", "high", "high"]


def test_predict_explain_and_proba_with_a_triage(small) -> None:
    swapped = ["critical"] * 4 + ["normal"] * 4 + ["high"] * 4  # high and normal the other way round
    triage = UrgencyClassifier(cv=2).fit(TEXTS, swapped)
    model = with_triage(copy.deepcopy(small), triage)
    assert model.triage_ is triage and triage.triage_ is None
    texts = ["Пахнет газом в подъезде", "Не горит фонарь у дома", "Уберите рекламу со столба",
             "Когда будет ремонт фасада дома?"]
    alone, proba = small.predict(texts), small.predict_proba(texts)
    levels = model.predict(texts)
    assert alone.tolist() == ["critical", "high", "normal", "normal"] and levels.tolist() != alone.tolist()
    assert np.array_equal(model.predict_proba(texts), proba)  # the probabilities stay the first model's
    second = triage.predict(texts)
    expected = [a if a == "critical" else ("normal" if b == "normal" else "high") for a, b in zip(alone, second)]
    assert levels.tolist() == expected
    assert model.predict_with_proba(texts)[0].tolist() == expected
    assert [str(model.predict([t])[0]) for t in texts] == expected  # one text at a time as in a batch
    assert model.predict([]).tolist() == []
    assert model.explain(texts[0])[0].name == "gas smell"
    # a high the triage gave shows the triage's learned word, which the first model (normal) has no reason to show
    assert [r.name for r in model.explain(texts[2])] == ["learned: реклама"] and small.explain(texts[2]) == []


def test_fit_leaves_no_triage_and_a_refit_drops_one(small) -> None:
    model = with_triage(copy.deepcopy(small), copy.deepcopy(small))
    assert model.fit(TEXTS, LABELS).triage_ is None
    assert small.triage_ is None


def test_with_triage_refuses_an_unfitted_or_unlike_model(small) -> None:
    with pytest.raises(InputError, match="fit both first"):
        with_triage(copy.deepcopy(small), UrgencyClassifier())
    other = copy.deepcopy(small)
    other.blank_context = not small.blank_context
    with pytest.raises(InputError, match="lexicon, blank_context and classes"):
        with_triage(copy.deepcopy(small), other)


def test_fitted_builds_the_triage_from_the_annotated_rows_and_the_dev_rows() -> None:
    frame = pd.DataFrame({"text": TEXTS, "label": LABELS, "date": None, "source": "spb"})
    dev = pd.DataFrame({"text": ["Мусор не вывозят неделю", "Пособие не пришло третий месяц", "Спасибо дворникам"],
                        "label": ["high", "high", "normal"], "date": None, "source": "dev_blind"})
    model = training.fitted(frame, 0, cv=2, triage=dev)
    triage = model.triage_
    assert isinstance(triage, UrgencyClassifier) and triage.triage_ is None
    assert (triage.critical_threshold_, triage.high_weight_) == (model.critical_threshold_, model.high_weight_)
    assert triage.lexicon_.rules == model.lexicon_.rules
    assert training.fitted(frame, 0, cv=2).triage_ is None  # no rows, no triage


def test_train_default_fits_a_triage_beside_each_model(tmp_path, monkeypatch) -> None:
    held, held_triage, full, full_triage = train_default_fits(tmp_path, monkeypatch)
    n_annotated = len(training.read_annotations())
    n_dev = len(training.read_dev_blind())
    assert full["n"] == n_annotated and full.get("cuts") is None and full["sample_weight"] is None
    assert full_triage["n"] == n_annotated + n_dev and full_triage["cuts"] == (0.2, 1.1)  # the first fit's cuts
    weights, counted = np.asarray(full_triage["sample_weight"]), np.asarray(full_triage["recall_rows"])
    assert counted.tolist() == [True] * n_annotated + [False] * n_dev
    assert weights[~counted].sum() == pytest.approx(training.DEV_SHARE * n_annotated)
    assert held_triage["n"] == held["n"] + n_dev and held["n"] == len(training.holdout_split(
        training.read_annotations())[0])
    assert len(train_default_fits(tmp_path, monkeypatch, triage=())) == 2  # none asked: the two fits as before


def test_the_shipped_model_has_a_triage_fitted_with_the_dev_sets() -> None:
    model = default_models().urgency
    triage = model.triage_
    assert isinstance(triage, UrgencyClassifier) and triage.triage_ is None
    assert triage.lexicon_.rules == model.lexicon_.rules
    assert (triage.critical_threshold_, triage.high_weight_) == (model.critical_threshold_, model.high_weight_)
    assert len(triage.vectorizer_.vocabulary_) != len(model.vectorizer_.vocabulary_)  # learned from more texts
