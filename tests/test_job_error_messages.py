"""What ``mcu-nlp analyze`` says of rows it could not read or analyse names the true cause."""

import logging

import pandas as pd

from mcu_nlp.cli import main


def _warnings(tmp_path, caplog, content: str) -> str:
    """What ``mcu-nlp analyze --region-column region`` of a file of ``content`` logs as warnings."""
    data = tmp_path / "in.csv"
    data.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert main(["analyze", str(data), "-o", str(tmp_path / "out.csv"), "--region-column", "region",
                     "--no-progress"]) == 0
    return caplog.text


def test_a_job_whose_every_row_has_a_bad_region_says_to_check_the_region_column(tmp_path, caplog) -> None:
    # it said "none was analysed; check --text-column, the input's format and its encoding"
    said = _warnings(tmp_path, caplog, "id,text,region\n1,нет света,Вологодская\n2,яма,99\n3,,78\n")
    assert "every row, all 3, is an error row (such as \"bad region: " in said
    assert ", 2 of them): none was analysed; check --region-column" in said and "--text-column" not in said


def test_a_job_whose_every_row_lacks_its_text_still_says_to_check_the_text_column(tmp_path, caplog) -> None:
    said = _warnings(tmp_path, caplog, "id,text,region\n1,,78\n2,яма,Курская\n3,,78\n")
    assert "(such as 'empty text', 2 of them): none was analysed; check --text-column, the input's format" in said


def test_an_unclosed_quote_in_a_tsv_says_its_row_is_its_line_alone(tmp_path) -> None:
    # "not closed before the end of the file" though the next row was read as a row
    data = tmp_path / "q.tsv"
    data.write_text('id\ttext\n4\t"кавычка\n5\tяма\n', encoding="utf-8")
    assert main(["analyze", str(data), "-o", str(tmp_path / "q.csv"), "--no-progress"]) == 0
    out = pd.read_csv(tmp_path / "q.csv", dtype=str)
    assert out["id"].tolist() == ["4", "5"] and out["text"].tolist()[1] == "яма"
    assert out["error"].iloc[0] == ("malformed CSV row: a quoted field opened on line 2 is not closed before the end "
                                    "of the file: its row is that line alone")
