"""The shipped table of frequent forms' lemmas (session 22, issue #3 speed: a first parse spared per frequent form)
gives what pymorphy3 gives, and is ignored, with a warning, when built for other pymorphy3 or dictionary versions."""

from __future__ import annotations

import gzip
import random

import pytest

from mcu_nlp import morphology


@pytest.fixture
def table_restored():
    yield
    morphology.use_lemma_table(True)


def test_the_table_is_read_and_its_lemmas_are_pymorphy3s(table_restored):
    table = morphology._read_table(morphology.LEMMA_TABLE_PATH)
    assert table is not None and len(table) > 10_000
    sample = [*random.Random(22).sample(sorted(table), 400), "трубы", "работает", "снимки"]
    sample = [form for form in sample if form in table]
    morphology.use_lemma_table(False)
    parsed = {}
    for form in sample:
        morphology._LEMMAS.clear()  # each as lemma() reads it first, with no other form seen
        parsed[form] = morphology.lemma(form)
    assert {form: table[form] for form in sample} == parsed


def test_lemma_reads_the_table_before_pymorphy3(monkeypatch, table_restored):
    monkeypatch.setattr(morphology, "_read_table", lambda path: {"ямищи": "ямища-из-таблицы"})
    morphology.use_lemma_table(True)
    assert morphology.lemma("ямищи") == "ямища-из-таблицы" and morphology.lemma("трубы") == "труба"


def test_a_table_of_other_versions_is_ignored_with_a_warning(tmp_path, table_restored):
    path = tmp_path / "lemma_table.tsv.gz"
    path.write_bytes(gzip.compress("# pymorphy3\t0.0.1\tpymorphy3-dicts-ru\t0.0\nтрубы\tтрубка\n".encode()))
    with pytest.warns(UserWarning, match="ignored"):
        assert morphology._read_table(path) is None
    morphology.LEMMA_TABLE_PATH, shipped = path, morphology.LEMMA_TABLE_PATH
    try:
        with pytest.warns(UserWarning):
            morphology.use_lemma_table(True)
        assert morphology.lemma("трубы") == "труба"  # parsed, not the table's
    finally:
        morphology.LEMMA_TABLE_PATH = shipped
