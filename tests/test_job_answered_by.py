"""Which models answered a job (a Ставропольский край walkthrough, session 61, D4): the record beside the output
and a Parquet output's metadata name mcu_nlp's version, the gazetteer's sha256 and each model file's sha256 from its
manifest, so a row read months later says which model made it."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.defaults import model_files
from mcu_nlp.jobrecord import answered_by, record_path
from mcu_nlp.persistence import read_manifest, save

APPEALS = "id,text\n1,Нет воды в доме\n2,Яма на дороге\n3,Мусор не вывозят\n"


@pytest.mark.parametrize("rows", [APPEALS, "id,text\n"], ids=["rows", "header only"])
def test_a_parquet_output_and_its_record_name_the_models(tmp_path: Path, models, rows: str) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.parquet"
    source.write_text(rows, encoding="utf-8")
    run_analyze_job(source, out, chunk_size=2, models=models)
    stored = json.loads(pq.read_schema(out).metadata[b"mcu_nlp"])
    record = json.loads(record_path(out).read_text(encoding="utf-8"))["answered_by"]
    assert stored == record == answered_by(model_files())
    shipped = [read_manifest(path)["sha256"] for path in model_files()]
    assert [model["sha256"] for model in stored["models"]] == shipped
    assert len(stored["gazetteer_sha256"]) == 64


def test_a_csv_outputs_record_names_a_model_of_the_users(tmp_path: Path, models) -> None:
    mine = save(models.topic, tmp_path / "mine.joblib")
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text(APPEALS, encoding="utf-8")
    run_analyze_job(source, out, models=models, model_files=model_files(topic=mine))
    answered = json.loads(record_path(out).read_text(encoding="utf-8"))["answered_by"]["models"]
    assert [model["file"] for model in answered] == ["mine.joblib", "urgency.joblib"]
    assert answered[0]["sha256"] == read_manifest(mine)["sha256"]


def test_a_model_file_without_its_manifest_is_named_alone(tmp_path: Path) -> None:
    bare = tmp_path / "bare.joblib"
    bare.write_bytes(b"x")
    assert answered_by([bare])["models"] == [{"file": "bare.joblib"}]
