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

_NONE = object()  # no shared value


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


def map_chunks(function: Callable[..., Any], tasks: Iterable[tuple[Any, ...]], n_jobs: int, *, shared: Any = _NONE,
               initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
               **options: Any) -> Generator[Any]:
    """``function(*task)`` for each task, in order: in this process when ``n_jobs`` is 1 or there is one task, else
    in as many worker processes as there are tasks, ``n_jobs`` at most (``options`` go to ``joblib.Parallel``; a
    worker runs ``initializer(*initargs)`` first). Tasks are read as they are needed, the first ``n_jobs`` of them to
    count the processes; closed early, the generator stops the workers (joblib's own generator does).

    Given ``shared``, it is the last argument of every call, ``function(*task, shared)``, and a worker gets it once,
    at its start: models sent with each task were pickled and unpickled once per chunk, their caches lost each time.

    >>> list(map_chunks(pow, [(2,), (3,)], 1, shared=2))
    [4, 9]
    """
    tasks = iter(tasks)
    first = list(islice(tasks, _most(n_jobs)))
    workers = processes(n_jobs, len(first))
    extra = () if shared is _NONE else (shared,)
    if workers == 1:
        yield from (function(*task, *extra) for task in chain(first, tasks))
        return
    from joblib import Parallel, delayed

    tasks = chain(first, tasks)
    if extra:  # each worker gets shared in its initializer; loky reuses workers started with equal arguments, and
        # a model refitted in place is equal to itself: _Given is equal to no other, so no call gets stale copies
        options.update(initializer=_start, initargs=(_Given(shared), initializer, initargs))
        calls = (delayed(_with_shared)(function, *task) for task in tasks)
    else:
        options.update({"initializer": initializer, "initargs": initargs} if initializer else {})
        calls = (delayed(function)(*task) for task in tasks)
    yield from Parallel(n_jobs=workers, return_as="generator", **options)(calls)


#: in a worker process: the ``shared`` value of :func:`map_chunks`, given once at its start
_SHARED: list[Any] = [_NONE]


class _Given:
    """The ``shared`` value of one :func:`map_chunks` call, equal only to itself: loky reuses the workers of the call
    before when the initializer's arguments are equal, and they hold their copy of a model as it was then."""

    def __init__(self, value: Any) -> None:
        self.value = value


def _start(given: _Given, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    _SHARED[0] = given.value
    if initializer is not None:
        initializer(*initargs)


def _with_shared(function: Callable[..., Any], *task: Any) -> Any:
    return function(*task, _SHARED[0])
