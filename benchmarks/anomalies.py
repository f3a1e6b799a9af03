"""Spike alerts on real counts with injected spikes: recall, precision, false alerts, expectations after a spike.

Data as in ``benchmarks/forecast.py`` (SPb topic x district -> city, NYC council cases type x office -> city).
Two spans per data set: ``recent``, the last 8 weeks, fitted on the whole history and scored on those weeks (as
the report does: ``fit(counts).detect_anomalies(counts)``); ``warm-up``, the first 10 weeks of a history (SPb's
start, NYC from two years before its end), fitted and scored on those weeks alone. Each series with appeals in
the span gets two injected spikes on seeded random days of it, half of them a week apart (the same weekday, whose
mean the first would raise): the count plus ``ceil(size * (level + sqrt(level))) + 3``, level the series' mean
a day over the span. Alerts are ``is_anomaly``; the first season of a span is never scored (never flagged).

    recall           injected days flagged; ``second`` for the spike a week after another
    precision        flagged days that were injected
    false_per_1000   flagged days per 1,000 series-days without injection (``clean``: on the counts as they are)
    auc              P(score of an injected day > score of a day without injection), ties half
    after_spike      mean expected count on the 6 days after a spike (no second spike among them), over the
                     same days' expectation on the counts as they are: 1 is a spike that raises nothing

``--surges``: instead of two lone spikes, each series gets one sustained surge of ``RUNS`` days (1, 2, 3 or 5 by
turns) at ``2x-4x`` its level (each day's count plus ``max(ceil((f - 1) * level), 3)``, ``f`` drawn from 2-4), on
seeded random days of the span (after its first season):

    surge_days       injected days; ``recall`` the share flagged, ``first`` of the runs' first days, ``later`` of
                     their other days, ``run<L>`` of the days of the runs of L days
    false_per_1000, clean_per_1000   as above

Run:  .venv/bin/python benchmarks/anomalies.py [--only spb|nyc] [--seeds 3] [--surges]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from forecast import nyc_counts, spb_counts, us_holidays

from mcu_nlp.trends import TrendForecaster

SIZES = {"large": 2.0, "small": 0.5}
SCORED, WARM = 56, 70


def spans(counts: pd.DataFrame, name: str) -> dict[str, tuple[pd.DataFrame, pd.Timestamp]]:
    end = counts["ds"].max()
    start = counts["ds"].min() if name == "spb" else end - pd.Timedelta(days=730)
    young = counts[(counts["ds"] >= start) & (counts["ds"] < start + pd.Timedelta(days=WARM))]
    return {"recent": (counts, end - pd.Timedelta(days=SCORED - 1)), "warm-up": (young, young["ds"].min())}


def levels(counts: pd.DataFrame, first: pd.Timestamp) -> tuple[pd.Series, np.ndarray]:
    """Each series' mean count from ``first`` on (series with none left out), and those days in order: where
    ``inject`` and ``surge`` add counts."""
    scored = counts[counts["ds"] >= first]
    level = scored.groupby("unique_id")["y"].mean()
    return level[level > 0], np.sort(scored["ds"].unique())


def with_added(counts: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame:
    """``counts`` with ``added``'s ``add`` (per unique_id and ds) added to ``y``."""
    out = counts.merge(added[["unique_id", "ds", "add"]], on=["unique_id", "ds"], how="left")
    out["y"] = out["y"] + out.pop("add").fillna(0).astype(np.int64)
    return out


