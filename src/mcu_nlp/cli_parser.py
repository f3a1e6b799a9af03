"""The arguments of the ``mcu-nlp`` command line and its help: one subcommand each for analyze, train, evaluate,
forecast, report and demo (:mod:`mcu_nlp.cli` runs them). Nothing heavy is imported: ``--help`` stays fast."""

from __future__ import annotations

import argparse
from pathlib import Path

EXAMPLES = {
    "analyze": "example:\n  mcu-nlp analyze appeals.csv -o analysed.parquet --text-column text --region 89 --jobs 2\n"
               "  mcu-nlp analyze posts.jsonl -o out.jsonl --resume      # continue an interrupted job\n"
               "  mcu-nlp analyze mixed.csv --region-column region       # each row's own subject code\n"
               "of the input's columns only the id, date and region ones are written beside the answers (the others "
               "may hold\npersonal data); join the others back, your labels too, on the output's row column "
               "(docs/batch.md)",
    "train": "example:\n  mcu-nlp train topic appeals.csv --label-column topic -o topic.joblib\n"
             "  mcu-nlp train topic thanks.csv --label-column topic -o t.joblib --keep-word спасибо\n"
             "  mcu-nlp train topic -o topic.joblib      # rebuild the shipped default from data/ (source checkout)",
    "evaluate": "example:\n  mcu-nlp evaluate topic.joblib test.csv --label-column topic",
    "forecast": "example:\n  mcu-nlp forecast counts.csv --horizon 14 -o forecast.csv --plot forecast.png "
                "--anomalies spikes.csv",
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
                   "an empty cell: no region; a value that is no subject code: that row is analysed without a region, "
                   "the cell written empty, with one warning naming the positions")
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
    p.add_argument("--no-formula-guard", action="store_true", help="in a CSV output, write a cell starting with = + - "
                   "@ as it is, not behind a ' (default: guarded against CSV injection in spreadsheets; ids never)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr (none either when "
                   "stderr is not a terminal: a log file got every refresh of the bar; -v logs each chunk instead)")
    p.add_argument("--topic-model", type=Path,
                   help="a topic model saved by `mcu-nlp train topic` or mcu_nlp.save (default: shipped)")
    p.add_argument("--urgency-model", type=Path,
                   help="an urgency model saved by `mcu-nlp train urgency` or mcu_nlp.save (default: shipped)")

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
    p.add_argument("--anomalies", type=Path, help="also score every count of the history against its one-step-ahead "
                   "forecast and write unique_id, ds, y, expected, score, is_anomaly (CSV or Parquet by suffix); "
                   "stderr names the latest spikes and the strongest")
    p.add_argument("--drops", action="store_true", help="with --anomalies, flag falls too (no appeals where many "
                   "are usual: the portal or an export down)")
    p.add_argument("--flagged-only", action="store_true", help="with --anomalies, write the flagged counts only "
                   "(every count of the history is scored and written without it)")
    p.add_argument("--date-column", help="the date column, where the file has several named as dates (ds wins "
                   "over the others without it; any other two are refused)")
    p.add_argument("--holidays", metavar="DATES", help="a region's own days off, added to Russia's calendar as "
                   "holidays: ISO dates separated by commas (2025-03-31,2025-06-06)")
    p.add_argument("--levels", metavar="L1,L2", default="80,95", help="the intervals' levels in percent, separated "
                   "by commas (default 80,95); the highest bounds the anomalies: 80,99 flags fewer false spikes")

    p = _command(sub, "report", "Write a self-contained HTML report of analysed appeals.")
    p.add_argument("analysed", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)

    _command(sub, "demo", "Analyse the shipped sample of real appeals with the shipped default models.")
    return parser


def _version() -> str:
    from mcu_nlp import __version__

    return __version__
