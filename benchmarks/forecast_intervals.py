"""Interval calibration on real counts: TrendForecaster's 80 % / 95 % coverage and interval score per level and horizon.

The protocol of ``benchmarks/forecast.py`` (8 weekly origins, horizon 14, NYC with US holidays, SPb whole days), each
period given by ``--drop-last``. Per level and horizon half (days 1-7, 8-14): pooled coverage, the mean width and the
interval score of each level L (Gneiting & Raftery 2007: ``hi - lo + 2 / a * (lo - y)+ + 2 / a * (y - hi)+``,
``a = 1 - L / 100``, scaled per series and cutoff by the in-sample weekly-seasonal naive MAE, as MASE, and averaged
as the benchmark's pinball is). The score is proper: an interval narrowed past the truth costs more than it saves, so
coverage nearer nominal with a worse score is no gain.

Run:  .venv/bin/python benchmarks/forecast_intervals.py --only nyc --drop-last 126,189,252   (earlier: choose here)
      .venv/bin/python benchmarks/forecast_intervals.py --drop-last 0,63                     (later: report here)
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
from forecast import LEVELS, WINDOWS, H, _before, days_list, nyc_counts, spb_counts, us_holidays

from mcu_nlp.trends import TrendForecaster, backtest
from mcu_nlp.trends.evaluate import _scales
from mcu_nlp.trends.panel import to_panel

NAMES = {"complaint_type/district/district_borough": "bottom", "district/district_borough": "district",
         "district_borough": "borough", "topic/district": "bottom", "total": "city"}


def interval_score(y: np.ndarray, lo: np.ndarray, hi: np.ndarray, level: int) -> np.ndarray:
    """The interval score of each day: the width, plus 2 / a times how far the count fell outside.

    >>> interval_score(np.array([5.0, 12.0]), np.array([3.0, 3.0]), np.array([8.0, 8.0]), 80).round(6).tolist()
    [5.0, 45.0]
    """
    a = 1 - level / 100
    return hi - lo + 2 / a * np.maximum(lo - y, 0) + 2 / a * np.maximum(y - hi, 0)


def table(counts: pd.DataFrame, calendar: object) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per level and horizon half: coverage, width and scaled interval score of each level; and each level's
    coverage on each day ahead."""
    result = backtest(counts, h=H, n_windows=WINDOWS,
                      forecaster=TrendForecaster(horizon=H, levels=LEVELS, calendar=calendar))
    days = result.forecasts
    panel = to_panel(counts)
    cutoffs = pd.Series(np.sort(days["cutoff"].unique()))
    mae, _ = _scales(panel, cutoffs, 7)
    scale = mae[pd.Index(panel.ids).get_indexer(days["unique_id"]), cutoffs.searchsorted(days["cutoff"])]
    frame = pd.DataFrame({"level": days["level"].map(lambda v: NAMES.get(v, v)), "unique_id": days["unique_id"],
                          "cutoff": days["cutoff"],
                          "h": np.where((days["ds"] - days["cutoff"]).dt.days <= 7, "1-7", "8-14"),
                          "ahead": (days["ds"] - days["cutoff"]).dt.days})
    for level in LEVELS:
        lo, hi, y = days[f"lo_{level}"], days[f"hi_{level}"], days["y"]
        frame[f"cov{level}"] = ((y >= lo) & (y <= hi)).astype(float)
        frame[f"w{level}"] = hi - lo
        frame[f"IS{level}"] = interval_score(y, lo, hi, level) / np.where(scale > 0, scale, np.nan)
    scores = [f"IS{level}" for level in LEVELS]
    per_window = frame.groupby(["level", "h", "unique_id", "cutoff"])[scores].mean()  # series x cutoff, as MASE
    shown = [f"{kind}{level}" for level in LEVELS for kind in ("cov", "w")]
    out = frame.groupby(["level", "h"])[shown].mean()
    out[scores] = per_window.groupby(level=["level", "h"]).mean()
    both = frame.groupby("level")[out.columns[: -len(scores)]].mean().assign(h="all").set_index("h", append=True)
    both[scores] = per_window.groupby(level="level").mean()
    by_day = frame.groupby(["level", "ahead"])[[f"cov{level}" for level in LEVELS]].mean().unstack("ahead")
    return pd.concat([out, both]).sort_index(), by_day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("nyc", "spb"), default=None)
    parser.add_argument("--drop-last", type=days_list, default=[0], metavar="DAYS[,DAYS...]")
    args = parser.parse_args()
    data = {}
    if args.only in (None, "nyc"):
        data["nyc"] = (nyc_counts(), us_holidays())
    if args.only in (None, "spb"):
        data["spb"] = (spb_counts(), None)
    for drop in args.drop_last:
        for name, (counts, calendar) in data.items():
            cpu = time.process_time()
            shown, by_day = table(_before(counts, drop), calendar)
            print(f"== {name} drop {drop} ({time.process_time() - cpu:.0f} CPU s)")
            print(shown.round(3).to_string())
            print(f"coverage by day ahead, {name} drop {drop}:")
            print(by_day.round(2).to_string(), flush=True)


if __name__ == "__main__":
    main()
