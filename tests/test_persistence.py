"""Model files: manifest written, hash and versions checked before anything is unpickled."""

import json
import shutil
from pathlib import Path

import pytest
from sklearn.dummy import DummyClassifier

from mcu_nlp import McuNlpError
from mcu_nlp.errors import ModelFileError, ResourceNotFoundError
from mcu_nlp.persistence import MANIFEST_SUFFIX, load, manifest_path, save


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    model = DummyClassifier(strategy="most_frequent").fit([[0], [1], [2]], ["a", "b", "b"])
    return save(model, tmp_path / "model.joblib", metrics={"accuracy": 0.5})


def test_round_trip_and_manifest(saved: Path) -> None:
    manifest = json.loads(manifest_path(saved).read_text())
    assert manifest["labels"] == ["a", "b"]
    assert manifest["metrics"] == {"accuracy": 0.5}
    assert len(manifest["sha256"]) == 64
    assert {"mcu_nlp", "scikit-learn", "numpy", "python"} <= set(manifest["versions"])
    assert load(saved).predict([[5]]).tolist() == ["b"]


def _append_byte(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\0")


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _replace_with_text(path: Path) -> None:
    path.write_text("not a model")


def _forget_size(path: Path) -> None:  # a manifest written by hand: the sha256 alone catches the byte appended
    manifest = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    del manifest["size"]
    manifest_path(path).write_text(json.dumps(manifest), encoding="utf-8")
    _append_byte(path)


SIZE_REFUSED = r"^expected model\.joblib of the size its manifest records \([\d,]+ bytes\), got [\d,]+ bytes; .*re-save"


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (_append_byte, SIZE_REFUSED),  # refused by its size, before it is read and hashed
        (_truncate, SIZE_REFUSED),
        (_replace_with_text, SIZE_REFUSED),
        (_forget_size, r"^expected sha256 [0-9a-f]{64} for model\.joblib .*got [0-9a-f]{64}"),
    ],
)
def test_tampered_file_is_refused_before_unpickling(saved: Path, tamper, words: str, monkeypatch) -> None:
    tamper(saved)
    import joblib

    monkeypatch.setattr(joblib, "load", lambda *a, **k: pytest.fail("unpickled a file that failed its hash check"))
    with pytest.raises(ModelFileError, match=words):
        load(saved)


def test_wrong_scikit_learn_version_is_refused(saved: Path) -> None:
    where = manifest_path(saved)
    manifest = json.loads(where.read_text())
    manifest["versions"]["scikit-learn"] = "0.24.2"
    where.write_text(json.dumps(manifest))
    with pytest.raises(ModelFileError, match=r"scikit-learn.*0\.24\.2"):
        load(saved)


def test_missing_or_broken_manifest_is_refused(saved: Path) -> None:
    where = manifest_path(saved)
    where.write_text("{broken")
    with pytest.raises(ModelFileError, match="JSON manifest"):
        load(saved)
    where.unlink()
    with pytest.raises(ModelFileError, match="manifest"):
        load(saved)


def test_missing_file_is_a_file_not_found_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceNotFoundError):
        load(tmp_path / "nothing.joblib")


def test_valid_hash_but_not_a_model_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "junk.joblib"
    path.write_bytes(b"\x80\x04junk that is not a pickle")
    manifest = save(DummyClassifier().fit([[0]], ["a"]), tmp_path / "real.joblib")
    data = json.loads(manifest_path(manifest).read_text())
    from mcu_nlp.persistence import sha256_of

    data.update(sha256=sha256_of(path), file=path.name, size=path.stat().st_size)
    manifest_path(path).write_text(json.dumps(data))
    with pytest.raises(McuNlpError, match="joblib model"):
        load(path)
    with pytest.raises(ValueError):
        load(path)


def _edit(key: str, value: object):
    def edit(manifest: dict) -> None:
        if isinstance(manifest.get(key), dict) and isinstance(value, tuple):
            manifest[key][value[0]] = value[1]
        else:
            manifest[key] = value
    return edit


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (_edit("versions", None), "records the scikit-learn and mcu_nlp versions"),
        (_edit("versions", ["1.9"]), "records the scikit-learn and mcu_nlp versions"),
        (_edit("versions", ("scikit-learn", 1.9)), "records the scikit-learn and mcu_nlp versions"),
        (_edit("versions", ("mcu_nlp", 0)), "records the scikit-learn and mcu_nlp versions"),
        (_edit("labels", ["a", "c"]), "belongs to another model"),
        (_edit("estimator", "mcu_nlp.topic.TopicClassifier"), "belongs to another model"),
        (_edit("size", 12), r"size its manifest records \(12 bytes\), got [\d,]+ bytes"),  # loaded: never read
        (_edit("size", "12"), r"whole number of bytes as size in the manifest model.joblib.manifest.json, got str "
                              r"of 2 characters; the manifest was edited"),
        (_edit("size", True), r"whole number of bytes as size .*, got bool"),
        (_edit("sha256", "abc"), r"sha256 of model.joblib in its manifest .*, got str of 3 characters, not 64 "
                                 r"hexadecimal digits"),
    ],
)
def test_a_model_that_does_not_match_its_manifest_is_refused(saved: Path, edit, words: str) -> None:
    # malformed versions crashed with AttributeError; a manifest naming another estimator or label set loaded
    manifest = json.loads(manifest_path(saved).read_text(encoding="utf-8"))
    edit(manifest)
    manifest_path(saved).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFileError, match=words):
        load(saved)


