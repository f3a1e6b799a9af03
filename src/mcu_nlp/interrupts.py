"""Stopping a batch job cleanly: SIGTERM (a scheduler's kill, ``kill PID``) handled as Ctrl-C is; and workers that
end when the job process dies, SIGKILL included.

A job with worker processes that dies at once leaves its workers running: the analyze job's loky workers went on
writing part files for minutes after its parent was killed. Raised as an exception in the main thread instead, the
stop unwinds the job, whose ``finally`` and ``except`` blocks stop the workers. SIGKILL (the OOM killer, a
scheduler's hard timeout) runs no code in the job at all, so each worker watches its parent itself
(:func:`exit_with_parent`).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class JobStopped(KeyboardInterrupt):
    """SIGTERM while a job runs; raised in the main thread as Ctrl-C raises ``KeyboardInterrupt``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`JobStopped` in the main thread, as Ctrl-C raises
    ``KeyboardInterrupt``: cleanup runs (joblib stops its workers, a job keeps its finished parts) where SIGTERM's
    default action ended the process alone. Left alone outside the main thread, or when the application handles
    SIGTERM itself."""
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise JobStopped(signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


#: seconds between a worker's checks that the job process is alive
PARENT_CHECK = 0.5


def exit_with_parent(parent: int, every: float = PARENT_CHECK) -> None:
    """End this (worker) process within ``every`` seconds of ``parent`` ending: a worker initializer.

    A daemon thread compares ``os.getppid()`` with ``parent``: a process whose parent dies is given another (init,
    or a subreaper). Linux's ``PR_SET_PDEATHSIG`` would act at once, but it fires when the *thread* that started the
    worker ends, and loky starts replacement workers from its own threads. Where parents are not replaced
    (Windows) the check never fires: a no-op; called in ``parent`` itself (a backend running tasks in threads) it
    does nothing. ``os._exit``: the worker's part file in progress is a ``.tmp`` that ``--resume`` drops, and no
    cleanup of the worker's may wait on the dead parent.
    """
    if parent == os.getpid():
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="mcu-nlp-exit-with-parent", daemon=True).start()
