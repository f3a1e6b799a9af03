"""``benchmarks/topic.py --save`` writes the shipped model with every figure of its manifest (session 16).

Session 15 refitted the model with ``train_default`` (SPb test figures only) because ``--save`` ran the whole
benchmark, and the manifest lost its Kursk fold figures (``kursk_cv``), as session 11's ``mcu-nlp train topic`` had.
``--save`` beside an option that leaves a figure out returned early without saving (``--unseen``, ``--fold-seeds``)
or saved fewer folds' figures as the Kursk ones (``--folds 2``): it is now refused before any data is read.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("topic_benchmark_save_test", ROOT / "benchmarks" / "topic.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


@pytest.mark.parametrize("options", [["--unseen"], ["--fold-seeds", "0", "1"], ["--folds", "2"], ["--speed"],
                                     ["--calibration"]])
def test_save_with_a_partial_run_is_refused_before_any_fit(bench, monkeypatch, capsys, options) -> None:
    def no_data(*args, **kwargs):
        raise AssertionError("read the training data (fits would follow) instead of refusing --save")

    monkeypatch.setattr(bench, "load_topic_data", no_data)
    monkeypatch.setattr(sys, "argv", ["topic.py", "--save", *options])
    with pytest.raises(SystemExit) as stopped:
        bench.main()
    assert stopped.value.code == 2
    assert "--save writes the full figures" in capsys.readouterr().err


def test_manifest_metrics_hold_the_three_blocks(bench) -> None:
    spb = {"accuracy": 0.9, "support": {"roads": 3}, "model": object()}
    folds, unseen = {"accuracy": 0.8, "support": {}}, {"accuracy": 0.7, "support": {}}
    metrics = bench.manifest_metrics(spb, folds, unseen)
    assert metrics == {"spb_test": {"accuracy": 0.9}, "kursk_cv": {"accuracy": 0.8},
                       "kursk_unseen": {"accuracy": 0.7}}


def test_manifest_metrics_refuse_a_missing_block(bench) -> None:
    with pytest.raises(ValueError, match="kursk_cv"):
        bench.manifest_metrics({"accuracy": 0.9}, {}, {"accuracy": 0.7})
