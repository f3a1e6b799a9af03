"""What a job does when it has been done already, and with tab-separated input: the same command with --resume
after a finished job did it all again; a .tsv was refused, or split at the commas of its header."""

from pathlib import Path

import pytest

import mcu_nlp.jobchunk
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError

APPEALS = "id,text\n1,Нет воды в доме\n2,Яма на дороге\n3,Мусор не вывозят\n"


@pytest.fixture
def chunks_done(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The chunks analysed by the jobs run while it is in use."""
    done: list[int] = []
    analyse = mcu_nlp.jobchunk.do_chunk
    monkeypatch.setattr(mcu_nlp.jobchunk, "do_chunk", lambda plan, index, *rest: done.append(index) or
                        analyse(plan, index, *rest))
    return done


def test_resume_after_a_finished_job_says_it_is_complete_and_does_nothing(tmp_path: Path, models, chunks_done,
                                                                          capsys) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(APPEALS, encoding="utf-8")
    first = run_analyze_job(source, out, chunk_size=2, models=models)
    written, stamp = out.read_bytes(), out.stat().st_mtime_ns
    assert chunks_done == [0, 1]
    again = run_analyze_job(source, out, chunk_size=2, models=models, resume=True, n_jobs=2)  # --jobs aside
    assert chunks_done == [0, 1] and again.complete and (again.rows, again.errors) == (first.rows, first.errors)
    assert out.read_bytes() == written and out.stat().st_mtime_ns == stamp
    assert main(["analyze", str(source), "-o", str(out), "--chunk-size", "2", "--resume", "--no-progress"]) == 0
    assert f"{out} is complete (3 rows, 0 with errors), written by the same job" in capsys.readouterr().err
    assert chunks_done == [0, 1]


@pytest.mark.parametrize("change", ["option", "input", "output", "no record"])
def test_resume_does_the_job_again_when_anything_changed(tmp_path: Path, models, chunks_done, change: str) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(APPEALS, encoding="utf-8")
    run_analyze_job(source, out, chunk_size=2, models=models)
    options = {"keep_text": change == "option"}
    if change == "input":
        source.write_text(APPEALS + "4,Нет света\n", encoding="utf-8")
    elif change == "output":  # edited by hand, or by another job
        out.write_text(out.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "no record":
        (tmp_path / "out.csv.job.json").unlink()
    summary = run_analyze_job(source, out, chunk_size=2, models=models, resume=True, **options)
    assert not summary.complete and chunks_done == [0, 1, 0, 1]


def test_a_tsv_input_is_read_tab_separated(tmp_path: Path, models) -> None:
    # refused ("expected a .csv, .jsonl or .parquet file"); with --format csv, split at the comma of its header
    source = tmp_path / "in.tsv"
    source.write_text("id\tДата, время\ttext\n1\t2024-01-05\tНет воды, третий день\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    run_analyze_job(source, out, date_column="Дата, время", models=models)
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith('1,2024-01-05,0,"Нет воды, третий день",water')


def test_a_tsv_output_is_refused_and_the_default_one_is_csv(tmp_path: Path, models, monkeypatch) -> None:
    source = tmp_path / "in.tsv"
    source.write_text("id\ttext\n1\tНет воды\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"got out\.tsv; name it \.csv: the output is written comma-separated"):
        run_analyze_job(source, tmp_path / "out.tsv", models=models)
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "in.tsv", "--no-progress"]) == 0
    assert (tmp_path / "in.analysed.csv").read_text(encoding="utf-8").startswith("id,row,text,")


@pytest.mark.parametrize(("first", "then", "complete"), [
    (["--topic-model", "topic.joblib"], [], False),  # the shipped model now: the output has the other one's topics
    ([], ["--topic-model", "topic.joblib"], False),
    (["--topic-model", "topic.joblib"], ["--topic-model", "topic.joblib"], True),
])
def test_resume_with_other_model_files_does_the_job_again(tmp_path: Path, chunks_done, monkeypatch, capsys,
                                                          first: list[str], then: list[str], complete: bool) -> None:
    # --topic-model was no part of the job: 'out.csv is complete ... written by the same job', the old model's topics
    from mcu_nlp.defaults import MODELS, TOPIC_MODEL
    from mcu_nlp.persistence import manifest_path

    for file in (MODELS / TOPIC_MODEL, manifest_path(MODELS / TOPIC_MODEL)):
        (tmp_path / file.name).write_bytes(file.read_bytes())
    (tmp_path / "in.csv").write_text(APPEALS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    command = ["analyze", "in.csv", "-o", "out.csv", "--chunk-size", "2", "--no-progress"]
    assert main(command + first) == 0 and chunks_done == [0, 1]
    assert main(command + then + ["--resume"]) == 0
    assert ("out.csv is complete" in capsys.readouterr().err) == complete
    assert chunks_done == ([0, 1] if complete else [0, 1, 0, 1])


def test_a_job_stopped_with_only_a_half_written_part_keeps_no_parts_folder(tmp_path: Path) -> None:
    # the parts folder was kept for a '.tmp' part (cut off mid-write) while the CLI said "no chunk was finished"
    from mcu_nlp.batchjob import _analyse_chunks
    from mcu_nlp.partfiles import kept_parts

    output = tmp_path / "out.csv"
    parts = tmp_path / "out.csv.parts"
    parts.mkdir()
    (parts / "part-00000.csv.tmp").write_text("id,text\n")

    def stopped():
        raise KeyboardInterrupt
        yield

    class Bar:
        def update(self, rows: int) -> None: ...
        def close(self) -> None: ...

    with pytest.raises(KeyboardInterrupt):
        _analyse_chunks(stopped(), 1, parts, Bar(), None)
    assert not kept_parts(output) and not parts.exists()


def _models_folder(folder: Path) -> Path:
    """A copy of the shipped model files (and their manifests) in ``folder``: another MCU_NLP_MODELS."""
    from mcu_nlp.defaults import MODELS, TOPIC_MODEL, URGENCY_MODEL
    from mcu_nlp.persistence import manifest_path

    folder.mkdir()
    for name in (TOPIC_MODEL, URGENCY_MODEL):
        for file in (MODELS / name, manifest_path(MODELS / name)):
            (folder / file.name).write_bytes(file.read_bytes())
    return folder


@pytest.mark.parametrize("stopped", [False, True], ids=["finished", "stopped after its first chunk"])
def test_resume_with_another_models_folder_does_the_job_again(tmp_path: Path, chunks_done, monkeypatch, capsys,
                                                              caplog, stopped: bool) -> None:
    # MCU_NLP_MODELS was no part of the job: a finished job was 'complete', a stopped one resumed with the other
    # folder's models for the chunks left, one output of two models' answers
    (tmp_path / "in.csv").write_text(APPEALS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    command = ["analyze", "in.csv", "-o", "out.csv", "--chunk-size", "2", "--no-progress"]
    monkeypatch.setenv("MCU_NLP_MODELS", str(_models_folder(tmp_path / "a")))
    if stopped:
        analyse = mcu_nlp.jobchunk.do_chunk

        def stop_at_the_second(plan, index, *rest):
            if index == 1:
                raise KeyboardInterrupt
            return analyse(plan, index, *rest)

        with monkeypatch.context() as patch:
            patch.setattr(mcu_nlp.jobchunk, "do_chunk", stop_at_the_second)
            assert main(command) == 130
        assert (tmp_path / "out.csv.parts").is_dir()
    else:
        assert main(command) == 0 and chunks_done == [0, 1]
    record = (tmp_path / "out.csv.parts" / "job.json") if stopped else (tmp_path / "out.csv.job.json")
    recorded = record.read_text(encoding="utf-8")
    monkeypatch.setenv("MCU_NLP_MODELS", str(_models_folder(tmp_path / "b")))
    assert main([*command, "--resume"]) == 0
    assert "is complete" not in capsys.readouterr().err
    assert chunks_done == ([0, 0, 1] if stopped else [0, 1, 0, 1])  # chunk 0 analysed again with the new models
    assert "--resume: out.csv" in caplog.text and "(the model files (--topic-model" in caplog.text
    assert "the job starts over" in caplog.text
    assert str(tmp_path / "a" / "urgency.joblib") in recorded  # the files the first run used
