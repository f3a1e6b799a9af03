"""One chunk of an ``mcu-nlp analyze`` job (:mod:`mcu_nlp.batchjob`): its rows analysed, redacted and written as
their own part file, and the tally of what the chunks found (error rows by kind, dates and regions not read), each
chunk's kept
beside its part so that a resumed job counts the chunks it reuses as a job without a stop counts them.

A chunk runs in a worker process when the job has several: the parent only reads and dispatches, so the models,
the lemma caches and the analysed rows live in the workers alone.
"""

from __future__ import annotations

import json
import logging
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mcu_nlp.analysis import analyze_batch, unreadable_dates
from mcu_nlp.atomic import write_atomically
from mcu_nlp.errors import McuNlpWarning, others_warning
from mcu_nlp.frames import analysis_row
from mcu_nlp.jobcolumns import dates_written, kept_columns, unread_regions
from mcu_nlp.jsonrows import written
from mcu_nlp.partfiles import part_path, tally_path, write_table
from mcu_nlp.records import Analysis
from mcu_nlp.regions import row_regions
from mcu_nlp.row_errors import error_kinds, merged
from mcu_nlp.row_texts import decoded, file_text, kept_text, row_problem, valid_utf8
from mcu_nlp.tables import ERROR

log = logging.getLogger("mcu_nlp")

#: an appeal any model reads: a one-row chunk whose row raised stops the job when this raises too (a broken model)
PLAIN_APPEAL = "Нет горячей воды в доме"


@dataclass(frozen=True)
class ChunkPlan:
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
    regions: str | None = None  # the region column, its unread cells written empty (not the id's)
    guarded: tuple[str, ...] = ()  # the columns a CSV output writes no formula in (partfiles._no_formulas)


def do_chunk(plan: ChunkPlan, index: int, first_row: int, rows: list[dict[str, Any]],
             models: Any) -> tuple[int, ChunkTally]:
    """Analyse, redact and write one chunk as its own part file with ``models`` (None: the shipped ones); return its
    rows and its :class:`ChunkTally`, which is written beside the part after it (:meth:`ChunkTally.save`)."""
    from mcu_nlp.redaction import remembered

    rows = [_without_nul(row, plan.text_column) for row in rows]
    failed: list[tuple[int, dict[str, Any], Exception]] = []
    # the warnings are the job's to say: a worker process printed them as raw Python warnings (a source path and line)
    with remembered(), warnings.catch_warnings(record=True) as caught:  # others' filters kept: no ignored one said
        warnings.simplefilter("always", McuNlpWarning)
        out, bad_dates, bad_regions = _rows_out(rows, plan, models, first_row, failed)
    _say_failed(failed, sum(row["error"] is None for row in out), plan, models)
    if plan.dates:  # a date cell holding «Иванов 8912...» was copied as written
        for row, day in zip(out, dates_written([row[plan.dates] for row in out])):
            row[plan.dates] = day
    if plan.regions:  # a region cell holding «Иванов 8912...» was copied as written
        for row, unread in zip(out, unread_regions([decoded(row.get(plan.regions)) for row in rows]), strict=True):
            row[plan.regions] = None if unread else row[plan.regions]
    found = ChunkTally(len(bad_dates), bad_dates[:5], error_kinds(r["error"] for r in out), len(bad_regions),
                       [row for row, _ in bad_regions[:5]], bad_regions[0][1] if bad_regions else "",
                       *_warned(caught))
    part = write_atomically(part_path(plan.parts, index, plan.fmt),
                            lambda tmp: write_table(out, tmp, plan.fmt, plan.columns, plan.types, plan.guarded))
    found.save(tally_path(plan.parts, index), part)  # a part is finished once its tally is there
    return len(out), found


def _warned(caught: list[warnings.WarningMessage]) -> tuple[list[str], list[str]]:
    """The messages of mcu_nlp's warnings among ``caught`` (worded never to quote the data) and the kinds of the
    others (numpy's, pandas', ...: their words may quote it), each once, in the order first raised."""
    ours = [str(w.message) for w in caught if issubclass(w.category, McuNlpWarning)]
    others = [w.category.__name__ for w in caught if not issubclass(w.category, McuNlpWarning)]
    return list(dict.fromkeys(ours)), list(dict.fromkeys(others))


