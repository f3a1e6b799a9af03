"""tables.record_lines: the line of a CSV or JSONL file where each row pandas reads starts (for train's messages)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.tables import record_lines
from mcu_nlp.training import labelled_texts, read_table

LINES = [  # file, its content, the line of each row pandas reads
    ("in.csv", "text,label\nc,y\n   \nd,\n", [2, 4]),  # pandas skips a line of spaces: the review's repro (was 2, 3)
    ("in.csv", "text,label\n\nc,y\n\nd,\n", [3, 5]),
    ("in.csv", "text,label\nc,y\n \t \r\nd,\n", [2, 4]),
    ("in.csv", "text,label\r  \rc,y\r  \rd,\r", [3, 5]),  # old Mac line ends
    ("in.csv", "text\tlabel\nc\ty\n  \nd\t\n", [2, 4]),
    ("in.csv", "text\tlabel\nc\ty\n\t\nd\t\n", [2, 3, 4]),  # a tab separates two empty fields: a row
    ("in.csv", 'text,label\nc,y\n"   "\nd,\n', [2, 3, 4]),  # spaces in quotes are a text
    ("in.csv", "text,label\nc,y\n\x0c\nd,\n", [2, 3, 4]),  # a form feed is no blank to pandas
    ("in.csv", 'text,label\n"c\n   \n\ne",y\n  \nd,\n', [2, 7]),  # lines of spaces inside a quoted text count
    ("in.csv", "sep=;\n  \ntext;label\n  \nc;y\n\nd;\n", [5, 7]),  # Excel's separator line, spaces before the header
    ("in.csv", "\n  \ntext,label\nc,y\nd,\n", [4, 5]),
    ("in.csv", '\n  \ntext;label\n"c\nd";y\ne, f;\n', [4, 6]),  # the separator was guessed from the blank line
    ("in.csv", "text,label\nc,y\nd,\n   ", [2, 3]),  # spaces at the end, no line end
    ("in.csv.gz", "text,label\nc,y\n   \nd,\n", [2, 4]),
    ("in.jsonl", '{"text": "c"}\n  \n{"text": "d"}\n', [1, 3]),
]


def _file(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    data = content.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize(("name", "content", "lines"), LINES)
def test_each_row_is_named_by_the_line_it_starts_on(tmp_path: Path, name: str, content: str, lines: list[int]) -> None:
    path = _file(tmp_path, name, content)
    assert len(read_table(path)) == len(lines)  # the table as pandas reads it: the rows counted are the same
    assert record_lines(path, list(range(len(lines)))) == lines


def test_train_names_the_line_of_a_missing_label_after_a_line_of_spaces(tmp_path: Path) -> None:
    path = _file(tmp_path, "in.csv", "text,label\nc,y\n   \nd,\n")
    with pytest.raises(InputError, match=r"expected a label on every row of 'label', got none on line 4;"):
        labelled_texts(path, "text", "label")
