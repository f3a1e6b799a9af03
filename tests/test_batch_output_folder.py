"""An analyze job whose output is a folder stops before any work: it was found when the parts were joined into the
output, after every chunk had been analysed (hours on millions of rows), and the job ended with exit 2."""

from pathlib import Path

import pytest

import mcu_nlp.jobchunk
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError


@pytest.mark.parametrize("name", ["out.csv", "out"])
def test_an_output_folder_is_refused_before_any_chunk(tmp_path: Path, monkeypatch, capsys, name: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет воды\n", encoding="utf-8")
    (tmp_path / name).mkdir()
    monkeypatch.setattr(mcu_nlp.jobchunk, "do_chunk", lambda *task: pytest.fail("a chunk was analysed"))
    with pytest.raises(InputError, match=f"expected an output file, got .*{name} \\(a folder\\); name a file in it"):
        run_analyze_job(source, tmp_path / name, out_format="csv")
    assert main(["analyze", str(source), "-o", str(tmp_path / name), "--output-format", "csv", "--no-progress"]) == 2
    assert "(a folder)" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.parts"))
