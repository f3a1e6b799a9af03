"""``mcu-nlp analyze`` and ``mcu-nlp demo``: the command-line side of the batch job (:mod:`mcu_nlp.batchjob`), and
the name of its output when ``-o`` is not given."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from mcu_nlp.errors import note

DEMO = Path(__file__).parent / "data" / "demo_appeals.csv"


def default_output(path: Path) -> Path:
    """The output of ``analyze`` without ``-o``: the input's name with ``.analysed`` before its extension, written
    plain (no compression suffix) and comma-separated (``.tsv`` becomes ``.csv``).

    >>> default_output(Path("in/appeals.tsv.gz")).as_posix()
    'in/appeals.analysed.csv'
    """
    from mcu_nlp.tablefiles import COMPRESSED

    name = path.name.split(".")[0]
    suffixes = "".join(s for s in path.suffixes if s.lower() not in COMPRESSED)  # the output is written plain
    if suffixes.lower().endswith(".tsv"):  # and with commas
        suffixes = suffixes[:-4] + ".csv"
    return path.with_name(f"{name}.analysed{suffixes}")


def output_path(args: argparse.Namespace) -> Path:
    """The output file of ``analyze``: ``-o``, else :func:`default_output` (a folder as the input is refused first:
    ``analyze .`` raised "PosixPath('.') has an empty name" building the name)."""
    if args.output is None and args.input.is_dir():
        from mcu_nlp.tablefiles import check_input_file

        check_input_file(args.input)
    return args.output or default_output(args.input)


def region_argument(region: str | None) -> None:
    """``--region`` checked before anything is read: not a subject code, it is refused with the value quoted (an
    argument, no personal data) and what is accepted, a one- or two-digit subject code; an unknown code as
    :func:`mcu_nlp.regions.known_code` refuses it (a subject's ОКТМО prefix, «--region 82», with that subject's code).

    >>> region_argument("Курская")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected --region as a one- or two-digit subject code such as '46' (Курская \
область), '78' or '89', got 'Курская'

    A subject's name gets its code in the message:

    >>> region_argument("Татарстан")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected --region as a one- or two-digit subject code such as '46' (Курская \
область), '78' or '89', got 'Татарстан'; the code of Республика Татарстан is '16'
    """
    from mcu_nlp.errors import InputError, Shown, expected
    from mcu_nlp.regions import code_hint, known_code, subject_code

    try:
        subject_code(region)
    except InputError:
        fix = code_hint(region) if isinstance(region, str) else ""  # «--region Татарстан»: write 16
        raise InputError(expected("--region as a one- or two-digit subject code such as '46' (Курская область), "
                                  "'78' or '89'", Shown(repr(region)[:60]), fix)) from None
    known_code(region)


def run_analyze(args: argparse.Namespace) -> int:
    from mcu_nlp.batchjob import CHUNK_CHARS, run_analyze_job
    from mcu_nlp.defaults import model_files, with_models

    region_argument(args.region)
    output = output_path(args)
    models = with_models(args.topic_model, args.urgency_model) if args.topic_model or args.urgency_model else None
    chunk_chars = CHUNK_CHARS if args.chunk_chars is None else args.chunk_chars  # no heavy import to build --help
    summary = run_analyze_job(
        args.input, output, text_column=args.text_column, id_column=args.id_column, region=args.region,
        region_column=args.region_column, date_column=args.date_column, in_format=args.in_format,
        encoding=args.encoding, out_format=args.output_format, chunk_size=args.chunk_size, chunk_chars=chunk_chars,
        n_jobs=args.jobs, keep_text=args.keep_text, formula_guard=not args.no_formula_guard, resume=args.resume,
        progress=not args.no_progress and _terminal(sys.stderr), models=models,  # a bar in a log file: noise
        model_files=model_files(args.topic_model, args.urgency_model))  # the default ones: those of MCU_NLP_MODELS
    if summary.complete:  # --resume after the job had finished: it was done all over again
        note(
            f"mcu-nlp analyze: {output} is complete ({summary.rows} rows, {summary.errors} with errors), written by "
            "the same job from the same input: nothing to do; run it without --resume to do it again"
        )
        return 0
    from mcu_nlp.row_errors import kinds_said

    kinds = f": {kinds_said(summary.error_kinds)};" if summary.errors else ","  # 3 broken JSON lines were 3 kinds
    note(f"{summary.rows} rows -> {output} ({summary.errors} with errors{kinds} {summary.seconds:.1f} s)")
    return 0


def _terminal(stream: TextIO | None) -> bool:
    """``stream`` is a terminal: not a log file, nor a closed stderr (``exec 2>&-`` leaves ``sys.stderr`` None, and
    ``None.isatty()`` failed the job with AttributeError after its models loaded).

    >>> _terminal(None)
    False
    """
    return stream is not None and stream.isatty()


def run_demo(args: argparse.Namespace) -> int:
    import pandas as pd

    from mcu_nlp.frames import analyze_frame
    from mcu_nlp.redaction import redact

    frame = pd.read_csv(DEMO, dtype=str, keep_default_na=False)
    out = analyze_frame(frame, text_column="text", date_column="date", region_column="region", progress=False)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 60)
    out["text"] = [" ".join(redact(t).split())[:60] for t in out["text"]]  # one line each: no «\r\n» shown
    out["municipality"] = out["municipality"].fillna("-")
    print(f"mcu-nlp demo: {len(out)} real appeals (St Petersburg portal and Kursk region) from {DEMO.name}; each "
          "is read in its own region (78, 46), and municipality - means the text names no place of a municipality "
          "in it (a street or a house alone is not one)\n")
    print(out[["id", "topic", "topic_score", "urgency", "urgency_score", "municipality", "text"]]
          .round(2).to_string(index=False))
    print("\ntopics:", out["topic"].value_counts().to_dict())
    print("urgency:", out["urgency"].value_counts().to_dict())
    return 0
