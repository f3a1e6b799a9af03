"""Where the chunks of a batch run: in this process, or in worker processes when there is work for more than one.

A worker process loads the models before its first text (seconds of CPU and some 400 MB), so one that gets no chunk,
or a chunk where this process could have done the whole batch, costs more than it saves: ``analyze_batch`` on 2,001
texts with ``n_jobs=2`` took twice as long as with one (2,000 texts for a worker, 1 for the other), and a file of
one chunk analysed with ``--jobs 2`` took about 1 CPU-s more than with one.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from itertools import chain, islice
from typing import Any


def processes(n_jobs: int, chunks: int) -> int:
    """The worker processes ``chunks`` chunks need with ``n_jobs`` (-1: all cores) at most; 1: this process alone.

    >>> processes(1, 10), processes(4, 1), processes(4, 3)
    (1, 1, 3)
    """
    return 1 if chunks <= 1 else max(1, min(_most(n_jobs), chunks))


def _most(n_jobs: int) -> int:
    """The processes ``n_jobs`` allows, as joblib reads it (-1: all cores)."""
    if n_jobs == 1:
        return 1
    from joblib import effective_n_jobs

    return effective_n_jobs(n_jobs)


def map_chunks(function: Callable[..., Any], tasks: Iterable[tuple[Any, ...]], n_jobs: int,
               **options: Any) -> Generator[Any]:
    """``function(*task)`` for each task, in order: in this process when ``n_jobs`` is 1 or there is one task, else
    in as many worker processes as there are tasks, ``n_jobs`` at most (``options`` go to ``joblib.Parallel``).
    Tasks are read as they are needed, the first ``n_jobs`` of them to count the processes; closed early, the
    generator stops the workers (joblib's own generator does)."""
    tasks = iter(tasks)
    first = list(islice(tasks, _most(n_jobs)))
    workers = processes(n_jobs, len(first))
    if workers == 1:
        yield from (function(*task) for task in chain(first, tasks))
        return
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=workers, return_as="generator", **options)
    yield from parallel(delayed(function)(*task) for task in chain(first, tasks))
