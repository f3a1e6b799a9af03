"""The one-call facade: topic, urgency and places of appeals with the default (or given) models.

Batch forms never raise on a bad row: a missing, non-text, empty, binary or huge input gives an
:class:`~mcu_nlp.Analysis` with ``error`` set (:func:`mcu_nlp.row_texts.row_problem` says why), and the output has
exactly one row per input row. Bytes are read as the UTF-8 text they hold (:mod:`mcu_nlp.row_texts`).
Models work on whole chunks (one vectorisation per chunk, not per text).
"""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Iterable, Sequence
from datetime import date as Date
from typing import TYPE_CHECKING, Any

from mcu_nlp.errors import (
    InputError,
    InputTypeError,
    McuNlpWarning,
    Shown,
    expected,
    outside_level,
    whole_number,
)
from mcu_nlp.records import Analysis
from mcu_nlp.regions import batch_regions, places_by_region, warn_prefix_region
from mcu_nlp.row_texts import BYTES, decoded, kept_text, row_problem
from mcu_nlp.workers import map_chunks, processes

if TYPE_CHECKING:
    from mcu_nlp.defaults import DefaultModels

CHUNK = 2_000
#: what a text costs besides its characters, in characters, when chunks are balanced between workers: 2,000 SPb
#: texts took 0.66-0.95 CPU-s, the same characters in 200 texts 0.58-0.71 (the cost is mostly the characters)
TEXT_WEIGHT = 20


def check_n_jobs(n_jobs: object, name: str = "n_jobs") -> int:
    """``n_jobs`` as joblib reads it: a number of processes >= 1, -1 for all cores, ``None`` for one.

    0, -5 or 2.5 are refused up front (joblib raised inside the run, or a job ended in a traceback).

    >>> check_n_jobs(2), check_n_jobs(-1), check_n_jobs(None)
    (2, -1, 1)
    >>> check_n_jobs(0)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected n_jobs: a whole number of processes >= 1, or -1 for all cores, got int (0)
    """
    if n_jobs is None:
        return 1
    if isinstance(n_jobs, numbers.Integral) and not isinstance(n_jobs, bool) and (n_jobs >= 1 or n_jobs == -1):
        return int(n_jobs)
    raise InputError(expected(f"{name}: a whole number of processes >= 1, or -1 for all cores", n_jobs))


def unreadable_dates(dates: Sequence[Any], rows: Iterable[int]) -> list[int]:
    """The positions among ``rows`` whose date the urgency model's season rule cannot read (it counts them as
    unknown).

    >>> unreadable_dates(["2024-01-01", "скоро", "bad", None, "05.01.2024"], rows=[0, 2, 3, 4])
    [2]
    """
    from mcu_nlp.season import cold_season

    bad = []
    for i in rows:
        try:
            cold_season(dates[i])
        except (TypeError, ValueError):
            bad.append(i)
    return bad


def _readable_dates(dates: Sequence[Any], rows: list[int]) -> list[Any]:
    """``dates`` with those of ``rows`` that cannot be read as None, after one warning with their positions in the
    input (the urgency model warned per chunk of valid texts: positions counted after error rows were dropped)."""
    from mcu_nlp.season import unreadable_dates_message

    bad = unreadable_dates(dates, rows)
    if not bad:
        return list(dates)
    warnings.warn(unreadable_dates_message(bad), McuNlpWarning, stacklevel=outside_level())
    unknown = set(bad)
    return [None if i in unknown else date for i, date in enumerate(dates)]


def _warn_regions(problems: list[str | None], rows: list[int]) -> None:
    """One warning for the ``rows`` (those analysed) whose region (``regions=``) is no subject code: their positions
    and why the first is not (:func:`mcu_nlp.regions.row_regions`); they are analysed without a region, their places
    found as for no region: a mistyped region cell («Башкортостан», «80») cost a critical appeal its topic and
    urgency (walkthrough s41)."""
    bad = [i for i in rows if problems[i] is not None]
    if bad:
        more = "..." if len(bad) > 5 else ""
        why = problems[bad[0]].removeprefix("bad region: ")
        warnings.warn(f"{len(bad)} region value(s) are no subject code (positions {bad[:5]}{more}), such as: {why}; "
                      "those texts were analysed without a region", McuNlpWarning, stacklevel=outside_level())


