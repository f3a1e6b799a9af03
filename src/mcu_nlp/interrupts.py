"""Stopping a batch job cleanly: SIGTERM (a scheduler's kill, ``kill PID``) handled as Ctrl-C is.

A job with worker processes that dies at once leaves its workers running: the analyze job's loky workers went on
writing part files for minutes after its parent was killed. Raised as an exception in the main thread instead, the
stop unwinds the job, whose ``finally`` and ``except`` blocks stop the workers.
"""

from __future__ import annotations

import signal
import threading
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
