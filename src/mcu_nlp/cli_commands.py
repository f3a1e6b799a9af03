"""``mcu-nlp train``, ``evaluate``, ``forecast`` and ``report``: each reads its arguments into a call of the library
(:mod:`mcu_nlp.training`, :mod:`mcu_nlp.trends`, :mod:`mcu_nlp.report`) and says what it wrote on stderr."""

from __future__ import annotations

import argparse

from mcu_nlp.errors import InputError, Shown, expected, note


def run_train(args: argparse.Namespace) -> int:
    from mcu_nlp.training import stop_words_option, train_command

    return train_command(args.kind, args.data, args.output, text_column=args.text_column,
                         label_column=args.label_column, stop_words=stop_words_option(args.stop_words, args.keep_word))


def run_evaluate(args: argparse.Namespace) -> int:
    from mcu_nlp.training import evaluate_command

    return evaluate_command(args.model, args.data, text_column=args.text_column, label_column=args.label_column)


def run_forecast(args: argparse.Namespace) -> int:
    from mcu_nlp.errors import whole_number
    from mcu_nlp.trends import forecast_command
    from mcu_nlp.trends.forecaster import whole_percentages

    whole_number(args.horizon, "horizon")  # before the file is read: --horizon 0 was refused after reading it all
    for flag, given, what in (("--drops", args.drops, "falls are flagged among the anomalies"),
                              ("--flagged-only", args.flagged_only, "the file then holds the flagged counts only")):
        if given and args.anomalies is None:
            raise InputError(expected(f"--anomalies PATH with {flag}", Shown(f"{flag} alone"),
                                      f"add --anomalies spikes.csv ({what})"))
    holidays = [day.strip() for day in (args.holidays or "").split(",") if day.strip()]
    levels = [int(level) if level.isdigit() else level for level in map(str.strip, args.levels.split(",")) if level]
    if not whole_percentages(levels):  # before the file is read
        raise InputError(expected("--levels as whole percentages separated by commas, e.g. 80,99",
                                  Shown(f"--levels {args.levels}")))
    forecast = forecast_command(args.counts, args.horizon, args.output, plot_path=args.plot,
                                report=lambda how: note(f"mcu-nlp forecast: {how}"),
                                date_column=args.date_column, anomalies_path=args.anomalies, drops=args.drops,
                                holidays=holidays, levels=levels, flagged_only=args.flagged_only)
    note(f"mcu-nlp forecast: {forecast['unique_id'].nunique()} series x {args.horizon} periods -> {args.output}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from mcu_nlp.report import write_report

    note(f"mcu-nlp report: {args.analysed} -> {write_report(args.analysed, args.output)}")
    return 0
