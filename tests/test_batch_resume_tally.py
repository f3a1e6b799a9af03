"""A job resumed after a stop says what a job without one says: each chunk's tally (its error rows by kind, its dates
not read) is kept beside its part, and a resumed job counts the chunks it reuses with it. The warning about dates
forgot the rows of the chunks done before the stop, and the error kinds of the warning for a job of error rows only
were those of the chunks done after it."""

import logging
from pathlib import Path

import pytest

from mcu_nlp.batchjob import run_analyze_job

DATES = "id,text,date\n" + "".join(f"{i},{'' if i % 4 == 0 else 'Нет воды'},{'когда-то' if i % 2 else '2024-01-05'}\n"
                                   for i in range(12))


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelname == "WARNING" and "--resume" not in r.getMessage()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_resumed_job_warns_and_counts_as_one_without_a_stop(tmp_path: Path, job_killed_at_chunk, models, caplog,
                                                               fmt: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text(DATES, encoding="utf-8")
    options = {"date_column": "date", "chunk_size": 3, "models": models}
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        whole = run_analyze_job(source, tmp_path / f"whole.{fmt}", **options)
        said = _warnings(caplog)
        with job_killed_at_chunk(2):
            run_analyze_job(source, tmp_path / f"out.{fmt}", **options)
        caplog.clear()
        resumed = run_analyze_job(source, tmp_path / f"out.{fmt}", resume=True, **options)
    assert resumed.resumed_chunks == 2
    assert _warnings(caplog) == said == [
        "analyze: 6 dates in 'date' could not be read (rows [1, 3, 5, 7, 9]...) and count as unknown; write them as "
        "'YYYY-MM-DD' or 'DD.MM.YYYY'"]
    assert (resumed.rows, resumed.errors, resumed.error_kinds) == (whole.rows, whole.errors, whole.error_kinds)
    assert (tmp_path / f"out.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes()


def test_a_resumed_job_counts_the_bad_region_cells_of_the_chunks_it_reuses(tmp_path: Path, job_killed_at_chunk,
                                                                          models, caplog) -> None:
    # 9 region cells that are no code before the stop (their rows analysed without a region, walkthrough s41 D1),
    # 1 empty text after: the warning counts the reused chunks' cells from their tallies, and says the first's reason
    source = tmp_path / "in.csv"
    source.write_text("id,text,region\n" + "".join(f"{i},Нет воды,99\n" for i in range(9)) + "9,,78\n",
                      encoding="utf-8")
    with job_killed_at_chunk(3):
        run_analyze_job(source, tmp_path / "out.csv", chunk_size=3, region_column="region", models=models)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        resumed = run_analyze_job(source, tmp_path / "out.csv", chunk_size=3, region_column="region", models=models,
                                  resume=True)
    assert resumed.resumed_chunks == 3 and (resumed.rows, resumed.errors) == (10, 1)
    assert "9 region cells in 'region' are no subject code (rows [0, 1, 2, 3, 4]...), such as: expected a known " \
           "subject code, got '99'; 99 is the ОКТМО/ОКАТО prefix of Еврейская автономная область; its subject code " \
           "is '79'; those rows were analysed without a region" in caplog.text


def test_a_part_without_its_tally_is_done_again(tmp_path: Path, job_killed_at_chunk, models) -> None:
    # parts left by a version that kept no tally: reused, their dates not read went uncounted
    source = tmp_path / "in.csv"
    source.write_text(DATES, encoding="utf-8")
    with job_killed_at_chunk(2):
        run_analyze_job(source, tmp_path / "out.csv", date_column="date", chunk_size=3, models=models)
    for tally in (tmp_path / "out.csv.parts").glob("tally-*"):
        tally.unlink()
    summary = run_analyze_job(source, tmp_path / "out.csv", date_column="date", chunk_size=3, models=models,
                              resume=True)
    assert (summary.resumed_chunks, summary.rows, summary.errors) == (0, 12, 3)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_part_cut_short_is_done_again(tmp_path: Path, job_killed_at_chunk, models, fmt: str) -> None:
    # a machine that went down (not the job: its parts are renamed when whole) can leave a renamed file short, or
    # empty: it was reused, and its rows were missing from the output (or a Parquet one stopped the join)
    source = tmp_path / "in.csv"
    source.write_text(DATES, encoding="utf-8")
    with job_killed_at_chunk(2):
        run_analyze_job(source, tmp_path / f"out.{fmt}", chunk_size=3, models=models)
    part = tmp_path / f"out.{fmt}.parts" / f"part-000001.{fmt}"
    part.write_bytes(part.read_bytes()[: part.stat().st_size // 2])
    summary = run_analyze_job(source, tmp_path / f"out.{fmt}", chunk_size=3, models=models, resume=True)
    run_analyze_job(source, tmp_path / f"whole.{fmt}", chunk_size=3, models=models)
    assert (summary.rows, summary.resumed_chunks, summary.errors) == (12, 1, 3)
    assert (tmp_path / f"out.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes()
