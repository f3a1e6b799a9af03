"""An unknown --date-column is refused naming the input's own columns, never the reader's internal '_error' column
(walkthrough 7 item 12: "got columns ['_error', 'id', 'text']" of a CSV with a malformed row; fixed by 44be219,
which takes a CSV's columns from its header: this guards it for CSV and JSON lines)."""

from pathlib import Path

import pytest

from mcu_nlp.cli import main

INPUTS = [  # (file name, content with a row the reader gives as an error row)
    ("in.csv", 'id,text\n1,"кавычка без пары\n2,a,b,c\n3,\x00\x01\x02\x03\n'),
    ("in.jsonl", '{"id": 1, "text": "нет воды"}\n{broken\n[1]\n'),
]


@pytest.mark.parametrize(("name", "content"), INPUTS, ids=[name for name, _ in INPUTS])
def test_the_columns_shown_are_the_files_own(tmp_path: Path, capsys, name: str, content: str) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    assert main(["analyze", str(source), "-o", str(tmp_path / "out.csv"), "--date-column", "date",
                 "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "expected a column 'date', got columns ['id', 'text']; check --date-column" in err
    assert "_error" not in err
