"""A row whose analysis raises (a rule's bug that some text sets off) is one error row of an analyze job, not its
end: the job stopped at that row's chunk, and again at every --resume, so no retry ever got past it."""

import csv
import logging
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main
from mcu_nlp.defaults import DefaultModels
from mcu_nlp.errors import ModelFailedError

MARK = "Сидоров"  # a name: the text that sets the failure off must reach neither the log nor the output


class _Failing:
    """A topic model that raises ``error`` on any batch holding a text with :data:`MARK`."""

    def __init__(self, model, error: BaseException) -> None:
        self.model, self.error = model, error

    def predict_proba(self, texts):
        if any(MARK in text for text in texts):
            raise self.error
        return self.model.predict_proba(texts)

    def __getattr__(self, name):
        return getattr(self.model, name)


class _Broken(_Failing):
    """A topic model that raises on every text (one pickled by another scikit-learn)."""

    def predict_proba(self, texts):
        raise self.error


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_a_row_whose_analysis_raises_is_an_error_row(tmp_path: Path, models, caplog) -> None:
    source = tmp_path / "in.csv"
    texts = ["Нет воды", "Яма на дороге", f"Звонил {MARK} нет света", "Мусор во дворе", f"{MARK} опять", "Нет газа"]
    source.write_text("id,text\n" + "".join(f"a{i},{text}\n" for i, text in enumerate(texts)), encoding="utf-8")
    failing = DefaultModels(topic=_Failing(models.topic, IndexError(f"no {MARK}")), urgency=models.urgency)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=4, models=failing, keep_text=True)
    rows = _rows(tmp_path / "out.csv")
    assert [row["id"] for row in rows] == [f"a{i}" for i in range(6)]
    assert [row["error"] for row in rows] == ["", "", "analysis failed: IndexError", "", "analysis failed: IndexError",
                                              ""]
    assert rows[2]["text"] == rows[2]["topic"] == "" and rows[3]["topic"] == "waste" and rows[5]["text"] == "Нет газа"
    assert (summary.errors, dict(summary.error_kinds)) == (2, {"analysis failed": 2})
    assert "row 2 could not be analysed: IndexError at " in caplog.text and "row 4 could not" in caplog.text
    assert MARK not in caplog.text and MARK not in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_ctrl_c_in_the_analysis_still_stops_the_job(tmp_path: Path, models) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"id,text\n1,Нет воды\n2,{MARK}\n", encoding="utf-8")
    failing = DefaultModels(topic=_Failing(models.topic, KeyboardInterrupt()), urgency=models.urgency)
    with pytest.raises(KeyboardInterrupt):
        run_analyze_job(source, tmp_path / "out.csv", models=failing)
    assert not (tmp_path / "out.csv").exists()


def test_a_model_that_fails_on_every_row_still_stops_the_job(tmp_path: Path, models) -> None:
    # no fault of a row: a job of millions of error rows, each said in the log, would hide it
    source = tmp_path / "in.csv"
    source.write_text("id,text\n" + "".join(f"{i},{MARK} {i}\n" for i in range(5)), encoding="utf-8")
    broken = DefaultModels(topic=_Broken(models.topic, ValueError("broken model")), urgency=models.urgency)
    with pytest.raises(ModelFailedError, match=r"raised ValueError at test_batch_failed_rows\.py:"):
        run_analyze_job(source, tmp_path / "out.csv", models=broken)


def test_rows_that_all_set_off_one_rule_are_error_rows_when_a_plain_appeal_passes(tmp_path: Path, models) -> None:
    # review s18: every row of the chunk raising stopped the job, though the model reads a plain appeal
    source = tmp_path / "in.csv"
    source.write_text("id,text\n" + "".join(f"{i},{MARK} {i}\n" for i in range(5)), encoding="utf-8")
    failing = DefaultModels(topic=_Failing(models.topic, ValueError("a rule's bug")), urgency=models.urgency)
    summary = run_analyze_job(source, tmp_path / "out.csv", models=failing)
    assert dict(summary.error_kinds) == {"analysis failed": 5}


class _Undated(_Failing):
    """An urgency model written for appeals without dates: it raises when given any."""

    def predict_with_proba(self, texts, dates=None):
        if dates is not None and any(day is not None for day in dates):
            raise TypeError("no dates")
        return self.model.predict_with_proba(texts)


