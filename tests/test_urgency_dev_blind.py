"""The other-region dev sets as urgency training rows, on request (sessions 24-25, issue #4).

``train_default(dev_blind=DEV_BLIND_SETS)`` fits on the annotations and on every row of data/topic/blind12..46.csv
(their urgency labels, under the same urgency.md): each dev row weighs ``DEV_BLIND_WEIGHT`` (0.5) in the fit, the
lexicon trust counts count only the annotated appeals, and the decision cuts (``critical_threshold_``,
``high_weight_``) are those of the same fit on the annotations alone (session 25's A5). By default it fits on the
annotations alone, as before, with no weight and no mask. The blind set of a running session must not enter a fit
until it is listed in ``DEV_BLIND_SETS``. These tests ask for no triage (``triage=()``, which
tests/test_urgency_triage.py tests): it would add a fit beside each.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import numpy as np
import pandas as pd
import pytest
from helpers import train_default_fits

import mcu_nlp.persistence
from mcu_nlp.urgency import UrgencyClassifier, training
from mcu_nlp.urgency.decision import tune_decision

DEV = Path(__file__).resolve().parents[1] / "data" / "topic"


def dev_rows() -> pd.DataFrame:
    return pd.concat([pd.read_csv(DEV / f"blind{n}.csv", dtype=str, keep_default_na=False)
                      for n in training.DEV_BLIND_SETS])


class Stub:
    """Stands for a fitted model: what train_default reads of one."""

    critical_threshold_, decision, critical_cuts_ = 0.2, "out_of_fold", (0.2, 0.2, 0.2)

    def predict(self, texts, dates=None):
        return ["normal"] * len(texts)


def fitted_frames(tmp_path, monkeypatch, **kwargs) -> list[pd.DataFrame]:
    """The training frames of train_default's two fits (the hold-out model, then the saved one), nothing fitted."""
    fitted: list[pd.DataFrame] = []
    monkeypatch.setattr(training, "_fitted",
                        lambda frame, seed, share=None, triage=None: fitted.append(frame) or Stub())
    monkeypatch.setattr(mcu_nlp.persistence, "save", lambda *args, **kw: None)
    training.train_default(tmp_path / "m.joblib", triage=(), **kwargs)
    return fitted


def test_train_default_adds_the_dev_sets_when_asked(tmp_path, monkeypatch) -> None:
    held, full = fitted_frames(tmp_path, monkeypatch, dev_blind=training.DEV_BLIND_SETS)
    annotations, dev = training.read_annotations(), dev_rows()
    assert len(full) == len(annotations) + len(dev) == 5113 + 10056
    assert full["text"].tolist() == annotations["text"].tolist() + dev["text"].tolist()
    assert full["label"].tolist() == annotations["label"].tolist() + dev["urgency"].tolist()
    # the hold-out model learns from 75 % of the annotations and every dev row; its test part is annotations only
    train, _ = training.holdout_split(annotations)
    assert held["text"].tolist() == train["text"].tolist() + dev["text"].tolist()


def test_train_default_learns_from_the_annotations_alone_by_default(tmp_path, monkeypatch) -> None:
    held, full = fitted_frames(tmp_path, monkeypatch)
    annotations = training.read_annotations()
    assert full["text"].tolist() == annotations["text"].tolist()
    assert held["text"].tolist() == training.holdout_split(annotations)[0]["text"].tolist()


def fit_calls(tmp_path, monkeypatch, **kwargs) -> list[dict]:
    """What train_default passes to UrgencyClassifier.fit (the hold-out fit, then the saved one; with dev rows each
    after its fit on the annotations alone), nothing fitted; no triage unless asked."""
    return train_default_fits(tmp_path, monkeypatch, **{"triage": (), **kwargs})


