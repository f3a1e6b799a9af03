"""``mcu-nlp analyze`` as a resumable job over a file, in constant memory.

The input is read in chunks; each analysed chunk is written to its own part file (written to a
temporary name, then renamed), so a killed job resumes from its last finished chunk with
``resume=True``. When all chunks are done the parts are joined into the output, again through a
temporary file and a rename: a reader never sees a half-written output.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcu_nlp.analysis import analyze_batch, check_n_jobs, decoded, kept_text, row_problem, unreadable_dates, valid_utf8
from mcu_nlp.atomic import write_atomically
from mcu_nlp.charsets import check_encoding
from mcu_nlp.defaults import model_files as default_model_files
from mcu_nlp.errors import InputError, Shown, expected, whole_number
from mcu_nlp.frames import analysis_row
from mcu_nlp.interrupts import exit_with_parent, sigterm_interrupts
from mcu_nlp.jobcolumns import date_types, dates_written, file_columns, kept_columns, output_columns
from mcu_nlp.jobrecord import file_stamp, finished, restart_reason, save_record
from mcu_nlp.jsonrows import written
from mcu_nlp.partfiles import (
    error_count,
    finish_parts,
    finished_parts,
    parquet_types,
    parts_dir,
    prepare_parts,
    write_table,
)
from mcu_nlp.regions import one_region_source
from mcu_nlp.row_errors import all_errors_advice, error_kinds, merged
from mcu_nlp.tablefiles import COMPRESSED, check_input_file, extension_separator, table_format
from mcu_nlp.tables import ERROR, read_chunks
from mcu_nlp.workers import map_chunks

log = logging.getLogger("mcu_nlp")
#: characters of text a chunk holds at most, besides its rows (``--chunk-chars``): 10,000 appeals of the SPb corpus
#: hold ~1.2 million; 200 rows of 900,000 characters went to one worker whole and took 3.9 GB there
CHUNK_CHARS = 5_000_000


@dataclass(frozen=True)
class JobSummary:
    """What a finished job did: rows written, rows with an error, chunks reused on resume, seconds; ``complete``:
    a job resumed after it had finished, which did nothing (:mod:`mcu_nlp.jobrecord`)."""

    rows: int
    errors: int
    resumed_chunks: int
    seconds: float
    complete: bool = False


def _job_key(source: Path, options: dict[str, Any], model_files: Sequence[str | os.PathLike[str]]) -> dict[str, Any]:
    """What makes two runs one job: the input as it is, the options and the model files (their path, size, time; a
    file not there, its path: loading it stops the job with its own message)."""
    return {"input": str(source.resolve()), **file_stamp(source), **options,
            "models": [{"path": str(Path(f).resolve()), **(file_stamp(Path(f)) if Path(f).is_file() else {})}
                       for f in model_files]}


def _output_row(row: dict[str, Any], number: int, result: dict[str, Any], keep: list[str], text_column: str,
                keep_text: bool) -> dict[str, Any]:
    from mcu_nlp.redaction import redact

    out = {column: valid_utf8(written(row, column)) for column in keep}  # a JSON id 1e5 as 1e5, not 100000.0
    text = kept_text(decoded(row.get(text_column)))  # no JSON object written whole, no 2 MB cell redacted
    out[text_column] = valid_utf8(text if keep_text or text is None else redact(text))
    out["row"] = number
    out.update(result)
    return out


def _analyze_rows(rows: list[dict[str, Any]], plan: _Plan, models: Any) -> tuple[list[dict[str, Any]], list[int]]:
    """The analysis of each row, and the rows (of the chunk) whose date cannot be read; those dates count as
    unknown, and the job warns once with the rows of the output, not analyze_batch once per chunk."""
    # a Parquet column written as binary is read as its UTF-8 text (passed through as it is)
    texts = [None if ERROR in row else decoded(row.get(plan.text_column)) for row in rows]
    dates, bad_dates = None, []
    if plan.date_column:
        dates = [decoded(row.get(plan.date_column)) for row in rows]
        bad_dates = unreadable_dates(dates, [i for i, text in enumerate(texts) if row_problem(text) is None])
        unknown = set(bad_dates)
        dates = [None if i in unknown else date for i, date in enumerate(dates)]
    regions = [decoded(row.get(plan.region_column)) for row in rows] if plan.region_column else None
    analyses = analyze_batch(texts, region=plan.region, regions=regions, dates=dates, models=models)
    results = [analysis_row(a) for a in analyses]
    for row, result in zip(rows, results):
        if ERROR in row:
            result["error"] = row[ERROR]
    return results, bad_dates


@dataclass(frozen=True)
class _Plan:
    """What every chunk of one job needs; sent to the worker with each chunk (the models are not: a worker gets
    them once, at its start, :func:`mcu_nlp.workers.map_chunks`)."""

    parts: Path
    fmt: str
    columns: list[str]
    text_column: str
    keep_text: bool
    region: str | None
    region_column: str | None
    date_column: str | None
    types: dict[str, Any]  # Arrow types of the columns passed through from a Parquet input, as they are
    dates: str | None = None  # the date column, written as the dates it holds (not the id's or the region's)


def _do_chunk(plan: _Plan, index: int, first_row: int, rows: list[dict[str, Any]],
              models: Any) -> tuple[int, list[int], dict[str, tuple[int, str]]]:
    """Analyse, redact and write one chunk as its own part file with ``models`` (None: the shipped ones); return
    (rows, the output rows whose date could not be read, the errors by kind: a count and the first reason, no text,
    :func:`~mcu_nlp.row_errors.error_kinds`).

    Runs in a worker process when the job has several: the parent only reads and dispatches, so the
    models, the lemma caches and the analysed rows live in the workers alone.
    """
    from mcu_nlp.redaction import remembered

    with remembered():  # the urgency model finds the personal data that redacting the rows finds again
        results, bad_dates = _analyze_rows(rows, plan, models)
        keep = kept_columns(plan.columns, plan.text_column)
        out = [_output_row(row, first_row + i, result, keep, plan.text_column, plan.keep_text)
               for i, (row, result) in enumerate(zip(rows, results))]
    if plan.dates:  # a date cell holding «Иванов 8912...» was copied as written
        for row, day in zip(out, dates_written([row[plan.dates] for row in out])):
            row[plan.dates] = day
    part = plan.parts / f"part-{index:06d}.{plan.fmt}"
    write_atomically(part, lambda tmp: write_table(out, tmp, plan.fmt, plan.columns, plan.types))
    return len(out), [first_row + i for i in bad_dates], error_kinds(r["error"] for r in out)


@dataclass
class _Tally:
    """What the chunks of this run found: rows with an error (and their kinds), dates that could not be read (and
    the first rows)."""

    bad_dates: int = 0
    first_bad_dates: list[int] = field(default_factory=list)
    kinds: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        """Rows with an error: the counts of the kinds."""
        return sum(count for count, _ in self.kinds.values())

    def add(self, bad_dates: list[int], kinds: dict[str, tuple[int, str]]) -> None:
        self.kinds = merged(self.kinds, kinds)
        self.bad_dates += len(bad_dates)
        self.first_bad_dates = sorted(self.first_bad_dates + bad_dates[:5])[:5]  # chunks end in any order

    def warn_dates(self, date_column: str | None) -> None:
        from mcu_nlp.season import dates_count

        if self.bad_dates:
            more = "..." if self.bad_dates > len(self.first_bad_dates) else ""
            log.warning("analyze: %s in %r could not be read (rows %s%s) and count as unknown; write them as "
                        "'YYYY-MM-DD' or 'DD.MM.YYYY'", dates_count(self.bad_dates), date_column,
                        self.first_bad_dates, more)


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
    resume: bool = False,
    progress: bool = False,
    models: Any = None,
    model_files: Sequence[str | os.PathLike[str]] = (),
) -> JobSummary:
    """Analyse every row of ``source`` into ``output``: one output row per input row, same order.

    Text is redacted in the output unless ``keep_text``. A chunk holds ``chunk_size`` rows, or fewer where their
    text would pass ``chunk_chars`` characters (a longer row comes alone): memory and a worker's share of the work
    follow the text, not the rows. With ``n_jobs`` > 1 (-1: all cores) whole chunks go to worker processes (at most
    two chunks per worker in flight, so memory stays bounded).
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
    if output.suffix.lower() in COMPRESSED:  # parts are joined as plain files: the name would lie
        raise InputError(expected("an uncompressed output file", Shown(output.name), "drop the compression suffix"))
    fmt_in = table_format(source, in_format, option="--format")
    codec = check_encoding(encoding, fmt_in)
    fmt_out = table_format(output, out_format, option="--output-format")
    if extension_separator(output) and out_format is None:  # read tab-separated, it would be written with commas
        raise InputError(expected("a .csv, .jsonl or .parquet output", Shown(output.name),
                                  "name it .csv: the output is written comma-separated"))
    key = _job_key(source, {"text_column": text_column, "id_column": id_column, "region": region,
                            "region_column": region_column, "date_column": date_column, "format": fmt_out,
                            "chunk": chunk_size, "chars": chunk_chars, "keep_text": keep_text, "encoding": codec},
                   model_files or default_model_files())
    parts = parts_dir(output)
    done = finished(output, key) if resume and not parts.exists() else None
    if done:
        log.info("analyze: %s is complete (%d rows), written by the same job: nothing to do", output.name, done[0])
        return JobSummary(*done, 0, time.perf_counter() - started, complete=True)
    if resume and (reason := restart_reason(output, parts, key)):
        log.warning("analyze: --resume: %s; the job starts over", reason)
    reusable = prepare_parts(parts, key, resume)
    resumed_errors = sum(error_count(part, fmt_out) for part in reusable.values())
    bar = tqdm(unit="row", disable=not progress, desc="analyze", delay=1e-3)  # shown from the first rows done: a job
    # refused before any (a missing column, a cp1251 file) printed an empty bar twice
    state: dict[str, Any] = {"rows": 0, "plan": None}

    def plan_for(chunk: list[dict[str, Any]]) -> _Plan:
        seen = file_columns(source, fmt_in, chunk, {text_column, id_column or "id", date_column, region_column},
                             encoding)
        columns = output_columns(seen, text_column, id_column, date_column, region_column)
        types = parquet_types(source, kept_columns(columns, text_column)) if fmt_in == "parquet" else {}
        ids = {id_column} if id_column else {"id"} & seen
        dates = date_column if date_column not in {*ids, region_column} else None  # not the id's nor the region's
        return _Plan(parts, fmt_out, columns, text_column, keep_text, region, region_column, date_column,
                     date_types(types, dates), dates)

    def tasks() -> Iterator[tuple[_Plan, int, int, list[dict[str, Any]]]]:
        for index, chunk in enumerate(read_chunks(source, chunk_size, fmt_in, encoding, "--encoding", chunk_chars)):
            if state["plan"] is None:
                state["plan"] = plan_for(chunk)
            first, state["rows"] = state["rows"], state["rows"] + len(chunk)
            if index in reusable:
                bar.update(len(chunk))
                continue
            yield state["plan"], index, first, chunk
        if state["plan"] is None:  # a header and no row: its columns, checked and written as a job with rows does
            # (the text column first, the id and date columns dropped; --id-column text gave no error)
            state["plan"] = plan_for([])

    with sigterm_interrupts():
        tally = _analyse_chunks(tasks(), n_jobs, parts, bar, models)
        plan = state["plan"]
        finish_parts(parts, output, fmt_out, plan.columns, plan.types)
    tally.warn_dates(date_column)
    summary = JobSummary(state["rows"], resumed_errors + tally.errors, len(reusable), time.perf_counter() - started)
    save_record(output, key, summary.rows, summary.errors)
    if summary.rows and summary.errors == summary.rows:  # a wrong column or file: the job "succeeded" all the same
        # the most common kind names what to check: a bad region per row was "check --text-column"
        log.warning("analyze: every row, all %d, is an error row%s", summary.rows, all_errors_advice(tally.kinds))
    log.info("analyze: %d rows, %d with errors, %d chunks resumed, %.1f s", summary.rows, summary.errors,
             summary.resumed_chunks, summary.seconds)
    return summary


