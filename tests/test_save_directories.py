"""mcu_nlp.save does not create a missing directory (a typo in the path); the train command makes its own."""

from __future__ import annotations

import pytest
from sklearn.dummy import DummyClassifier

import mcu_nlp
from mcu_nlp.cli import main


def test_save_into_a_missing_directory_says_which_and_creates_nothing(tmp_path) -> None:
    model = DummyClassifier().fit([[0], [1]], ["a", "b"])
    missing = tmp_path / "modles" / "v2"
    with pytest.raises(FileNotFoundError, match=r"no directory .*modles.v2") as raised:
        mcu_nlp.save(model, missing / "topic.joblib")
    assert isinstance(raised.value, mcu_nlp.errors.McuNlpError)
    assert not (tmp_path / "modles").exists()


def test_save_into_an_existing_directory_works(tmp_path) -> None:
    model = DummyClassifier().fit([[0], [1]], ["a", "b"])
    assert mcu_nlp.load(mcu_nlp.save(model, tmp_path / "m.joblib")).predict([[0]]).tolist() == ["a"]


def test_train_creates_its_output_directory(tmp_path) -> None:
    rows = [f"Яма на дороге номер {i},roads" if i % 2 else f"Нет отопления в доме {i},heating" for i in range(40)]
    path = tmp_path / "labelled.csv"
    path.write_text("text,topic\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "models" / "new" / "m.joblib"
    assert main(["train", "topic", str(path), "--label-column", "topic", "-o", str(out)]) == 0
    assert mcu_nlp.load(out).predict(["Яма на дороге"]).tolist() == ["roads"]


@pytest.mark.parametrize("kind", ["topic", "urgency"])
def test_train_default_refuses_a_missing_directory_before_fitting(tmp_path, monkeypatch, kind) -> None:
    # a typo in out_path was found only after minutes of fitting, and the fit was lost
    import importlib

    training = importlib.import_module(f"mcu_nlp.{kind}.training")

    def no_fit(*args, **kwargs):
        raise AssertionError("read the training data before checking where to save")

    monkeypatch.setattr(training, "training_data" if kind == "topic" else "read_annotations", no_fit)
    with pytest.raises(FileNotFoundError, match=r"no directory .*modles"):
        training.train_default(tmp_path / "modles" / "m.joblib")
    assert not (tmp_path / "modles").exists()
