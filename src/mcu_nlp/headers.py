"""The column names of a table file, read from its header alone: what an input without rows still says."""

from __future__ import annotations

from pathlib import Path

from mcu_nlp.tables import _open_text, csv_start, header_names, table_format


def table_columns(path: str | Path, fmt: str | None = None, encoding: str | None = None,
                  option: str | None = None) -> list[str]:
    """The names of the columns of a CSV header or of a Parquet schema, each once (the first of a repeated name,
    as :func:`mcu_nlp.tables.read_chunks` reads it); ``[]`` for JSON lines, which name their columns in their rows.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "h.csv").write_text("sep=;\\nid;text;date;text\\n", encoding="utf-8")
    >>> table_columns(folder / "h.csv")
    ['id', 'text', 'date']
    """
    path = Path(path)
    fmt = table_format(path, fmt)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return list(dict.fromkeys(pq.read_schema(path).names))
    if fmt != "csv":
        return []
    with _open_text(path, encoding, option) as file:
        delimiter, header, _ = csv_start(file)
    return list(dict.fromkeys(header_names(header, delimiter)))
