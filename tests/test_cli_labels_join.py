"""Scoring a labelled file with `mcu-nlp analyze` (a Дагестан walkthrough, session 31): the job writes none of the
input's other columns, the labels neither, and README / docs/batch.md say to join them back on `row`. That recipe is
checked here as written, on a CSV whose labels are named like the answers and whose rows are not one line each."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from mcu_nlp.cli import main as cli
from mcu_nlp.cli_parser import build_parser

LABELLED = (
    "id,text,topic,urgency\n"
    'a7,"Третий день нет воды в Каспийске,\nзвонили в водоканал",water,critical\n'
    "\n"  # a blank line: no row, to the job as to pandas
    "b2,Яма на дороге у школы,roads,normal\n"
    "c9,,roads,normal\n"  # an error row keeps its place
    "d4,Пахнет газом в подъезде,gas,critical\n"
)


def test_labels_join_back_on_row(tmp_path: Path) -> None:
    source, output = tmp_path / "labelled.csv", tmp_path / "analysed.parquet"
    source.write_text(LABELLED, encoding="utf-8")
    assert cli(["analyze", str(source), "-o", str(output), "--region", "05", "--no-progress"]) == 0
    out = pd.read_parquet(output)
    assert "topic_label" not in out.columns and list(out["row"]) == [0, 1, 2, 3]  # the labels are not written
    labelled = pd.read_csv(source)  # README's recipe
    both = out.merge(labelled, left_on="row", right_index=True, suffixes=("", "_label"))
    assert list(both["id"]) == list(both["id_label"]) == ["a7", "b2", "c9", "d4"]  # each answer beside its labels
    assert both["error"].isna().tolist() == [True, True, False, True]
    assert list(both["topic_label"]) == ["water", "roads", "roads", "gas"]
    assert both.loc[both["id"] == "a7", "municipality"].item() == "Каспийск"


def test_analyze_help_says_where_the_other_columns_go() -> None:
    parser = build_parser()
    analyze = parser._subparsers._group_actions[0].choices["analyze"]
    help_text = " ".join(analyze.format_help().split())
    assert "only the id, date and region ones are written" in help_text
    assert "on the output's row column" in help_text
