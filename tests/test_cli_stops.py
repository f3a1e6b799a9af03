"""What ``mcu-nlp analyze`` says when Ctrl-C stops it: --resume only when it kept finished chunks (it said so with
no chunk finished and no parts folder)."""

from pathlib import Path

import pytest

import mcu_nlp.jobchunk
from mcu_nlp.cli import main


def _stopped_at(monkeypatch, at: int) -> None:
    analyse = mcu_nlp.jobchunk.do_chunk

    def do_chunk(plan, index, *rest):
        if index == at:
            raise KeyboardInterrupt
        return analyse(plan, index, *rest)

    monkeypatch.setattr(mcu_nlp.jobchunk, "do_chunk", do_chunk)


@pytest.mark.parametrize(("at", "said"), [
    (0, "stopped by SIGINT; no chunk was finished: run it again from the start"),
    (1, "stopped by SIGINT; its finished chunks are kept: run it again with --resume"),
])
def test_ctrl_c_says_resume_only_when_chunks_were_kept(tmp_path: Path, monkeypatch, capsys, at: int,
                                                       said: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Нет воды\n2,Яма на дороге\n", encoding="utf-8")
    _stopped_at(monkeypatch, at)
    assert main(["analyze", str(source), "--chunk-size", "1", "--no-progress"]) == 130
    assert said in capsys.readouterr().err
    parts = tmp_path / "in.analysed.csv.parts"
    assert parts.is_dir() == (at > 0)