def test_the_dev_rows_weigh_half_and_the_threshold_counts_annotations_only(tmp_path, monkeypatch) -> None:
    full = fit_calls(tmp_path, monkeypatch, dev_blind=training.DEV_BLIND_SETS)[-1]
    n_annotated, n_dev = len(training.read_annotations()), len(dev_rows())
    assert full["n"] == n_annotated + n_dev and training.DEV_BLIND_WEIGHT == 0.5
    assert np.asarray(full["sample_weight"]).tolist() == [1.0] * n_annotated + [0.5] * n_dev
    assert np.asarray(full["recall_rows"]).tolist() == [True] * n_annotated + [False] * n_dev


def test_dev_share_keeps_the_dev_rows_a_fixed_share_of_every_fit(tmp_path, monkeypatch) -> None:
    # session 25, A6 (off by default): with dev_share=DEV_SHARE the dev rows of each fit weigh together that share of
    # its annotated rows (the hold-out fit of 75 % of the annotations as the full one), not 0.5 each
    _, held, _, full = fit_calls(tmp_path, monkeypatch, dev_blind=training.DEV_BLIND_SETS, dev_share=training.DEV_SHARE)
    n_annotated, n_dev = len(training.read_annotations()), len(dev_rows())
    assert training.DEV_SHARE == 0.5 * 3432 / 5113
    each = training.DEV_SHARE * n_annotated / n_dev
    assert np.asarray(full["sample_weight"]).tolist() == [1.0] * n_annotated + [each] * n_dev
    assert round(each, 4) == round(0.5 * 3432 / 10056, 4) == 0.1706
    for call in (held, full):
        weights, counted = np.asarray(call["sample_weight"]), np.asarray(call["recall_rows"])
        assert weights[~counted].sum() == pytest.approx(training.DEV_SHARE * weights[counted].sum())
    # the Kursk -> SPb split: 1,963 annotations beside the 3,720 dev rows, each of which weighs 0.1771 (A5: 0.5)
    frame = pd.DataFrame({"source": ["kursk"] * 1963 + ["dev_blind"] * 3720})
    weights = training.row_weights(frame, training.DEV_SHARE)
    assert weights[:1963].tolist() == [1.0] * 1963 and round(weights[-1], 4) == 0.1771
    assert training.row_weights(frame).tolist() == [1.0] * 1963 + [0.5] * 3720  # the default, A5's
    assert training.row_weights(frame.iloc[:1963], training.DEV_SHARE) is None


def test_the_dev_row_fits_take_the_cuts_of_the_annotations_fits(tmp_path, monkeypatch) -> None:
    # session 25, A5: the cut tuned with the dev rows fell (Kursk -> SPb 0.149 -> 0.087); each fit with dev rows
    # takes the critical_threshold_ and high_weight_ of the same fit on its annotated rows alone, made just before
    calls = fit_calls(tmp_path, monkeypatch, dev_blind=training.DEV_BLIND_SETS)
    n_annotated, n_dev = len(training.read_annotations()), len(dev_rows())
    held_own, held, own, full = calls
    assert own["n"] == n_annotated and own.get("cuts") is None and own["recall_rows"] is None
    assert held_own["n"] + n_dev == held["n"] and held_own.get("cuts") is None
    assert full["cuts"] == held["cuts"] == (0.2, 1.1)  # the stub's tuned cuts
    assert [call.get("cuts") for call in fit_calls(tmp_path, monkeypatch)] == [None, None]  # by default


TEXTS = [
    "Нет воды третий день",
    "Открыт люк во дворе",
    "Пахнет газом",
    "Нет отопления, дети мерзнут",
    "Не горит фонарь",
    "Яма на дороге",
    "Не убран снег",
    "Не работает лифт",
    "Поставьте лавочку",
    "Спасибо за работу",
    "Уберите рекламу",
    "Когда будет ремонт фасада?",
]
LABELS = ["critical"] * 4 + ["high"] * 4 + ["normal"] * 4


