"""Saving and loading fitted estimators with a manifest beside the model file.

Model files are pickles (joblib): loading one runs code from it, so load only files from trusted
sources. ``load`` checks the file's sha256 against its manifest *before* unpickling anything, and
refuses files written by an incompatible scikit-learn or mcu_nlp version.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pkgutil
import platform
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from mcu_nlp.atomic import write_atomically
from mcu_nlp.errors import InputError, InputTypeError, ModelFileError, ResourceNotFoundError, Shown, describe, expected

FORMAT = "mcu_nlp.model/1"
MANIFEST_SUFFIX = ".manifest.json"


def manifest_path(path: str | os.PathLike[str]) -> Path:
    """Where the manifest of a model file lives: ``model.joblib`` -> ``model.joblib.manifest.json``."""
    path = Path(path)
    return path.with_name(path.name + MANIFEST_SUFFIX)


def sha256_of(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    import numpy
    import sklearn

    from mcu_nlp import __version__

    return {
        "mcu_nlp": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "python": platform.python_version(),
    }


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def check_save_path(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path if its directory exists, else :class:`~mcu_nlp.errors.ResourceNotFoundError` naming it: as
    joblib and pandas, a typo in the path is not a new folder made silently. Trainers call it before a long fit."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ResourceNotFoundError(expected(f"an existing directory to save {path.name} in",
                                             Shown(f"no directory {path.parent}"), "create it first or fix the path"))
    return path


def save(
    estimator: Any,
    path: str | os.PathLike[str],
    *,
    metrics: dict[str, Any] | None = None,
    notes: str = "",
) -> Path:
    """Write a fitted estimator to ``path`` and a manifest beside it; return the model path.

    ``path``'s directory must exist (:class:`~mcu_nlp.errors.ResourceNotFoundError`, a ``FileNotFoundError``,
    naming it otherwise), as for ``joblib.dump``: a mistyped directory is not created. The manifest records library
    versions, the file's sha256, the label set (``classes_``), the given metrics and the date.

    >>> import tempfile, pathlib
    >>> from sklearn.dummy import DummyClassifier
    >>> model = DummyClassifier().fit([[0], [1]], ["a", "b"])
    >>> path = save(model, pathlib.Path(tempfile.mkdtemp()) / "dummy.joblib")
    >>> load(path).predict([[0]]).tolist()
    ['a']
    >>> save(DummyClassifier(), path)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a fitted estimator, got an unfitted DummyClassifier; call fit(X, y) first
    """
    import joblib

    check_fitted(estimator)
    path = check_save_path(path)
    write_atomically(path, lambda tmp: joblib.dump(estimator, tmp, compress=3))
    classes = getattr(estimator, "classes_", None)
    manifest = {
        "format": FORMAT,
        "estimator": f"{type(estimator).__module__}.{type(estimator).__qualname__}",
        "file": path.name,
        "sha256": sha256_of(path),
        "size": path.stat().st_size,
        "versions": _versions(),
        "labels": [str(c) for c in classes] if classes is not None else None,
        "metrics": metrics or {},
        "notes": notes,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, default=str)
    write_atomically(manifest_path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return path


def check_fitted(estimator: Any) -> None:
    """Refuse what is not a fitted scikit-learn estimator: ``TypeError`` for another object, ``InputError`` when
    it was never fitted (a file of either would load as a model with no labels and fail only when used)."""
    from sklearn.exceptions import NotFittedError
    from sklearn.utils.validation import check_is_fitted

    try:
        check_is_fitted(estimator)
    except NotFittedError:
        raise InputError(expected("a fitted estimator", Shown(f"an unfitted {type(estimator).__name__}"),
                                  "call fit(X, y) first")) from None
    except TypeError:  # not an instance with fit()
        what = Shown(f"the class {estimator.__name__}") if isinstance(estimator, type) else estimator
        raise InputTypeError(expected("a fitted scikit-learn estimator", what,
                                      "pass a model that has been fit")) from None


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a model file, checked for shape but not for the file's hash."""
    where = manifest_path(path)
    if not Path(path).is_file():
        raise ResourceNotFoundError(f"expected a model file at {path}, found nothing; check the path")
    if not where.is_file():
        raise ModelFileError(
            f"expected a manifest {where.name} beside {Path(path).name}, found none; "
            "save models with mcu_nlp.save, which writes both"
        )
    try:
        manifest = json.loads(where.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise ModelFileError(f"expected a JSON manifest in {where.name}, got unreadable data ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        got = manifest.get("format") if isinstance(manifest, dict) else type(manifest).__name__
        raise ModelFileError(f"expected manifest format {FORMAT!r}, got {got!r}; re-save the model")
    return manifest


def check_compatible(manifest: dict[str, Any]) -> None:
    """Refuse models saved by another scikit-learn minor version or another mcu_nlp major version."""
    saved = manifest.get("versions")
    if not isinstance(saved, dict) or not all(isinstance(saved.get(k), str) for k in ("scikit-learn", "mcu_nlp")):
        raise ModelFileError("expected a manifest that records the scikit-learn and mcu_nlp versions, got one that "
                             "does not; re-save the model with mcu_nlp.save")
    here = _versions()
    if _minor(saved.get("scikit-learn", "?")) != _minor(here["scikit-learn"]):
        raise ModelFileError(
            f"expected a model saved with scikit-learn {'.'.join(_minor(here['scikit-learn']))}.x, "
            f"got one saved with {saved.get('scikit-learn')}; retrain it (mcu-nlp train) or install "
            f"scikit-learn=={saved.get('scikit-learn')}"
        )
    if saved.get("mcu_nlp", "?").split(".")[0] != here["mcu_nlp"].split(".")[0]:
        raise ModelFileError(
            f"expected a model saved with mcu_nlp {here['mcu_nlp'].split('.')[0]}.x, "
            f"got one saved with {saved.get('mcu_nlp')}; retrain it with this version"
        )


def load(path: str | os.PathLike[str]) -> Any:
    """Load a model saved by :func:`save`, after checking its hash and versions.

    Model files are pickles: load only files from sources you trust. A file whose size or sha256 differs
    from its manifest is refused before any of it is unpickled; its name may differ (a copy or a symlink
    with its manifest loads).
    """
    import joblib

    if not isinstance(path, (str, os.PathLike)):  # Path(123) raised Python's own TypeError about PathLike
        raise InputTypeError(expected("a path to a model file (a str or a pathlib.Path)", path,
                                      "pass the path given to mcu_nlp.save"))
    manifest = read_manifest(path)
    _check_records_hash(manifest, Path(path))
    _check_size(manifest, Path(path))
    # read once: the bytes that were hashed are the bytes unpickled (no swap between check and load)
    data = Path(path).read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != manifest["sha256"].strip().lower():  # hex digits in either case are the same digest
        raise ModelFileError(
            f"expected sha256 {manifest.get('sha256')} for {Path(path).name} (from its manifest), "
            f"got {actual}; the file was changed or truncated, restore it or re-save the model"
        )
    check_compatible(manifest)
    try:
        model = joblib.load(io.BytesIO(data))
    except Exception as error:  # a corrupt pickle can raise nearly anything
        raise ModelFileError(f"expected a joblib model in {Path(path).name}, could not read it ({error!r})") from None
    _check_described(model, manifest, Path(path).name)
    return model


def _check_records_hash(manifest: dict[str, Any], path: Path) -> None:
    """Refuse a manifest with no sha256 to check the file against (it was edited, or written by another tool)."""
    recorded = manifest.get("sha256")
    if not isinstance(recorded, str) or not re.fullmatch(r"[0-9a-fA-F]{64}", recorded.strip()):
        got = "none" if recorded in (None, "") else describe(recorded)
        got += ", not 64 hexadecimal digits" if isinstance(recorded, str) and recorded else ""
        raise ModelFileError(
            f"expected the sha256 of {path.name} in its manifest {manifest_path(path).name}, got {got}; "
            "the manifest was edited or not written by mcu_nlp.save: restore it, or re-save the model "
            "(only a model you trust: loading runs code from the file)"
        )


def _check_size(manifest: dict[str, Any], path: Path) -> None:
    """Refuse a file of another size than its manifest records (truncated, appended to), before reading and hashing
    it. The file's name is not checked: a model copied or symlinked with its manifest under another name is the same
    model, and the sha256 catches another file under the manifest's name. A manifest without a size (written by hand)
    is left to the sha256."""
    if "size" not in manifest:
        return
    recorded, size = manifest["size"], path.stat().st_size
    if isinstance(recorded, bool) or not isinstance(recorded, int):
        raise ModelFileError(
            f"expected a whole number of bytes as size in the manifest {manifest_path(path).name}, got "
            f"{describe(recorded)}; the manifest was edited or not written by mcu_nlp.save: restore it, or re-save "
            "the model"
        )
    if recorded != size:
        raise ModelFileError(
            f"expected {path.name} of the size its manifest records ({recorded:,} bytes), got {size:,} bytes; the "
            "file was truncated or changed: restore it, or re-save the model"
        )


def described_class(estimator: object) -> type | None:
    """The class a manifest's dotted ``estimator`` name imports as, or None when it imports as no class.

    A class re-exported from a package is the same class under each of its names: a model saved when
    ``TopicClassifier`` lived in ``mcu_nlp.topic`` is still one after it moved to ``mcu_nlp.topic.classifier``.

    >>> described_class("sklearn.dummy.DummyClassifier").__name__, described_class("mcu_nlp.nowhere.Model")
    ('DummyClassifier', None)
    """
    try:
        # may import the module named; the manifest is as trusted as the pickle beside it, which already ran
        found = pkgutil.resolve_name(estimator)
    except Exception:  # a missing module or attribute, a malformed or non-str name, a module failing to import
        return None
    return found if isinstance(found, type) else None


def _check_described(model: Any, manifest: dict[str, Any], name: str) -> None:
    """Refuse a model that is not the estimator, or does not have the label set, its manifest describes."""
    described = manifest.get("estimator")
    kind = f"{type(model).__module__}.{type(model).__qualname__}"
    if described not in (None, kind) and described_class(described) is not type(model):
        raise ModelFileError(f"expected a {described} in {name} (from its manifest), got a {kind}; "
                             "the manifest belongs to another model: re-save the model")
    classes = getattr(model, "classes_", None)
    labels = [str(c) for c in classes] if classes is not None else None
    if "labels" in manifest and manifest["labels"] != labels:
        raise ModelFileError(f"expected the labels {manifest['labels']} in {name} (from its manifest), got {labels}; "
                             "the manifest belongs to another model: re-save the model")
