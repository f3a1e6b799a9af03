"""Worker processes only where there is work for them, and chunks that weigh alike: ``analyze_batch`` on 2,001
texts with ``n_jobs=2`` gave one worker 2,000 texts and the other 1 (twice the time of one process), and a job of
one chunk with ``--jobs 2`` started workers for nothing."""

import json
from pathlib import Path
from typing import Any, ClassVar

import joblib
import pytest

import mcu_nlp
from mcu_nlp.batchjob import run_analyze_job


class _Parallel:
    """joblib.Parallel run in this process, each call's processes and tasks recorded."""

    calls: ClassVar[list[tuple[int, list[tuple[Any, ...]]]]] = []

    def __init__(self, n_jobs: int, initializer: Any = None, initargs: tuple[Any, ...] = (), **options: Any) -> None:
        self.n_jobs = n_jobs
        if initializer is not None:  # what a worker runs first (here: once, for all)
            initializer(*initargs)

    def __call__(self, tasks: Any) -> Any:
        seen: list[tuple[Any, ...]] = []
        self.calls.append((self.n_jobs, seen))
        for function, args, kwargs in tasks:
            seen.append(args)
            yield function(*args, **kwargs)


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, list[tuple[Any, ...]]]]:
    calls: ClassVar[list[tuple[int, list[tuple[Any, ...]]]]] = []
    monkeypatch.setattr(_Parallel, "calls", calls)
    monkeypatch.setattr(joblib, "Parallel", _Parallel)
    return calls


TEXTS = ["Нет воды в доме", "Яма на дороге", "Мусор не вывозят", "Нет света", "Скользко во дворе"]


@pytest.mark.parametrize(("texts", "size", "chunks"), [
    (TEXTS, 3, None),  # 5 texts, chunks of 3: were 3 for one worker and 2 for the other
    (TEXTS[:3], 2, None),
    (TEXTS * 2, 3, [2, 3, 2, 3]),  # three chunks' worth: two workers, two chunks each (by weight)
    (TEXTS[:4], 2, [2, 2]),
])
def test_processes_only_for_two_chunks_of_texts_at_least(parallel, models, texts: list[str], size: int,
                                                         chunks: list[int] | None) -> None:
    rows = mcu_nlp.analyze_batch(texts, models=models, n_jobs=2, chunk_size=size)
    assert rows == mcu_nlp.analyze_batch(texts, models=models, chunk_size=size)
    if chunks is None:
        assert parallel == []
    else:
        assert [(n, [len(args[0]) for args in tasks]) for n, tasks in parallel] == [(2, chunks)]


def test_chunks_for_workers_weigh_alike(parallel, models) -> None:
    # cut by count, the two long texts were one worker's chunk and the four short ones the other's
    texts = ["Нет воды в доме. " * 60, "Яма на дороге. " * 60, *TEXTS[:4]]
    rows = mcu_nlp.analyze_batch(texts, models=models, n_jobs=2, chunk_size=2)
    assert rows == mcu_nlp.analyze_batch(texts, models=models, chunk_size=2)
    [(n, tasks)] = parallel
    assert n == 2 and [len(args[0]) for args in tasks] == [1, 1, 4]
    assert max(sum(map(len, args[0])) for args in tasks) <= len(texts[0])


def _jsonl(path: Path, rows: int) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": TEXTS[i % 5]}, ensure_ascii=False) + "\n"
                            for i in range(rows)), encoding="utf-8")
    return path


@pytest.mark.parametrize(("rows", "size", "workers"), [(4, 10, None), (4, 2, 2), (9, 3, 2)])
def test_a_job_of_one_chunk_starts_no_workers(tmp_path: Path, parallel, models, rows: int, size: int,
                                              workers: int | None) -> None:
    source = _jsonl(tmp_path / "in.jsonl", rows)
    run_analyze_job(source, tmp_path / "one.csv", chunk_size=size, models=models)
    run_analyze_job(source, tmp_path / "two.csv", chunk_size=size, n_jobs=2, models=models)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert [n for n, _ in parallel] == ([] if workers is None else [workers])
