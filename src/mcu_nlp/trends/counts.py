"""Appeals to zero-filled counts per series, and the check every count frame passes before it is forecast.

Long format uses the column names of the forecasting ecosystem: ``unique_id, ds, y``. Frames made by
:func:`count_series` also carry ``level`` and the key columns, which is all :class:`TrendForecaster`
needs to rebuild the summing matrix of the hierarchy (:mod:`mcu_nlp.trends.panel`).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from mcu_nlp.dates import calendar_days, wall_clock
from mcu_nlp.errors import InputError, McuNlpWarning, Shown, blank, columns_shown, expected, outside_level
from mcu_nlp.regions import subject_code

TOTAL = "__total__"
SEPARATOR = "/"
FREQS = {"D": "D", "W": "W-MON"}  # weeks are labelled by their Monday
MAX_COUNT = 1e12  # appeals per series and period: far above any real count, far below float64's 2**53
# dates that all fall on a month's first day, or all on its last (pandas' "MS" and "ME" labels), at least this many
# distinct ones, are months, not days: read as days, each month's count stood on one day among empty ones
MONTH_DATES = 3
MONTHS = {1: "monthly", 3: "quarterly", 12: "yearly"}


def month_dates(dates: pd.Series | pd.DatetimeIndex) -> str | None:
    """How ``dates`` read when each is a month's first day, or each a month's last (at least :data:`MONTH_DATES`
    distinct days): monthly, quarterly, yearly or every N months, with the first and the last; ``None`` for days.
    pandas' ``infer_freq`` names regular dates only (a month without a row, and it says nothing).

    >>> month_dates(pd.DatetimeIndex(["2024-01-01", "2024-02-01", "2024-04-01"]))
    "monthly dates (each a month's first day, 2024-01-01 .. 2024-04-01)"
    >>> month_dates(pd.DatetimeIndex(["2024-03-31", "2024-06-30", "2024-09-30", "2024-09-30"]))
    "quarterly dates (each a month's last day, 2024-03-31 .. 2024-09-30)"
    >>> month_dates(pd.DatetimeIndex(["2024-01-01", "2024-02-01", "2024-02-02"])) is None
    True
    """
    days = pd.DatetimeIndex(pd.unique(pd.DatetimeIndex(dates).normalize())).dropna().sort_values()
    if len(days) < MONTH_DATES:
        return None
    if (days.day == 1).all():
        edge = "first"
    elif days.is_month_end.all():
        edge = "last"
    else:
        return None
    step = int(np.gcd.reduce(np.diff(days.year * 12 + days.month)))
    return f"{MONTHS.get(step, f'every {step} months')} dates (each a month's {edge} day, {days[0].date()} .. " \
           f"{days[-1].date()})"


def _levels(by: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Aggregation levels: the full ``by`` tuple, then drop keys from the left, down to the total."""
    return [by[i:] for i in range(len(by) + 1)]


def _series_ids(keys: pd.DataFrame, level: tuple[str, ...]) -> pd.Series:
    if not level:
        return pd.Series(TOTAL, index=keys.index)
    return keys[list(level)].astype(str).agg(SEPARATOR.join, axis=1)


def _period_starts(dates: pd.Series, freq: str) -> pd.Series:
    if freq == "D":
        return dates.dt.normalize()
    return dates.dt.normalize() - pd.to_timedelta(dates.dt.day_of_week, unit="D")


def _parse_dates(frame: pd.DataFrame, date_column: str) -> pd.Series:
    if date_column not in frame.columns:
        got = columns_shown(frame.columns)
        raise InputError(expected(f"a column {date_column!r}", got, "pass date_column="))
    return calendar_days(frame[date_column])  # ISO or Russian day-first ("05.01.2024" is 5 January)


def _analysed(frame: pd.DataFrame) -> pd.Series:
    """False on the rows of an analysed frame (``topic`` and ``error`` columns, as analyze writes them) that carry
    an error: an empty, missing or unreadable text, a refused region. They are no analysed appeal (the ``report``
    counts them apart too); counted, they made a series "unknown/unknown" and a blank export's day a spike of the
    total. One warning says how many; other frames count every row."""
    if "error" not in frame.columns or "topic" not in frame.columns:
        return pd.Series(True, index=frame.index)
    failed = ~blank(frame["error"])
    if failed.any():
        warnings.warn(f"{int(failed.sum())} of {len(frame)} rows are not counted: analyze gave them an error (an "
                      "empty, missing or unreadable text, a refused region) instead of a topic; see their 'error' "
                      "column", McuNlpWarning, stacklevel=outside_level())
    return ~failed


