"""Session 24 mid-session review item 11: with stderr closed (``exec 2>&-``), a command's refusals and notes go
nowhere, never to stdout (which may be the data)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mcu_nlp.cli import main


def test_a_refusal_with_stderr_closed_writes_nothing_to_stdout(tmp_path: Path) -> None:
    run = subprocess.run(
        ["sh", "-c", f"exec 2>&-; '{sys.executable}' -m mcu_nlp.cli analyze nope.csv -o o.csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stdout == ""


def test_a_refusal_in_process_with_stderr_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["analyze", "nope.csv", "-o", "o.csv"]) == 2
    assert capsys.readouterr().out == ""


def test_a_refusal_still_goes_to_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "nope.csv", "-o", "o.csv"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "mcu-nlp analyze:" in captured.err
