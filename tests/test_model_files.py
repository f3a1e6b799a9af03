"""Model files that must be refused, and proof that a file failing its hash check is never unpickled.

``tests/test_persistence.py`` already covers: a byte appended, a file truncated to 100 bytes, a file
replaced by text, another scikit-learn version, a broken or missing manifest, a missing file and a
valid hash over bytes that are not a pickle. This file adds what those leave open: a real malicious
pickle (whose unpickling would create a marker file), same-size bit flips, another mcu_nlp major
version, forged or malformed manifests, and plain files that were never saved by ``mcu_nlp.save``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import joblib
import pytest
from sklearn.dummy import DummyClassifier

import mcu_nlp.persistence as persistence
from mcu_nlp.errors import McuNlpError, ModelFileError, ResourceNotFoundError
from mcu_nlp.persistence import load, manifest_path, save, sha256_of


class _Payload:
    """Unpickling this calls ``open(marker, "w")``: the marker file appears iff the pickle was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (str(self.marker), "w"))


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    model = DummyClassifier(strategy="most_frequent").fit([[0], [1], [2]], ["a", "b", "b"])
    return save(model, tmp_path / "model.joblib")


def _manifest(path: Path) -> dict[str, Any]:
    return json.loads(manifest_path(path).read_text(encoding="utf-8"))


def _write_manifest(path: Path, manifest: Any) -> None:
    manifest_path(path).write_text(json.dumps(manifest), encoding="utf-8")


def _malicious(saved: Path, marker: Path, *, honest_hash: bool) -> Path:
    """A pickle with a side effect, beside a genuine manifest of ``saved`` whose hash is (or is not) its own."""
    evil = saved.with_name("evil.joblib")
    evil.write_bytes(pickle.dumps(_Payload(marker)))
    manifest = _manifest(saved)
    manifest["file"] = evil.name
    manifest["sha256"] = sha256_of(evil) if honest_hash else manifest["sha256"]
    manifest["size"] = evil.stat().st_size if honest_hash else manifest["size"]
    _write_manifest(evil, manifest)
    return evil


def test_malicious_pickle_with_a_wrong_hash_is_never_executed(saved: Path, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    evil = _malicious(saved, marker, honest_hash=False)
    with pytest.raises(ModelFileError, match=r"sha256|size its manifest records"):
        load(evil)
    assert not marker.exists(), "load unpickled a file that failed its hash check"


def test_the_payload_is_real_when_the_hash_matches(saved: Path, tmp_path: Path) -> None:
    # Control for the test above: with an honest hash, load does unpickle, and the payload runs.
    # The sha256 is an integrity check, not an authentication (see SECURITY.md).
    marker = tmp_path / "PWNED"
    evil = _malicious(saved, marker, honest_hash=True)
    with pytest.raises(ModelFileError, match="belongs to another model"):  # refused only after it ran
        load(evil)
    assert marker.exists()


def test_file_swapped_after_the_hash_check_is_never_executed(saved: Path, tmp_path: Path, monkeypatch) -> None:
    marker = tmp_path / "PWNED"
    evil_bytes = pickle.dumps(_Payload(marker))
    honest = hashlib.sha256

    def hash_then_swap(data: bytes = b"") -> Any:
        digest = honest(data)
        saved.write_bytes(evil_bytes)  # another process replaces the file right after the check
        return digest

    monkeypatch.setattr(persistence.hashlib, "sha256", hash_then_swap)
    with contextlib.suppress(McuNlpError):
        load(saved)
    monkeypatch.undo()
    assert saved.read_bytes() == evil_bytes, "the swap did not happen: the test proves nothing"
    assert not marker.exists(), "load unpickled bytes other than the ones it hashed"


def _flip_middle_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _other_model(path: Path) -> None:
    other = DummyClassifier(strategy="most_frequent").fit([[0], [1], [2]], ["x", "y", "y"])
    joblib.dump(other, path, compress=3)


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (_flip_middle_byte, r"expected sha256 .* got [0-9a-f]{64}"),  # same size: the hash refuses it
        (_empty, r"size its manifest records \([\d,]+ bytes\), got 0 bytes"),  # refused before hashing
        (_other_model, r"expected sha256 .* got [0-9a-f]{64}|size its manifest records"),
    ],
    ids=["bit flipped", "empty", "another model"],
)
def test_tampered_file_is_refused(saved: Path, tamper: Callable[[Path], None], words: str) -> None:
    tamper(saved)
    with pytest.raises(ModelFileError, match=words):
        load(saved)


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    def edit(manifest: dict[str, Any]) -> Any:
        manifest[key] = value
        return manifest

    return edit


