"""mcu_nlp's warnings raised while an analyze job's chunks run are the job's to say, once, as its own log lines: a
worker process printed them as raw Python warnings, a source path and the code line (walkthrough s47, D14)."""

import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.errors import McuNlpWarning
from mcu_nlp.jobchunk import ChunkTally

ROWS = "id,text\n1,в Казани нет света\n2,яма на дороге\n3,в Казани нет воды\n4,мусор во дворе\n"


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_prefix_warning_is_one_log_line_with_or_without_worker_processes(tmp_path: Path, jobs: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text(ROWS, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mcu_nlp.cli", "analyze", str(source), "-o", str(tmp_path / "out.csv"),
                           "--region", "92", "--jobs", jobs, "--chunk-size", "1", "--no-progress"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if "region='16'" in line]
    assert len(said) == 1 and said[0].startswith("WARNING analyze: region '92' is Севастополь's"), done.stderr
    assert "McuNlpWarning" not in done.stderr and ".py:" not in done.stderr


def test_a_job_run_from_python_warns_as_mcu_nlp_once(tmp_path: Path, models) -> None:
    source = tmp_path / "in.csv"
    source.write_text(ROWS, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_analyze_job(source, tmp_path / "out.csv", region="92", chunk_size=1, models=models)
    said = [str(w.message) for w in caught if issubclass(w.category, McuNlpWarning)]
    assert len(said) == 1 and "region='16'" in said[0]


def test_a_tally_keeps_each_warning_once_and_a_resumed_job_reads_an_older_tally(tmp_path: Path) -> None:
    job, chunk = ChunkTally(warned=["a"], others_warned=["RuntimeWarning"]), ChunkTally(warned=["b", "a"])
    job.add(chunk)
    assert job.warned == ["a", "b"] and job.others_warned == ["RuntimeWarning"]
    part = tmp_path / "part-000000.csv"
    part.write_text("id\n", encoding="utf-8")
    job.save(tmp_path / "t.json", part)
    assert ChunkTally.load(tmp_path / "t.json", part) == job
    older = (tmp_path / "t.json").read_text(encoding="utf-8").replace('"warned": ["a", "b"], ', "")
    (tmp_path / "old.json").write_text(older, encoding="utf-8")
    assert ChunkTally.load(tmp_path / "old.json", part).warned == []
