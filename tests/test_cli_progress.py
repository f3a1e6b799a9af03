"""`mcu-nlp analyze` draws its progress bar on a terminal only: in a log file every refresh of the bar was a copy."""

import io
import logging
from pathlib import Path
from typing import Any

import pytest

from mcu_nlp import batchjob
from mcu_nlp.cli import main


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Яма на дороге\n2,Нет воды\n", encoding="utf-8")
    return source


def test_no_bar_when_stderr_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(_source(tmp_path)), "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert "row/s" not in err and "\r" not in err  # a tqdm bar: its rate and carriage returns
    assert "2 rows -> " in err  # the summary line stays


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("terminal", "flags", "bar"), [(True, [], True), (True, ["--no-progress"], False),
                                                      (False, [], False)])
def test_the_bar_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: bool,
                                    flags: list[str], bar: bool) -> None:
    asked, run = [], batchjob.run_analyze_job

    def job(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs["progress"])
        return run(*args, **kwargs)

    monkeypatch.setattr(batchjob, "run_analyze_job", job)  # the CLI imports it when it runs
    monkeypatch.setattr("sys.stderr", _Terminal() if terminal else io.StringIO())
    assert main(["analyze", str(_source(tmp_path)), "-o", str(tmp_path / "out.csv"), *flags]) == 0
    assert asked == [bar]


def test_verbose_logs_each_chunk(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="mcu_nlp"):
        assert main(["analyze", str(_source(tmp_path)), "-o", str(tmp_path / "out.csv"), "--chunk-size", "1"]) == 0
    done = [r.getMessage() for r in caplog.records if "analysed so far" in r.getMessage()]
    assert done == ["analyze: a chunk of 1 rows done, 1 rows analysed so far",
                    "analyze: a chunk of 1 rows done, 2 rows analysed so far"]
