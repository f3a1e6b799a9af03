"""The report's daily counts and what is read from them: rising topics and forecasts with anomalies."""

from __future__ import annotations

import numpy as np
import pandas as pd

from mcu_nlp.report.summary import ReportData

TOTAL = "все обращения"
RECENT, BASE = 7, 28  # days: the last week against the four weeks before it
HORIZON = 14
HISTORY = 365  # days of history given to the forecaster
CHARTS = 4  # topics charted besides the total
MIN_RATE = 0.5  # appeals a week, at least, in the p value: else one appeal of a topic new this week is p 0


def daily_counts(data: ReportData) -> pd.DataFrame:
    """Counts per day (rows, zero-filled from the first to the last day) and topic (columns)."""
    if not data.daily:
        return pd.DataFrame()
    counts = pd.Series(data.daily).unstack(fill_value=0)
    days = pd.date_range(counts.index.min(), counts.index.max(), freq="D")
    counts = counts.reindex(days, fill_value=0).astype(np.int64)
    return counts[counts.sum().sort_values(ascending=False).index]


def rising_topics(daily: pd.DataFrame, recent: int = RECENT, base: int = BASE, alpha: float = 0.05) -> pd.DataFrame:
    """Topics with more appeals in the last ``recent`` days than the ``base`` days before let expect.

    ``expected`` is the base count scaled to ``recent`` days; ``p_value`` is the Poisson probability
    of at least that many appeals had the rate stayed the same (a rate below ``MIN_RATE`` a week counts as
    ``MIN_RATE``; ``expected`` is not floored).
    ``rising`` needs ``p_value < alpha`` and at least 3 appeals. Empty when the history is shorter
    than ``recent + base`` days.

    >>> days = pd.date_range("2024-01-01", periods=35)
    >>> daily = pd.DataFrame({"heating": [1] * 28 + [4] * 7, "roads": [1] * 35}, index=days)
    >>> rising_topics(daily)[["topic", "recent", "expected", "rising"]].values.tolist()
    [['heating', 28, 7.0, True], ['roads', 7, 7.0, False]]
    """
    from scipy.stats import poisson

    if len(daily) < recent + base:
        return pd.DataFrame(columns=["topic", "recent", "expected", "change", "p_value", "rising"])
    last = daily.iloc[-recent:].sum()
    before = daily.iloc[-(recent + base):-recent].sum()
    expected_ = before * recent / base
    p_value = poisson.sf(last - 1, np.maximum(expected_, MIN_RATE * recent / 7))
    out = pd.DataFrame({"topic": daily.columns, "recent": last.to_numpy(), "expected": expected_.to_numpy(),
                        "p_value": p_value})
    out["change"] = (out["recent"] - out["expected"]) / out["expected"].where(out["expected"] > 0)
    out["rising"] = (out["p_value"] < alpha) & (out["recent"] >= 3) & (out["recent"] > out["expected"])
    return out.sort_values(["p_value", "topic"]).reset_index(drop=True)


def _long_counts(daily: pd.DataFrame) -> pd.DataFrame:
    history = daily.iloc[-HISTORY:]
    wide = pd.concat([history.sum(axis=1).rename(TOTAL), history.iloc[:, :CHARTS]], axis=1)
    long = wide.rename_axis("ds").reset_index().melt(id_vars="ds", var_name="unique_id", value_name="y")
    return long[["unique_id", "ds", "y"]]


def forecast(daily: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Counts, ``HORIZON``-day forecasts and scored anomalies for the total and the biggest topics."""
    from mcu_nlp.trends import TrendForecaster

    counts = _long_counts(daily)
    fitted = TrendForecaster(season_length=7, levels=(80, 95), horizon=HORIZON).fit(counts)
    return counts, fitted.predict(h=HORIZON), fitted.detect_anomalies(counts)
