"""``mcu-nlp forecast`` on a file of counts with a bad date or count names the file's column and the lines: it said
"expected finite counts in y, got missing or infinite values; fill them with 0" of a count 'abc' in a column
'count', and "expected parsable dates in ds, got list of 1 items" of a date in a column 'date'."""

from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.cli import main

GOOD = [("2024-01-01", "3"), ("2024-01-02", "4"), ("2024-01-03", "5")]


def _csv(path: Path, header: str, rows: list[tuple[str, ...]]) -> Path:
    path.write_text(header + "\n" + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


CASES = [  # (header, rows after the good ones, words on stderr)
    ("date,count", [("2024-01-04", "abc")], "expected counts in 'count', got no number on line 5; fix or drop"),
    ("date,count", [("2024-01-04", "")], "expected a count in 'count' on every row, got none on line 5"),
    ("date,count", [("not a date", "4")],
     "expected a date in 'date' on every row, got a missing or unreadable one on line 5"),
    ("date,count", [("2024-01-04", "inf"), ("soon", "1"), ("2024-01-06", "x")],
     "expected a date in 'date' on every row, got a missing or unreadable one on line 6; expected counts in "
     "'count', got no number on lines 5, 7"),
    ("unique_id,ds,y", [("a", "2024-01-04", "abc")], "expected counts in 'y', got no number on line 5"),
]


@pytest.mark.parametrize(("header", "bad", "said"), CASES, ids=range(len(CASES)))
def test_a_bad_date_or_count_is_named_by_its_column_and_line(tmp_path: Path, capsys, header: str, bad: list,
                                                              said: str) -> None:
    rows = [("a", *row) for row in GOOD] if header.startswith("unique_id") else GOOD
    source = _csv(tmp_path / "counts.csv", header, [*rows, *bad])
    assert main(["forecast", str(source), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "abc" not in err and "not a date" not in err and "soon" not in err  # lines, not values


def test_a_bad_count_of_a_parquet_file_is_named_by_its_row(tmp_path: Path, capsys) -> None:
    source = tmp_path / "counts.parquet"
    pd.DataFrame({"date": ["2024-01-01", "2024-01-02"], "count": [3.0, None]}).to_parquet(source)
    assert main(["forecast", str(source), "-o", str(tmp_path / "out.csv")]) == 2
    assert "expected a count in 'count' on every row, got none on row 2 (the first is 1)" in capsys.readouterr().err
