"""The ``mcu-nlp`` command line: analyze, train, evaluate, forecast, report, demo.

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

from mcu_nlp.errors import McuNlpError, McuNlpWarning

DEMO = Path(__file__).parent / "data" / "demo_appeals.csv"
log = logging.getLogger("mcu_nlp")

EXAMPLES = {
    "analyze": "example:\n  mcu-nlp analyze appeals.csv -o analysed.parquet --text-column text --region 89 --jobs 2\n"
               "  mcu-nlp analyze posts.jsonl -o out.jsonl --resume      # continue an interrupted job\n"
               "  mcu-nlp analyze mixed.csv --region-column region       # each row's own subject code",
    "train": "example:\n  mcu-nlp train topic appeals.csv --label-column topic -o topic.joblib\n"
             "  mcu-nlp train topic thanks.csv --label-column topic -o t.joblib --keep-word спасибо\n"
             "  mcu-nlp train topic -o topic.joblib      # rebuild the shipped default from data/ (source checkout)",
    "evaluate": "example:\n  mcu-nlp evaluate topic.joblib test.csv --label-column topic",
    "forecast": "example:\n  mcu-nlp forecast counts.csv --horizon 14 -o forecast.csv --plot forecast.png",
    "report": "example:\n  mcu-nlp report analysed.parquet -o report.html",
    "demo": "example:\n  mcu-nlp demo      # analyse the shipped sample of real appeals with the shipped models",
}


VERBOSE_HELP = "log progress messages (never any text)"


def _command(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    command = sub.add_parser(name, help=help_text, description=help_text, epilog=EXAMPLES[name],
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    # -v after the command too ('mcu-nlp analyze ... -v' was 'unrecognized arguments'); SUPPRESS: not given here,
    # it leaves the value of a -v before the command
    command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=VERBOSE_HELP)
    return command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mcu-nlp", description="Russian citizen appeals for control centres.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
    sub = parser.add_subparsers(dest="command", required=True)

    p = _command(sub, "analyze", "Analyse every row of a CSV, JSONL or Parquet file, streamed in chunks.")
    p.add_argument("input", type=Path)
    p.add_argument("-o", "--output", type=Path, help="output file (default: INPUT with .analysed before the extension)")
    p.add_argument("--text-column", default="text")
    p.add_argument("--id-column", help="column to carry into the output (default: 'id' if present)")
    p.add_argument("--date-column", help="appeal dates, used by the urgency model (heating in the cold season)")
    p.add_argument("--region", help="subject code that breaks ties between same-named places, e.g. 89")
    p.add_argument("--region-column", help="column with each row's own subject code (instead of --region); "
                   "an empty cell: no region, an unknown code: an error on that row")
    p.add_argument("--format", dest="in_format", choices=["csv", "jsonl", "parquet"], help="input format")
    p.add_argument("--encoding", help="text encoding of a CSV or JSONL input, e.g. cp1251 for an Excel or 1C export "
                   "(default: UTF-8, a byte-order mark allowed; Parquet is always UTF-8)")
    p.add_argument("--output-format", choices=["csv", "jsonl", "parquet"], help="output format")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (-1: all cores)")
    p.add_argument("--chunk-size", type=int, default=10_000, help="rows per chunk at most (default 10,000)")
    p.add_argument("--chunk-chars", type=int, default=None, help="characters of text per chunk at most (default "
                   "5,000,000; a longer row comes alone): with --chunk-size, it bounds a worker's memory")
    p.add_argument("--resume", action="store_true", help="continue an interrupted job from its last finished chunk")
    p.add_argument("--keep-text", action="store_true", help="write texts as they are (default: personal data masked)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--topic-model", type=Path, help="a topic model saved by `mcu-nlp train topic` (default: shipped)")
    p.add_argument("--urgency-model", type=Path, help="an urgency model saved by `mcu-nlp train urgency`")

    p = _command(sub, "train", "Train a topic or urgency model and save it with its manifest.")
    p.add_argument("kind", choices=["topic", "urgency"])
    p.add_argument("data", type=Path, nargs="?",
                   help="CSV/JSONL/Parquet with texts and labels (omit to rebuild the shipped default from data/)")
    p.add_argument("--text-column", default="text")
    p.add_argument("--label-column", default=None)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--stop-words", metavar="default|none|FILE",
                   help="words the topic model's lemma view drops: default (src/mcu_nlp/data/stopwords.txt), none "
                   "(keep every word) or a UTF-8 file of one word a line, '#' starting a comment")
    p.add_argument("--keep-word", action="append", metavar="WORD",
                   help="keep this word of the stop-word list, e.g. спасибо for a thanks topic (repeatable)")

    p = _command(sub, "evaluate", "Evaluate a saved model on labelled data: accuracy, macro-F1, per-class report.")
    p.add_argument("model", type=Path)
    p.add_argument("data", type=Path)
    p.add_argument("--text-column", default="text")
    p.add_argument("--label-column", required=True)

    p = _command(sub, "forecast", "Forecast counts of appeals: unique_id, ds, y; ds, y for one series (a date column "
                 "named ds, date, created_dt, created_at, дата or день next to one column named y, count, counts, "
                 "cnt, количество, кол-во, число обращений or количество обращений, case aside, too); else raw "
                 "appeals, one per row, counted per topic and municipality by their date column. One line on stderr "
                 "says how the file was read.")
    p.add_argument("counts", type=Path)
    p.add_argument("--horizon", type=int, default=14)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plot", type=Path, help="also draw history, forecast, intervals and anomalies to a PNG")
    p.add_argument("--date-column", help="the date column, where the file has several named as dates (ds wins "
                   "over the others without it; any other two are refused)")

    p = _command(sub, "report", "Write a self-contained HTML report of analysed appeals.")
    p.add_argument("analysed", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)

    _command(sub, "demo", "Analyse the shipped sample of real appeals with the shipped default models.")
    return parser


def _version() -> str:
    from mcu_nlp import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    handler = globals()[f"_run_{args.command}"]
    try:
        _check_outputs(args)
        with _logged_warnings(args.command):
            return int(handler(args) or 0)
    except (McuNlpError, FileNotFoundError) as error:
        # our messages never quote input text, so they are safe to print
        print(f"mcu-nlp {args.command}: {error}", file=sys.stderr)
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
        print(f"mcu-nlp {args.command}: {reason}", file=sys.stderr)
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
            log.warning("%s: a %s from a library it uses (its words not shown: they may quote the data)", command,
                        category.__name__)

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


# the arguments naming the files a command reads, and those naming the files it writes
INPUTS = ("input", "data", "counts", "analysed", "model", "topic_model", "urgency_model")
OUTPUTS = ("output", "plot")


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

        kept = ("; its finished chunks are kept: run it again with --resume" if kept_parts(_output(args)) else
                "; no chunk was finished: run it again from the start")
    print(f"mcu-nlp {args.command}: stopped by {signal.Signals(signum).name}{kept}", file=sys.stderr)
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


def _default_output(path: Path) -> Path:
    from mcu_nlp.tablefiles import COMPRESSED

    name = path.name.split(".")[0]
    suffixes = "".join(s for s in path.suffixes if s.lower() not in COMPRESSED)  # the output is written plain
    if suffixes.lower().endswith(".tsv"):  # and with commas
        suffixes = suffixes[:-4] + ".csv"
    return path.with_name(f"{name}.analysed{suffixes}")


def _output(args: argparse.Namespace) -> Path:
    """The output file of ``analyze``: ``-o``, else the input's name with ``.analysed`` before its extension."""
    return args.output or _default_output(args.input)