def _rows_out(rows: list[dict[str, Any]], plan: ChunkPlan, models: Any, first_row: int,
              failed: list[tuple[int, dict[str, Any], Exception]]
              ) -> tuple[list[dict[str, Any]], list[int], list[tuple[int, str]]]:
    """The output rows of ``rows`` (the first is the job's row ``first_row``), the job's rows whose date could not
    be read and those whose region could not, with why (:func:`_analyze_rows`). Should analysing or masking them
    raise, each half is done again, down to the rows that raise alone: each of those is an error row, ``analysis
    failed: <exception type>``, its text not written (it could not be masked), and is added to ``failed``. A row that
    made a rule raise stopped the job at its chunk, and again at every ``--resume``.
    """
    try:
        results, bad_dates, bad_regions = _analyze_rows(rows, plan, models)
        keep = kept_columns(plan.columns, plan.text_column)
        return ([_output_row(row, first_row + i, result, keep, plan.text_column, plan.keep_text)
                 for i, (row, result) in enumerate(zip(rows, results))], [first_row + i for i in bad_dates],
                [(first_row + i, why) for i, why in bad_regions])
    except Exception as error:  # Ctrl-C and SIGTERM are no Exception: they stop the job
        if len(rows) > 1:
            half = len(rows) // 2
            head = _rows_out(rows[:half], plan, models, first_row, failed)
            tail = _rows_out(rows[half:], plan, models, first_row + half, failed)
            return head[0] + tail[0], head[1] + tail[1], head[2] + tail[2]
        failed.append((first_row, rows[0], error))
        return [_failed_row(rows[0], first_row, plan, error)], [], []


def _say_failed(failed: list[tuple[int, dict[str, Any], Exception]], analysed: int, plan: ChunkPlan,
                models: Any) -> None:
    """Log the first rows of a chunk whose analysis raised: the row, the error's type and where it was raised, never
    the text (nor the error's words: they may quote it). When no row of the chunk that reached the analysis came out
    of it (``analysed`` rows did) and a plain appeal, given the date and region of the first row that raised, raises
    too, the fault is no row's (a model that cannot predict): the job stops with :class:`ModelFailedError`, which names
    the error as the log does, or with the error itself when it is mcu_nlp's own (a model file missing: its message
    quotes no input and says what to fix). Rows the analysis never reads (an empty text) do not
    count: one per chunk made a broken model a job of 'analysis failed' rows. Rows that all set off the same rule's
    bug, a plain appeal passing, are error rows: the job goes on."""
    from mcu_nlp.errors import McuNlpError, ModelFailedError

    if failed and not analysed and _plain_appeal_fails(plan, models, failed[0][1]):
        error = failed[0][2]
        if isinstance(error, McuNlpError):
            raise error
        raise ModelFailedError(f"the models raised {_where(error)} on every row of a chunk and on a plain appeal "
                               f"too: a model that cannot predict (its message is not shown: it may quote the "
                               f"appeal; try the model on {PLAIN_APPEAL!r} in Python to see it)") from None
    for number, _, error in failed[:5]:
        log.warning("analyze: row %d could not be analysed: %s (please report it); written as an error row",
                    number, _where(error))
    if len(failed) > 5:
        log.warning("analyze: %d more rows of this chunk could not be analysed", len(failed) - 5)


def _where(error: Exception) -> str:
    """``error``'s type and the file and line that raised it, never its words: ``ValueError at _base.py:12``."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}{where}"


def _plain_appeal_fails(plan: ChunkPlan, models: Any, row: dict[str, Any]) -> bool:
    """Whether analysing and masking :data:`PLAIN_APPEAL`, with the date and region cells of ``row`` (a row that
    raised), with ``models`` raises, as the chunks of ``plan`` are: a model that fails on any dated appeal passed a
    probe without dates."""
    row = {**{key: value for key, value in row.items() if key != ERROR}, plan.text_column: PLAIN_APPEAL}
    try:
        results, _, _ = _analyze_rows([row], plan, models)
        _output_row(row, 0, results[0], [], plan.text_column, plan.keep_text)
    except Exception:
        return True
    return False


def _failed_row(row: dict[str, Any], number: int, plan: ChunkPlan, error: Exception) -> dict[str, Any]:
    """The output row of a row whose analysis raised ``error``: its id, date and region as they are written, no
    text, and the error's type."""
    failed = analysis_row(Analysis(text=None, error=f"analysis failed: {type(error).__name__}"))
    untold = {key: value for key, value in row.items() if key != plan.text_column}
    return _output_row(untold, number, failed, kept_columns(plan.columns, plan.text_column), plan.text_column,
                       plan.keep_text)


