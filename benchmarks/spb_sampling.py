"""Is St Petersburg's daily count the city's demand or the corpus's sampling? (issue #6, session 20)

The portal numbers every problem in one sequence, so the ids a day spans (the change of the day's median id,
centred) approximate the problems the whole portal got that day; the corpus rows of the day over those ids are
the share of the portal it holds. A crawl that ramps up or thins out moves that share; a rise in demand moves the
ids. The rise is also split by category: a sampling ramp lifts every category alike, a seasonal one some.
The first and last days are checked for being whole: a day the crawl began or ended inside counts part of a day.

Run:  .venv/bin/python benchmarks/spb_sampling.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

SPB = Path(__file__).resolve().parents[1] / "data" / "corpora" / "spb" / "spb_appeals.csv.gz"
LATE_WEEKS = 4  # the spring rise: the last 4 whole weeks against the weeks before them (the first 4 left out)


def load(path: Path = SPB) -> pd.DataFrame:
    appeals = pd.read_csv(path, usecols=["id", "created_dt", "category"])
    appeals["time"] = pd.to_datetime(appeals["created_dt"], format="ISO8601")
    return appeals.assign(day=appeals["time"].dt.floor("D"))


def daily(appeals: pd.DataFrame) -> pd.DataFrame:
    """Per day: corpus rows ``n``, the portal's ids spanned (``portal``) and the share held (``n / portal``).

    >>> days = pd.Series(pd.date_range("2024-01-01", periods=4)).repeat(3).reset_index(drop=True)
    >>> toy = pd.DataFrame({"id": [1, 5, 9, 11, 15, 19, 21, 25, 29, 31, 35, 39], "day": days})
    >>> daily(toy)[["n", "portal", "held"]].iloc[1].tolist()  # 10 ids a day, 3 of them held
    [3.0, 10.0, 0.3]
    """
    out = appeals.groupby("day")["id"].agg(n="size", median="median")
    portal = (out["median"].shift(-1) - out["median"].shift(1)) / 2
    return out.assign(n=out["n"].astype(float), portal=portal, held=out["n"] / portal)


def weekly(days: pd.DataFrame) -> pd.DataFrame:
    """Whole weeks (Monday-Sunday) inside the data: rows and portal ids a day, share held."""
    inner = days.iloc[1:-1].dropna()
    weeks = inner.resample("W-SUN").agg({"n": ["sum", "size"], "portal": "sum"})
    weeks.columns = ["n", "days", "portal"]
    weeks = weeks[weeks["days"] == 7]
    return pd.DataFrame({"rows_a_day": weeks["n"] / 7, "portal_ids_a_day": weeks["portal"] / 7,
                         "held": weeks["n"] / weeks["portal"]})


def parts(weeks: pd.DataFrame) -> pd.DataFrame:
    """The first 4 weeks, the middle and the last :data:`LATE_WEEKS`, each pooled."""
    named = {"first 4 weeks": weeks.iloc[:4], "middle": weeks.iloc[4:-LATE_WEEKS],
             "last weeks": weeks.iloc[-LATE_WEEKS:]}
    rows = {name: {"from": part.index[0].date() - pd.Timedelta(days=6), "to": part.index[-1].date(),
                   "rows_a_day": part["rows_a_day"].mean(), "portal_ids_a_day": part["portal_ids_a_day"].mean(),
                   "held": part["rows_a_day"].sum() / part["portal_ids_a_day"].sum()} for name, part in named.items()}
    return pd.DataFrame(rows).T.astype({"rows_a_day": float, "portal_ids_a_day": float, "held": float})


def category_rise(appeals: pd.DataFrame, weeks: pd.DataFrame) -> pd.DataFrame:
    """Appeals a day per category in the middle weeks and the last ones, and their ratio."""
    start, split = weeks.index[4] - pd.Timedelta(days=6), weeks.index[-LATE_WEEKS] - pd.Timedelta(days=6)
    end = weeks.index[-1]
    middle = appeals[(appeals["day"] >= start) & (appeals["day"] < split)]
    late = appeals[(appeals["day"] >= split) & (appeals["day"] <= end)]
    table = pd.DataFrame({"middle_a_day": middle.groupby("category").size() / middle["day"].nunique(),
                          "late_a_day": late.groupby("category").size() / late["day"].nunique()}).fillna(0.0)
    table.loc["all"] = table.sum()
    return table.assign(ratio=table["late_a_day"] / table["middle_a_day"]).sort_values("middle_a_day", ascending=False)


def edges(appeals: pd.DataFrame, days: pd.DataFrame) -> pd.DataFrame:
    """The first and last day: rows, the first and last time, and the rows a whole day of that week had."""
    typical = days["n"].iloc[1:-1]
    rows = {}
    for name, day in (("first day", days.index[0]), ("last day", days.index[-1])):
        times = appeals.loc[appeals["day"] == day, "time"]
        near = typical[abs((typical.index - day).days) <= 7]
        rows[name] = {"day": day.date(), "rows": int(days.loc[day, "n"]), "first": times.min().strftime("%H:%M"),
                      "last": times.max().strftime("%H:%M"), "median_rows_of_whole_days_near": float(near.median())}
    return pd.DataFrame(rows).T


def main() -> None:
    appeals = load()
    days = daily(appeals)
    weeks = weekly(days)
    x, y = np.log(weeks["rows_a_day"]), np.log(weeks["portal_ids_a_day"])
    print(f"{len(appeals)} rows, {len(days)} days; ids {appeals['id'].min()}..{appeals['id'].max()}: "
          f"{len(appeals) / (appeals['id'].max() - appeals['id'].min() + 1):.4f} of them held")
    print(f"whole weeks {len(weeks)}: share held {weeks['held'].min():.4f}-{weeks['held'].max():.4f}, "
          f"corr(log rows, log portal ids) {np.corrcoef(x, y)[0, 1]:.3f}; var log rows {x.var():.4f}, "
          f"var log portal ids {y.var():.4f}, var log share {np.log(weeks['held']).var():.4f}")
    inner = days.iloc[1:-1].dropna()
    weekday = inner.index.day_of_week
    by_weekday = inner.groupby(weekday)["n"].sum() / inner.groupby(weekday)["portal"].sum()
    print("share held by weekday (Mon..Sun):", " ".join(f"{v:.3f}" for v in by_weekday))
    for title, table in (("weeks", weeks), ("parts", parts(weeks)), ("categories", category_rise(appeals, weeks)),
                         ("edge days", edges(appeals, days))):
        print(f"\n{title}:\n{table.round(4).to_string()}", flush=True)


if __name__ == "__main__":
    main()