def test_a_model_that_fails_on_dated_rows_stops_the_job(tmp_path: Path, models) -> None:
    # review s18: the probe read a plain appeal without the row's date, passed, and every row became an error row
    source = tmp_path / "in.csv"
    source.write_text("id,text,date\n" + "".join(f"{i},Нет воды {i},2024-01-0{i + 1}\n" for i in range(5)),
                      encoding="utf-8")
    undated = DefaultModels(topic=models.topic, urgency=_Undated(models.urgency, TypeError()))
    with pytest.raises(ModelFailedError, match="raised TypeError"):
        run_analyze_job(source, tmp_path / "out.csv", models=undated, date_column="date", chunk_size=1)


def test_a_broken_model_that_quotes_the_appeal_stops_without_printing_it(tmp_path: Path, models, monkeypatch,
                                                                         capsys) -> None:
    # review s18: the job re-raised the model's own error, and scikit-learn's quote the input: the name and phone of
    # the appeal went to the job's stderr
    class _Quoting(_Broken):
        def predict_proba(self, texts):
            raise ValueError(f"Expected 2D array, got 1D array instead: array={list(texts)!r}")

    source = tmp_path / "in.csv"
    source.write_text(f"id,text\n0,\n1,{MARK} Иван 89123456789 нет воды\n", encoding="utf-8")
    quoting = DefaultModels(topic=_Quoting(models.topic, ValueError()), urgency=models.urgency)
    with pytest.raises(ModelFailedError) as stop:
        run_analyze_job(source, tmp_path / "out.csv", models=quoting)
    assert MARK not in str(stop.value) and "8912" not in str(stop.value) and stop.value.__suppress_context__
    from mcu_nlp import defaults

    files = defaults.model_files(None, None)
    monkeypatch.setattr(defaults, "with_models", lambda *paths: quoting)
    monkeypatch.setattr(defaults, "model_files", lambda *paths: files)
    (tmp_path / "quoting.joblib").write_bytes(b"")  # --topic-model must name a file; with_models reads none here
    code = main(["analyze", str(source), "-o", str(tmp_path / "cli.csv"), "--topic-model",
                 str(tmp_path / "quoting.joblib"), "--no-progress"])
    said = capsys.readouterr()
    assert code == 2 and "the models raised ValueError at " in said.err
    assert MARK not in said.err + said.out and "8912" not in said.err + said.out


@pytest.mark.parametrize(("lines", "options"), [
    (["0,,78"], {}),  # an empty text, which the analysis never reads, stopped no guard
    (["0,Нет воды,99"], {"region_column": "region"}),  # a bad region (analysed without one since s41) stops it too
    ([], {"chunk_size": 1}),  # a chunk of one row: no rows to compare
], ids=["empty text", "bad region", "one-row chunks"])
def test_a_broken_model_stops_the_job_whatever_rows_it_never_read(tmp_path: Path, models, lines, options) -> None:
    # review s17: 1 empty text and 399 rows of 'analysis failed' made a job that "succeeded"
    source = tmp_path / "in.csv"
    source.write_text("id,text,region\n" + "".join(f"{line}\n" for line in lines)
                      + "".join(f"{i},{MARK} нет воды {i},78\n" for i in range(1, 6)), encoding="utf-8")
    broken = DefaultModels(topic=_Broken(models.topic, ValueError("broken model")), urgency=models.urgency)
    with pytest.raises(ModelFailedError, match="ValueError"):
        run_analyze_job(source, tmp_path / "out.csv", models=broken, **options)


def test_a_row_that_raises_alone_in_its_chunk_is_an_error_row(tmp_path: Path, models, caplog) -> None:
    # a model that reads a plain appeal: the row's fault, the job goes on; every row an error row names no column
    source = tmp_path / "in.csv"
    source.write_text(f"id,text\n1,{MARK} нет воды\n2,\n3,{MARK} нет газа\n", encoding="utf-8")
    failing = DefaultModels(topic=_Failing(models.topic, IndexError("no row")), urgency=models.urgency)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        summary = run_analyze_job(source, tmp_path / "out.csv", chunk_size=1, models=failing)
    assert dict(summary.error_kinds) == {"analysis failed": 2, "empty text": 1}
    assert "every row, all 3, is an error row" in caplog.text and "a fault of mcu_nlp" in caplog.text
    assert "--text-column" not in caplog.text and MARK not in caplog.text
