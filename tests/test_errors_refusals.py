"""Wrong inputs are refused under the one root, worded "expected X, got Y; how to fix" (session 9 review): each
raised a raw Python error, said nothing of how to fix it, or was silently read some other way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError, InputTypeError, McuNlpError
from mcu_nlp.training import stop_words_option

REFUSED = [  # (call, error, words of its message)
    (lambda: mcu_nlp.TextNormalizer(errors="x").fit([]), InputError,
     "expected errors=\"empty\" or \"raise\", got errors='x'; pass \"empty\""),
    (lambda: mcu_nlp.analyze_frame(["Нет света"]), InputTypeError,
     "expected a pandas DataFrame, got list of 1 items; pass pd.DataFrame({'text': texts})"),
    (lambda: mcu_nlp.analyze_frame(pd.Series(["Нет света"])), InputTypeError,
     "expected a pandas DataFrame, got Series"),
    (lambda: mcu_nlp.GeoResolver().resolve_batch("в Салехарде"), InputTypeError,
     "expected a list of texts, got str of 11 characters; wrap a single text in a list"),
    (lambda: mcu_nlp.GeoResolver().resolve_batch(None), InputTypeError,  # Python's "not iterable" TypeError
     "expected a list of texts, got None; wrap a single text in a list"),
    (lambda: mcu_nlp.GeoResolver().resolve_batch(5), InputTypeError, "expected a list of texts, got int (5)"),
    (lambda: mcu_nlp.load(123), InputTypeError,
     "expected a path to a model file (a str or a pathlib.Path), got int (123); pass the path given to mcu_nlp.save"),
    (lambda: mcu_nlp.UrgencyClassifier().fit(["Нет воды", "Яма"], [["critical"], "normal"]), InputError,
     "expected labels critical, high or normal, got [<list of 1 items>] on row 0; fix the labels"),
    (lambda: stop_words_option("no-such-dir/words.txt"), InputError,
     "expected --stop-words 'default', 'none' or a file of one word a line, got 'words.txt', which is not a file; "
     "check the path"),
]


@pytest.mark.parametrize(("call", "error", "words"), REFUSED,
                         ids=["normalizer errors", "frame list", "frame series", "resolve_batch str",
                              "resolve_batch None", "resolve_batch int", "load int", "urgency list labels",
                              "stop-words missing file"])
def test_refused_with_what_and_how(call: Any, error: type, words: str) -> None:
    with pytest.raises(error) as raised:
        call()
    assert words in str(raised.value)
    assert isinstance(raised.value, McuNlpError)


STOP_WORD_SPECS = [  # (--stop-words, what the topic model gets): 'none' was matched in either case, 'default' not
    ("Default", "default"),
    ("DEFAULT", "default"),
    ("None", None),
]


@pytest.mark.parametrize(("spec", "stop_words"), STOP_WORD_SPECS)
def test_stop_word_names_in_any_case(spec: str, stop_words: object) -> None:
    assert stop_words_option(spec) == stop_words


@pytest.mark.parametrize("comment", ["# my list", "  # my list", "\t# my list"])
def test_a_stop_word_comment_may_be_indented(tmp_path: Path, comment: str) -> None:
    (tmp_path / "words.txt").write_text(f"{comment}\nв\nна\n", encoding="utf-8")
    assert stop_words_option(str(tmp_path / "words.txt")) == ["в", "на"]


def test_forecast_reads_jsonl_by_its_suffix(tmp_path: Path) -> None:
    # read as CSV, each JSON line split at its commas gave column names like '{"ds": "2024-01-01"'
    days = pd.date_range("2024-01-01", periods=42)
    lines = [json.dumps({"ds": f"{day.date()}", "y": i % 7}) for i, day in enumerate(days)]
    (tmp_path / "counts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["forecast", str(tmp_path / "counts.jsonl"), "--horizon", "3", "-o", str(tmp_path / "out.csv")]) == 0
    assert len(pd.read_csv(tmp_path / "out.csv")) == 3


def test_report_on_an_empty_table_says_how_to_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "analysed.csv").write_text("text,topic,urgency\n", encoding="utf-8")
    assert main(["report", str(tmp_path / "analysed.csv"), "-o", str(tmp_path / "report.html")]) == 2
    assert ("expected an analysed table with at least one row, got an empty table (analysed.csv); check the path, or "
            "run mcu-nlp analyze on a table that has rows") in capsys.readouterr().err