def _set_version(package: str, value: str) -> Callable[[dict[str, Any]], Any]:
    def edit(manifest: dict[str, Any]) -> Any:
        manifest["versions"][package] = value
        return manifest

    return edit


MANIFEST_CASES = [
    ("other mcu_nlp major", _set_version("mcu_nlp", "7.0.0"), r"mcu_nlp 0\.x, got one saved with 7\.0\.0"),
    ("scikit-learn 1.8", _set_version("scikit-learn", "1.8.2"), r"scikit-learn 1\.9\.x, got one saved with 1\.8\.2"),
    ("no versions", _set("versions", {}), r"scikit-learn"),
    ("other format", _set("format", "mcu_nlp.model/99"), r"format 'mcu_nlp\.model/1', got 'mcu_nlp\.model/99'"),
    ("no format", lambda m: {k: v for k, v in m.items() if k != "format"}, r"manifest format"),
    # a missing hash said "expected sha256 None for ... (from its manifest), got <the file's hash>"
    ("no sha256", lambda m: {k: v for k, v in m.items() if k != "sha256"},
     r"^expected the sha256 of \S+\.joblib in its manifest \S+\.manifest\.json, got none; .*re-save the model"),
    ("sha256 null", _set("sha256", None), r"in its manifest \S+, got none;"),
    ("sha256 empty", _set("sha256", ""), r"in its manifest \S+, got none;"),
    ("sha256 not a string", _set("sha256", 12345), r"in its manifest \S+, got int;"),
    ("sha256 not hexadecimal", _set("sha256", "z" * 64),
     r"in its manifest \S+, got str of 64 characters, not 64 hexadecimal digits;"),
    ("manifest is a list", lambda m: [m], r"manifest format"),
    ("manifest is null", lambda m: None, r"manifest format"),
]


@pytest.mark.parametrize(("case", "edit", "message"), MANIFEST_CASES, ids=[c[0] for c in MANIFEST_CASES])
def test_bad_manifest_is_refused_with_a_clear_message(saved: Path, case: str, edit, message: str, monkeypatch) -> None:
    _write_manifest(saved, edit(_manifest(saved)))
    monkeypatch.setattr(joblib, "load", lambda *a, **k: pytest.fail(f"unpickled a model with a bad manifest: {case}"))
    with pytest.raises(ModelFileError, match=message):
        load(saved)


def _plain_joblib(path: Path) -> Path:
    joblib.dump(DummyClassifier().fit([[0]], ["a"]), path)
    return path


def _csv(path: Path) -> Path:
    path = path.with_suffix(".csv")
    path.write_text("id,text\n1,Нет воды\n", encoding="utf-8")
    return path


def _manifest_itself(path: Path) -> Path:
    saved = save(DummyClassifier().fit([[0]], ["a"]), path)
    return manifest_path(saved)


@pytest.mark.parametrize("make", [_plain_joblib, _csv, _manifest_itself])
def test_files_not_saved_by_mcu_nlp_are_refused(tmp_path: Path, make: Callable[[Path], Path], monkeypatch) -> None:
    path = make(tmp_path / "model.joblib")
    monkeypatch.setattr(joblib, "load", lambda *a, **k: pytest.fail("unpickled a file without a manifest"))
    with pytest.raises(ModelFileError, match="expected a manifest"):
        load(path)


