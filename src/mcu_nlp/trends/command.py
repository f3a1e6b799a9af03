"""What ``mcu-nlp forecast COUNTS --horizon 14 -o OUT [--plot OUT.png]`` runs."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from mcu_nlp.errors import InputError, McuNlpWarning, ResourceNotFoundError, Shown, columns_shown, expected
from mcu_nlp.trends.calendar import add_holidays
from mcu_nlp.trends.counts import TOTAL, check_counts, count_series
from mcu_nlp.trends.forecaster import ZERO_FILLED, TrendForecaster
from mcu_nlp.trends.panel import infer_freq

# a date column so named (case and spaces aside); ds first
DATE_COLUMNS = ("ds", "date", "created_dt", "created_at", "дата", "день")
# columns of analysed appeals: next to ds and y they make it unclear whether y holds counts
APPEAL_COLUMNS = ("text", "topic", "municipality", "urgency")
# a column so named (case and spaces aside) next to a date column holds counts, not a property of one appeal;
# not «число»: next to a date it is mostly the day of the month
COUNT_COLUMNS = ("y", "count", "counts", "cnt", "количество", "кол-во", "число обращений", "количество обращений")


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise ResourceNotFoundError(expected("an existing counts file", Shown(str(path))))
    from mcu_nlp.training import read_table

    # by suffix, as the other commands read a table (a .jsonl was read as CSV: its JSON for column names); CSV as
    # they read it: Excel's byte-order mark dropped, ";" or tab separators (a Russian locale)
    return read_table(path, text=False)


def _named(frame: pd.DataFrame, names: tuple[str, ...]) -> list[object]:
    """The columns of ``frame`` named as one of ``names`` (case and spaces aside), in the order of ``names``.

    >>> _named(pd.DataFrame(columns=["Date", "ds", "Count"]), DATE_COLUMNS)
    ['ds', 'Date']
    """
    keys = [str(c).strip().lower() for c in frame.columns]
    return [c for name in names for c, key in zip(frame.columns, keys) if key == name]


def _date_column(frame: pd.DataFrame, chosen: object = None) -> object:
    """The date column: ``chosen`` (``--date-column``; case and spaces aside, as the names are read), else the one
    named as a date, ``ds`` before others.

    Two date-named columns (``date`` and ``created_at``: received and registered?) are refused rather than
    one taken by the order of :data:`DATE_COLUMNS`; ``None`` when there is none.

    >>> _date_column(pd.DataFrame(columns=["created_at", "ds", "y"]))
    'ds'
    """
    if chosen is not None:
        if chosen in frame.columns:
            return chosen
        same = _named(frame, (str(chosen).strip().lower(),))
        if len(same) != 1:
            raise InputError(expected(f"a column {chosen!r} (--date-column)", columns_shown(frame.columns),
                                      "name one of the file's columns"))
        return same[0]
    dates = _named(frame, DATE_COLUMNS)
    if len(dates) > 1 and [str(c).strip().lower() for c in dates].count("ds") != 1:
        named = Shown(f"{len(dates)}: {', '.join(repr(c) for c in frame.columns if c in dates)}")
        raise InputError(expected(f"one date column {DATE_COLUMNS} (case aside)", named,
                                  f"pick one with --date-column (date_column=), e.g. --date-column {dates[-1]}, "
                                  "or drop or rename the others"))
    return dates[0] if dates else None


def _count_columns(frame: pd.DataFrame, date: object) -> dict[object, str]:
    """``{date column: "ds", count column: "y"}`` when the file names both, else ``{}``; two count columns refused."""
    dates, counts = [] if date is None else [date], _named(frame, COUNT_COLUMNS)
    if not dates or not counts:
        return {}
    if len(counts) > 1:  # 'date,count,y' made two columns y: which one holds the counts?
        raise InputError(expected(f"one count column {COUNT_COLUMNS} next to {dates[0]!r}",
                                  columns_shown(frame.columns), "drop or rename all but one of them"))
    return {dates[0]: "ds", counts[0]: "y"}


def _span(counts: pd.DataFrame, filled: bool = False) -> str:
    """The days the counts cover, and how many periods had no row (they count as 0); ``filled``: counts zero-filled
    by count_series, so a period without a row is one with a count of 0."""
    counts = check_counts(counts)  # ds as dates, read day first as the forecaster reads them
    days = pd.DatetimeIndex(counts["ds"])
    span = f"from {days.min():%Y-%m-%d} to {days.max():%Y-%m-%d}"
    step = 1 if infer_freq(days, counts["unique_id"]) == "D" else 7
    periods = (days.max() - days.min()).days // step + 1
    missing = int((counts["y"] == 0).sum()) if filled else periods * counts["unique_id"].nunique() - len(counts)
    without = "an appeal" if filled else "a row"
    return f"{span}; {missing} {'days' if step == 1 else 'weeks'} without {without} count as 0" if missing else span


def _as_counts(frame: pd.DataFrame, path: Path, date_column: object = None) -> tuple[pd.DataFrame, str]:
    """Counts as given, or counted per topic x municipality (whichever exist) from raw appeals; and how it was read.

    ``ds, y`` without ``unique_id`` is one series of counts, the total (``__total__``): read as
    appeals, each row would count as one appeal and ``y`` would be thrown away. A date column
    (:data:`DATE_COLUMNS`) next to a column named as a count (:data:`COUNT_COLUMNS`) is read the same way.
    ``date_column`` picks the date column where the file names several (:func:`_date_column`); a bad date or count
    is named by its line of the file at ``path``.
    """
    date = _date_column(frame, date_column)
    if {"unique_id", "ds", "y"} <= set(frame.columns) and date == "ds":
        _check_file_counts(frame, "ds", "y", path)
        how = f"read as counts: {frame['unique_id'].nunique()} series, {_span(frame)}"
        return frame, how + _ignored(frame, "ds", "y")
    renamed = _count_columns(frame, date)
    return _named_counts(frame, renamed, path) if renamed else _appeals(frame, date)


def _check_file_counts(frame: pd.DataFrame, date: object, count: object, path: Path) -> None:
    """``InputError`` naming the file's date and count columns and the lines (rows of a Parquet file) where a date
    cannot be read, a count is missing or is no number, every kind at once (values not shown): check_counts said
    "finite counts in y, got missing or infinite values" of a count 'abc' in a column 'count', and listed the
    dates, not where they were."""
    import numpy as np

    from mcu_nlp.dates import wall_clock
    from mcu_nlp.tables import table_rows

    y = pd.to_numeric(frame[count], errors="coerce").to_numpy(dtype=float)
    missing = frame[count].isna().to_numpy()
    problems = [
        (wall_clock(frame[date]).isna().to_numpy(),
         f"a date in {date!r} on every row, got a missing or unreadable one on"),
        (missing, f"a count in {count!r} on every row, got none on"),
        (~missing & ~np.isfinite(y), f"counts in {count!r}, got no number on"),
    ]
    found = [f"{what} {table_rows(path, np.flatnonzero(bad).tolist())}" for bad, what in problems if bad.any()]
    if found:
        raise InputError(f"expected {'; expected '.join(found)}; fix or drop those rows (a day without appeals "
                         "counts 0)")


def _ignored(frame: pd.DataFrame, date: object, count: object = None) -> str:
    """Words for the date and count columns left unread ('unique_id,ds,y,count': the counts are y), or ''.

    >>> _ignored(pd.DataFrame(columns=["unique_id", "ds", "y", "count"]), "ds", "y")
    "; column 'count' ignored (counts from 'y', dates from 'ds')"
    """
    named = _named(frame, COUNT_COLUMNS + DATE_COLUMNS)
    left = [c for c in frame.columns if c in named and c not in (date, count)]
    if not left:
        return ""
    names = ", ".join(repr(c) for c in left)
    read = f"counts from {count!r}, dates from {date!r}" if count is not None else f"dates from {date!r}"
    return f"; column{'s' if len(left) > 1 else ''} {names} ignored ({read})"


def _named_counts(frame: pd.DataFrame, renamed: dict[object, str], path: Path) -> tuple[pd.DataFrame, str]:
    """A date column and a count column, renamed to ``ds, y``: one series unless ``unique_id`` tells them apart."""
    (date, _), (count, _) = renamed.items()
    got = columns_shown(frame.columns)
    appeal_like = [c for c in APPEAL_COLUMNS if c in frame.columns]
    if appeal_like:  # per-row keys next to a count: one series of counts, or appeals with a number column?
        raise InputError(expected(f"counts unique_id, ds, y, or appeals without a {count} column", got,
                                  f"add unique_id for counts per {appeal_like[0]}, or drop or rename {count}"))
    _check_file_counts(frame, date, count, path)
    ignored = _ignored(frame, date, count)
    frame = frame.drop(columns=[c for c in ("ds", "y") if c in frame.columns and c not in renamed])
    frame = frame.rename(columns=renamed)
    repeated = int(frame["ds"].duplicated().sum()) if "unique_id" not in frame.columns else 0
    if repeated:  # several series (a district column?) or appeals with a y of their own: not one series
        raise InputError(expected(f"one row per {date} in a {date}, {count} file (one series of counts)",
                                  Shown(f"{repeated} repeated dates, {got}"),
                                  f"add unique_id to tell the series apart, or drop or rename {count} to count "
                                  "the rows as appeals"))
    counts = frame if "unique_id" in frame.columns else frame.assign(unique_id=TOTAL)
    series = f"{counts['unique_id'].nunique()} series" if "unique_id" in frame.columns else f"one series, {TOTAL}"
    return counts, f"read as counts: {count!r} per {date!r}, {series}, {_span(counts)}{ignored}"


def _appeals(frame: pd.DataFrame, date: object) -> tuple[pd.DataFrame, str]:
    """Raw appeals, one per row, counted by their date column per topic x municipality (whichever exist)."""
    if date is None:
        got = columns_shown(frame.columns)
        raise InputError(expected(f"unique_id, ds, y or a date column {DATE_COLUMNS} (case aside)", got))
    by = tuple(c for c in ("topic", "municipality") if c in frame.columns)
    # without keys one series, the total: a bottom series of its own would repeat it under another name
    counts = count_series(frame, by=by, date_column=date)
    total = counts[counts["unique_id"] == TOTAL]
    how = f"counted per {' x '.join(by)}" if by else f"in one series, {TOTAL}"
    span = _span(total, filled=True)
    return counts, (f"read as appeals, one per row: {int(total['y'].sum())} appeals dated by {date!r} {span}, "
                    f"{how}{_ignored(frame, date)}; a file of counts needs columns ds, y (or a count column: "
                    f"{', '.join(COUNT_COLUMNS[:3])})")


def _keyed(frame: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (one row per series and day) with the columns of ``counts`` that hold one value per series after its
    own: ``level`` and the keys of appeals counted per topic and municipality (``topic``, ``municipality``,
    ``municipality_oktmo``), so a forecast joins back on the names and ОКТМО codes, not on parsing ``unique_id``.

    >>> counts = pd.DataFrame({"unique_id": ["a/x"] * 2, "ds": [1, 2], "y": [3, 4], "level": "t/m", "note": [1, 2]})
    >>> _keyed(pd.DataFrame({"unique_id": ["a/x"], "ds": [3], "mean": [3.5]}), counts).columns.tolist()
    ['unique_id', 'ds', 'mean', 'level']
    """
    extra = [c for c in counts.columns if c not in ("unique_id", "ds", "y") and c not in frame.columns]
    if not extra:
        return frame
    per_series = counts.groupby("unique_id", sort=False)[extra].nunique(dropna=False)
    constant = [c for c in extra if (per_series[c] <= 1).all()]
    keys = counts.drop_duplicates("unique_id")[["unique_id", *constant]]
    return frame.merge(keys, on="unique_id", how="left", validate="many_to_one") if constant else frame


