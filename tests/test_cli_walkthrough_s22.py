"""Session 22 walkthrough of the command line: what README and docs say agrees with what the commands do.

- Without matplotlib, ``forecast --plot`` and the report's charts say how to install the ``plot`` extra as README
  does (from a checkout), not «mcu-nlp[plot]» (no package of that name to install from an index).
- A JSONL id ``1`` is written ``"1"`` (the passed-through columns of CSV and JSONL inputs are text): the docs say so.
- A row whose text is mostly unreadable bytes (error ``unreadable text``) has its text written as read, U+FFFD for
  each bad byte: docs/batch.md says so beside the values that are not written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from mcu_nlp.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BATCH = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
EXTRA = "pip install -e '.[plot]'"


def test_forecast_plot_without_matplotlib_says_what_readme_says(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    data = tmp_path / "appeals.csv"
    data.write_text("id,text,date\n1,Нет воды в доме,2024-01-05\n", encoding="utf-8")
    assert main(["forecast", str(data), "-o", str(tmp_path / "f.csv"), "--plot", str(tmp_path / "f.png")]) == 2
    err = capsys.readouterr().err
    assert EXTRA in err and "'/path/to/mcu_nlp[plot]'" in err and "mcu-nlp[plot]" not in err
    assert "/path/to/mcu_nlp[" in README  # how README installs an extra from another project


def test_report_note_without_matplotlib_says_what_readme_says(monkeypatch) -> None:
    from mcu_nlp.report import charts

    def no_matplotlib(daily):  # type: ignore[no-untyped-def]
        raise ImportError("matplotlib")

    monkeypatch.setattr(charts, "forecast", no_matplotlib)
    note = charts._forecast_body(pd.DataFrame(), {})
    assert "matplotlib" in note and "pip install -e &#x27;.[plot]&#x27;" in note and "mcu-nlp[plot]" not in note


def test_report_lists_the_anomalies_without_matplotlib(monkeypatch) -> None:
    # walkthrough s39: without matplotlib the section held the install hint and nothing else; the spike of 30
    # appeals was listed nowhere, though the anomalies need no chart
    from mcu_nlp.report import charts

    def no_matplotlib(*args):  # type: ignore[no-untyped-def]
        raise ImportError("matplotlib")

    monkeypatch.setattr(charts, "chart_png", no_matplotlib)
    days = pd.date_range("2024-01-01", periods=70)
    counts = [5 + (i % 3) for i in range(70)]
    counts[-3] = 40
    daily = pd.DataFrame({"ds": days, "heating": counts})
    body = charts._forecast_body(daily.set_index("ds"), {})
    assert "pip install -e &#x27;.[plot]&#x27;" in body
    assert "<h3>Аномалии за" in body and f"{days[-3]:%d.%m.%Y}" in body


def test_jsonl_int_id_is_written_as_text_and_the_docs_say_so(tmp_path) -> None:
    data, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    data.write_text('{"id": 1, "text": "Нет воды в доме"}\n{"id": "10", "text": "Яма на дороге"}\n', encoding="utf-8")
    assert main(["analyze", str(data), "-o", str(out)]) == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["1", "10"]
    assert 'a JSON id `1` is written `"1"`' in BATCH and 'a JSON id `1` as `"1"`' in README
    assert "column is written as it is" not in README


def test_unreadable_text_is_written_as_read_and_the_docs_say_so(tmp_path) -> None:
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    junk = bytes(range(128, 256)) * 2  # no UTF-8 at all
    data.write_bytes(b'id,text\nok,\xd0\x9d\xd0\xb5\xd1\x82 \xd0\xb2\xd0\xbe\xd0\xb4\xd1\x8b\nbad,"' + junk + b'"\n')
    assert main(["analyze", str(data), "-o", str(out)]) == 0
    rows = pd.read_csv(out, dtype=str, keep_default_na=False).set_index("id")
    assert rows.loc["bad", "error"].startswith("unreadable text")
    assert set(rows.loc["bad", "text"]) == {"\ufffd"}
    assert "is written as it was read" in BATCH and "`unreadable\n  text`" in BATCH
