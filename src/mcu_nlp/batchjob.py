"""``mcu-nlp analyze`` as a resumable job over a file, in constant memory.

The input is read in chunks; each analysed chunk is written to its own part file (written to a
temporary name, then renamed), so a killed job resumes from its last finished chunk with
``resume=True``. When all chunks are done the parts are joined into the output, again through a
temporary file and a rename: a reader never sees a half-written output. What one chunk does is
:mod:`mcu_nlp.jobchunk`; what makes two runs one job, and the record a finished one leaves, :mod:`mcu_nlp.jobrecord`.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcu_nlp import jobchunk
from mcu_nlp.analysis import check_n_jobs
from mcu_nlp.atomic import remove_stale
from mcu_nlp.charsets import check_encoding
from mcu_nlp.defaults import model_files as default_model_files
from mcu_nlp.errors import InputError, Shown, expected, whole_number
from mcu_nlp.interrupts import exit_with_parent, sigterm_interrupts
from mcu_nlp.jobchunk import ChunkPlan, ChunkTally
from mcu_nlp.jobcolumns import date_types, file_columns, kept_columns, output_columns
from mcu_nlp.jobrecord import answered_by, finished, job_key, record_path, restart_reason, save_record
from mcu_nlp.partfiles import finish_parts, finished_parts, parquet_types, parts_dir, prepare_parts, tally_path
from mcu_nlp.regions import one_region_source
from mcu_nlp.repeated_ids import RepeatedIds
from mcu_nlp.row_errors import all_errors_advice, kinds_said
from mcu_nlp.tablefiles import COMPRESSED, check_input_file, extension_separator, table_format
from mcu_nlp.tables import read_chunks
from mcu_nlp.workers import map_chunks

log = logging.getLogger("mcu_nlp")
#: characters of text a chunk holds at most, besides its rows (``--chunk-chars``): 10,000 appeals of the SPb corpus
#: hold ~1.2 million; 200 rows of 900,000 characters went to one worker whole and took 3.9 GB there
CHUNK_CHARS = 5_000_000


@dataclass(frozen=True)
class JobSummary:
    """What a finished job did: rows written, rows with an error, chunks reused on resume, seconds; ``complete``:
    a job resumed after it had finished, which did nothing (:mod:`mcu_nlp.jobrecord`); ``error_kinds``: the error
    rows by kind (:mod:`mcu_nlp.row_errors`: ``{"broken JSON": 3, "empty text": 1}``; none for a ``complete`` job)."""

    rows: int
    errors: int
    resumed_chunks: int
    seconds: float
    complete: bool = False
    error_kinds: Mapping[str, int] = field(default_factory=dict, hash=False)  # a summary stays hashable


def run_analyze_job(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    region: str | None = None,
    region_column: str | None = None,
    date_column: str | None = None,
    in_format: str | None = None,
    encoding: str | None = None,
    out_format: str | None = None,
    chunk_size: int = 10_000,
    chunk_chars: int = CHUNK_CHARS,
    n_jobs: int = 1,
    keep_text: bool = False,
    formula_guard: bool = True,
    resume: bool = False,
    progress: bool = False,
    models: Any = None,
    model_files: Sequence[str | os.PathLike[str]] = (),
) -> JobSummary:
    """Analyse every row of ``source`` into ``output``: one output row per input row, same order.

    Text is redacted in the output unless ``keep_text``. In a CSV output a cell a spreadsheet would run as a formula
    (``=…``, ``+…``, ``-…``, ``@…``) is written behind a ``'``, but for the id column (a key to join the output to its
    source: written as it is) and unless ``formula_guard`` is False (``--no-formula-guard``). A chunk holds
    ``chunk_size`` rows, or fewer where their text would pass ``chunk_chars`` characters (a longer row comes alone):
    memory and a worker's share of the work follow the text, not the rows. With ``n_jobs`` > 1 (-1: all cores) whole
    chunks go to worker processes (at most two chunks per worker in flight, so memory stays bounded).
    Raises :class:`~mcu_nlp.errors.InputError` only when the job as a whole cannot go on (no such file, unknown
    format, no text column, a chunk size or number of jobs that is no count). ``JobSummary.errors`` counts the
    output's error rows, those of chunks resumed from an earlier run included. ``region_column`` (instead of
    ``region``) gives each row its own region, read as :mod:`mcu_nlp.regions` says (a bad one is that row's error).
    ``encoding`` is that of a CSV or JSONL input (None: UTF-8, and a file that looks like cp1251 or KOI8-R stops the
    job; so does one that reads as mojibake in the encoding given). ``model_files``: the files ``models`` were
    loaded from (``--topic-model``, ``--urgency-model``; :func:`mcu_nlp.defaults.model_files`), part of what ``resume``
    compares: other files, another job; none given, the default ones (the shipped models' files, or those of
    ``$MCU_NLP_MODELS``): a job resumed with that variable set otherwise mixed two models' chunks.
    """
    from tqdm import tqdm  # plain text bar on stderr: no widget warnings in notebooks

    started = time.perf_counter()
    # checked before anything is read or written: a chunk size of 0 read no row at all and wrote an empty output
    chunk_size = whole_number(chunk_size, "chunk_size (--chunk-size)")
    chunk_chars = whole_number(chunk_chars, "chunk_chars (--chunk-chars)")
    n_jobs = check_n_jobs(n_jobs, "n_jobs (--jobs)")
    one_region_source(region, region_column, ("--region", "--region-column"))
    source, output = Path(source), Path(output)
    check_input_file(source)  # before the parts folder is made: a folder named like a CSV said "no such file"
    if output.is_dir():  # found when the parts were joined, after every chunk was analysed: hours of work
        raise InputError(expected("an output file", Shown(f"{output} (a folder)"), "name a file in it"))
    if output.suffix.lower() in COMPRESSED:  # parts are joined as plain files: the name would lie
        raise InputError(expected("an uncompressed output file", Shown(output.name), "drop the compression suffix"))
    fmt_in = table_format(source, in_format, option="--format")
    codec = check_encoding(encoding, fmt_in)
    fmt_out = table_format(output, out_format, option="--output-format")
    if extension_separator(output) and out_format is None:  # read tab-separated, it would be written with commas
        raise InputError(expected("a .csv, .jsonl or .parquet output", Shown(output.name),
                                  "name it .csv: the output is written comma-separated"))
    key = job_key(source, {"text_column": text_column, "id_column": id_column, "region": region,
                            "region_column": region_column, "date_column": date_column, "format": fmt_out,
                            "chunk": chunk_size, "chars": chunk_chars, "keep_text": keep_text, "encoding": codec,
                            "formula_guard": formula_guard},
                   model_files or default_model_files())
    parts = parts_dir(output)
    for path in (output, record_path(output)):  # left by a job killed while it wrote them: full-size copies
        if stale := remove_stale(path):
            log.info("analyze: removed %d temporary file(s) of %s a killed job left", len(stale), path.name)
    done = finished(output, key) if resume and not parts.exists() else None
    if done:
        log.info("analyze: %s is complete (%d rows), written by the same job: nothing to do", output.name, done[0])
        return JobSummary(*done, 0, time.perf_counter() - started, complete=True)
    if resume and (reason := restart_reason(output, parts, key)):
        log.warning("analyze: --resume: %s; the job starts over", reason)
    reusable, tally = _reused(prepare_parts(parts, key, resume))
    bar = tqdm(unit="row", disable=not progress, desc="analyze", delay=1e-3)  # shown from the first rows done: a job
    # refused before any (a missing column, a cp1251 file) printed an empty bar twice
    state: dict[str, Any] = {"rows": 0, "plan": None, "id": None}
    ids_seen = RepeatedIds()

    def plan_for(chunk: list[dict[str, Any]]) -> ChunkPlan:
        seen = file_columns(source, fmt_in, chunk, {text_column, id_column or "id", date_column, region_column},
                             encoding)
        columns = output_columns(seen, text_column, id_column, date_column, region_column)
        types = parquet_types(source, kept_columns(columns, text_column)) if fmt_in == "parquet" else {}
        ids = {id_column} if id_column else {"id"} & seen
        state["id"] = next(iter(ids), None)
        dates = date_column if date_column not in {*ids, region_column} else None  # not the id's nor the region's
        regions = region_column if region_column not in ids else None  # not the id's
        guarded = tuple(c for c in columns if c not in ids) if formula_guard else ()  # ids: keys, as they are
        return ChunkPlan(parts, fmt_out, columns, text_column, keep_text, region, region_column, date_column,
                         date_types(types, dates), dates, regions, guarded)

    def tasks() -> Iterator[tuple[ChunkPlan, int, int, list[dict[str, Any]]]]:
        for index, chunk in enumerate(read_chunks(source, chunk_size, fmt_in, encoding, "--encoding", chunk_chars)):
            if state["plan"] is None:
                state["plan"] = plan_for(chunk)
            first, state["rows"] = state["rows"], state["rows"] + len(chunk)
            if state["id"] is not None:
                ids_seen.add([row.get(state["id"]) for row in chunk])
            if index in reusable:
                bar.update(len(chunk))
                continue
            yield state["plan"], index, first, chunk
        if state["plan"] is None:  # a header and no row: its columns, checked and written as a job with rows does
            # (the text column first, the id and date columns dropped; --id-column text gave no error)
            state["plan"] = plan_for([])

    with sigterm_interrupts():
        tally.add(_analyse_chunks(tasks(), n_jobs, parts, bar, models))
        plan = state["plan"]
        answered = answered_by(model_files or default_model_files())
        finish_parts(parts, output, fmt_out, plan.columns, plan.types, answered)
    tally.warn_again()
    tally.warn_dates(date_column)
    tally.warn_regions(region_column)
    if repeats := ids_seen.said():
        log.warning("analyze: %s", repeats)
    summary = JobSummary(state["rows"], tally.errors, len(reusable), time.perf_counter() - started,
                         error_kinds={kind: count for kind, (count, _) in tally.kinds.items()})
    save_record(output, key, summary.rows, summary.errors, answered)
    if summary.rows and summary.errors == summary.rows:  # a wrong column or file: the job "succeeded" all the same
        # the most common kind names what to check: undecodable rows were "check --text-column" alone
        log.warning("analyze: every row, all %d, is an error row%s", summary.rows, all_errors_advice(tally.kinds))
    log.info("analyze: %d rows, %d with errors%s, %d chunks resumed, %.1f s", summary.rows, summary.errors,
             f" ({kinds_said(summary.error_kinds)})" if summary.errors else "", summary.resumed_chunks, summary.seconds)
    return summary


def _reused(parts: dict[int, Path]) -> tuple[dict[int, Path], ChunkTally]:
    """The chunks a resumed job reuses (those of the finished ``parts`` with their tally, :func:`tally_path`) and
    what they found: the summary, the warning about dates and the error kinds of a resumed job were those of the
    chunks done after the stop."""
    reused, tally = {}, ChunkTally()
    for index, part in parts.items():
        if (found := ChunkTally.load(tally_path(part.parent, index), part)) is not None:
            reused[index] = part
            tally.add(found)
    return reused, tally


def _analyse_chunks(tasks: Iterator[tuple[Any, ...]], n_jobs: int, parts: Path, bar: Any, models: Any) -> ChunkTally:
    """Run every chunk with the job's ``models``; return what they found. Stopped early (an error, SIGTERM, Ctrl-C),
    it stops the workers before it returns, and keeps the finished parts for ``resume``."""
    tally, results, done = ChunkTally(), _map_chunks(tasks, n_jobs, models), 0
    try:
        for rows, found in results:
            tally.add(found)
            bar.update(rows)
            done += rows  # -v: the progress of a job whose stderr is a log file, where the CLI shows no bar
            log.info("analyze: a chunk of %d rows done, %d rows analysed so far", rows, done)
    except BaseException:
        results.close()  # joblib kills the workers of a generator closed early: none goes on writing parts
        if not finished_parts(parts):  # nothing to resume from: leave no OUTPUT.parts behind
            shutil.rmtree(parts, ignore_errors=True)
        raise
    finally:
        bar.close()
    return tally


def _map_chunks(tasks: Iterator[tuple[Any, ...]], n_jobs: int, models: Any) -> Generator[tuple[int, ChunkTally]]:
    # workers outlived a SIGKILLed job (parent PID 1, ~360 MB each, 20 minutes later): each one watches the job
    return map_chunks(jobchunk.do_chunk, tasks, n_jobs, shared=models, pre_dispatch="2*n_jobs",
                      initializer=exit_with_parent, initargs=(os.getpid(),))