def _distinct(texts: list[str], dates: list[Any] | None, regions: list[Any]) -> tuple[list[int], list[int]]:
    """The first row of each distinct (text, region, month of its date), and each row's place among them: an appeal
    sent many times (a template, a complaint sent again: 18 % of the rows of the SPb corpus's 2,000-row chunks, on
    other days of the month mostly) is read once. Of a date, the analysis reads the month only (the season rule,
    :func:`~mcu_nlp.season.cold_season`).

    >>> _distinct(["яма", "свет", "яма", "яма"], ["2024-01-05", None, "2024-01-09", "2024-02-01"], ["78"] * 4)
    ([0, 1, 3], [0, 1, 0, 2])
    """
    from mcu_nlp.season import month_of

    seen: dict[tuple[Any, ...], int] = {}
    rows, where = [], []
    try:
        months = [None] * len(texts) if dates is None else [month_of(date) for date in dates]
    except (TypeError, ValueError):  # none here: analyze_batch makes an unreadable date None
        return list(range(len(texts))), list(range(len(texts)))
    for i, key in enumerate(zip(texts, regions, months)):
        place = seen.setdefault(key, len(rows))
        if place == len(rows):
            rows.append(i)
        where.append(place)
    return rows, where


def _analyze_chunk(texts: list[str], dates: list[Any] | None, regions: list[Any], models: Any) -> list[Analysis]:
    """The analyses of a chunk's rows: each distinct row (:func:`_distinct`) analysed once, the personal data of
    each text found once for the topic and the urgency model both (:func:`~mcu_nlp.redaction.remembered`)."""
    from mcu_nlp.redaction import remembered

    rows, where = _distinct(texts, dates, regions)
    if len(rows) < len(texts):
        texts, regions = [texts[i] for i in rows], [regions[i] for i in rows]
        dates = None if dates is None else [dates[i] for i in rows]
    with remembered():
        analysed = _analyzed(texts, dates, regions, models)
    return [analysed[i] for i in where]


def _analyzed(texts: list[str], dates: list[Any] | None, regions: list[Any], models: Any) -> list[Analysis]:
    from mcu_nlp.defaults import default_models
    from mcu_nlp.geo import best_municipality
    from mcu_nlp.season import northern_dates

    models = models or default_models()
    topic_proba = models.topic.predict_proba(texts)
    topic_index = topic_proba.argmax(axis=1)
    places = places_by_region(models.geo, texts, regions)  # one resolver call per region of the chunk
    best = [best_municipality(found, text) for found, text in zip(places, texts)]
    warn_prefix_region(best, regions)
    if dates is not None:  # the season rule reads the text's subject: the municipality's, else the caller's
        dates = northern_dates(dates, [place.region_code if place else code for place, code in zip(best, regions)])
    # the level comes from predict (critical from a cut below one half), the score from the same pass
    levels, urgency_proba = models.urgency.predict_with_proba(texts, dates=dates)
    column = {level: i for i, level in enumerate(models.urgency.classes_)}
    return [
        Analysis(
            text=text,
            topic=str(models.topic.classes_[t]),
            topic_score=float(topic_proba[i, t]),
            urgency=str(level),
            urgency_score=float(urgency_proba[i, column[level]]),
            places=tuple(found),
            municipality=municipality,
        )
        for i, (text, t, level, found, municipality) in enumerate(zip(texts, topic_index, levels, places, best))
    ]