def test_a_fit_with_dev_rows_keeps_the_cuts_of_the_fit_on_the_annotations() -> None:
    dev_texts = [
        "Нет света в квартире",
        "Сосулька над входом",
        "Прорвало трубу в подвале",
        "Шумят соседи",
        "Мусор не вывозят",
        "Просьба покрасить забор",
    ]
    frame = pd.DataFrame(
        {
            "text": TEXTS * 2 + dev_texts,
            "label": LABELS * 2 + ["critical", "high", "critical", "normal", "high", "normal"],
            "date": None,
            "source": ["spb"] * 24 + ["dev_blind"] * 6,
        }
    )
    alone = UrgencyClassifier(cv=2).fit(TEXTS * 2, LABELS * 2)
    both = training.fitted(frame, 0, cv=2)
    assert (both.critical_threshold_, both.high_weight_) == (alone.critical_threshold_, alone.high_weight_)
    assert both.critical_cuts_ == (alone.critical_threshold_,) * 3 and both.oof_critical_proba_ is None
    assert not np.allclose(both.predict_proba(dev_texts), alone.predict_proba(dev_texts))  # it learned the dev rows
    assert training.fitted(frame.iloc[:24], 0, cv=2).critical_threshold_ == alone.critical_threshold_  # no dev row


def test_fit_takes_given_cuts_and_refuses_bad_ones() -> None:
    given = UrgencyClassifier(cv=2).fit(TEXTS, LABELS, cuts=(0.25, 1.5))
    assert (given.critical_threshold_, given.high_weight_, given.critical_cuts_) == (0.25, 1.5, (0.25,) * 3)
    assert given.high_weights_ == (1.5,) * 3
    for bad in [(0.7, 1.0), (0.2, 0.0), (0.2,), "0.2, 1"]:
        with pytest.raises(ValueError, match="cuts"):
            UrgencyClassifier(cv=2).fit(TEXTS, LABELS, cuts=bad)


def test_the_default_fit_has_no_weight_and_no_mask(tmp_path, monkeypatch) -> None:
    # the shipped model's fit is the one of before session 24: every row counts once, in the threshold too
    for call in fit_calls(tmp_path, monkeypatch):
        assert call["sample_weight"] is None and call["recall_rows"] is None


class Fixed:
    """A fold model whose P(critical) is the row's first feature; records the weights it was fitted with."""

    weights: ClassVar[list] = []

    def fit(self, features, labels, sample_weight=None):
        Fixed.weights.append(sample_weight)
        return self

    def predict_proba(self, features):
        p = features[:, 0]
        return np.column_stack([p, (1 - p) / 2, (1 - p) / 2])


def test_the_threshold_ignores_rows_outside_recall_rows() -> None:
    # ten annotated critical texts at 0.1 .. 1.0, and ten plainer dev critical texts all at 0.9: the 90 % cut of the
    # annotated ones is 0.2; counted with the dev rows it would rise to 0.3
    scores = np.r_[np.linspace(0.1, 1.0, 10), [0.9] * 10, [0.05] * 20]
    labels = np.array(["critical"] * 20 + ["normal"] * 20)
    features = scores[:, None]
    counted = np.r_[[True] * 10, [False] * 10, [True] * 20]
    weights = np.where(counted, 1.0, 0.5)
    Fixed.weights = []
    threshold, _, _ = tune_decision(
        Fixed, features, labels, cv=2, random_state=0, critical_recall=0.9, recall_rows=counted, sample_weight=weights
    )
    assert threshold == pytest.approx(0.2)
    assert sorted(np.concatenate(Fixed.weights).tolist()) == sorted(weights.tolist())  # each row in one fold fit
    everyone, _, _ = tune_decision(Fixed, features, labels, cv=2, random_state=0, critical_recall=0.9)
    assert everyone == pytest.approx(0.3)


def test_sample_weight_changes_the_fit_and_bad_weights_are_refused() -> None:
    texts, labels = TEXTS, LABELS
    plain = UrgencyClassifier(cv=2).fit(texts, labels)
    ones = UrgencyClassifier(cv=2).fit(texts, labels, sample_weight=[1.0] * 12)
    halved = UrgencyClassifier(cv=2).fit(texts, labels, sample_weight=[1.0] * 8 + [0.5] * 4)
    probe = ["Нет воды в доме", "Спасибо за лавочку"]
    assert np.allclose(plain.predict_proba(probe), ones.predict_proba(probe))
    assert not np.allclose(plain.predict_proba(probe), halved.predict_proba(probe))
    with pytest.raises(ValueError, match="sample_weight"):
        UrgencyClassifier(cv=2).fit(texts, labels, sample_weight=[1.0] * 11 + [0.0])


