"""The ``mcu-nlp`` command line: analyze, train, evaluate, forecast, report, demo; here, how each command is run
(its exit code, its warnings, a signal that stops it, a file it cannot read). The arguments and help:
:mod:`mcu_nlp.cli_parser`; the commands: :mod:`mcu_nlp.cli_analyze` (analyze, demo), :mod:`mcu_nlp.cli_commands`
(train, evaluate, forecast, report).

Exit codes: 0 when the job finished (bad rows are reported in the output's ``error`` column; ``analyze`` warns
when every row is one),
2 when the job as a whole cannot go on (no such file, no text column, a refused model file, an output that is
an input),
130 / 143 when stopped by SIGINT (Ctrl-C) / SIGTERM (``analyze`` stops its workers first and keeps its
finished chunks for ``--resume``).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import select
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from mcu_nlp.cli_analyze import output_path, run_analyze, run_demo
from mcu_nlp.cli_commands import run_evaluate, run_forecast, run_report, run_train
from mcu_nlp.cli_parser import build_parser
from mcu_nlp.errors import McuNlpError, McuNlpWarning, note, others_warning

__all__ = ["COMMANDS", "build_parser", "main"]

log = logging.getLogger("mcu_nlp")
#: what each command runs, given its parsed arguments; its exit code is 0 (or what it returns)
COMMANDS = {"analyze": run_analyze, "train": run_train, "evaluate": run_evaluate, "forecast": run_forecast,
            "report": run_report, "demo": run_demo}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    handler = COMMANDS[args.command]
    try:
        _check_outputs(args)
        with _logged_warnings(args.command):
            return int(handler(args) or 0)
    except (McuNlpError, FileNotFoundError) as error:
        # our messages never quote input text, so they are safe to print
        note(f"mcu-nlp {args.command}: {error}")
        return 2
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM during analyze (interrupts.JobStopped)
        return _stopped(args, getattr(stop, "signum", signal.SIGINT))
    except BrokenPipeError:
        if not _stdout_closed():
            raise
        # the reader went away (`mcu-nlp demo | head`): stop quietly, and keep Python's final flush from
        # raising the same error again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:
        reason = _unreadable(error)
        if reason is None:
            raise
        note(f"mcu-nlp {args.command}: {reason}")
        return 2


@contextlib.contextmanager
def _logged_warnings(command: str) -> Iterator[None]:
    """Warnings as ``WARNING <command>: ...`` lines of the log, as analyze's own: Python printed forecast's as
    '.../mcu-nlp:8: UserWarning: ...' and the source line. mcu_nlp's own (every one a McuNlpWarning) are worded never
    to quote the data and print whole; any other may (numpy's, pandas', ...), so only its kind is said. The category
    decides, not the frame that raised it: a numpy warning raised while mcu_nlp's code was on top printed whole."""

    def show(message: Warning | str, category: type[Warning], *_: object, **__: object) -> None:
        if issubclass(category, McuNlpWarning):
            log.warning("%s: %s", command, message)
        else:
            log.warning("%s", others_warning(command, category.__name__))

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


# the arguments naming the files a command reads, and those naming the files it writes
INPUTS = ("input", "data", "counts", "analysed", "model", "topic_model", "urgency_model")
OUTPUTS = ("output", "plot", "anomalies")


def _check_outputs(args: argparse.Namespace) -> None:
    """No output onto a file the command reads or writes already (``analyze same.csv -o same.csv``)."""
    from mcu_nlp.output_paths import check_outputs

    given = {name: path for name in INPUTS + OUTPUTS if isinstance(path := getattr(args, name, None), Path)}
    # named in messages: "an existing input file", "an existing --topic-model file"
    named = {n: f"--{n.replace('_', '-')}" if n.endswith("_model") else "model" if n == "model" else "input"
             for n in INPUTS}
    check_outputs({named[n]: p for n, p in given.items() if n in INPUTS},
                  {f"--{n}": p for n, p in given.items() if n in OUTPUTS})


def _stopped(args: argparse.Namespace, signum: int) -> int:
    """Say which signal stopped the command (and whether analyze can resume); exit as a shell does, 128 + signal."""
    kept = ""
    if args.command == "analyze":  # stopped before its first chunk was done, it has nothing to resume from
        from mcu_nlp.partfiles import kept_parts

        kept = ("; its finished chunks are kept: run it again with --resume" if kept_parts(output_path(args)) else
                "; no chunk was finished: run it again from the start")
    note(f"mcu-nlp {args.command}: stopped by {signal.Signals(signum).name}{kept}")
    return 128 + signum


def _unreadable(error: Exception) -> str | None:
    """A clear reason when a file could not be read or written at all (a folder, not UTF-8, not a table).

    Messages that could quote the data (Arrow conversion errors) are not repeated.
    """
    if isinstance(error, OSError):
        return f"could not read or write a file: {error}; check the path"
    if isinstance(error, UnicodeDecodeError):
        return (f"expected UTF-8 text, got bytes that are not ({error.reason} at byte {error.start}); "
                "re-save the file as UTF-8")
    import pandas as pd
    import pyarrow as pa

    if isinstance(error, (pd.errors.EmptyDataError, pd.errors.ParserError)):
        return f"expected a table with a header row, could not parse the file ({error})"
    if isinstance(error, pa.ArrowException):
        return f"expected a readable Parquet file, got one Arrow could not read ({type(error).__name__})"
    return None


def _stdout_closed() -> bool:
    """Whether the broken pipe is our standard output (its reader is gone), not some other pipe."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), 0)  # errors and hang-ups are reported whatever the mask
        return any(event & select.POLLERR for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll (Windows) or no real file behind sys.stdout
        return False


if __name__ == "__main__":
    sys.exit(main())
