"""A job's files survive a kill and a crash: a job SIGKILLed while it joined its parts left its output's temporary
copy (``OUT.csv.<hex>.tmp``, full size) that no later run removed; parts were renamed without being flushed to the
disk, so a machine that went down could leave a renamed part empty."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job

ROWS = "id,text\n" + "".join(f"{i},Нет горячей воды в доме {i}\n" for i in range(10))

#: the job in a process of its own, killed (SIGKILL: no clean-up runs) half way through writing the joined output
KILLED_IN_THE_JOIN = """
import os, signal, sys
import mcu_nlp.partfiles as partfiles
from mcu_nlp.batchjob import run_analyze_job

def half_then_killed(parts, out, fmt, metadata=None):
    out.write_bytes(parts[0].read_bytes()[:20])
    os.kill(os.getpid(), signal.SIGKILL)

partfiles.concat_parts = half_then_killed
run_analyze_job(sys.argv[1], sys.argv[2], chunk_size=3)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL")
@pytest.mark.parametrize("resume", [True, False])
def test_a_job_killed_in_its_join_publishes_nothing_and_its_rerun_leaves_no_temporary_file(
        tmp_path: Path, models, resume: bool) -> None:
    source, output = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(ROWS, encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED_IN_THE_JOIN, str(source), str(output)], env=os.environ)
    assert killed.returncode == -signal.SIGKILL
    assert not output.exists()  # the half-written join is never published under the output's name
    assert [p.name for p in tmp_path.glob("out.csv.*.tmp")]  # what the kill left
    summary = run_analyze_job(source, output, chunk_size=3, models=models, resume=resume)
    assert summary.resumed_chunks == (4 if resume else 0)
    run_analyze_job(source, tmp_path / "whole.csv", chunk_size=3, models=models)
    assert output.read_bytes() == (tmp_path / "whole.csv").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv", "out.csv.job.json", "whole.csv",
                                                          "whole.csv.job.json"]


def test_every_part_and_the_output_are_on_the_disk_before_they_are_renamed(tmp_path: Path, models,
                                                                           monkeypatch) -> None:
    events: list[tuple[str, int]] = []  # in order: ("synced", inode), ("renamed", inode), ("in", its folder's inode)
    names: list[str] = []
    flush, rename = os.fsync, os.replace

    def fsync(handle: int) -> None:
        events.append(("synced", os.fstat(handle).st_ino))
        flush(handle)

    def replace(src, dst) -> None:
        names.append(Path(dst).name)
        events.extend([("renamed", os.stat(src).st_ino), ("in", os.stat(Path(dst).parent).st_ino)])
        rename(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    source = tmp_path / "in.csv"
    source.write_text(ROWS, encoding="utf-8")
    run_analyze_job(source, tmp_path / "out.csv", chunk_size=3, models=models)
    assert [name for name in names if name.startswith("part-")] == [f"part-00000{i}.csv" for i in range(4)]
    assert "out.csv" in names
    for at, (event, inode) in enumerate(events):
        if event == "renamed":  # the file flushed before its rename, its folder after it
            assert ("synced", inode) in events[:at], names
            assert ("synced", events[at + 1][1]) in events[at + 2:], names
