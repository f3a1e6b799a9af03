"""The record a finished analyze job leaves beside its output (``OUTPUT.job.json``): what it read, with which
options, and what it wrote, so that the same command with ``--resume`` says the job is complete instead of doing it
all again (a finished job leaves no parts to resume from: a retry loop re-ran hours of work).

The record holds no text of the input: its path, size and modification time, the job's options, those of the model
files (``--topic-model``, ``--urgency-model``, else the default ones: ``$MCU_NLP_MODELS``'s or the package's), the
output's size and modification time, the rows and errors written, and what answered them (:func:`answered_by`). A
``--resume`` that cannot go on says why (:func:`restart_reason`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mcu_nlp.atomic import write_atomically


def job_key(source: Path, options: dict[str, Any], model_files: Sequence[str | os.PathLike[str]]) -> dict[str, Any]:
    """What makes two runs one job: the input as it is, the options and the model files (their path, size, time; a
    file not there, its path: loading it stops the job with its own message)."""
    return {"input": str(source.resolve()), **file_stamp(source), **options,
            "models": [{"path": str(Path(f).resolve()), **(file_stamp(Path(f)) if Path(f).is_file() else {})}
                       for f in model_files]}


def record_path(output: Path) -> Path:
    """Where the record of the job writing ``output`` is: beside it, named after it."""
    return output.with_name(output.name + ".job.json")


def answered_by(model_files: Sequence[str | os.PathLike[str]]) -> dict[str, Any]:
    """What answered a job's rows: this mcu_nlp's version, its gazetteer's sha256 (geo fixes change it within a
    version) and, from each model file's manifest, the file's name, sha256, creation time and estimator. A nightly
    job's rows, read months later, say which model made them (a Ставропольский край walkthrough, session 61: the
    output and its record named the model files' paths and times only). A file without a readable manifest is named
    alone.

    >>> from mcu_nlp.defaults import model_files
    >>> topic = answered_by(model_files())["models"][0]
    >>> topic["file"], len(topic["sha256"]), topic["estimator"]
    ('topic.joblib', 64, 'mcu_nlp.topic.classifier.TopicClassifier')
    """
    from mcu_nlp import __version__
    from mcu_nlp.errors import McuNlpError
    from mcu_nlp.geo.gazetteer import GAZETTEER_PATH
    from mcu_nlp.persistence import read_manifest, sha256_of

    models = []
    for path in model_files:
        try:
            manifest = read_manifest(path)
        except McuNlpError:
            models.append({"file": Path(path).name})
            continue
        models.append({"file": Path(path).name, **{k: manifest.get(k) for k in ("sha256", "created", "estimator")}})
    return {"mcu_nlp": __version__, "gazetteer_sha256": sha256_of(GAZETTEER_PATH), "models": models}


def save_record(output: Path, key: dict[str, Any], rows: int, errors: int,
                answered: dict[str, Any] | None = None) -> None:
    """Record that the job of ``key`` wrote ``output`` (as it is now) with ``rows`` rows, ``errors`` of them errors,
    answered by ``answered`` (:func:`answered_by`)."""
    record = {"job": key, "output": file_stamp(output), "rows": rows, "errors": errors, "answered_by": answered}
    write_atomically(record_path(output), lambda tmp: tmp.write_text(json.dumps(record), encoding="utf-8"))


def finished(output: Path, key: dict[str, Any]) -> tuple[int, int] | None:
    """The rows and errors of ``output`` when the job of ``key`` wrote it and it has not changed since, else None.

    >>> import tempfile; out = Path(tempfile.mkdtemp()) / "out.csv"; _ = out.write_text("row\\n0\\n")
    >>> save_record(out, {"input": "in.csv"}, 1, 0)
    >>> finished(out, {"input": "in.csv"}), finished(out, {"input": "other.csv"})
    ((1, 0), None)
    >>> _ = out.write_text("row\\n0\\n1\\n"); finished(out, {"input": "in.csv"})
    """
    try:
        record = json.loads(record_path(output).read_text(encoding="utf-8"))
        same = record["job"] == key and record["output"] == file_stamp(output)
        return (int(record["rows"]), int(record["errors"])) if same else None
    except (OSError, ValueError, KeyError, TypeError):  # no record, no output, or a record we did not write
        return None


def file_stamp(path: Path) -> dict[str, int]:
    """A file's size and modification time: changed, it is another file."""
    stat = path.stat()
    return {"size": stat.st_size, "mtime": stat.st_mtime_ns}


#: the parts of a job's key as a user changes them (the input's path, size and time are "the input")
KEY_NAMES = {"input": "the input", "size": "the input", "mtime": "the input", "format": "--output-format",
             "chunk": "--chunk-size", "chars": "--chunk-chars",
             "models": "the model files (--topic-model, --urgency-model, or the folder MCU_NLP_MODELS names)"}


def restart_reason(output: Path, parts: Path, key: dict[str, Any]) -> str | None:
    """Why ``--resume`` cannot go on with the job of ``key``: what differs from the job whose ``parts`` folder is
    there (else whose record is beside ``output``), or that the output changed since; None when no earlier job left
    anything or it is this one. A job that started over without a word lost hours of finished chunks unexplained.

    >>> import tempfile; out = Path(tempfile.mkdtemp()) / "out.csv"; _ = out.write_text("row\\n0\\n")
    >>> save_record(out, {"input": "in.csv", "models": ["a"], "keep_text": False}, 1, 0)
    >>> restart_reason(out, out.with_name("none"), {"input": "in.csv", "models": ["b"], "keep_text": True})
    'out.csv was written by another job (--keep-text, the model files (--topic-model, --urgency-model, or the \
folder MCU_NLP_MODELS names) changed)'
    """
    stored = parts / "job.json" if parts.exists() else record_path(output)
    try:
        found = json.loads(stored.read_text(encoding="utf-8"))
        old = found if parts.exists() else found["job"]
    except (OSError, ValueError, KeyError, TypeError):  # nothing left, or not ours
        return None
    if not isinstance(old, dict):
        return None
    changed = dict.fromkeys(KEY_NAMES.get(name, f"--{name.replace('_', '-')}")
                            for name in sorted(set(old) | set(key)) if old.get(name) != key.get(name))
    where = parts.name if parts.exists() else output.name
    if changed:
        return f"{where} was written by another job ({', '.join(changed)} changed)"
    return None if parts.exists() else f"{output.name} changed since its job wrote it, or is gone"
