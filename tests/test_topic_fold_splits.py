"""The Kursk fold splits of the topic benchmark: data/topic/build.py's ``fold_numbers`` writes the data's split
(seed 0) and redraws others for ``benchmarks/topic.py --fold-seeds``, always grouped by normalised text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from mcu_nlp.corpora import load_topic_data

ROOT = Path(__file__).resolve().parents[1]


def module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


@pytest.fixture(scope="module")
def kursk():
    return load_topic_data()[1]


@pytest.fixture(scope="module")
def build():
    return module(ROOT / "data" / "topic" / "build.py", "topic_data_build_test")


def test_seed_0_is_the_split_the_data_was_written_with(kursk, build):
    assert (build.fold_numbers(kursk, 0) == kursk["fold"].to_numpy()).all()


def test_another_seed_redraws_five_even_folds_grouped_by_normalised_text(kursk, build):
    folds = build.fold_numbers(kursk, 1)
    assert (folds != kursk["fold"].to_numpy()).mean() > 0.5
    assert sorted(np.bincount(folds).tolist()) == [391, 391, 391, 392, 392]
    keys = build.group_keys(kursk["text"])
    assert (keys.groupby(folds).apply(set).map(len).sum()) == keys.nunique()  # no group in two folds
    assert (build.fold_numbers(kursk, 1) == folds).all()  # deterministic


def test_benchmark_resplit_keeps_the_rows_and_changes_only_the_folds(kursk, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    bench = module(ROOT / "benchmarks" / "topic.py", "topic_benchmark_test")
    sys.modules.pop("topic_benchmark_test", None)
    again = bench.resplit(kursk, 0)
    assert again.equals(kursk)
    other = bench.resplit(kursk, 2)
    assert other.drop(columns="fold").equals(kursk.drop(columns="fold"))
    assert (other["fold"] != kursk["fold"]).any()
