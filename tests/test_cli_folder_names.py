"""A folder, or a name without an extension, where a command wants a table file: said so, not a traceback or an
empty name."""

from pathlib import Path

import pytest

from mcu_nlp.cli import main
from mcu_nlp.errors import InputError
from mcu_nlp.tablefiles import table_format


@pytest.mark.parametrize("given", [".", "..", "sub", "sub/."])
def test_analyze_of_a_folder_without_an_output_says_it_is_a_folder(tmp_path, monkeypatch, capsys, given) -> None:
    # 'mcu-nlp analyze .' raised "ValueError: PosixPath('.') has an empty name" building the default output's name
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub" if given == ".." else tmp_path)
    assert main(["analyze", given, "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert f"expected an input file, got {Path(given)} (a folder); name one file in it" in err
    assert "Traceback" not in err and "empty name" not in err


def test_forecast_of_a_folder_says_it_is_a_folder(tmp_path, monkeypatch, capsys) -> None:
    # 'mcu-nlp forecast . -o f.csv' said "expected a .csv, .jsonl or .parquet file, got ; rename it"
    monkeypatch.chdir(tmp_path)
    assert main(["forecast", ".", "-o", "f.csv"]) == 2
    err = capsys.readouterr().err
    assert "expected a .csv, .jsonl or .parquet file, got . (a folder); name a file" in err
    assert not (tmp_path / "f.csv").exists()


@pytest.mark.parametrize(("name", "shown"), [("appeals", "appeals (no extension)"), ("out.xlsx", "out.xlsx")])
def test_a_name_without_an_extension_is_said_to_have_none(tmp_path, name, shown) -> None:
    with pytest.raises(InputError, match=rf"got {shown.replace('(', '[(]').replace(')', '[)]')}; rename it"):
        table_format(tmp_path / name)
