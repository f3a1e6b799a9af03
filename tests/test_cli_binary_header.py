"""A binary file given to mcu-nlp analyze (walkthrough s20 B1): its first line, read as a header, was printed as a
column name with control characters and undecodable bytes, and the advice was to pass --text-column."""

import random

from mcu_nlp.cli import main


def test_a_binary_file_is_said_to_be_unreadable_not_missing_a_column(tmp_path, capsys) -> None:
    noise = random.Random(1)
    path = tmp_path / "export.csv"
    path.write_bytes(bytes(noise.randrange(256) for _ in range(3000)))
    code = main(["analyze", str(path), "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code != 0
    assert "header row is unreadable" in err and "--encoding" in err
    assert all(ch.isprintable() or ch == "\n" for ch in err)


def test_a_file_with_another_text_column_is_still_told_to_name_it(tmp_path, capsys) -> None:
    path = tmp_path / "export.csv"
    path.write_text("id,body\n1,нет воды\n", encoding="utf-8")
    assert main(["analyze", str(path), "-o", str(tmp_path / "out.csv")]) != 0
    err = capsys.readouterr().err
    assert "pass --text-column" in err and "unreadable" not in err