def analyze_batch(
    texts: Iterable[object],
    *,
    region: str | None = None,
    regions: Sequence[object] | None = None,
    dates: Sequence[Date | str | None] | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    chunk_size: int = CHUNK,
    models: DefaultModels | None = None,
) -> list[Analysis]:
    """Analyse many appeals; one :class:`Analysis` per input, same order, bad rows get ``error``.

    ``dates`` (optional, one per text: dates, 'YYYY-MM-DD…' or Russian 'DD.MM.YYYY…' strings) lets the urgency
    model weigh heating complaints in the cold season; ``regions`` (instead of ``region``), a subject code per text
    (read as :mod:`mcu_nlp.regions` says; a value that is none, «Башкортостан», «80», is no region for its text,
    with one warning naming the positions). ``n_jobs`` runs chunks in parallel processes (joblib; -1 for all cores),
    each loading the models once: one process per ``chunk_size`` texts at most, so fewer than ``2 * chunk_size``
    valid texts are analysed in this process alone, and chunks of about ``chunk_size`` texts that weigh alike
    (their characters, as a worker's time follows them).

    >>> rows = analyze_batch(["В Салехарде нет отопления", None])
    >>> rows[0].municipality.name, rows[1].error
    ('Салехард', 'missing text')
    """
    if isinstance(texts, (str, *BYTES)):  # iterating one text would analyse its characters
        raise InputTypeError(expected("an iterable of texts", texts, "use analyze for one text, or wrap it in a list"))
    if not isinstance(texts, Iterable):  # None gave "'NoneType' object is not iterable"
        raise InputTypeError(expected("an iterable of texts", texts,
                                      "pass a list, a pandas Series or a generator of texts"))
    n_jobs, chunk_size = check_n_jobs(n_jobs), whole_number(chunk_size, "chunk_size")
    items = [decoded(value) for value in texts]  # bytes as their text, as mcu-nlp analyze reads a binary column
    if dates is not None and len(dates) != len(items):
        raise InputError(expected(f"{len(items)} dates, one per text", Shown(f"{len(dates)} dates")))
    dates = None if dates is None else [decoded(date) for date in dates]
    codes, bad_regions = batch_regions(len(items), region, None if regions is None else list(map(decoded, regions)))
    problems = [row_problem(value) for value in items]
    good = [i for i, problem in enumerate(problems) if problem is None]
    dates = None if dates is None else _readable_dates(dates, good)
    _warn_regions(bad_regions, good)  # those rows are analysed without a region, as a row without a date
    out: list[Analysis] = [
        Analysis(text=kept_text(value), error=problem)
        for value, problem in zip(items, problems)
    ]
    workers = processes(n_jobs, len(good) // chunk_size)
    parts = _balanced(good, items, chunk_size, workers)
    jobs = [
        ([items[i] for i in part], [dates[i] for i in part] if dates is not None else None, [codes[i] for i in part])
        for part in parts
    ]
    analysed = _run(jobs, workers, progress, models, total=len(items), done=len(items) - len(good))
    for results, part in zip(analysed, parts):  # analysed first: its last step closes the bar
        for i, result in zip(part, results):
            out[i] = result
    return out


def _balanced(rows: list[int], texts: list[Any], size: int, workers: int) -> list[list[int]]:
    """``rows`` in chunks of ``size``; for several ``workers``, in a multiple of their number of chunks (of ``size``
    at most on average), each row where the middle of its weight falls, so that the chunks weigh alike: a text
    weighs its characters and :data:`TEXT_WEIGHT` (cut by their count, 2,001 texts were 2,000 for one worker and 1
    for the other, and 2,000 long texts one worker's while the other had 2,000 short ones).

    >>> _balanced([0, 1, 2, 3, 4, 5], ["я" * 1000, "я" * 1000, "a", "b", "c", "d"], 2, 2)
    [[0], [1], [2, 3, 4, 5]]
    """
    if workers == 1:
        return [rows[start : start + size] for start in range(0, len(rows), size)]
    count = workers * -(-len(rows) // (size * workers))
    weights = [len(texts[i]) + TEXT_WEIGHT for i in rows]
    total, before, parts = sum(weights), 0, [[] for _ in range(count)]
    for row, weight in zip(rows, weights):
        parts[min(count - 1, (2 * before + weight) * count // (2 * total))].append(row)
        before += weight
    return [part for part in parts if part]


def _run(jobs: list[tuple[Any, ...]], workers: int, progress: bool, models: Any, total: int,
         done: int) -> Iterable[list[Analysis]]:
    """The analyses of each job; the bar counts every input, ``done`` (the error rows) from the start."""
    from tqdm import tqdm  # plain text bar on stderr: no widget warnings in notebooks

    # no tqdm at all without a bar: even a disabled one makes a multiprocessing lock, and in a loky worker of the
    # analyze job that lock was a named semaphore left behind ("leaked semaphore objects") when SIGTERM killed it
    bar = tqdm(total=total, initial=done, unit="text") if progress else None
    for result in map_chunks(_analyze_chunk, [(*job, models) for job in jobs], workers):
        if bar is not None:
            bar.update(len(result))
        yield result
    if bar is not None:
        bar.close()


def analyze(
    text: str, *, region: str | None = None, date: Date | str | None = None, models: DefaultModels | None = None
) -> Analysis:
    """Analyse one appeal with the default models.

    ``region`` is a subject code ("89" = ЯНАО) that breaks ties between same-named places; ``date``
    (optional) makes heating complaints weigh more in the cold season. A non-string raises
    ``TypeError``; an empty string gives an ``Analysis`` with ``error`` set.

    >>> a = analyze("В Салехарде третий день нет отопления", region="89")
    >>> a.topic, a.urgency, a.municipality.oktmo
    ('heating', 'critical', '71951000')
    """
    if not isinstance(text, str):
        raise InputTypeError(expected("a str", text, "pass the text of one appeal; use analyze_batch for many"))
    return analyze_batch([text], region=region, dates=None if date is None else [date], models=models)[0]