def _warn_dropped(dropped: int, rows: int, date_column: str) -> None:
    """One warning with how many rows have no readable date (they were dropped silently); never the values."""
    if dropped:
        warnings.warn(f"{dropped} of {rows} rows have no readable date in {date_column!r} (missing or unreadable) and "
                      "are not counted; write dates as 'YYYY-MM-DD' or 'DD.MM.YYYY'", McuNlpWarning,
                      stacklevel=outside_level())


def _warn_partial_weeks(first: pd.Timestamp, last: pd.Timestamp) -> None:
    """Warn when the first date counted is no Monday, or the last no Sunday: that week counts only the days
    from or up to it, and a week of two days read as a whole one pulled weekly forecasts down. Kept, not
    dropped: its count is true, and only the caller knows whether the data start or end there."""
    for day, which, edge, partial in ((first, "first", "from", first.day_of_week > 0),
                                      (last, "last", "up to", last.day_of_week < 6)):
        monday = (day - pd.Timedelta(days=day.day_of_week)).date()
        drop = f"counts.ds > '{monday}'" if which == "first" else f"counts.ds < '{monday}'"
        if partial:
            warnings.warn(f"expected whole weeks, got a {which} week ({monday}) counted {edge} {day.date()}, a "
                          f"{day.day_name()}; it may hold part of a week and pull forecasts down: drop it "
                          f"(counts[{drop}]) or count daily", McuNlpWarning, stacklevel=outside_level())


def count_series(
    frame: pd.DataFrame,
    by: Sequence[str] = ("topic", "municipality"),
    date_column: str = "date",
    freq: str = "D",
    missing: str = "unknown",
) -> pd.DataFrame:
    """Count rows per period and per group, zero-filled, at every level of the hierarchy.

    Levels go from the full ``by`` tuple (bottom) and drop keys from the left down to the total:
    ``("topic", "municipality")`` gives topic x municipality -> municipality -> total. Put the
    coarsest key last, e.g. ``("topic", "municipality", "region")``. Rows with a missing or unparsable date
    are not counted (they are not periods), with one warning saying how many, nor are the rows of an analysed
    frame with an ``error`` (an empty or unreadable text: no analysed appeal); a missing key value becomes
    the ``missing`` argument, ``"unknown"`` by default (``heating/unknown``). With ``freq="W"`` the first and
    last weeks may be partial (data starting or ending mid-week): drop them before forecasting if so
    (a first date counted after a Monday or a last before a Sunday warns; the week is kept, its count is true).
    Rows dated by month (:func:`month_dates`: each date a month's first day, or each its last) are refused: counted
    by day or week, each month's appeals stood on one day.

    Returns columns ``unique_id, ds, y, level`` and the ``by`` columns (``None`` where a level
    dropped the key). ``unique_id`` joins the key values with ``/``; the total is ``__total__``.

    >>> df = pd.DataFrame({"date": ["2024-01-01", "2024-01-03"], "topic": ["heating", "roads"],
    ...                    "municipality": ["Надым", "Надым"]})
    >>> out = count_series(df)
    >>> out[out.unique_id == "heating/Надым"].y.tolist()
    [1, 0, 0]
    >>> sorted(out.level.unique())
    ['municipality', 'topic/municipality', 'total']
    >>> sorted(count_series(df.assign(municipality=[None, "Надым"])).unique_id.unique())[:2]
    ['__total__', 'heating/unknown']
    """
    if not isinstance(frame, pd.DataFrame):
        raise InputError(expected("a pandas DataFrame", frame, "wrap records in pd.DataFrame(...)"))
    # a freq is no personal data: echoed (cut), as pandas' 'W-MON' or 'MS' would be; a list is refused as well
    if not isinstance(freq, str) or freq not in FREQS:
        got = Shown(repr(freq if len(freq) <= 12 else f"{freq[:12]}...")) if isinstance(freq, str) else freq
        raise InputError(expected("freq 'D' or 'W' (weeks from Monday)", got, "for months, sum the daily counts: "
                                  "counts.groupby(['unique_id', counts.ds.dt.to_period('M')]).y.sum()"))
    by = (by,) if isinstance(by, str) else tuple(by)
    absent = [key for key in by if key not in frame.columns]
    if absent:
        raise InputError(expected(f"columns {list(by)}", columns_shown(frame.columns), f"missing {absent}"))
    dates = _parse_dates(frame, date_column)
    analysed = _analysed(frame)
    keep = dates.notna() & analysed
    undated = int((dates.isna() & analysed).sum())  # an error row (a repeated header) is said once, as one
    keys = pd.DataFrame({key: _key_text(frame.loc[keep, key], key, missing) for key in by})
    keys = _namesakes_apart(keys, frame.loc[keep])
    keys["ds"] = _period_starts(dates[keep], freq)
    if keys.empty:
        which = "with a readable date" if dates.isna().all() else "analysed (each has an error) with a date"
        got = Shown(f"{len(frame)} rows, none {which} in {date_column!r}")
        raise InputError(expected("at least one row with a date", got, "write dates as 'YYYY-MM-DD' or 'DD.MM.YYYY', "
                                  "or name the date column (date_column=, --date-column)"))
    months = month_dates(dates[keep])
    if months:  # an export dated by month: counted by day (or week), each month's appeals fell on its first day
        raise InputError(expected("dates of days (appeals are counted by day or week)", Shown(f"{months} on every "
                                  f"row"), "the forecasts are of days or weeks, not months; if the dates say only the "
                                  f"month, count the rows by month: frame.groupby(pd.to_datetime("
                                  f"frame[{date_column!r}], dayfirst=True).dt.to_period('M')).size()"))
    _warn_dropped(undated, len(frame), date_column)
    if freq == "W":
        _warn_partial_weeks(dates[keep].min(), dates[keep].max())
    calendar = pd.date_range(keys["ds"].min(), keys["ds"].max(), freq=FREQS[freq])
    parts = [_count_level(keys, level, by, calendar) for level in _levels(by)]
    return _with_codes(pd.concat(parts, ignore_index=True), keys, frame.loc[keep], by)


