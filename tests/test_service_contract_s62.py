"""A Югра walkthrough (session 62, a backend developer wiring `analyze` into a web service): a result in JSON's
types (D7: `dataclasses.asdict` kept an error row's NaN, which `json.dumps` writes as no JSON), and the reasons of
an urgency level read in the season `analyze` read (D1: in a Far North subject in June, `explain` said «no heating:
high» beside `analyze`'s critical)."""

import json

import pytest

import mcu_nlp
from mcu_nlp.records import Analysis, Place


def test_a_result_is_strict_json() -> None:
    a = mcu_nlp.analyze("В Салехарде третий день нет отопления", region="89")
    row = json.loads(json.dumps(a.to_dict(), ensure_ascii=False, allow_nan=False))
    assert row["topic"] == a.topic and row["urgency_score"] == pytest.approx(a.urgency_score)
    assert row["municipality"]["oktmo"] == "71951000" and row["places"][0]["name"] == "Салехард"
    assert Analysis(text=row["text"], topic=row["topic"], topic_score=row["topic_score"], urgency=row["urgency"],
                    urgency_score=row["urgency_score"], places=tuple(Place(**p) for p in row["places"]),
                    municipality=Place(**row["municipality"]), error=row["error"]) == a


@pytest.mark.parametrize("value", ["", None, 5])
def test_an_error_row_has_null_scores(value: object) -> None:
    (a,) = mcu_nlp.analyze_batch([value])
    row = a.to_dict()
    assert row["error"] and row["topic_score"] is None and row["urgency_score"] is None
    json.dumps(row, allow_nan=False)


def test_explain_reads_the_season_in_the_region_analyze_read() -> None:
    text, june = "В Салехарде третий день нет отопления", "2025-06-15"
    a = mcu_nlp.analyze(text, region="86", date=june)  # the text names ЯНАО's Салехард: its cold season runs into June
    assert a.urgency == "critical"
    urgency = mcu_nlp.default_models().urgency
    assert [s.level for s in urgency.explain(text, june, a.municipality.region_code)] == ["critical"]
    assert [s.level for s in urgency.explain(text, june)] == ["high"]  # a date alone: the season of most of Russia
    assert [s.level for s in urgency.explain(text, june, "46")] == ["high"]
    assert [s.level for s in urgency.explain(text, None, "89")] == ["critical"]


def test_warm_builds_what_the_first_calls_would(tmp_path) -> None:
    # D2: a fresh worker's first calls took 0.7-1.0 CPU-s each (the gazetteer, the lexicon's index of misspellings)
    import subprocess
    import sys

    code = """
import mcu_nlp
models = mcu_nlp.default_models()
from mcu_nlp.geo.report import report_verbs
assert models.urgency.lexicon_._typos._index is None and "86" not in models._resolvers
assert report_verbs.cache_info().currsize == 0
assert models.warm(region="86") is models
assert models.urgency.lexicon_._typos._index is not None and "86" in models._resolvers
# a town's name opening a report reads geo's report verbs from the lexicon's rules: «Камышин, пахнет газом» took
# 0.26-0.45 s after a warm without it (a Волгоградская область walkthrough, session 64, D3)
assert report_verbs.cache_info().currsize == 1
print("warm")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "warm"