def _analyse_chunks(tasks: Iterator[tuple[Any, ...]], n_jobs: int, parts: Path, bar: Any, models: Any) -> _Tally:
    """Run every chunk with the job's ``models``; return what they found. Stopped early (an error, SIGTERM, Ctrl-C),
    it stops the workers before it returns, and keeps the finished parts for ``resume``."""
    tally, results = _Tally(), _map_chunks(tasks, n_jobs, models)
    try:
        for rows, bad_dates, kinds in results:
            tally.add(bad_dates, kinds)
            bar.update(rows)
    except BaseException:
        results.close()  # joblib kills the workers of a generator closed early: none goes on writing parts
        if not finished_parts(parts):  # nothing to resume from: leave no OUTPUT.parts behind
            shutil.rmtree(parts, ignore_errors=True)
        raise
    finally:
        bar.close()
    return tally


def _map_chunks(tasks: Iterator[tuple[Any, ...]], n_jobs: int,
                models: Any) -> Generator[tuple[int, int, list[int], dict[str, tuple[int, str]]]]:
    # workers outlived a SIGKILLed job (parent PID 1, ~360 MB each, 20 minutes later): each one watches the job
    return map_chunks(_do_chunk, tasks, n_jobs, shared=models, pre_dispatch="2*n_jobs", initializer=exit_with_parent,
                      initargs=(os.getpid(),))