def _with_codes(counts: pd.DataFrame, keys: pd.DataFrame, rows: pd.DataFrame, by: tuple[str, ...]) -> pd.DataFrame:
    """A ``{key}_oktmo`` column after each key whose rows carry one (``municipality_oktmo``, as analyze writes it):
    the code of each series' key value (its rows' most common code; one, once namesakes are apart), ``None`` where a
    level dropped the key or the value has no code ("unknown"), so a forecast can be joined back on the ОКТМО.

    >>> rows = pd.DataFrame({"date": ["2024-01-01"] * 3, "topic": ["heating", "water", "water"],
    ...                      "municipality": ["Шахты", "Азов", None],
    ...                      "municipality_oktmo": ["60740000", "60704000", None]})
    >>> counts = count_series(rows)
    >>> counts[["unique_id", "municipality_oktmo"]].head(3).values.tolist()
    [['heating/Шахты', '60740000'], ['water/unknown', None], ['water/Азов', '60704000']]
    """
    for i, key in enumerate(by):
        codes_column = f"{key}_oktmo"
        if codes_column not in rows.columns or codes_column in by:
            continue
        codes = codes_text(rows[codes_column]).where(~blank(rows[codes_column]))
        named = codes.notna()
        later = list(by[i:])
        table = keys.loc[named, later].assign(code=codes[named])
        code_of = table.groupby(later)["code"].agg(lambda c: c.mode().iat[0]).to_dict()  # tuple keys if several
        series = counts.drop_duplicates("unique_id")
        values = zip(*(series[k] for k in later)) if len(later) > 1 else series[key]
        per_id = dict(zip(series["unique_id"], map(code_of.get, values)))  # a dropped key (None): no code
        column = counts["unique_id"].map(per_id).astype(object)
        counts.insert(counts.columns.get_loc(key) + 1, codes_column, column.where(column.notna(), None))
    return counts


REGION_KEYS = ("region", "region_code")  # subject-code key columns: written with 2 digits, as analyze writes them


