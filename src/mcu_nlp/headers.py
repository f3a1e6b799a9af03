"""The header of a table file: a CSV's separator and column names (Excel's ``sep=`` line, blank lines before it,
names given twice), and the column names a file says before any row (what an input without rows still says)."""

from __future__ import annotations

import csv
import re
import warnings
from pathlib import Path
from typing import Any

from mcu_nlp.errors import McuNlpWarning, quoted
from mcu_nlp.tablefiles import extension_separator, open_text, table_format

#: Excel's separator line: sep= and one character, quoted or not
EXCEL_SEPARATOR = re.compile(r'"?sep=(.)"?')
#: what pandas' CSV reader takes for a blank line when a line holds only these (and the separator is none of them)
BLANK = " \t"


def csv_delimiter(header: str) -> str:
    """The field separator a header line uses: a comma, else a semicolon (Excel in a Russian locale), else a tab
    (the line before the header names it in a file Excel wrote with its ``sep=`` line: :func:`excel_separator`).

    >>> csv_delimiter("id;date;text"), csv_delimiter("id,text"), csv_delimiter("id\\ttext"), csv_delimiter("text")
    (';', ',', '\\t', ',')
    """
    return next((d for d in (",", ";", "\t") if d in header), ",")


def excel_separator(line: str) -> str | None:
    """The separator Excel's first line ``sep=;`` names (its hint to itself, before the header), else None.

    >>> excel_separator("sep=;\\r\\n"), excel_separator('"sep=\\t"\\n'), excel_separator("sep=;id;text\\n")
    (';', '\\t', None)
    """
    found = EXCEL_SEPARATOR.fullmatch(line.rstrip("\r\n"))
    return found[1] if found else None


def csv_start(file: Any, separator: str | None = None) -> tuple[str, str, int]:
    """The field separator (Excel's ``sep=`` line's, else ``separator``, the one the file's extension names, else the
    one the header uses: :func:`csv_delimiter`), the header
    line (``""``: none) and the lines before it, read from an open CSV file. Lines of spaces and tabs before the header
    are skipped, as pandas skips them: the separator was guessed from a blank first line (a comma), so a file of
    semicolons had no text column.

    >>> import io
    >>> csv_start(io.StringIO("\\n  \\nsep=;\\n\\nid;text\\n1;x\\n")), csv_start(io.StringIO("id,text\\n"))
    ((';', 'id;text\\n', 4), (',', 'id,text\\n', 0))
    """
    hint, skipped = None, 0
    while line := file.readline():
        if line.strip(BLANK + "\r\n") and not (hint is None and (hint := excel_separator(line))):
            return hint or separator or csv_delimiter(line), line, skipped
        skipped += 1
    return hint or separator or ",", "", skipped


def header_names(header: str, delimiter: str) -> list[str]:
    """The column names of a CSV header line (``[]`` for none), as :func:`csv_start` gives both.

    >>> header_names('id;"a;b";text\\n', ";"), header_names("", ",")
    (['id', 'a;b', 'text'], [])
    """
    return next(csv.reader([header], delimiter=delimiter), [])


def first_of_names(header: list[str], file: str) -> list[int] | None:
    """The positions of the first column of each name, when the header repeats a name (None when it does not), with
    a warning naming the repeated ones. The first is read, as pandas reads it: a CSV with two columns ``text`` was
    analysed by its last one and trained on by its first, and neither said so. Empty names (the trailing separators
    of an Excel export) are not named.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     first_of_names(["id", "text", "", "text", ""], "in.csv"), str(caught[0].message)[:60]
    ([0, 1, 2], "in.csv: columns named twice in the header: 'text'; the first")
    """
    firsts: dict[str, int] = {}
    for position, name in enumerate(header):
        firsts.setdefault(name, position)
    if len(firsts) == len(header):
        return None
    repeated = ", ".join(quoted(name) for name in firsts if name.strip() and header.count(name) > 1)
    if repeated:
        warnings.warn(McuNlpWarning(f"{file}: columns named twice in the header: {repeated}; the first of each is "
                                    "read, the others not: rename them to read them"), stacklevel=3)
    return sorted(firsts.values())


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
    with open_text(path, encoding, option) as file:
        delimiter, header, _ = csv_start(file, extension_separator(path))
    return list(dict.fromkeys(header_names(header, delimiter)))