def test_a_directory_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "model.joblib").mkdir()
    with pytest.raises(ResourceNotFoundError, match="expected a model file"):
        load(tmp_path / "model.joblib")


def test_valid_pickle_of_the_wrong_kind_loads_only_with_its_own_manifest(tmp_path: Path) -> None:
    # A manifest is bound to its file by the hash: moving a good manifest next to another good model fails.
    first = save(DummyClassifier().fit([[0]], ["a"]), tmp_path / "first.joblib")
    second = save(DummyClassifier().fit([[0]], ["b"]), tmp_path / "second.joblib")
    manifest_path(second).write_bytes(manifest_path(first).read_bytes())
    with pytest.raises(ModelFileError, match="sha256"):
        load(second)
    assert load(first).predict([[0]]).tolist() == ["a"]


def test_error_messages_say_how_to_fix(saved: Path) -> None:
    _flip_middle_byte(saved)
    with pytest.raises(ModelFileError) as caught:
        load(saved)
    assert "re-save the model" in str(caught.value) and saved.name in str(caught.value)
    assert isinstance(caught.value, ValueError)


# The shipped gazetteer is a gzipped pickle of plain containers, read by an unpickler that refuses any global.


def test_gazetteer_with_code_in_it_is_refused_and_never_executed(tmp_path: Path) -> None:
    import gzip

    from mcu_nlp.geo.gazetteer import load_gazetteer

    marker = tmp_path / "PWNED"
    path = tmp_path / "gazetteer.pkl.gz"
    path.write_bytes(gzip.compress(pickle.dumps({"version": 2, "name": _Payload(marker)})))
    with pytest.raises(McuNlpError, match="plain data"):
        load_gazetteer(str(path))
    assert not marker.exists()


def _half_of_the_shipped_gazetteer(path: Path) -> None:
    from mcu_nlp.geo.gazetteer import GAZETTEER_PATH

    data = GAZETTEER_PATH.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("make", [_half_of_the_shipped_gazetteer, lambda path: path.write_bytes(b"not gzip")],
                         ids=["truncated", "not gzip"])
def test_broken_gazetteer_is_refused_with_a_clear_error(tmp_path: Path, make: Callable[[Path], None]) -> None:
    from mcu_nlp.geo.gazetteer import load_gazetteer

    path = tmp_path / "gazetteer.pkl.gz"
    make(path)
    with pytest.raises(McuNlpError, match="gazetteer"):
        load_gazetteer(str(path))


def test_tampered_default_models_folder_is_refused(tmp_path: Path, monkeypatch) -> None:
    import shutil

    from mcu_nlp.defaults import MODELS, default_models

    for name in ("topic.joblib", "urgency.joblib"):
        for file in (MODELS / name, manifest_path(MODELS / name)):
            shutil.copy(file, tmp_path / file.name)
    _flip_middle_byte(tmp_path / "urgency.joblib")
    monkeypatch.setenv("MCU_NLP_MODELS", str(tmp_path))
    with pytest.raises(ModelFileError, match=r"urgency\.joblib"):
        default_models()


@pytest.mark.parametrize("swapped", ["both", "topic"])
def test_a_models_folder_with_the_models_in_each_others_files_is_refused(tmp_path: Path, monkeypatch,
                                                                        swapped: str) -> None:
    # the urgency model as topic.joblib silently gave 'normal' as every topic; a topic model as urgency.joblib
    # was an AttributeError traceback from `mcu-nlp analyze`
    import shutil

    from mcu_nlp.defaults import MODELS, default_models

    urgency = "topic.joblib" if swapped == "both" else "urgency.joblib"
    for target, source in {"topic.joblib": "urgency.joblib", "urgency.joblib": urgency}.items():
        shutil.copy(MODELS / source, tmp_path / target)
        shutil.copy(manifest_path(MODELS / source), manifest_path(tmp_path / target))  # names the source: loads
    monkeypatch.setenv("MCU_NLP_MODELS", str(tmp_path))
    with pytest.raises(ModelFileError, match=r"expected a topic model in topic\.joblib"):
        default_models()
