"""The other-region dev sets as urgency training rows, on request (session 24, issue #4; measured, not shipped).

``train_default(dev_blind=DEV_BLIND_SETS)`` fits on the annotations and on every row of data/topic/blind12..23.csv
(their urgency labels, under the same urgency.md); by default it fits on the annotations alone, as before. The blind
set of a running session (blind24 and later) must not enter a fit until it is listed in ``DEV_BLIND_SETS``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import mcu_nlp.persistence
from mcu_nlp.urgency import training

DEV = Path(__file__).resolve().parents[1] / "data" / "topic"


def dev_rows() -> pd.DataFrame:
    return pd.concat([pd.read_csv(DEV / f"blind{n}.csv", dtype=str, keep_default_na=False) for n in range(12, 24)])


class Stub:
    """Stands for a fitted model: what train_default reads of one."""

    critical_threshold_, decision, critical_cuts_ = 0.2, "out_of_fold", (0.2, 0.2, 0.2)

    def predict(self, texts, dates=None):
        return ["normal"] * len(texts)


def fitted_frames(tmp_path, monkeypatch, **kwargs) -> list[pd.DataFrame]:
    """The training frames of train_default's two fits (the hold-out model, then the saved one), nothing fitted."""
    fitted: list[pd.DataFrame] = []
    monkeypatch.setattr(training, "_fitted", lambda frame, seed: fitted.append(frame) or Stub())
    monkeypatch.setattr(mcu_nlp.persistence, "save", lambda *args, **kw: None)
    training.train_default(tmp_path / "m.joblib", **kwargs)
    return fitted


def test_train_default_adds_the_dev_sets_when_asked(tmp_path, monkeypatch) -> None:
    held, full = fitted_frames(tmp_path, monkeypatch, dev_blind=training.DEV_BLIND_SETS)
    annotations, dev = training.read_annotations(), dev_rows()
    assert len(full) == len(annotations) + len(dev) == 5113 + 3432
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


def test_the_dev_sets_are_listed_not_globbed(tmp_path) -> None:
    sets = training.DEV_BLIND_SETS
    assert sets == tuple(range(12, 24))
    for n in (23, 24):
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