def _key_text(values: pd.Series, name: str, missing: str) -> pd.Series:
    """A key column as the text of its series ids: a code column read back as numbers (pandas reads a CSV column of
    whole numbers with an empty cell as floats: region 2 is 2.0) is written as whole numbers, a ``region`` or
    ``region_code`` column as the subject codes :func:`~mcu_nlp.regions.subject_code` reads (analyze writes "02": read
    as text or as numbers, or typed "2", the same series; a value that is no code, a name, stays as written) and an
    ``*_oktmo`` column as codes with their leading zeros; a missing value is ``missing``, and so is a blank one
    (:func:`~mcu_nlp.errors.blank`: "", spaces, "nan" as a CSV read back holds them), in any key column: a blank
    region gave the series "None" (the code of none) beside "unknown", a blank name the series "" (session 24).

    >>> _key_text(pd.Series([2.0, None, 89.0]), "region", "unknown").tolist()
    ['02', 'unknown', '89']
    >>> _key_text(pd.Series([2, 89]), "region_code", "unknown").tolist()
    ['02', '89']
    >>> _key_text(pd.Series(["2", " 02", "Курская"]), "region", "unknown").tolist()
    ['02', '02', 'Курская']
    >>> _key_text(pd.Series([2.0, 89.0]), "rooms", "unknown").tolist()
    ['2', '89']
    >>> _key_text(pd.Series([1640000.0, None]), "municipality_oktmo", "unknown").tolist()
    ['01640000', 'unknown']
    >>> _key_text(pd.Series([0.5, 2.0]), "share", "unknown").tolist()
    ['0.5', '2.0']
    >>> _key_text(pd.Series(["", None, " ", "02"]), "region", "unknown").tolist()
    ['unknown', 'unknown', 'unknown', '02']
    """
    present = ~blank(values)
    numbers = pd.api.types.is_float_dtype(values.dtype) or pd.api.types.is_integer_dtype(values.dtype)
    whole = numbers and bool((values[present] == np.round(values[present])).all())
    if name.endswith("_oktmo"):
        text = codes_text(values)
    elif name in REGION_KEYS:
        text = values.map({value: _region_text(value) for value in pd.unique(values[present])})
    elif whole and pd.api.types.is_float_dtype(values.dtype):
        text = values.map(lambda value: f"{value:.0f}" if pd.notna(value) else None)
    else:
        text = values.astype(object).astype(str)
    return text.astype(object).where(present, missing).astype(str)


def _region_text(value: object) -> object:
    """A region key value as its subject code (:func:`~mcu_nlp.regions.subject_code`), or as it is if it is none (a
    whole float without its «.0», as the other keys' whole floats: a float column of 2.0 and 100.0 gave '100.0').

    >>> [_region_text(v) for v in (2.0, 100.0, "Курская", 0.5)]
    ['02', '100', 'Курская', 0.5]
    """
    try:
        return subject_code(value)
    except InputError:
        return f"{value:.0f}" if isinstance(value, float) and value.is_integer() else value


