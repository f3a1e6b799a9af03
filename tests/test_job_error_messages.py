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


def test_a_job_whose_region_cells_are_no_codes_analyses_the_rows_and_says_which(tmp_path, caplog) -> None:
    # they were error rows, "every row is an error row ... check --region-column": a critical appeal lost its level
    # for a region cell «Башкортостан» (walkthrough s41 D1); now analysed without a region, with one warning
    said = _warnings(tmp_path, caplog, (
        "id,text,region\n1,нет света,Вологодская\n2,яма,99\n3,,78\n4,яма,Башкортостан\n"))
    out = pd.read_csv(tmp_path / "out.csv", dtype=str)
    assert out["error"].notna().tolist() == [False, False, True, False]  # the empty text's row alone
    assert out["topic"].notna().tolist() == [True, True, False, True]
    assert out["region"].isna().tolist() == [True, True, False, True]  # a cell not read is not copied
    assert "3 region cells in 'region' are no subject code (rows [0, 1, 3]), such as: expected a subject code such " \
           "as '89' (ЯНАО) or '78', got str of 11 characters; those rows were analysed without a region" in said
    assert "every row" not in said


def test_a_job_whose_every_row_lacks_its_text_still_says_to_check_the_text_column(tmp_path, caplog) -> None:
    said = _warnings(tmp_path, caplog, "id,text,region\n1,,78\n2,,Курская\n3,\"  \",78\n")
    assert "(such as 'empty text'): none was analysed; check --text-column, the input's format" in said


def test_an_unclosed_quote_in_a_tsv_says_its_row_is_its_line_alone(tmp_path) -> None:
    # "not closed before the end of the file" though the next row was read as a row
    data = tmp_path / "q.tsv"
    data.write_text('id\ttext\n4\t"кавычка\n5\tяма\n', encoding="utf-8")
    assert main(["analyze", str(data), "-o", str(tmp_path / "q.csv"), "--no-progress"]) == 0
    out = pd.read_csv(tmp_path / "q.csv", dtype=str)
    assert out["id"].tolist() == ["4", "5"] and out["text"].tolist()[1] == "яма"
    assert out["error"].iloc[0] == ("malformed CSV row: a quoted field opened on line 2 is not closed before the end "
                                    "of the file: its row is that line alone")
