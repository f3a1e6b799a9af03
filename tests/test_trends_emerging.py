"""A problem that has just appeared: its forecast intervals must not claim that nothing will come."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, intervals, models


def one_series(y: list[int], freq: str = "D") -> pd.DataFrame:
    days = pd.date_range("2024-01-01", periods=len(y), freq="D" if freq == "D" else "W-MON")
    return pd.DataFrame({"unique_id": "a", "ds": days, "y": y})


# recent days with appeals, and forecasts of 0 for some days (a weekday that was empty a week ago)
EMERGING = [
    ("20 zeros, then 3..7 (the walkthrough's file)", [0] * 20 + [3, 4, 5, 6, 7], 14),
    ("10 days: 8 zeros, then 5, 5", [0] * 8 + [5, 5], 7),
    ("a first week of appeals after 6 empty ones", [0] * 42 + [2, 0, 3, 0, 4, 0, 1], 14),
    ("weekdays only for 6 weeks", [5, 5, 5, 5, 5, 0, 0] * 6, 14),
]


@pytest.mark.parametrize(("name", "y", "h"), EMERGING)
def test_no_interval_is_zero_for_certain_after_days_with_appeals(name: str, y: list[int], h: int) -> None:
    forecast = TrendForecaster(horizon=h).fit(one_series(y)).predict(h)
    assert forecast[["mean", "lo_80", "hi_80", "lo_95", "hi_95"]].notna().all().all()
    assert (forecast["hi_95"] >= 1).all(), name
    assert (forecast["hi_80"] >= forecast["mean"].round() - 1).all()
    assert (forecast["lo_95"] <= forecast["mean"]).all()


@pytest.mark.parametrize(("y", "zero"), [
    ([0] * 30, True),  # nothing ever came: 0 for certain is right
    ([4] + [0] * 29, True),  # one appeal a month ago, none since
    ([0] * 29 + [1], False),
])
def test_the_floor_looks_at_the_last_week_only(y: list[int], zero: bool) -> None:
    forecast = TrendForecaster(horizon=7).fit(one_series(y)).predict(7)
    assert (forecast["hi_95"] == 0).all() == zero


@pytest.mark.parametrize(("mean", "floor", "hi"), [
    (0.0, 0.0, 0.0),
    (0.0, 2.0, 5.0),  # Poisson(2): 97.5 % quantile
    (10.0, 2.0, 17.0),  # a forecast above the floor keeps its own bound
])
def test_upper_bound_is_drawn_for_at_least_the_floor(mean: float, floor: float, hi: float) -> None:
    bounds = intervals.nb_bounds(np.array([mean]), np.zeros(1), (95,), np.array([floor]))
    assert bounds["hi_95"].tolist() == [hi]
    assert bounds["lo_95"].tolist() == intervals.nb_bounds(np.array([mean]), np.zeros(1), (95,))["lo_95"].tolist()


def test_emerging_days_are_flagged_and_then_forecast_with_room() -> None:
    counts = one_series([0] * 20 + [3, 4, 5, 6, 7])
    fitted = TrendForecaster(horizon=14).fit(counts)
    flagged = fitted.detect_anomalies(counts).set_index("ds")["is_anomaly"]
    assert flagged.iloc[-5:].all() and not flagged.iloc[:-5].any()
    assert (fitted.predict(14)["hi_95"] > 0).all()


def test_a_first_count_after_empty_days_is_flagged_but_not_as_impossible() -> None:
    # walkthrough s47 D12: a sparse series' first 3 appeals after 9 empty days were expected 0 and scored the cap,
    # 20, above a tenfold spike of a busy series; now expected at the rate 9 empty days allow (0.5 / 9)
    counts = pd.concat([one_series([0] * 9 + [3] + [0] * 20), one_series([4, 5, 3, 4, 6, 5, 4] * 4 + [40, 5])
                        .assign(unique_id="b")])
    scored = TrendForecaster(horizon=7).fit(counts).detect_anomalies(counts).set_index(["unique_id", "ds"])
    first = scored.loc[("a", pd.Timestamp("2024-01-10"))]
    assert first["is_anomaly"] and first["expected"] > 0.05 and first["score"] < 6
    assert scored.loc[("b", pd.Timestamp("2024-01-29")), "is_anomaly"]


def test_weekly_counts_after_a_busy_week_keep_room_too() -> None:
    forecast = TrendForecaster(horizon=4).fit(one_series([0] * 20 + [6, 0], freq="W")).predict(4)
    assert (forecast["hi_95"] >= 1).all() and forecast.notna().all().all()


SPIKY = [*np.random.default_rng(0).poisson(5, 60).tolist(), 500, *np.random.default_rng(1).poisson(5, 6).tolist()]


# the floor must leave alone days with a forecast of its own: (name, counts, forecast day, greatest hi_95)
NOT_THE_FLOOR_S_BUSINESS = [
    ("one spike day of 500 among Poisson(5): its weekday next week", SPIKY, 0, 300),  # was 865, other days 228
    ("a weekday closed for 10 weeks among 20 a day", ([20] * 6 + [0]) * 10, 6, 0),  # was [0, 1]
    ("closed for 8 weeks among 2 a day", ([2] * 6 + [0]) * 8, 6, 0),
]


@pytest.mark.parametrize(("name", "y", "day", "most"), NOT_THE_FLOOR_S_BUSINESS)
def test_the_floor_only_stops_a_certain_zero(name: str, y: list[int], day: int, most: float) -> None:
    forecast = TrendForecaster(levels=(95,)).fit(one_series(y)).predict(7)
    assert forecast["hi_95"].iloc[day] <= most, name


@pytest.mark.parametrize(("y", "day", "floor"), [
    ([5] * 30 + [500] + [5] * 6, 0, 1.0),  # the spike's weekday: at most one appeal a day (was 100)
    ([0] * 20 + [3, 4, 5, 6, 7], 0, 0.2),
    (([20] * 6 + [0]) * 8, 6, 0.0),  # closed through all 8 weeks of the window (was 0.03: hi_95 of 1)
    (([20] * 6 + [0]) * 7, 6, 0.04),  # 7 weeks: not yet called closed (a guard, as before)
])
def test_spread_floor(y: list[int], day: int, floor: float) -> None:
    assert intervals.spread_floor(np.array([y], dtype=float), 7, 7)[0, day].round(2) == floor


# (name, counts, horizon, least and greatest point forecast): a series whose first counts came within the
# horizon had backtests of zeros only, all candidates tied at 0 and the first (seasonal naive) won, so weekdays
# empty a week ago were forecast 0 ([0, 0, 3, 4, 5, 6, 7] for the first row); without backtests, the same-weekday
# mean gave 0 for 5 days of 7 (second row)
NEW_PROBLEMS = [
    ("20 zeros, then 3..7", [0] * 20 + [3, 4, 5, 6, 7], 14, 5.5, 5.5),  # the first count left out: 22 / 4
    ("10 days: 8 zeros, then 5, 5", [0] * 8 + [5, 5], 7, 5.0, 5.0),
    ("a first week of appeals after 6 empty ones", [0] * 42 + [2, 0, 3, 0, 4, 0, 1], 14, 1.3, 1.4),
    ("one appeal yesterday after 60 empty days: it says something came, not how often", [0] * 60 + [1], 14, 0, 0),
    ("two appeals yesterday after 60 empty days: still a sign of life (SMALL_FIRST)", [0] * 60 + [2], 14, 0, 0),
    ("three appeals yesterday after 60 empty days: a level (was 0)", [0] * 60 + [3], 14, 3, 3),
    ("50 appeals on a new problem's first day (was 0)", [0] * 89 + [50], 7, 50, 50),
    ("a first day of 50, then 3: the 50 stands out of what follows, kept (was 3)", [0] * 88 + [50, 3], 7, 26.5, 26.5),
    ("a first day of 4, then 6 and 8: not above what follows, left out", [0] * 60 + [4, 6, 8], 7, 7, 7),
    ("weekdays only for 6 weeks: enough history, weekends stay empty", [5, 5, 5, 5, 5, 0, 0] * 6, 14, 0, 5),
]


@pytest.mark.parametrize(("name", "y", "h", "least", "most"), NEW_PROBLEMS)
def test_a_new_series_is_forecast_at_its_level_since_the_first_count(
    name: str, y: list[int], h: int, least: float, most: float,
) -> None:
    mean = TrendForecaster(horizon=h).fit(one_series(y)).predict(h)["mean"]
    assert mean.between(least - 1e-9, most + 1e-9).all(), (name, mean.round(2).tolist())


# (name, counts, least hi_95, greatest hi_95): a new series' upper bounds hold the level it came in at, first
# count and all, flat like its mean; its spread that of the S appeals of n periods seen (alpha 1 / min(S, n)), not
# that of backtests that forecast it from zeros (alpha 10). Was: 50 on the first day -> hi_95 3, Sundays 10
NEW_BOUNDS = [
    ("50 appeals on a new problem's first day", [0] * 89 + [50], 50, 200),  # was 3..10 around a mean of 0
    ("one appeal yesterday after 60 empty days", [0] * 60 + [1], 1, 5),  # was 1 (a guard: flat and at least 1)
    ("20 zeros, then 3..7", [0] * 20 + [3, 4, 5, 6, 7], 7, 15),  # was 54 (alpha 10 at a mean of 5.5)
]


@pytest.mark.parametrize(("name", "y", "least", "most"), NEW_BOUNDS)
def test_a_new_series_bounds_hold_the_level_it_came_in_at(name: str, y: list[int], least: float, most: float) -> None:
    forecast = TrendForecaster(horizon=7).fit(one_series(y)).predict(7)
    assert forecast["hi_95"].between(least, most).all() and forecast["hi_95"].nunique() == 1, name
    assert (forecast["lo_95"] <= forecast["mean"]).all() and (forecast["hi_80"] <= forecast["hi_95"]).all()


def test_a_new_series_among_older_ones_keeps_the_choice_of_its_group() -> None:
    rng = np.random.default_rng(0)
    days = pd.date_range("2024-01-01", periods=200)
    old = [pd.DataFrame({"unique_id": f"old{i}", "ds": days, "y": rng.poisson(3, 200)}) for i in range(20)]
    new = pd.DataFrame({"unique_id": "new", "ds": days, "y": [0] * 192 + [4, 8, 3, 5, 6, 3, 4, 4]})
    fitted = TrendForecaster().fit(pd.concat([*old, new]))
    assert not fitted.unranked_.any()  # pooled with older series of its volume, its group's backtests rank


# a new series beside an older one, unrelated (no hierarchy): the older one's forecast moved up to 3x
# (roads' second week 5 -> 19.6) through the global model, fitted on the new series' zero-filled past
NEWCOMERS = [
    ("a week of 1-8 a day (the walkthrough's gas)", [3, 4, 3, 4, 1, 2, 8]),
    ("a week in roads' volume class", [15, 20, 14, 18, 9, 11, 25]),
    ("40 a day", [40] * 7),
    ("one appeal yesterday", [1]),
]


@pytest.fixture(scope="module")
def roads() -> pd.DataFrame:
    days = pd.date_range("2025-10-01", "2026-01-20")
    new_year = ((days.month == 1) & (days.day <= 8)) | ((days.month == 12) & (days.day == 31))
    mean = 8 * np.where(days.day_of_week < 5, 1.3, 0.6) * np.where(new_year, 0.2, 1)
    return pd.DataFrame({"unique_id": "roads", "ds": days, "y": np.random.default_rng(1).poisson(mean)})


@pytest.mark.parametrize(("name", "y"), NEWCOMERS)
def test_a_new_series_leaves_an_unrelated_one_alone(roads: pd.DataFrame, name: str, y: list[int]) -> None:
    alone = TrendForecaster().fit(roads).predict(14)["mean"].to_numpy()
    new = pd.DataFrame({"unique_id": "gas", "ds": roads.ds.iloc[-len(y):], "y": y})
    forecast = TrendForecaster().fit(pd.concat([roads, new])).predict(14)
    beside = forecast.loc[forecast.unique_id == "roads", "mean"].to_numpy()
    assert np.abs(beside - alone).max() < 0.5, name


WEEK = [10, 10, 10, 10, 10, 2, 2]  # weekdays 10 appeals, weekends 2
SHORT = [
    (0, 10), (0, 12), (0, 24), (0, 40),  # a panel younger than 8 weeks: some weekdays seen once more than others
    (70, 10), (70, 20), (70, 40),  # the first count 70 days into the panel: the empty days are no weekdays
    (0, 60),  # guard: 8 whole weeks and more
]


@pytest.mark.parametrize(("empty", "days"), SHORT)
def test_a_short_history_keeps_its_weekday_shape(empty: int, days: int) -> None:
    # the shape was each weekday's mean over the history's mean: 10 days read 9.2 on weekdays, 1.8 on weekends;
    # after 70 empty days weekdays seen twice read 12.9, once 6.4
    y = np.array([[0] * empty + (WEEK * 10)[:days]], dtype=float)
    forecast = models.recent_level(y, np.array([y.shape[1]]), 7, 7)[0, 0]
    assert forecast.tolist() == pytest.approx((WEEK * 12)[days: days + 7])


@pytest.mark.parametrize(("empty", "days"), [(0, 24), (70, 20), (70, 40)])
def test_a_short_history_keeps_its_weekday_shape_in_the_forecaster(empty: int, days: int) -> None:
    y = [0] * empty + (WEEK * 10)[:days]
    counts = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-02-05", periods=len(y)), "y": y})
    forecast = TrendForecaster(candidates=("recent_level",), horizon=7, calendar=[]).fit(counts).predict(7)
    assert forecast["mean"].tolist() == pytest.approx((WEEK * 12)[(days + empty) % 7:][:7])