def inject(counts: pd.DataFrame, first: pd.Timestamp, size: float, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Counts with spikes added, and the spikes (unique_id, ds, pair: 0 first or lone, 1 a week after one)."""
    rng = np.random.default_rng(seed)
    level, days = levels(counts, first)
    rows = []
    for uid, mean in level.items():
        add = int(np.ceil(size * (mean + np.sqrt(mean)))) + 3
        a = int(rng.integers(7, len(days) - 7))
        b = a + 7 if rng.random() < 0.5 else int(rng.choice([d for d in range(7, len(days)) if abs(d - a) > 7]))
        rows += [(uid, days[a], add, 0), (uid, days[b], add, int(b == a + 7))]
    spikes = pd.DataFrame(rows, columns=["unique_id", "ds", "add", "pair"])
    return with_added(counts, spikes), spikes


RUNS, FACTORS = (1, 2, 3, 5), (2.0, 4.0)


def surge(counts: pd.DataFrame, first: pd.Timestamp, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Counts with one surge per series added, and its days (unique_id, ds, run: its length, day: 0 the first)."""
    rng = np.random.default_rng(1000 + seed)
    level, days = levels(counts, first)
    rows = []
    for i, (uid, mean) in enumerate(level.items()):
        run, factor = RUNS[(i + seed) % len(RUNS)], rng.uniform(*FACTORS)
        add = max(int(np.ceil((factor - 1) * mean)), 3)
        a = int(rng.integers(7, len(days) - run + 1))
        rows += [(uid, days[a + d], add, run, d) for d in range(run)]
    surges = pd.DataFrame(rows, columns=["unique_id", "ds", "add", "run", "day"])
    return with_added(counts, surges), surges


def injected_days(clean: pd.DataFrame, dirty: pd.DataFrame, added: pd.DataFrame) -> tuple:
    """The series ``added`` (spikes or surges) touched, as (clean, dirty, marked, injected, flagged, scored): the
    clean and scored counts of those series, ``dirty`` joined with ``added``, and per day whether a count was
    added, whether it was flagged, and whether it is past the first week (scored)."""
    keep = dirty["unique_id"].isin(added["unique_id"])
    dirty, clean = dirty[keep].reset_index(drop=True), clean[clean["unique_id"].isin(added["unique_id"])]
    marked = dirty.merge(added, on=["unique_id", "ds"], how="left")
    injected = marked["add"].notna().to_numpy()
    flagged = dirty["is_anomaly"].to_numpy()
    scored = (dirty["ds"] >= dirty["ds"].min() + pd.Timedelta(days=7)).to_numpy()
    return clean, dirty, marked, injected, flagged, scored


def measure_surges(clean: pd.DataFrame, dirty: pd.DataFrame, surges: pd.DataFrame) -> dict[str, float]:
    clean, dirty, marked, injected, flagged, scored = injected_days(clean, dirty, surges)
    day, run = marked["day"].to_numpy(), marked["run"].to_numpy()
    row = {"surge_days": int(injected.sum()), "recall": flagged[injected].mean(),
           "first": flagged[injected & (day == 0)].mean(), "later": flagged[injected & (day > 0)].mean()}
    row.update({f"run{length}": flagged[injected & (run == length)].mean() for length in RUNS})
    row["false_per_1000"] = 1000 * flagged[~injected & scored].mean()
    row["clean_per_1000"] = 1000 * clean["is_anomaly"][clean["ds"] >= clean["ds"].min() + pd.Timedelta(days=7)].mean()
    return row


def scores(counts: pd.DataFrame, first: pd.Timestamp, calendar: object) -> pd.DataFrame:
    fitted = TrendForecaster(calendar=calendar).fit(counts)
    return fitted.detect_anomalies(counts[counts["ds"] >= first])


def auc(positive: np.ndarray, negative: np.ndarray) -> float:
    ranks = pd.Series(np.concatenate([positive, negative])).rank().to_numpy()
    n, m = len(positive), len(negative)
    return float((ranks[:n].sum() - n * (n + 1) / 2) / (n * m))


def measure(clean: pd.DataFrame, dirty: pd.DataFrame, spikes: pd.DataFrame) -> dict[str, float]:
    clean, dirty, marked, injected, flagged, scored = injected_days(clean, dirty, spikes)
    after = _after(clean, dirty, spikes)
    return {
        "spikes": int(injected.sum()), "recall": flagged[injected].mean(),
        "second": flagged[injected & (marked["pair"] == 1).to_numpy()].mean(),
        "precision": (flagged & injected).sum() / max(flagged.sum(), 1),
        "false_per_1000": 1000 * flagged[~injected & scored].mean(),
        "clean_per_1000": 1000 * clean["is_anomaly"][clean["ds"] >= clean["ds"].min() + pd.Timedelta(days=7)].mean(),
        "auc": auc(dirty["score"][injected].to_numpy(), dirty["score"][~injected & scored].to_numpy()),
        "after_spike": after,
    }


def _after(clean: pd.DataFrame, dirty: pd.DataFrame, spikes: pd.DataFrame) -> float:
    lone = spikes.groupby("unique_id")["ds"].agg(["min", "max"])
    lone = lone[(lone["max"] - lone["min"]) > pd.Timedelta(days=6)]["min"]
    both = dirty.merge(clean[["unique_id", "ds", "expected"]], on=["unique_id", "ds"], suffixes=("", "_clean"))
    start = both["unique_id"].map(lone)
    days = (both["ds"] - start).dt.days
    near = both[(days >= 1) & (days <= 6)]
    return float(near["expected"].sum() / max(near["expected_clean"].sum(), 1e-9))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("spb", "nyc"), default=None)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--surges", action="store_true", help="sustained surges of 1-5 days instead of spikes")
    args = parser.parse_args()
    sets = {"spb": (spb_counts, None), "nyc": (nyc_counts, us_holidays())}
    rows = []
    for name, (load, calendar) in sets.items():
        if args.only not in (None, name):
            continue
        for span, (counts, first) in spans(load(), name).items():
            clean = scores(counts, first, calendar)
            if args.surges:
                for seed in range(args.seeds):
                    dirty, surges = surge(counts, first, seed)
                    row = measure_surges(clean, scores(dirty, first, calendar), surges)
                    rows.append({"data": name, "span": span, "size": "surge", "seed": seed, **row})
                continue
            for size_name, size in SIZES.items():
                for seed in range(args.seeds):
                    dirty, spikes = inject(counts, first, size, seed)
                    row = measure(clean, scores(dirty, first, calendar), spikes)
                    rows.append({"data": name, "span": span, "size": size_name, "seed": seed, **row})
        table = pd.DataFrame(rows)
        summary = table.groupby(["data", "span", "size"], sort=False).mean(numeric_only=True).drop(columns="seed")
        print(summary[summary.index.get_level_values(0) == name].round(3).to_string(), flush=True)


if __name__ == "__main__":
    main()