def _without_nul(row: dict[str, Any], text_column: str) -> dict[str, Any]:
    """A row with the NUL characters of its text values, and of the bytes of its ``text_column``, removed: written as
    they came into a CSV output (which most readers and databases refuse or cut there), and one inside a phone number
    or a name kept it from being masked (``8912345\\x006789`` was written whole). The bytes of another column are
    binary data, kept as they are: a 16-byte UUID id lost its zero bytes (or a Parquet job with a fixed-size binary
    column failed).

    >>> _without_nul({"id": "7\\x00", "text": "Нет\\x00 воды", "raw": b"\\x00a", "n": 5}, "text")
    {'id': '7', 'text': 'Нет воды', 'raw': b'\\x00a', 'n': 5}
    >>> _without_nul({"id": 1, "text": b"\\xd0\\xaf\\x00"}, "text")
    {'id': 1, 'text': b'\\xd0\\xaf'}
    """
    clean = {key: value.replace("\x00", "") for key, value in row.items() if isinstance(value, str) and "\x00" in value}
    if isinstance(text := row.get(text_column), bytes) and b"\x00" in text:
        clean[text_column] = text.replace(b"\x00", b"")
    return {**row, **clean} if clean else row


def _analyze_rows(rows: list[dict[str, Any]], plan: ChunkPlan,
                  models: Any) -> tuple[list[dict[str, Any]], list[int], list[tuple[int, str]]]:
    """The analysis of each row, the rows (of the chunk) whose date cannot be read, and those whose region cell is no
    subject code, with why; those dates and regions count as unknown (the row is analysed without), and the job
    warns once with the rows of the output, not analyze_batch once per chunk."""
    # a Parquet column written as binary is read as its UTF-8 text (passed through as it is)
    texts = [None if ERROR in row else decoded(row.get(plan.text_column)) for row in rows]
    read = [i for i, text in enumerate(texts) if row_problem(text) is None]  # an empty text's row: its own error
    dates, bad_dates = None, []
    if plan.date_column:
        dates = [decoded(row.get(plan.date_column)) for row in rows]
        bad_dates = unreadable_dates(dates, read)
        unknown = set(bad_dates)
        dates = [None if i in unknown else date for i, date in enumerate(dates)]
    regions, bad_regions = None, []
    if plan.region_column:
        regions, problems = row_regions([decoded(row.get(plan.region_column)) for row in rows])
        bad_regions = [(i, problems[i].removeprefix("bad region: ")) for i in read if problems[i] is not None]
    analyses = analyze_batch(texts, region=plan.region, regions=regions, dates=dates, models=models)
    results = [analysis_row(a) for a in analyses]
    for row, result in zip(rows, results):
        if ERROR in row:
            result["error"] = row[ERROR]
    return results, bad_dates, bad_regions


def _output_row(row: dict[str, Any], number: int, result: dict[str, Any], keep: list[str], text_column: str,
                keep_text: bool) -> dict[str, Any]:
    from mcu_nlp.redaction import redact

    out = {column: valid_utf8(written(row, column)) for column in keep}  # a JSON id 1e5 as 1e5, not 100000.0
    text = file_text(kept_text(decoded(row.get(text_column))))  # no JSON object written whole, no 2 MB cell redacted
    out[text_column] = valid_utf8(text if keep_text or text is None else redact(text))
    out["row"] = number
    out.update(result)
    return out