def _run_analyze(args: argparse.Namespace) -> int:
    from mcu_nlp.batchjob import CHUNK_CHARS, run_analyze_job
    from mcu_nlp.defaults import with_models

    output = _output(args)
    models = with_models(args.topic_model, args.urgency_model) if args.topic_model or args.urgency_model else None
    chunk_chars = CHUNK_CHARS if args.chunk_chars is None else args.chunk_chars  # no heavy import to build --help
    summary = run_analyze_job(
        args.input, output, text_column=args.text_column, id_column=args.id_column, region=args.region,
        region_column=args.region_column, date_column=args.date_column, in_format=args.in_format,
        encoding=args.encoding, out_format=args.output_format, chunk_size=args.chunk_size, chunk_chars=chunk_chars,
        n_jobs=args.jobs, keep_text=args.keep_text, resume=args.resume, progress=not args.no_progress, models=models,
        model_files=[f for f in (args.topic_model, args.urgency_model) if f])
    if summary.complete:  # --resume after the job had finished: it was done all over again
        print(f"mcu-nlp analyze: {output} is complete ({summary.rows} rows, {summary.errors} with errors), written by "
              "the same job from the same input: nothing to do; run it without --resume to do it again",
              file=sys.stderr)
        return 0
    print(f"{summary.rows} rows -> {output} ({summary.errors} with errors, {summary.seconds:.1f} s)", file=sys.stderr)
    return 0


def _run_train(args: argparse.Namespace) -> int:
    from mcu_nlp.training import stop_words_option, train_command

    return train_command(args.kind, args.data, args.output, text_column=args.text_column,
                         label_column=args.label_column, stop_words=stop_words_option(args.stop_words, args.keep_word))


def _run_evaluate(args: argparse.Namespace) -> int:
    from mcu_nlp.training import evaluate_command

    return evaluate_command(args.model, args.data, text_column=args.text_column, label_column=args.label_column)


def _run_forecast(args: argparse.Namespace) -> int:
    from mcu_nlp.trends import forecast_command

    forecast = forecast_command(args.counts, args.horizon, args.output, plot_path=args.plot,
                                report=lambda how: print(f"mcu-nlp forecast: {how}", file=sys.stderr),
                                date_column=args.date_column)
    print(f"mcu-nlp forecast: {forecast['unique_id'].nunique()} series x {args.horizon} periods -> {args.output}",
          file=sys.stderr)
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from mcu_nlp.report import write_report

    write_report(args.analysed, args.output)
    return 0


def _run_demo(args: argparse.Namespace) -> int:
    import pandas as pd

    from mcu_nlp.frames import analyze_frame
    from mcu_nlp.redaction import redact

    frame = pd.read_csv(DEMO, dtype=str, keep_default_na=False)
    out = analyze_frame(frame, text_column="text", date_column="date", region_column="region", progress=False)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 60)
    out["text"] = [redact(t)[:60] for t in out["text"]]
    out["municipality"] = out["municipality"].fillna("-")
    print(f"mcu-nlp demo: {len(out)} real appeals (St Petersburg portal and Kursk region) from {DEMO.name}\n")
    print(out[["id", "topic", "topic_score", "urgency", "urgency_score", "municipality", "text"]]
          .round(2).to_string(index=False))
    print("\ntopics:", out["topic"].value_counts().to_dict())
    print("urgency:", out["urgency"].value_counts().to_dict())
    return 0


if __name__ == "__main__":
    sys.exit(main())
