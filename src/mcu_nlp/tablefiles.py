"""The table files the commands read and write: their format by extension, their compression and the text
encoding of a CSV or JSONL one (:mod:`mcu_nlp.charsets` tells it from the first bytes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mcu_nlp.charsets import SAMPLE, sample_codec
from mcu_nlp.errors import InputError, Shown, expected

FORMATS = {
    ".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet",
    ".pq": "parquet",
}
COMPRESSED = (".gz", ".bz2", ".xz", ".zst")
#: first bytes of files that are no text, what they are and what to do: read as text, their bytes became column
#: names or error rows (a workbook's old format starts with the OLE2 mark; UTF-8 text never starts with 0xD0 0xCF)
BINARY_KINDS = (
    (b"\x1f\x8b", "gzip-compressed data", "name it {name}.gz, or decompress it"),
    (tuple(b"BZh%d%s" % (level, block) for level in range(1, 10) for block in (b"1AY&SY", b"\x17rE8P\x90")),
     "bzip2-compressed data",
     "name it {name}.bz2, or decompress it"),
    (b"\xfd7zXZ\x00", "xz-compressed data", "name it {name}.xz, or decompress it"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data", "decompress it first"),
    (b"PK\x03\x04", "a zip archive or an Excel workbook", "save the sheet as CSV (UTF-8), or unzip it"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) or Word file", "save the sheet as CSV (UTF-8)"),
    (b"PAR1\x15", "a Parquet file", "name it {stem}.parquet, or pass --format parquet"),  # not a header «PAR1,id»
)
#: the column of a row read with an error: why it could not be read (a broken JSON line, a malformed CSV row)
ERROR = "_error"


def table_format(path: str | Path, given: str | None = None, option: str | None = None) -> str:
    """The format of a table file: ``given`` if set, else by its extension (``.csv.gz`` counts as csv).

    ``option`` is the command-line option that sets the format of this file, if there is one (the output of
    ``mcu-nlp analyze`` has ``--output-format``, not ``--format``; ``train`` has none).

    >>> table_format("out.xlsx", option="--output-format")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a .csv, .jsonl or .parquet file, got out.xlsx; rename it, or pass --output-...
    """
    if given:
        if given not in set(FORMATS.values()):
            raise InputError(expected("a format csv, jsonl or parquet", Shown(repr(given))))
        return given
    path = Path(path)
    found = FORMATS.get(_extension(path))
    if found is None:
        fix = f"rename it, or pass {option}" if option else "rename it"
        if path.is_dir():  # 'forecast . -o f.csv' said "got ; rename it"
            shown, fix = f"{path} (a folder)", "name a file"
        else:
            shown = path.name if path.suffix else f"{path.name or path} (no extension)"
        raise InputError(expected("a .csv, .jsonl or .parquet file", Shown(shown), fix))
    return found


def extension_separator(path: Path) -> str | None:
    """The field separator a table file's extension names: a tab for ``.tsv`` (``.tsv.gz`` too), else None (the
    header tells it: :func:`mcu_nlp.headers.csv_delimiter`). A .tsv was refused ("expected a .csv...") and, with
    ``--format csv``, split at the commas of a header such as ``id<TAB>Дата, время<TAB>text``.

    >>> extension_separator(Path("a.tsv.gz")), extension_separator(Path("a.csv"))
    ('\\t', None)
    """
    return "\t" if _extension(path) == ".tsv" else None


def _extension(path: Path) -> str:
    """The last suffix of a file's name, compression aside: ``.csv`` for ``a.csv.gz``."""
    suffixes = [s.lower() for s in path.suffixes if s.lower() not in COMPRESSED]
    return suffixes[-1] if suffixes else ""


def check_input_file(path: Path, what: str = "input", folder: bool = False) -> None:
    """``InputError`` unless ``path`` is a file (or a ``folder``, if allowed): none there, or a folder (a Dask job's
    Parquet output), each said as it is; "no such file" for a folder sent the user looking for a typo.

    >>> check_input_file(Path("no/such.csv"))
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected an existing input file, got no/such.csv (no such file)
    """
    if path.is_dir() and not folder:
        raise InputError(expected(f"an {what} file", Shown(f"{path} (a folder)"), "name one file in it; a folder of "
                                  "Parquet parts is read by mcu_nlp.dask.analyze_dask or pandas.read_parquet"))
    if not (path.is_file() or (folder and path.is_dir())):
        raise InputError(expected(f"an existing {what} file", Shown(f"{path} (no such file)")))


def _opener(path: Path) -> Any:
    import bz2
    import gzip
    import lzma

    if path.suffix.lower() == ".zst":
        raise InputError(expected("a file compressed with gzip, bz2 or xz", Shown(path.name), "decompress it first"))
    return {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}.get(path.suffix.lower(), open)


def text_codec(path: Path, encoding: str | None = None, option: str | None = None) -> str:
    """The codec to read a text file with: ``encoding`` or UTF-8 (or the UTF-16/32 its byte-order mark names),
    stopped with :class:`InputError` when its first bytes do not fit (:func:`mcu_nlp.charsets.sample_codec`) or are
    those of a binary file (:func:`refuse_binary`)."""
    with _opener(path)(path, "rb") as raw:
        sample = raw.read(SAMPLE)
    refuse_binary(sample, path.name)
    return sample_codec(sample, encoding, path.name, option)


def refuse_binary(sample: bytes, name: str) -> None:
    """``InputError`` naming the kind of file whose first bytes ``sample`` are, if they are those of a compressed
    file, a workbook or a Parquet file (:data:`BINARY_KINDS`), with what to do; read as text, a gzip file named
    ``.csv`` was refused for "a text column 'text', got columns ['\\x1f\\udc8b\\x08…']".

    >>> refuse_binary(b"\\x1f\\x8b\\x08\\x00", "in.csv")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a CSV or JSON lines text file, got in.csv (gzip-compressed data); name it \
in.csv.gz, or decompress it
    >>> refuse_binary("id,text\\n".encode(), "in.csv")
    """
    kind = next(((what, fix) for magic, what, fix in BINARY_KINDS if sample.startswith(magic)), None)
    if kind is not None:
        fix = kind[1].format(name=name, stem=Path(name).stem)
        raise InputError(expected("a CSV or JSON lines text file", Shown(f"{name} ({kind[0]})"), fix))


def open_text(path: Path, encoding: str | None = None, option: str | None = None) -> Any:
    """A text file (plain, .gz, .bz2 or .xz) open for reading in :func:`text_codec` (``option``: the command's option
    that sets the encoding, if any)."""
    # surrogateescape keeps undecodable bytes as lone surrogates: the row is flagged, not the file;
    # utf-8-sig drops the byte-order mark Excel and Windows tools write (it would stick to the first column name)
    return _opener(path)(path, "rt", encoding=text_codec(path, encoding, option), errors="surrogateescape", newline="")
