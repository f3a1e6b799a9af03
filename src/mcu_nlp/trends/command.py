"""What ``mcu-nlp forecast COUNTS --horizon 14 -o OUT [--plot OUT.png]`` runs."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from mcu_nlp.errors import InputError, ResourceNotFoundError, Shown, columns_shown, expected
from mcu_nlp.trends.counts import TOTAL, count_series
from mcu_nlp.trends.forecaster import TrendForecaster

DATE_COLUMNS = ("date", "created_dt", "created_at", "ds")
# columns of analysed appeals: next to ds and y they make it unclear whether y holds counts
APPEAL_COLUMNS = ("text", "topic", "municipality", "urgency")


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise ResourceNotFoundError(expected("an existing counts file", Shown(str(path))))
    if path.suffix.lower() in (".parquet", ".pq"):
        return pd.read_parquet(path)
    from mcu_nlp.tables import read_csv_frame

    # as the other commands read CSV: Excel's byte-order mark dropped, ";" or tab separators (a Russian locale)
    return read_csv_frame(path)


def _as_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts as given, or counted per topic x municipality (whichever exist) from raw appeals.

    ``ds, y`` without ``unique_id`` is one series of counts, the total (``__total__``): read as
    appeals, each row would count as one appeal and ``y`` would be thrown away.
    """
    if {"unique_id", "ds", "y"} <= set(frame.columns):
        return frame
    if {"ds", "y"} <= set(frame.columns):
        appeal_like = [c for c in APPEAL_COLUMNS if c in frame.columns]
        if appeal_like:  # per-row keys next to y: one series of counts, or appeals with a y column?
            got = columns_shown(frame.columns)
            raise InputError(expected("counts unique_id, ds, y, or appeals without a y column", got,
                                      f"add unique_id for counts per {appeal_like[0]}, or drop or rename y"))
        repeated = int(frame["ds"].duplicated().sum())
        if repeated:  # several series (a district column?) or appeals with a y of their own: not one series
            raise InputError(expected("one row per ds in a ds, y file (one series of counts)",
                                      Shown(f"{repeated} repeated dates, columns {list(frame.columns)}"),
                                      "add unique_id to tell the series apart, or drop or rename y to count "
                                      "the rows as appeals"))
        return frame.assign(unique_id=TOTAL)
    date = next((c for c in DATE_COLUMNS if c in frame.columns), None)
    if date is None:
        got = columns_shown(frame.columns)
        raise InputError(expected(f"unique_id, ds, y or a date column {DATE_COLUMNS}", got))
    by = tuple(c for c in ("topic", "municipality") if c in frame.columns)
    if not by:
        frame = frame.assign(series="all")
        by = ("series",)
    return count_series(frame, by=by, date_column=date)


def forecast_command(
    counts_path: str | os.PathLike[str],
    horizon: int = 14,
    out_path: str | os.PathLike[str] = "forecast.csv",
    plot_path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """Read counts (``ds, y`` alone: one series) or raw appeals with a date; forecast ``horizon`` periods.

    >>> import tempfile
    >>> days = pd.date_range("2024-01-01", periods=90).repeat(3)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = pd.DataFrame({"date": days, "topic": "heating"}).to_csv(f"{tmp}/in.csv", index=False)
    ...     out = forecast_command(f"{tmp}/in.csv", 7, f"{tmp}/out.csv")
    >>> sorted(out["unique_id"].unique())
    ['__total__', 'heating']
    """
    counts = _as_counts(_read(Path(counts_path)))
    forecaster = TrendForecaster(horizon=int(horizon)).fit(counts)
    forecast = forecaster.predict(int(horizon))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)  # as analyze and report do
    if out_path.suffix.lower() in (".parquet", ".pq"):
        forecast.to_parquet(out_path, index=False)
    else:
        forecast.to_csv(out_path, index=False)
    if plot_path is not None:
        Path(plot_path).parent.mkdir(parents=True, exist_ok=True)
        forecaster.plot(counts, h=int(horizon), path=plot_path)
    return forecast
