"""A cell written behind a «'» against CSV injection keeps that «'» when the CSV is read back by Python's csv or by
pandas; README and SECURITY.md said a reading program drops it (review s18 #2, item 12). The docs now say it stays
and that JSONL and Parquet hold the values as they are; ids are written as they are (session 19), and the docs say
that and the opt-out."""

import json
from pathlib import Path

import pandas as pd

from mcu_nlp.batchjob import run_analyze_job

ROOT = Path(__file__).resolve().parents[1]


def test_quote_stays_when_pandas_reads_the_csv_back(tmp_path: Path, models) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "@ivanov", "text": "=1+1 нет воды"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", models=models)
    frame = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert frame["id"].tolist() == ["@ivanov"] and frame["text"].tolist() == ["'=1+1 нет воды"]


def test_docs_say_the_quote_stays() -> None:
    for name in ("README.md", "SECURITY.md"):
        text = " ".join((ROOT / name).read_text(encoding="utf-8").split())
        assert "drops that one" not in text, name
        assert "The `'` stays in the value" in text and "ids too" not in text, name
        assert "JSONL or Parquet output" in text and "the values as they are" in text, name
        # the id column keeps no guard quote: "written as it is" (SECURITY.md) or "written with no `'`" (README, which
        # since session 22 also says a CSV or JSONL input's id is written as text)
        unguarded = "id column is written as it is" in text or "id column is written with no `'`" in text
        assert unguarded and "--no-formula-guard" in text, name
