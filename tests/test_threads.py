"""``analyze_batch`` from 8 threads at once gives what one thread gives.

Two situations: a cold process, where the threads race through the lazy loads (pymorphy3, the default
models, the gazetteer, a resolver per region hint), and a warm one with the word caches bounded so low
that threads keep clearing them under each other.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pandas as pd
import pytest

import mcu_nlp

THREADS = 8
REGIONS = (None, "89", "46", "78")


@pytest.fixture(scope="module")
def texts(spb_sample: pd.DataFrame, kursk_sample: pd.DataFrame) -> list[str]:
    return [*spb_sample["text"].head(60), *kursk_sample["text"].head(60),
            "В Салехарде нет отопления", "Яма в Новом Уренгое", "В Курске не вывозят мусор"]


def _in_threads(work: Any, n: int = THREADS) -> list[Any]:
    start = threading.Barrier(n)

    def run(i: int) -> Any:
        start.wait()  # all threads enter the library at the same moment
        return work(i)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))


def test_warm_threads_with_tiny_caches_match_one_thread(models: Any, texts: list[str], monkeypatch) -> None:
    import mcu_nlp.caches as caches

    def job(i: int) -> list[mcu_nlp.Analysis]:
        ordered = texts[i::2] + texts[1 - i % 2 :: 2]  # each thread its own order, so caches churn differently
        return mcu_nlp.analyze_batch(ordered, region=REGIONS[i % len(REGIONS)], models=models, chunk_size=17)

    alone = [job(i) for i in range(THREADS)]
    monkeypatch.setattr(caches, "CACHE_LIMIT", 50)  # every few words a thread clears a shared word cache
    together = _in_threads(job)
    assert together == alone


COLD = """
import functools, json, sys, threading
from concurrent.futures import ThreadPoolExecutor
import mcu_nlp
import mcu_nlp.geo.gazetteer as gazetteer

builds = []  # the keys the typo index was built for (it is shared: once per key is enough)
if hasattr(gazetteer, "_neighbours"):
    build = gazetteer._neighbours.__wrapped__
    gazetteer._neighbours = functools.lru_cache(maxsize=128)(lambda *a: builds.append(repr(a[1:])) or build(*a))
else:
    builds = None
texts, regions, n = json.loads(sys.stdin.read())
start = threading.Barrier(n)

def job(i):
    start.wait()
    return [repr(a) for a in mcu_nlp.analyze_batch(texts, region=regions[i % len(regions)], chunk_size=5)]

with ThreadPoolExecutor(n) as pool:
    together = list(pool.map(job, range(n)))
alone = [[repr(a) for a in mcu_nlp.analyze_batch(texts, region=regions[i % len(regions)])] for i in range(n)]
json.dump({"together": together, "alone": alone, "typo_index_builds": builds}, sys.stdout)
"""


@pytest.fixture(scope="module")
def cold(texts: list[str]) -> dict[str, Any]:
    payload = json.dumps([[*texts[:12], "Яма в Салехрде"], list(REGIONS), THREADS], ensure_ascii=True)
    child = subprocess.run([sys.executable, "-c", COLD], input=payload, capture_output=True, text=True,
                           timeout=300)
    assert child.returncode == 0, child.stderr[-2000:]
    return json.loads(child.stdout)


def test_cold_threads_racing_through_lazy_loads_match_one_thread(cold: dict[str, Any]) -> None:
    assert len(cold["together"]) == THREADS
    assert cold["together"] == cold["alone"]


def test_cold_threads_build_the_typo_index_once(cold: dict[str, Any]) -> None:
    builds = cold["typo_index_builds"]
    assert builds is not None, "gazetteer._neighbours was renamed: update this test"
    assert builds and sorted(builds) == sorted(set(builds)), f"built {len(builds)} times for {len(set(builds))} keys"