def _namesakes_apart(keys: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """A key with a code column beside it (``municipality`` and ``municipality_oktmo``, as analyze writes them):
    a name that several codes share in these rows (Советский район of Курская, Саратовская and Алтайский край) gets
    its code in brackets, «Советский район (38636000)», so namesakes stay apart series; names with one code, or
    told apart already by a coarser key after them in ``by`` (the region), stay as they are. One warning says how
    many names were told apart."""
    told = 0
    for i, key in enumerate(keys.columns):
        codes_column = f"{key}_oktmo"
        if codes_column not in rows.columns:
            continue
        codes = codes_text(rows[codes_column])
        named = ~blank(rows[codes_column]) & keys[key].ne("")
        group = [keys.loc[named, k] for k in keys.columns[i:]]
        per_name = codes[named].groupby(group).transform("nunique")
        apart = pd.Series(False, index=keys.index)
        apart[per_name.index] = per_name.to_numpy() > 1
        if apart.any():
            told += keys.loc[apart, key].nunique()
            keys.loc[apart, key] = keys.loc[apart, key] + " (" + codes[apart] + ")"
    if told:
        warnings.warn(f"{told} name(s) stand for several codes (namesakes of different regions): each is counted per "
                      "code, with the code in brackets after the name; add the region to `by` to tell them by region",
                      McuNlpWarning, stacklevel=outside_level())
    return keys


def codes_text(codes: pd.Series) -> pd.Series:
    """ОКТМО codes as text, 8 digits (11 for a settlement's) with their leading zeros: a column read back as numbers
    (pandas reads a CSV column of codes with an empty cell as floats: «01640000» is 1640000.0) is written as codes.

    >>> codes_text(pd.Series([1640000.0, 38636000.0, 71916000000.0])).tolist()
    ['01640000', '38636000', '71916000000']
    >>> codes_text(pd.Series(["01640000", " 1640000", "н/д"])).tolist()
    ['01640000', '01640000', 'н/д']
    """
    if pd.api.types.is_numeric_dtype(codes.dtype):
        codes = codes.map(lambda code: None if pd.isna(code) else f"{code:.0f}")
    text = codes.astype(object).astype(str).str.strip()
    digits = text.str.fullmatch(r"[0-9]{1,10}")
    return text.where(~digits, text.str.zfill(8).where(text.str.len() <= 8, text.str.zfill(11)))


def _count_level(
    keys: pd.DataFrame, level: tuple[str, ...], by: tuple[str, ...], calendar: pd.DatetimeIndex
) -> pd.DataFrame:
    grouped = keys.groupby([*level, "ds"], sort=True).size() if level else keys.groupby("ds").size()
    table = grouped.unstack("ds", fill_value=0) if level else grouped.to_frame().T
    table = table.reindex(columns=calendar, fill_value=0)
    ids = table.index.map(SEPARATOR.join) if len(level) > 1 else table.index.astype(str)
    out = pd.DataFrame(
        {
            "unique_id": np.repeat(np.asarray(ids if level else [TOTAL], dtype=object), len(calendar)),
            "ds": np.tile(calendar.values, len(table)),
            "y": table.to_numpy(dtype=np.int64).ravel(),
            "level": SEPARATOR.join(level) if level else "total",
        }
    )
    index = table.index.to_frame(index=False) if level else pd.DataFrame(index=[0])
    for key in by:
        column = index[key].to_numpy(dtype=object) if key in level else np.full(len(table), None, object)
        out[key] = np.repeat(column, len(calendar))
    return out


def check_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Validate long-format counts; return a cleaned copy with ``ds`` as datetimes.

    Raises :class:`InputError` on missing columns, a missing ``unique_id``, duplicate ``(unique_id, ds)`` rows,
    missing, negative or non-integer counts, or unparsable dates.

    >>> check_counts(pd.DataFrame({"unique_id": ["a"], "ds": ["2024-01-01"], "y": [2.0]})).y.tolist()
    [2]
    """
    if not isinstance(counts, pd.DataFrame):
        raise InputError(expected("a pandas DataFrame with unique_id, ds, y", counts))
    absent = [c for c in ("unique_id", "ds", "y") if c not in counts.columns]
    if absent:
        got = columns_shown(counts.columns)
        raise InputError(expected("columns unique_id, ds, y", got, f"missing {absent}"))
    if counts.empty:
        raise InputError(expected("at least one row of counts", Shown("an empty frame")))
    out = counts.copy()
    if out["unique_id"].isna().any():  # pandas 3 read a missing id as no series at all (an IndexError), 2.3 as "None"
        raise InputError(expected("a unique_id on every row", Shown(f"{int(out['unique_id'].isna().sum())} missing"),
                                  "name their series, e.g. counts.fillna({'unique_id': 'unknown'})"))
    out["unique_id"] = out["unique_id"].astype(str)
    out["ds"] = wall_clock(out["ds"])  # ISO or Russian day-first, as count_series reads dates
    if out["ds"].isna().any():
        bad = counts.loc[out["ds"].isna(), "ds"].head(3).tolist()
        raise InputError(expected("parsable dates in ds", bad, "fix or drop those rows"))
    if (out["ds"] != out["ds"].dt.normalize()).any():
        raise InputError(expected("whole days in ds (daily or weekly periods)", Shown("times of day"),
                                  "count appeals per day with count_series(...)"))
    y = pd.to_numeric(out["y"], errors="coerce").to_numpy(dtype=float)
    _check_values(y)
    out["y"] = y.astype(np.int64)
    dup = out.duplicated(["unique_id", "ds"])
    if dup.any():
        first = out.loc[dup, ["unique_id", "ds"]].iloc[0].tolist()
        raise InputError(
            expected("one row per (unique_id, ds)", Shown(f"{int(dup.sum())} duplicates, e.g. {first}"),
                     "aggregate first: counts.groupby(['unique_id', 'ds'], as_index=False).y.sum()")
        )
    return out


def _check_values(y: np.ndarray) -> None:
    if not np.isfinite(y).all():
        raise InputError(expected("finite counts in y", Shown("missing or infinite values"), "fill them with 0"))
    if (y < 0).any():
        raise InputError(expected("counts >= 0 in y", float(y.min()), "counts cannot be negative"))
    if (y > MAX_COUNT).any():  # beyond 2**53 a float no longer holds every whole number, and int64 wraps
        raise InputError(expected(f"counts up to {MAX_COUNT:.0e} in y", Shown(f"{float(y.max()):.3g}"),
                                  "check the column: these are not appeal counts"))
    if (y != np.round(y)).any():
        bad = float(y[y != np.round(y)][0])
        raise InputError(expected("whole-number counts in y", bad, "round, or count events not rates"))
