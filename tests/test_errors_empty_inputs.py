"""Every command on a table with columns but no rows: a message "expected X, got Y; fix" and exit 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.cli import main
from mcu_nlp.defaults import MODELS

COLUMNS = ["id", "date", "topic", "municipality", "text", "grp"]


def _empty(folder: Path, suffix: str) -> Path:
    path = folder / f"empty{suffix}"
    frame = pd.DataFrame({column: pd.Series([], dtype=object) for column in COLUMNS})
    if suffix == ".csv":
        path.write_text(",".join(COLUMNS) + "\n", encoding="utf-8")  # the header only, as a fresh export
    else:
        frame.astype(str).to_parquet(path)
    return path


CASES = [
    # evaluate was a traceback (scikit-learn's "Found empty input array"), exit 1
    (["evaluate", str(MODELS / "topic.joblib"), "{data}", "--label-column", "grp"], "at least one labelled row"),
    # train said "at least two different labels, got list of 0 items", not that the file has no rows
    (["train", "topic", "{data}", "--label-column", "grp", "-o", "{out}"], "at least one labelled row"),
    (["train", "urgency", "{data}", "--label-column", "grp", "-o", "{out}"], "at least one labelled row"),
    # said "got list of 0 items" with no fix
    (["forecast", "{data}", "-o", "{out}"], "0 rows, none with a readable date in 'date'; write dates as"),
    (["report", "{data}", "-o", "{out}"], "at least one row"),  # guard
]
IDS = ["evaluate topic", "train topic", "train urgency", "forecast", "report"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
@pytest.mark.parametrize(("argv", "message"), CASES, ids=IDS)
def test_no_rows_is_a_message_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                         message: str, suffix: str) -> None:
    data = _empty(tmp_path, suffix)
    args = [arg.format(data=data, out=tmp_path / "out.bin") for arg in argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"mcu-nlp {argv[0]}: expected" in err and message in err and "Traceback" not in err


def test_analyze_of_no_rows_writes_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # guard: a batch of no rows is a batch; its output has the columns and no rows
    out = tmp_path / "out.csv"
    assert main(["analyze", str(_empty(tmp_path, ".csv")), "-o", str(out), "--no-progress"]) == 0
    assert "0 rows ->" in capsys.readouterr().err
    assert pd.read_csv(out).empty
