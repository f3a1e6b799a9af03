"""A hierarchy of sparse bottom series over a history too short for backtests keeps its volume (session 28).

A walkthrough of Нижегородская область: 45 appeals over 15 days (43 counted), a steady 2-3 a day, in 40 topic x
municipality series of one or two appeals each. ``TrendForecaster(season_length=7).fit(counts)`` (horizon 14: no
backtest fits in 15 days) forecast every series at its level since its first count with a first count of 1 or 2
after empty days left out, so each one-appeal series at 0: the bottom series summed to 0.28 a day of 2.87, the total
(mean of top-down and bottom-up) to 1.57; ``reconcile="bottom_up"`` 0.28. A few days cannot tell a rare series from
one that began: such a series is now read over the whole history (``models.since_first``'s ``sparse``).
"""

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, count_series
from mcu_nlp.trends.simple import since_first

BAND = (0.85, 1.15)  # the forecast a day over the history's mean a day (a steady total: its recent rate too)


def sparse_appeals(days: int, per_day: int = 3, towns: int = 40, topics: int = 10, seed: int = 0) -> pd.DataFrame:
    """``per_day`` appeals every day, each in a topic x town drawn at random (towns weighted 1 / sqrt(rank)): a few
    hundred bottom series, most with one appeal or none."""
    rng = np.random.default_rng(seed)
    town_p = 1 / np.sqrt(np.arange(1, towns + 1))
    n = days * per_day
    return pd.DataFrame({
        "date": np.repeat(pd.date_range("2025-01-13", periods=days), per_day),
        "municipality": [f"город {i}" for i in rng.choice(towns, size=n, p=town_p / town_p.sum())],
        "topic": [f"тема {i}" for i in rng.integers(0, topics, size=n)],
    })


def per_day(counts: pd.DataFrame, reconcile: str, horizon: int = 14) -> tuple[float, float, float]:
    """History's total a day, the forecast total a day and the bottom series' forecast sum a day."""
    forecast = TrendForecaster(season_length=7, horizon=horizon, reconcile=reconcile).fit(counts).predict(horizon)
    level = forecast["unique_id"].map(counts.drop_duplicates("unique_id").set_index("unique_id")["level"])
    history = counts.loc[counts["level"] == "total", "y"].mean()
    total = forecast.loc[level == "total", "mean"].sum() / horizon
    return history, total, forecast.loc[level == "topic/municipality", "mean"].sum() / horizon


# (days of history, horizon): none leaves room for a backtest (horizon + a season); the last two are a longer
# history forecast further ahead
SHORT = [(15, 14), (20, 14), (30, 28), (60, 56)]


@pytest.mark.parametrize("reconcile", ["combined", "bottom_up", "none"])
@pytest.mark.parametrize(("days", "horizon"), SHORT)
def test_a_short_sparse_hierarchy_keeps_its_volume(days: int, horizon: int, reconcile: str) -> None:
    counts = count_series(sparse_appeals(days), by=("topic", "municipality"), date_column="date", freq="D")
    history, total, bottom = per_day(counts, reconcile, horizon)  # HEAD: combined 0.59-0.69 of the history's rate
    assert BAND[0] * history <= total <= BAND[1] * history, (total, history)  # bottom_up 0.18-0.38
    assert BAND[0] * history <= bottom <= BAND[1] * history, (bottom, history)


def test_the_walkthrough_hierarchy_is_forecast_at_its_rate() -> None:
    # 43 appeals in 15 days (2, 3, 3, 3, 2, then 3 a day), 37 topic x municipality series of one appeal and 3 of
    # two, in 20 municipalities: HEAD 1.57 a day (combined), 0.28 (bottom_up)
    day_counts = [2, 3, 3, 3, 2] + [3] * 10
    dates = np.repeat(pd.date_range("2025-01-13", periods=15), day_counts)
    series = [*range(40), 0, 1, 2]  # 40 series, the first three twice
    rng = np.random.default_rng(1)
    order = rng.permutation(len(series))
    appeals = pd.DataFrame({
        "date": dates,
        "topic": [f"тема {series[i] % 7}" for i in order],
        "municipality": [f"город {series[i] // 2}" for i in order],
    })
    counts = count_series(appeals, by=("topic", "municipality"), date_column="date", freq="D")
    for reconcile in ("combined", "bottom_up"):
        history, total, bottom = per_day(counts, reconcile)
        assert history == pytest.approx(43 / 15)
        assert total == pytest.approx(history, rel=0.1) and bottom == pytest.approx(history, rel=0.1), reconcile


@pytest.mark.parametrize(("name", "y", "level"), [
    ("one appeal on day 12 of 15: 1/15 a day (was 0)", [0] * 11 + [1, 0, 0, 0], 1 / 15),
    ("two appeals on days 6 and 11 of 15: 2/15 (was 1/9)", [0] * 5 + [1, 0, 0, 0, 0, 1, 0, 0, 0, 0], 2 / 15),
    ("one appeal yesterday after 14 empty days: 1/15 (was 0)", [0] * 14 + [1], 1 / 15),
])
def test_a_rare_series_in_a_short_history_is_read_over_all_its_days(name: str, y: list[int], level: float) -> None:
    forecast = since_first(np.array([y], dtype=float), np.array([len(y)]), 3, 7, sparse=True)
    assert forecast[0, 0] == pytest.approx([level] * 3), name
    days = pd.date_range("2025-01-13", periods=len(y))
    mean = TrendForecaster(season_length=7).fit(pd.DataFrame({"unique_id": "a", "ds": days, "y": y})).predict(7)
    assert mean["mean"].to_numpy() == pytest.approx([level] * 7), name
