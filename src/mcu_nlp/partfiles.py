"""The analyze job's part files: its parts folder (made ready, resumed from, kept after a stop), each chunk written as
its own table, error rows counted, parts joined into the output, streaming (one part in memory at a time)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Collection
from pathlib import Path
from typing import Any

from mcu_nlp.atomic import write_atomically
from mcu_nlp.frames import FRAME_COLUMNS
from mcu_nlp.row_texts import BYTES, CONTROL, valid_utf8  # CONTROL: bytes holding one are no text


def write_table(rows: list[dict[str, Any]], path: Path, fmt: str, columns: list[str],
                types: dict[str, Any] | None = None, guarded: Collection[str] = (),
                metadata: dict[str, Any] | None = None) -> None:
    """Write one chunk of rows to its own file (a part of the final output); in Parquet, a column of ``types`` (the
    columns passed through from a Parquet input) has the Arrow type given there, the others text or numbers, and the
    file's metadata holds ``metadata`` (:func:`with_metadata`); in CSV, a cell of the ``guarded`` columns a
    spreadsheet would read as a formula is written behind a ``'`` (:func:`_no_formulas`)."""
    passed = [c for c in columns if c not in NUMERIC and c not in FRAME_COLUMNS]  # the input's (the id ...)
    if fmt == "csv":  # every value text: one that is no text as its JSON ({"a": 1}, true), as in the other outputs
        # (not Python's {'a': 1} and True, nor b'..' for bytes); the analysis's own columns are text or numbers
        with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                odd = [c for c in passed if not isinstance(v := row.get(c), PLAIN) or (v and _unclean(v))]
                clean = {c: _clean_text(v) if isinstance(v := row[c], str) else _json_text(v) for c in odd}
                writer.writerow(_no_formulas({**row, **clean} if odd else row, guarded))
    elif fmt == "jsonl":  # the columns passed through from a CSV or JSONL input as text, as in Parquet: a JSON id
        # 1 beside "10" kept both types; a value that is no text as its JSON (true, not Python's True)
        texts = [c for c in columns if c not in NUMERIC and c not in (types or {})]
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as file:
            for row in rows:
                out = {c: row.get(c) for c in columns}
                out.update((c, _clean_text(out[c])) for c in passed)
                out.update((c, _json_text(out[c])) for c in texts)
                file.write(json.dumps(out, ensure_ascii=False, default=_plain) + "\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema(columns, types or {})
        typed = [{c: _typed(row.get(c), schema.field(c).type) for c in columns} for row in rows]
        pq.write_table(pa.Table.from_pylist(typed, schema=with_metadata(schema, metadata)), path)


#: the key of a Parquet output's metadata that holds :func:`mcu_nlp.jobrecord.answered_by`, as JSON
METADATA_KEY = "mcu_nlp"


def with_metadata(schema: Any, metadata: dict[str, Any] | None) -> Any:
    """``schema`` with ``metadata`` as JSON under :data:`METADATA_KEY` beside what it holds (pandas' own key).

    >>> import pyarrow as pa
    >>> with_metadata(pa.schema([("a", pa.int64())]), {"mcu_nlp": "1.0"}).metadata
    {b'mcu_nlp': b'{"mcu_nlp": "1.0"}'}
    """
    if metadata is None:
        return schema
    return schema.with_metadata({**(schema.metadata or {}), METADATA_KEY: json.dumps(metadata, ensure_ascii=False)})


NUMERIC = {"topic_score": "float64", "urgency_score": "float64", "municipality_score": "float64", "row": "int64"}
#: a CSV cell a spreadsheet would read as a formula (CSV injection: «=cmd|' /C calc'!A0», «+7…», «@SUM(…)», «-1+1»):
#: one starting with =, +, -, @, also after tabs or carriage returns, a plain number («-5», «+3,5», «-2.5E-3») aside
#: (the number's digits split one way only, so a long digit run is read in linear time)
FORMULA = re.compile(r"[\t\r]*(?:[=@]|[+-](?!(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?\Z))")
#: values every output writes as they are
PLAIN = (str, type(None))


def _no_formulas(row: dict[str, Any], guarded: Collection[str]) -> dict[str, Any]:
    """``row`` with each text cell of the ``guarded`` columns a spreadsheet would read as a formula (:data:`FORMULA`)
    behind a ``'``, which Excel and LibreOffice show as text (OWASP's advice for CSV injection); CSV outputs only.
    The job guards every column but its ids (keys to join the output to its source: «@a» stays «@a»), and none
    with ``--no-formula-guard``.

    >>> row = {"text": "=1+2", "id": "@a", "date": "@x", "n": 0.5, "e": None, "t": "-1+1", "u": "\\t7"}
    >>> _no_formulas(row, ("text", "date", "n", "e", "t", "u"))
    {'text': "'=1+2", 'id': '@a', 'date': "'@x", 'n': 0.5, 'e': None, 't': "'-1+1", 'u': '\\t7'}
    >>> _no_formulas({"text": "\\t=1+2"}, ("text",)), _no_formulas({"text": "=1+2"}, ())
    ({'text': "'\\t=1+2"}, {'text': '=1+2'})
    """
    odd = {c: "'" + v for c in guarded if isinstance(v := row.get(c), str) and FORMULA.match(v)}
    return {**row, **odd} if odd else row


def _schema(columns: list[str], types: dict[str, Any]) -> Any:
    import pyarrow as pa

    return pa.schema([(c, types.get(c) or pa.type_for_alias(NUMERIC.get(c, "string"))) for c in columns])


def parquet_types(path: Path, columns: list[str]) -> dict[str, Any]:
    """The Arrow types of ``columns`` in a Parquet file: passed through as they are, an int64 id stays one (it came
    out as text, and joining the output back on the id failed)."""
    import pyarrow.parquet as pq

    schema = pq.read_schema(path)
    return {c: schema.field(schema.names.index(c)).type for c in columns if c in schema.names}  # the first of a name


def _typed(value: Any, kind: Any) -> Any:
    """A value as its Parquet column wants it: as text in a text column (:func:`_json_text`), else as it is."""
    return _json_text(value) if kind == "string" else value


#: values written as their JSON text; any other that is no text as Python's str (a date, a Decimal) or bytes as
#: :func:`_plain` says
JSON_VALUES = (bool, float, dict, list, tuple)


def _json_text(value: Any) -> Any:
    """A value that is no text as text: its JSON (as a JSONL input wrote it, not as Python shows it: the Parquet and
    CSV outputs had "{'a': 1}" and "True"), a date or time as ``str`` gives it, bytes as :func:`_plain` says; text and
    None as they are. A lone surrogate inside a text becomes U+FFFD, as in the text column.

    >>> [_json_text(v) for v in (True, {"a": 1}, [1, "б"], 2.5, 10, "10", None, b"ab", b"ab\\xff")]
    ['true', '{"a": 1}', '[1, "б"]', '2.5', '10', '10', None, 'ab', 'hex:6162ff']
    >>> import datetime; _json_text(datetime.date(2024, 1, 5)), _json_text({"d": datetime.date(2024, 1, 5)})
    ('2024-01-05', '{"d": "2024-01-05"}')
    """
    if value is None or isinstance(value, str):
        return value
    if type(value) is int:  # an id, most often: its JSON text, 10 times faster (a bool is no int here)
        return str(value)
    if isinstance(value, JSON_VALUES):
        return valid_utf8(json.dumps(value, ensure_ascii=False, default=_plain))
    return _plain(value)


#: what bytes that are no clean UTF-8 text are written as in CSV and JSONL outputs: this and their hex digits
HEX_PREFIX = "hex:"


def _plain(value: Any) -> str:
    """A value JSON has no type for, as text: ``str`` of it; bytes (a Parquet column written as binary) as the UTF-8
    text they hold when they are clean text, else as ``hex:`` and their hex digits (a bad byte, a NUL or another
    control character, or a text that starts with ``hex:`` itself), so that distinct binary ids stay distinct in CSV
    and JSONL outputs (decoded with U+FFFD for bad bytes, 8-byte integer ids collided; Parquet keeps the bytes).

    >>> [_plain(v) for v in ("нет воды".encode(), b"\\xff\\x00\\x01", b"\\xfe\\x00\\x01", b"a\\x00", b"hex:41", 7)]
    ['нет воды', 'hex:ff0001', 'hex:fe0001', 'hex:6100', 'hex:6865783a3431', '7']
    """
    if not isinstance(value, BYTES):
        return str(value)
    raw = value.tobytes() if isinstance(value, memoryview) else bytes(value)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return HEX_PREFIX + raw.hex()
    return HEX_PREFIX + raw.hex() if _unclean(text) else text


def _unclean(text: str) -> bool:
    """Whether a text cell holds a control character (:data:`CONTROL`) or starts with ``hex:``."""
    return CONTROL.search(text) is not None or text.startswith(HEX_PREFIX)


def _clean_text(value: Any) -> Any:
    """A text cell of a column passed through (the id) as the CSV and JSONL outputs write it: one holding a control
    character (an ESC that a terminal showing the file obeys, a bell, a NUL; tab and line ends aside) or starting with
    ``hex:`` as ``hex:`` and the hex digits of its UTF-8, as binary ids are (:func:`_plain`), so distinct ids stay
    distinct and ``bytes.fromhex(value[4:]).decode()`` gives the id back; any other value as it is.

    >>> [_clean_text(v) for v in ("a\\x1b[2Jb", "hex:41", "№ 17", "tab\\there", None, 7)]
    ['hex:611b5b324a62', 'hex:6865783a3431', '№ 17', 'tab\\there', None, 7]
    """
    if isinstance(value, str) and _unclean(value):
        return HEX_PREFIX + value.encode("utf-8", "surrogatepass").hex()
    return value


def concat_parts(parts: list[Path], out: Path, fmt: str, metadata: dict[str, Any] | None = None) -> None:
    """Join part files into one table at ``out``, streaming (one part in memory at a time); a Parquet one with
    ``metadata`` (:func:`with_metadata`)."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        writer = None
        for part in parts:
            table = pq.read_table(part)
            writer = writer or pq.ParquetWriter(out, with_metadata(table.schema, metadata))
            writer.write_table(table)
        if writer is not None:
            writer.close()
        return
    with open(out, "wb") as target:
        for index, part in enumerate(parts):
            with open(part, "rb") as source:
                if fmt == "csv" and index > 0:
                    source.readline()  # each part repeats the header
                while block := source.read(1 << 20):
                    target.write(block)


def parts_dir(output: Path) -> Path:
    """The folder of a job's part files: OUTPUT.parts beside OUTPUT."""
    return output.with_name(output.name + ".parts")


def kept_parts(output: Path) -> bool:
    """Whether a stopped job writing ``output`` kept finished chunks for ``--resume`` (stopped before its first
    chunk was done, it leaves none, and no parts folder)."""
    return bool(finished_parts(parts_dir(output)))


def finished_parts(parts: Path) -> list[Path]:
    """The part files of finished chunks, in order (a ``.tmp`` one was cut off mid-write)."""
    return sorted(p for p in parts.glob("part-*") if not p.name.endswith(".tmp"))


def part_path(parts: Path, index: int, fmt: str) -> Path:
    """The part file of chunk ``index``."""
    return parts / f"part-{index:06d}.{fmt}"


def tally_path(parts: Path, index: int) -> Path:
    """Where what chunk ``index`` found (its error rows, its dates not read) is kept beside its part, with the part's
    size: written after the part, so a part without one (stopped between the two, or left by an older version), or
    of another size (cut short when the machine went down), is done again."""
    return parts / f"tally-{index:06d}.json"


def prepare_parts(parts: Path, key: dict[str, Any], resume: bool) -> dict[int, Path]:
    """Make the parts folder ready; return the chunks a resumed job may reuse: ``{index: part file}`` of the
    finished parts (each reused only with its tally, :func:`tally_path`).

    Workers finish chunks out of order, so the finished ones need not be the first ones; a part still
    named ``.tmp`` was cut off mid-write and is dropped.
    """
    state = parts / "job.json"
    if resume and state.is_file() and json.loads(state.read_text()) == key:
        for partial in parts.glob("*.tmp"):
            partial.unlink()
        return {int(p.name.split("-")[1].split(".")[0]): p for p in finished_parts(parts)}
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir(parents=True)
    state.write_text(json.dumps(key))
    return {}


def finish_parts(parts: Path, output: Path, fmt: str, columns: list[str], types: dict[str, Any],
                 metadata: dict[str, Any] | None = None) -> None:
    """Join the finished parts into ``output`` (atomically; a job of no rows writes the header alone), a Parquet one
    with ``metadata`` (:func:`with_metadata`), and remove the parts folder."""
    files = finished_parts(parts)
    if files:
        write_atomically(output, lambda tmp: concat_parts(files, tmp, fmt, metadata))
    else:
        write_atomically(output, lambda tmp: write_table([], tmp, fmt, columns, types, metadata=metadata))
    shutil.rmtree(parts)
