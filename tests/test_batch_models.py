"""The models of an analyze job go to each worker once, not with each chunk: a model given by ``--topic-model``
(with the shipped urgency model) was pickled, sent and unpickled once per chunk, its caches lost each time."""

import copyreg
import json
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.defaults import DefaultModels

TEXTS = ["Нет воды в доме", "Яма на дороге", "Мусор не вывозят", "Нет света", "Скользко во дворе"]


def test_the_models_of_a_job_are_sent_once_per_worker_not_per_chunk(tmp_path: Path, models,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    mine = DefaultModels(topic=models.topic, urgency=models.urgency)  # as --topic-model gives them
    sent: list[int] = []

    def reduce(value: DefaultModels) -> tuple:
        sent.append(1)  # each pickling of the models, in this process (a task or a worker's start)
        return DefaultModels, (value.topic, value.urgency)

    monkeypatch.setitem(copyreg.dispatch_table, DefaultModels, reduce)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": TEXTS[i % 5]}, ensure_ascii=False) + "\n"
                              for i in range(12)), encoding="utf-8")
    run_analyze_job(source, tmp_path / "one.csv", chunk_size=2, models=mine)
    assert not sent  # in this process: never pickled
    run_analyze_job(source, tmp_path / "two.csv", chunk_size=2, n_jobs=2, models=mine)
    assert len(sent) <= 2  # 6 chunks: the models were pickled 6 times
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
