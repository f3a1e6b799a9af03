"""The record a finished analyze job leaves beside its output (``OUTPUT.job.json``): what it read, with which
options, and what it wrote, so that the same command with ``--resume`` says the job is complete instead of doing it
all again (a finished job leaves no parts to resume from: a retry loop re-ran hours of work).

The record holds no text of the input: its path, size and modification time, the job's options, those of the model
files given (``--topic-model``, ``--urgency-model``), the output's size and modification time, and the rows and errors
written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mcu_nlp.atomic import write_atomically


def record_path(output: Path) -> Path:
    """Where the record of the job writing ``output`` is: beside it, named after it."""
    return output.with_name(output.name + ".job.json")


def save_record(output: Path, key: dict[str, Any], rows: int, errors: int) -> None:
    """Record that the job of ``key`` wrote ``output`` (as it is now) with ``rows`` rows, ``errors`` of them errors."""
    record = {"job": key, "output": file_stamp(output), "rows": rows, "errors": errors}
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