@dataclass
class ChunkTally:
    """What one chunk, or the chunks of a job, found: rows with an error (and their kinds: a count and the first
    reason, no text, :func:`~mcu_nlp.row_errors.error_kinds`), dates that could not be read (and the first rows),
    region cells that are no subject code (the first rows, and why the first of them is not: a subject's name is
    quoted with its code, any other value described, never quoted)."""

    bad_dates: int = 0
    first_bad_dates: list[int] = field(default_factory=list)
    kinds: dict[str, tuple[int, str]] = field(default_factory=dict)
    bad_regions: int = 0
    first_bad_regions: list[int] = field(default_factory=list)
    region_reason: str = ""
    warned: list[str] = field(default_factory=list)  # mcu_nlp's warnings' messages, each once
    others_warned: list[str] = field(default_factory=list)  # the kinds of the other libraries' warnings

    @property
    def errors(self) -> int:
        """Rows with an error: the counts of the kinds."""
        return sum(count for count, _ in self.kinds.values())

    def add(self, chunk: ChunkTally) -> None:
        """Count what ``chunk`` found too."""
        self.kinds = merged(self.kinds, chunk.kinds)
        self.bad_dates += chunk.bad_dates
        self.first_bad_dates = sorted(self.first_bad_dates + chunk.first_bad_dates)[:5]  # chunks end in any order
        ours, theirs = self.first_bad_regions, chunk.first_bad_regions
        if theirs and (not ours or theirs[0] < ours[0]):  # the reason of the job's first bad region cell
            self.region_reason = chunk.region_reason
        self.bad_regions += chunk.bad_regions
        self.first_bad_regions = sorted(self.first_bad_regions + chunk.first_bad_regions)[:5]
        self.warned = list(dict.fromkeys(self.warned + chunk.warned))
        self.others_warned = list(dict.fromkeys(self.others_warned + chunk.others_warned))

    def save(self, path: Path, part: Path) -> None:
        """Keep this tally of a chunk beside its ``part`` (atomically), with the part's size, for a resumed job
        (:meth:`load`)."""
        found = {**asdict(self), "part_size": part.stat().st_size}
        write_atomically(path, lambda tmp: tmp.write_text(json.dumps(found), encoding="utf-8"))

    @classmethod
    def load(cls, path: Path, part: Path) -> ChunkTally | None:
        """The tally :meth:`save` kept for ``part``, None when there is none to read or the part is not of the size
        it had (the chunk is done again).

        >>> import tempfile; part = Path(tempfile.mkdtemp()) / "part-000000.csv"; _ = part.write_text("id,row\\n")
        >>> ChunkTally(2, [4, 7], {"empty text": (1, "empty text")}).save(part.with_suffix(".json"), part)
        >>> ChunkTally.load(part.with_suffix(".json"), part)
        ChunkTally(bad_dates=2, first_bad_dates=[4, 7], kinds={'empty text': (1, 'empty text')}, bad_regions=0, \
first_bad_regions=[], region_reason='', warned=[], others_warned=[])
        >>> _ = part.write_text(""); ChunkTally.load(part.with_suffix(".json"), part)
        """
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
            if found["part_size"] != part.stat().st_size:
                return None
            kinds = {str(kind): (int(count), str(first)) for kind, (count, first) in found["kinds"].items()}
            return cls(int(found["bad_dates"]), [int(row) for row in found["first_bad_dates"]], kinds,
                       int(found["bad_regions"]), [int(row) for row in found["first_bad_regions"]],
                       str(found["region_reason"]), [str(m) for m in found.get("warned", [])],
                       [str(k) for k in found.get("others_warned", [])])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def warn_regions(self, region_column: str | None) -> None:
        """One warning for the job's region cells that are no subject code: their rows were analysed without one."""
        if self.bad_regions:
            more = "..." if self.bad_regions > len(self.first_bad_regions) else ""
            one = self.bad_regions == 1
            cell, are, rows = ("cell", "is", "its row was") if one else ("cells", "are", "those rows were")
            log.warning("analyze: %d region %s in %r %s no subject code (rows %s%s), such as: %s; %s analysed "
                        "without a region (the places found as for no region), the %s written empty",
                        self.bad_regions, cell, region_column, are, self.first_bad_regions, more, self.region_reason,
                        rows, cell)

    def warn_again(self) -> None:
        """Say once in the job (here, not in a worker process) the warnings its chunks caught: mcu_nlp's as they
        were (``McuNlpWarning``), the others by their kind alone."""
        for message in self.warned:
            warnings.warn(message, McuNlpWarning, stacklevel=2)
        for kind in self.others_warned:
            log.warning("%s", others_warning("analyze", kind))

    def warn_dates(self, date_column: str | None) -> None:
        from mcu_nlp.season import dates_count

        if self.bad_dates:
            more = "..." if self.bad_dates > len(self.first_bad_dates) else ""
            log.warning("analyze: %s in %r could not be read (rows %s%s) and count as unknown; write them as "
                        "'YYYY-MM-DD' or 'DD.MM.YYYY'", dates_count(self.bad_dates), date_column,
                        self.first_bad_dates, more)