def test_a_sha256_written_in_capitals_is_the_same_digest(saved: Path) -> None:
    # refused as "the file was changed or truncated" although the file was intact
    manifest = json.loads(manifest_path(saved).read_text(encoding="utf-8"))
    manifest["sha256"] = manifest["sha256"].upper()
    manifest_path(saved).write_text(json.dumps(manifest), encoding="utf-8")
    assert load(saved).predict([[5]]).tolist() == ["b"]


def _copy(source: Path, target: Path) -> None:
    shutil.copy(source, target)


def _symlink(source: Path, target: Path) -> None:
    target.symlink_to(source)


def _without_file_and_size(source: Path, target: Path) -> None:  # a manifest written by hand: left to the sha256
    shutil.copy(source, target)
    if target.name.endswith(MANIFEST_SUFFIX):
        manifest = json.loads(target.read_text(encoding="utf-8"))
        del manifest["file"], manifest["size"]
        target.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "deploy"),
    [
        ("topic-v2.joblib", _copy),  # 1e43588 refused these as 'renamed' though the sha256 matched
        ("current.joblib", _symlink),
        ("model.joblib", _copy),  # the same name in another folder
        ("other.joblib", _without_file_and_size),
    ],
)
def test_a_model_copied_or_symlinked_with_its_manifest_under_another_name_loads(saved: Path, tmp_path: Path,
                                                                                 name: str, deploy) -> None:
    target = tmp_path / "deployed" / name
    target.parent.mkdir()
    deploy(saved, target)
    deploy(manifest_path(saved), manifest_path(target))
    assert load(target).predict([[0]]).tolist() == ["b"]


@pytest.mark.parametrize(
    ("estimator", "loads"),
    [
        ("sklearn.dummy.DummyClassifier", True),  # where the class lives
        ("reexported_dummy.DummyClassifier", True),  # a public name that re-exports it
        ("reexported_dummy:DummyClassifier", True),
        ("mcu_nlp.TopicClassifier", False),  # another class
        ("sklearn.dummy", False),  # a module, not a class
        ("sklearn.dummy.DummyClassifier.fit", False),
        ("mcu_nlp.nowhere.DummyClassifier", False),  # cannot be imported
        ("broken_module.DummyClassifier", False),  # fails while importing
        ("", False),
        ("..", False),
        (5, False),
    ],
)
def test_the_manifest_names_the_model_class_by_any_importable_name(
    saved: Path, tmp_path: Path, monkeypatch, estimator: object, loads: bool
) -> None:
    # load compared the class's own module and name with the manifest, so moving a class into a package
    # (mcu_nlp.topic.TopicClassifier -> mcu_nlp.topic.classifier) would have refused every model saved before
    (tmp_path / "reexported_dummy.py").write_text("from sklearn.dummy import DummyClassifier\n")
    (tmp_path / "broken_module.py").write_text("raise RuntimeError('broken at import')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    manifest = json.loads(manifest_path(saved).read_text(encoding="utf-8"))
    manifest["estimator"] = estimator
    manifest_path(saved).write_text(json.dumps(manifest), encoding="utf-8")
    if loads:
        assert load(saved).predict([[5]]).tolist() == ["b"]
        return
    with pytest.raises(ModelFileError) as refused:
        load(saved)
    assert str(refused.value) == (
        f"expected a {estimator} in model.joblib (from its manifest), got a sklearn.dummy.DummyClassifier; "
        "the manifest belongs to another model: re-save the model"
    )
    assert refused.value.__context__ is None and refused.value.__cause__ is None  # no importlib traceback


@pytest.mark.parametrize(
    ("what", "error", "message"),
    [
        (lambda: DummyClassifier(), McuNlpError,
         "expected a fitted estimator, got an unfitted DummyClassifier; call fit(X, y) first"),
        (lambda: __import__("mcu_nlp").UrgencyClassifier(), ValueError,
         "expected a fitted estimator, got an unfitted UrgencyClassifier; call fit(X, y) first"),
        (lambda: {"labels": ["Иванов"]}, TypeError,
         "expected a fitted scikit-learn estimator, got dict of 1 items; pass a model that has been fit"),
        (lambda: DummyClassifier, TypeError,
         "expected a fitted scikit-learn estimator, got the class DummyClassifier; pass a model that has been fit"),
        (lambda: None, TypeError, "expected a fitted scikit-learn estimator, got None; pass a model that has been fit"),
    ],
    ids=["unfitted", "unfitted urgency", "dict", "class", "None"],
)
def test_save_refuses_what_is_not_a_fitted_estimator(tmp_path: Path, what, error: type, message: str) -> None:
    # save wrote these with a manifest 'labels: null', and load gave them back as if they were models
    with pytest.raises(error) as refused:
        save(what(), tmp_path / "model.joblib")
    assert str(refused.value) == message
    assert list(tmp_path.iterdir()) == []  # nothing written