def test_the_dev_sets_are_listed_not_globbed(tmp_path) -> None:
    sets = training.DEV_BLIND_SETS
    assert sets == tuple(range(12, 47))  # blind47..54 are the held-out other-region sets (session 55)
    for n in (23, 25):
        (tmp_path / f"blind{n}.csv").write_text(f"id,text,topic,urgency\nb{n}-001,Нет воды,water,high\n")
    rows = training.read_dev_blind((23,), directory=tmp_path)
    assert rows["id"].tolist() == ["b23-001"] and rows["label"].tolist() == ["high"]
    assert training.read_dev_blind((), directory=tmp_path).empty


def test_no_dev_text_is_an_annotated_text() -> None:
    # else the annotations' held-out 25 % would not be held out from a model that learns from the dev sets
    annotated = {t.strip().lower() for t in training.read_annotations()["text"]}
    assert not {t.strip().lower() for t in dev_rows()["text"]} & annotated


@pytest.mark.parametrize("level", ["critical", "high", "normal"])
def test_every_dev_set_has_each_level(level) -> None:
    assert (dev_rows()["urgency"] == level).sum() > 400


def test_the_trust_counts_ignore_rows_outside_recall_rows() -> None:
    # session 24, A4: the dev rows' labels must not make a lexicon signal trusted or agreed (each lifts its texts).
    # Counted rows: «нет света» (critical signal) labelled high 4 times, «не горит фонарь» (high signal) normal 3
    # times; rows outside the mask: the same signals labelled critical 10 times and high 5 times
    counted_texts = [f"Нет света в доме {n}" for n in range(4)] + [f"Не горит фонарь у дома {n}" for n in range(3)]
    counted_labels = ["high"] * 4 + ["normal"] * 3
    counted_texts += [f"Пахнет газом в подъезде {n}" for n in range(4)] + ["Поставьте лавочку", "Спасибо за работу"]
    counted_labels += ["critical"] * 4 + ["normal"] * 2
    dev_texts = [f"Нет света в квартире {n}" for n in range(10)] + [f"Не горит фонарь во дворе {n}" for n in range(5)]
    dev_labels = ["critical"] * 10 + ["high"] * 5
    texts, labels = counted_texts + dev_texts, counted_labels + dev_labels
    mask = [True] * len(counted_texts) + [False] * len(dev_texts)
    every = UrgencyClassifier(cv=2).fit(texts, labels)
    assert "no power" in every.agreed_ and "lighting out" in every.trusted_
    annotated = UrgencyClassifier(cv=2).fit(texts, labels, recall_rows=mask, sample_weight=np.where(mask, 1.0, 0.5))
    assert "no power" not in annotated.agreed_ and "lighting out" not in annotated.trusted_
    alone = UrgencyClassifier(cv=2).fit(counted_texts, counted_labels)
    assert (annotated.agreed_, annotated.trusted_) == (alone.agreed_, alone.trusted_)


def test_one_sample_weight_for_all_and_the_bad_rows_named() -> None:
    # one number weighs every text, as in scikit-learn and the topic model; a weight of 0 is refused, its row named
    assert np.allclose(UrgencyClassifier(cv=2).fit(TEXTS, LABELS, sample_weight=2.0).predict_proba(["Нет воды"]),
                       UrgencyClassifier(cv=2).fit(TEXTS, LABELS, sample_weight=[2.0] * 12).predict_proba(["Нет воды"]))
    with pytest.raises(ValueError, match="above 0, got others on rows 3, 11"):
        UrgencyClassifier(cv=2).fit(TEXTS, LABELS, sample_weight=[1.0] * 3 + [0.0] + [1.0] * 7 + [np.nan])