def _write(frame: pd.DataFrame, path: Path) -> None:
    """A frame as Parquet (``.parquet``, ``.pq``) or CSV, folders made as analyze and report make them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".parquet", ".pq"):
        frame.to_parquet(path, index=False)
    else:
        frame.to_csv(path, index=False)


def flagged(scored: pd.DataFrame, path: Path, shown: int = 5) -> str:
    """One line on the flagged rows of ``detect_anomalies``: how many, the ``shown`` latest with their count and what
    was expected (a count above it a spike, below it a fall), and, where more were flagged than shown, those of the
    ``shown`` strongest by score not among them (session 68: two analysts' walkthroughs found their planted spikes
    by score, not among the latest).

    >>> scored = pd.DataFrame({"unique_id": ["heating", "heating", "water"], "y": [30, 2, 9],
    ...                        "ds": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-02-20"]),
    ...                        "expected": [6.04, 5.0, 2.5], "score": [4.1, 0.2, 5.3],
    ...                        "is_anomaly": [True, False, True]})
    >>> print(flagged(scored, Path("spikes.csv"), shown=1))  # doctest: +NORMALIZE_WHITESPACE
    2 of 3 counts flagged -> spikes.csv; the latest: 'heating' 2024-03-01 30 (expected 6.0);
    the strongest: 'water' 2024-02-20 9 (expected 2.5)
    """
    hits = scored[scored["is_anomaly"].astype(bool)].sort_values(["ds", "unique_id"], ascending=[False, True])
    line = f"{len(hits)} of {len(scored)} counts flagged -> {path}"
    if hits.empty:
        return line
    latest = hits.head(shown)
    line = f"{line}; the latest: {_listed(latest)}"
    if len(hits) <= shown or "score" not in hits:
        return line
    strongest = hits.sort_values("score", ascending=False, kind="stable").head(shown)
    strongest = strongest[~strongest.index.isin(latest.index)]  # none twice (review of session 68)
    return f"{line}; the strongest: {_listed(strongest)}" if len(strongest) else line


def _listed(rows: pd.DataFrame) -> str:
    return ", ".join(f"{row.unique_id!r} {pd.Timestamp(row.ds):%Y-%m-%d} {row.y:g} (expected {row.expected:.1f})"
                     for row in rows.itertuples(index=False))


def forecast_command(
    counts_path: str | os.PathLike[str],
    horizon: int = 14,
    out_path: str | os.PathLike[str] = "forecast.csv",
    plot_path: str | os.PathLike[str] | None = None,
    report: Callable[[str], object] | None = None,
    date_column: str | None = None,
    anomalies_path: str | os.PathLike[str] | None = None,
    drops: bool = False,
    holidays: Sequence[object] = (),
    levels: Sequence[int] = (80, 95),
    flagged_only: bool = False,
) -> pd.DataFrame:
    """Read counts (``ds, y`` alone: one series) or raw appeals with a date; forecast ``horizon`` periods.

    ``report`` gets one line saying how the file was read (as counts, or as appeals one per row, with
    how many and over which days); the command line prints it to stderr. ``date_column`` names the date
    column of a file with several (``date`` and ``created_at``), which is refused without it.
    ``anomalies_path`` also writes every count of the history scored against its one-step-ahead forecast
    (:meth:`TrendForecaster.detect_anomalies`, falls too with ``drops``), and ``report`` gets a line naming the
    latest flagged ones. ``holidays``: a region's own days off, added to Russia's calendar
    (:func:`mcu_nlp.trends.calendar.add_holidays`). ``levels``: the intervals' levels in percent
    (:class:`TrendForecaster`'s); the highest bounds the anomalies (session 66: ``(80, 99)`` flags fewer false spikes).
    ``flagged_only``: the anomalies file holds the flagged counts only (session 67: an Оренбург desk's 20 series wrote
    81,450 scored rows for 72 flags).

    >>> import tempfile
    >>> days = pd.date_range("2024-01-01", periods=90).repeat(3)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = pd.DataFrame({"date": days, "topic": "heating"}).to_csv(f"{tmp}/in.csv", index=False)
    ...     out = forecast_command(f"{tmp}/in.csv", 7, f"{tmp}/out.csv")
    >>> sorted(out["unique_id"].unique())
    ['__total__', 'heating']
    """
    if plot_path is not None:  # the optional extra checked first: the forecast was written, then the plot refused
        from mcu_nlp.trends.plot import _pyplot

        _pyplot()
    calendar = add_holidays(holidays) if len(holidays) else None  # a bad date is refused before the file is read
    counts, how = _as_counts(_read(Path(counts_path)), Path(counts_path), date_column)
    if report is not None:
        report(how)
    with warnings.catch_warnings():
        if report is not None:  # its line said how many periods without a row count as 0: fit's warning says it again
            warnings.filterwarnings("ignore", message=ZERO_FILLED, category=McuNlpWarning)
        forecaster = TrendForecaster(horizon=int(horizon), calendar=calendar, levels=tuple(levels)).fit(counts)
    forecast = forecaster.predict(int(horizon))
    _write(_keyed(forecast, counts), Path(out_path))
    if anomalies_path is not None:
        scored = forecaster.detect_anomalies(counts, drops=drops)
        _write(_keyed(scored[scored["is_anomaly"].astype(bool)] if flagged_only else scored, counts),
               Path(anomalies_path))
        if report is not None:
            report(flagged(scored, Path(anomalies_path)))
    if plot_path is not None:
        Path(plot_path).parent.mkdir(parents=True, exist_ok=True)
        forecaster.plot(counts, h=int(horizon), path=plot_path)
    return forecast
