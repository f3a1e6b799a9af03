"""Trends: counts, forecasts, intervals, reconciliation, anomalies, backtests, bad input."""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.base import clone

import mcu_nlp
from mcu_nlp.errors import InputError
from mcu_nlp.trends import (
    TrendForecaster,
    backtest,
    count_series,
    forecast_command,
    intervals,
    models,
    reconcile,
    smoothing,
)
from mcu_nlp.trends.calendar import calendar_features
from mcu_nlp.trends.choice import backtest_errors
from mcu_nlp.trends.counts import TOTAL

FIXTURES = "data/fixtures/spb_sample.csv"
INTERVAL_COLUMNS = ["lo_95", "lo_80", "mean", "hi_80", "hi_95"]


def simulate(n_series: int = 6, days: int = 240, alpha: float = 0.15, seed: int = 0) -> pd.DataFrame:
    """Appeals with a weekly pattern and negative-binomial noise, per topic x municipality."""
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2023-01-02", periods=days)
    weekly = np.where(dates.day_of_week < 5, 1.0, 0.4)
    rows = []
    for i in range(n_series):
        mean = (2 + 3 * i) * weekly
        size = 1 / alpha
        y = rng.negative_binomial(size, size / (size + mean))
        rows.append(pd.DataFrame({"date": dates.repeat(y), "topic": f"t{i % 3}", "municipality": f"m{i // 3}"}))
    return pd.concat(rows, ignore_index=True)


@pytest.fixture(scope="session")
def counts() -> pd.DataFrame:
    return count_series(simulate(), by=("topic", "municipality"))


@pytest.fixture(scope="session")
def fitted(counts: pd.DataFrame) -> TrendForecaster:
    return TrendForecaster().fit(counts)


@pytest.fixture(scope="session")
def forecast(fitted: TrendForecaster) -> pd.DataFrame:
    return fitted.predict(14)


def long(y: list[list[float]], start: str = "2024-01-01") -> pd.DataFrame:
    dates = pd.date_range(start, periods=len(y[0]))
    return pd.DataFrame({
        "unique_id": np.repeat([f"s{i}" for i in range(len(y))], len(dates)),
        "ds": np.tile(dates, len(y)), "y": np.ravel(y),
    })


# --- count_series ---------------------------------------------------------------------------

def test_public_names_are_exported() -> None:
    assert mcu_nlp.count_series is count_series and mcu_nlp.TrendForecaster is TrendForecaster
    assert mcu_nlp.backtest is backtest


@pytest.mark.parametrize(
    ("by", "levels"),
    [
        (("topic", "municipality"), {"topic/municipality", "municipality", "total"}),
        (("topic",), {"topic", "total"}),
        (("topic", "municipality", "region"), {"topic/municipality/region", "municipality/region", "region", "total"}),
    ],
)
def test_count_series_levels_drop_keys_from_the_left(by: tuple[str, ...], levels: set[str]) -> None:
    frame = simulate(n_series=4, days=20).assign(region="89")
    out = count_series(frame, by=by)
    assert set(out.level) == levels
    assert list(out.columns[:4]) == ["unique_id", "ds", "y", "level"]
    per_level = out.groupby("level").y.sum()
    assert (per_level == len(frame)).all()  # every level counts every appeal once


def test_count_series_reads_russian_day_first_dates() -> None:
    # pandas alone reads "05.01.2024" as 1 May; Russian exports write day first
    frame = pd.DataFrame({"date": ["05.01.2024", "2024-01-05T10:00:00+03:00", "06/01/2024 23:59", "07.01.24"],
                          "topic": ["roads"] * 4})
    out = count_series(frame, by=("topic",), date_column="date")
    days = out[out.y > 0].groupby("ds").y.sum()
    assert {str(d.date()): int(y) for d, y in days.items()} == {"2024-01-05": 4, "2024-01-06": 2, "2024-01-07": 2}


def test_counts_with_russian_dates_in_ds_are_read_day_first() -> None:
    days = pd.date_range("2024-02-01", "2024-03-01")  # "01.03.2024" month first would be 3 January
    frame = pd.DataFrame({"unique_id": "a", "ds": [f"{d:%d.%m.%Y}" for d in days], "y": 1})
    assert TrendForecaster().fit(frame).predict(1).ds.iloc[0] == pd.Timestamp("2024-03-02")


def test_count_series_zero_fills_and_is_coherent(counts: pd.DataFrame) -> None:
    days = counts.ds.nunique()
    assert (counts.groupby("unique_id").size() == days).all()
    bottom = counts[counts.level == "topic/municipality"].groupby("ds").y.sum()
    total = counts[counts.unique_id == TOTAL].set_index("ds").y
    assert bottom.equals(total)


@pytest.mark.parametrize(
    ("dates", "freq", "expected"),
    [
        (["2024-01-01", "2024-01-03"], "D", [1, 0, 1]),
        (["2024-01-01", "2024-01-07", "2024-01-08"], "W", [2, 1]),  # weeks start on Monday
        (["2024-01-02 23:59:00", "not a date", None], "D", [1]),  # unparsable dates are not counted
    ],
)
@pytest.mark.filterwarnings("ignore:.*no readable date")  # how many: the next test
@pytest.mark.filterwarnings("ignore:expected whole weeks")  # a part-week at the end: its own test
def test_count_series_periods(dates: list[object], freq: str, expected: list[int]) -> None:
    out = count_series(pd.DataFrame({"date": dates, "topic": "x"}), by=("topic",), freq=freq)
    assert out[out.level == "topic"].y.tolist() == expected


def test_count_series_warns_once_how_many_rows_have_no_readable_date() -> None:
    # they were dropped silently; '2024-13-01' was even counted, on 13 January
    dates = ["2024-01-01", "2024-13-01", None, "garbage", "31.02.2024", "2024-01-02", "Иванов +7 912 345-67-89"]
    with pytest.warns(UserWarning) as caught:
        out = count_series(pd.DataFrame({"date": dates, "topic": "x"}), by=("topic",))
    assert [str(w.message) for w in caught] == [
        "5 of 7 rows have no readable date in 'date' (missing or unreadable) and are not counted; write dates as "
        "'YYYY-MM-DD' or 'DD.MM.YYYY'"]
    assert out[out.level == "topic"][["ds", "y"]].astype(str).values.tolist() == [["2024-01-01", "1"],
                                                                                  ["2024-01-02", "1"]]


@pytest.mark.parametrize(("first", "last", "partial"), [
    ("2024-01-01", "2024-02-13", ["last week (2024-02-12)"]),  # a Tuesday: two days, counted as a whole week
    ("2024-01-01", "2024-02-17", ["last week (2024-02-12)"]),  # a Saturday
    ("2024-01-01", "2024-02-18", []),  # a Sunday ends the week
    # a Wednesday: its week holds five days, and was counted as a whole one without a word
    ("2024-01-03", "2024-02-18", ["first week (2024-01-01)"]),
    ("2024-01-07", "2024-02-13", ["first week (2024-01-01)", "last week (2024-02-12)"]),
])
def test_weekly_counts_warn_of_a_partial_first_or_last_week(first: str, last: str, partial: list[str]) -> None:
    dates = pd.date_range(first, last).strftime("%Y-%m-%d")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = count_series(pd.DataFrame({"date": dates, "topic": "x"}), by=("topic",), freq="W")
    said = [str(w.message) for w in caught if "whole weeks" in str(w.message)]
    assert [text.split(" counted")[0].split("got a ")[1] for text in said] == partial
    assert all("drop it" in text for text in said)
    assert out.y.sum() == 2 * len(dates)  # kept: the count is true


def test_a_bare_year_is_no_date() -> None:
    # '2024' was counted on 1 January 2024 by count_series and fitted as that day by TrendForecaster
    frame = pd.DataFrame({"date": ["2024-03-05", "2024", "2024-03"], "topic": "x"})
    with pytest.warns(UserWarning, match="2 of 3 rows have no readable date"):
        out = count_series(frame, by=("topic",))
    assert out[out.level == "topic"][["ds", "y"]].astype(str).values.tolist() == [["2024-03-05", "1"]]
    with pytest.raises(InputError, match="parsable dates in ds"):
        TrendForecaster().fit(pd.DataFrame({"unique_id": "a", "ds": ["2023", "2024-03-05"], "y": [5, 1]}))


def test_count_series_missing_key_becomes_unknown() -> None:
    frame = pd.DataFrame({"date": ["2024-01-01"] * 2, "topic": ["heating", None]})
    assert set(count_series(frame, by=("topic",)).unique_id) == {"heating", "unknown", TOTAL}


@pytest.mark.parametrize(
    "call",
    [
        lambda: count_series([1, 2, 3]),
        lambda: count_series(pd.DataFrame({"date": ["2024-01-01"]}), by=("topic",)),
        lambda: count_series(pd.DataFrame({"day": ["2024-01-01"], "topic": ["a"]}), by=("topic",)),
        lambda: count_series(pd.DataFrame({"date": ["x"], "topic": ["a"]}), by=("topic",)),
        lambda: count_series(pd.DataFrame({"date": ["2024-01-01"], "topic": ["a"]}), by=("topic",), freq="M"),
    ],
)
def test_count_series_bad_input_raises_input_error(call: object) -> None:
    with pytest.raises(InputError, match="expected"):
        call()


def test_count_series_on_real_sample() -> None:
    frame = pd.read_csv(FIXTURES)
    out = count_series(frame, by=("topic", "district"), date_column="created_dt")
    assert out[out.unique_id == TOTAL].y.sum() == len(frame)


# --- bad counts -----------------------------------------------------------------------------

GOOD = long([[1, 2, 3, 4]])


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.concat([GOOD, GOOD.iloc[:1]]), "one row per"),
        (GOOD.assign(y=[1, -2, 3, 4]), ">= 0"),
        (GOOD.assign(y=[1, 2.5, 3, 4]), "whole-number"),
        (GOOD.assign(y=[1, np.nan, 3, 4]), "finite"),
        (GOOD.assign(y=[1, 1e300, 3, 4]), "counts up to"),  # was cast to a wrapped int64
        (GOOD.assign(ds=["2024-01-01", "soon", "2024-01-03", "2024-01-04"]), "parsable dates"),
        (GOOD.drop(columns="y"), "columns unique_id, ds, y"),
        (GOOD.assign(ds=pd.date_range("2024-01-01", periods=4, freq="h")), "whole days"),
        (GOOD.iloc[:0], "at least one row"),
        (GOOD.assign(ds=pd.to_datetime(["2024-01-01", "2024-01-04", "2024-01-07", "2024-01-10"])), "daily or weekly"),
    ],
)
def test_bad_counts_raise_clear_input_error(frame: pd.DataFrame, message: str) -> None:
    with pytest.raises(InputError, match=message):
        TrendForecaster().fit(frame)
    assert issubclass(InputError, ValueError)


@pytest.mark.parametrize(
    "params",
    [{"season_length": 0}, {"horizon": 0}, {"levels": (80, 120)}, {"candidates": ("arima",)},
     {"reconcile": "magic"},
     # these crashed later: detect_anomalies on max(()), fit on iterating an int, backtest on int("80.5")
     {"levels": ()}, {"levels": 80}, {"levels": (80.5, 95)}, {"levels": ("80",)}],
)
def test_bad_parameters_raise_on_fit(params: dict[str, object]) -> None:
    with pytest.raises(InputError):
        TrendForecaster(**params).fit(GOOD)


@pytest.mark.parametrize("name", ["season_length", "horizon", "n_windows", "combine", "max_train_origins"])
@pytest.mark.parametrize("value", [True, False, 2.0, "7", -1])
def test_whole_number_parameters_refuse_bools_and_non_integers(name: str, value: object) -> None:
    # True passed as season_length 1 (and horizon True failed only later, in predict): only predict refused bools;
    # n_windows=2.7 was cut to 2 and combine=0 read as 1 without a word
    with pytest.raises(InputError, match=f"whole number {name} >= 1"):
        TrendForecaster(**{name: value}).fit(GOOD)


@pytest.mark.parametrize("value", [True, 2.5, "3", -1])
def test_min_alert_is_a_whole_count(value: object) -> None:
    # "3" failed inside numpy in detect_anomalies, -1 and 2.5 were taken as they came
    with pytest.raises(InputError, match="whole number min_alert >= 0"):
        TrendForecaster(min_alert=value).fit(GOOD)


def test_whole_number_parameters_accept_numpy_integers() -> None:
    out = TrendForecaster(season_length=np.int64(7), horizon=np.int32(3)).fit(GOOD).predict(np.int64(2))
    assert len(out) == 2 * GOOD.unique_id.nunique()


# --- documented fallbacks: gaps, short, all-zero ----------------------------------------------

def _ordered(out: pd.DataFrame) -> bool:
    values = out[INTERVAL_COLUMNS].to_numpy()
    return bool((np.diff(values[:, [0, 1, 3, 4]], axis=1) >= 0).all() and (values[:, 0] >= 0).all())


@pytest.mark.parametrize(
    ("name", "frame"),
    [
        ("gaps", long([[3, 0, 5, 1, 2, 4, 0] * 12]).drop(index=[3, 10, 11, 40])),
        ("shorter than a season", long([[1, 0, 2, 1, 3]])),
        ("one day", long([[4]])),
        ("all zero", long([[0] * 60, [1, 2, 0, 3, 1, 0, 2] * 8 + [1, 1, 1, 1]])),
        ("ragged starts",
         pd.concat([long([[2] * 70]), long([[1, 0] * 15], start="2024-02-10").assign(unique_id="late")])),
    ],
)
def test_fallbacks_never_crash_or_emit_nan(name: str, frame: pd.DataFrame) -> None:
    fc = TrendForecaster().fit(frame)
    out = fc.predict(7)
    assert len(out) == 7 * frame.unique_id.nunique()
    assert not out.isna().any().any() and _ordered(out)
    alerts = fc.detect_anomalies(frame)
    assert len(alerts) == len(frame) and not alerts.isna().any().any()


@pytest.mark.parametrize("days", [86, 92, 101])
def test_three_months_of_history_fit_without_the_older_global_model(days: int) -> None:
    # the older backtest windows are too early for the global model here, the recent ones are not
    rng = np.random.default_rng(0)
    out = TrendForecaster().fit(long([rng.poisson(5, days), rng.poisson(9, days)])).predict(7)
    assert len(out) == 14 and not out.isna().any().any() and _ordered(out)


def test_all_zero_series_forecasts_zero() -> None:
    out = TrendForecaster().fit(long([[0] * 60, [1, 2, 0, 3, 1, 0, 2] * 8 + [1] * 4])).predict(7)
    assert (out[out.unique_id == "s0"][INTERVAL_COLUMNS].to_numpy() == 0).all()


# --- forecasts --------------------------------------------------------------------------------

@pytest.mark.parametrize("h", [0, -3, 2.7, "x", True])
def test_predict_refuses_a_horizon_that_is_not_a_whole_number(fitted: TrendForecaster, h: object) -> None:
    with pytest.raises(InputError, match="whole number h >= 1"):
        fitted.predict(h)


def test_predict_shape_and_dates(forecast: pd.DataFrame, counts: pd.DataFrame) -> None:
    assert list(forecast.columns) == ["unique_id", "ds", *INTERVAL_COLUMNS[2:3], "lo_80", "hi_80", "lo_95", "hi_95"]
    assert len(forecast) == 14 * counts.unique_id.nunique()
    first = forecast.ds.min()
    assert first == counts.ds.max() + pd.Timedelta(days=1)
    assert not forecast.isna().any().any() and _ordered(forecast)


def test_forecast_follows_the_weekly_pattern(forecast: pd.DataFrame) -> None:
    total = forecast[forecast.unique_id == TOTAL]
    weekend = total[total.ds.dt.day_of_week >= 5]["mean"].mean()
    weekday = total[total.ds.dt.day_of_week < 5]["mean"].mean()
    assert weekend < 0.6 * weekday  # simulated weekends are at 40% of weekdays


@pytest.mark.parametrize("method", ["combined", "top_down", "bottom_up", "wls_struct", "mint_shrink"])
def test_reconciled_forecasts_add_up(counts: pd.DataFrame, method: str) -> None:
    out = TrendForecaster(reconcile=method).fit(counts).predict(7)
    bottom = out[out.unique_id.str.count("/") == 1].groupby("ds")["mean"].sum()
    total = out[out.unique_id == TOTAL].set_index("ds")["mean"]
    np.testing.assert_allclose(bottom.to_numpy(), total.to_numpy(), rtol=1e-6)


@pytest.mark.parametrize("method", [m for m in reconcile.METHODS if m != "none"])
@pytest.mark.parametrize("base", [[0.0, 0.0, 3.0], [5.0, 0.0, 0.0], [0.0, 4.0, 0.5], [1.0, 1.0, 1.0]])
def test_reconciliation_stays_coherent_after_clipping_negatives(method: str, base: list[float]) -> None:
    summing, bottom = np.array([[1.0, 1.0], [1, 0], [0, 1]]), np.array([False, True, True])
    residuals = np.random.default_rng(0).normal(size=(3, 20))
    plan = reconcile.plan(method, summing, bottom, np.array([0, 1, 1]), np.ones(3), residuals)
    out = reconcile.apply(plan, np.array(base))
    assert (out >= 0).all()
    assert out[0] == pytest.approx(out[1] + out[2])


@pytest.mark.parametrize("method", ["mint_shrink", "wls_struct"])
def test_sparse_hierarchy_forecasts_add_up_at_every_aggregate(method: str) -> None:
    rng = np.random.default_rng(0)
    days = pd.date_range("2024-01-01", periods=120)
    keys = [(t, m) for t in "abcd" for m in "xyz"]
    rows = [(day, t, m) for day in days for t, m in keys for _ in range(rng.poisson(0.05))]
    counts = count_series(pd.DataFrame(rows, columns=["date", "topic", "municipality"]))
    fitted = TrendForecaster(reconcile=method).fit(counts)
    mean = fitted.predict(7).pivot(index="unique_id", columns="ds", values="mean").loc[fitted.panel_.ids].to_numpy()
    np.testing.assert_allclose(fitted.panel_.summing @ mean[fitted.panel_.bottom], mean, atol=1e-9)


def test_combined_reconciliation_is_the_mean_of_top_down_and_bottom_up(counts: pd.DataFrame) -> None:
    means = {
        method: TrendForecaster(reconcile=method).fit(counts).predict(7)["mean"].to_numpy()
        for method in ("combined", "top_down", "bottom_up")
    }
    np.testing.assert_allclose(means["combined"], (means["top_down"] + means["bottom_up"]) / 2, rtol=1e-9)
    assert TrendForecaster().reconcile == "combined"


def test_recent_backtest_windows_decide_the_choice() -> None:
    # candidate 0 was right in the latest window only, candidate 1 in the three before it
    actual = np.array([[[8.0] * 7, [4.0] * 7, [4.0] * 7, [4.0] * 7]])
    errors = backtest_errors([np.full(actual.shape, 8.0), np.full(actual.shape, 4.0)], actual, np.ones(1))
    assert errors[0, 0] < errors[0, 1]


def test_sparse_and_dense_bottom_series_pool_their_errors_apart() -> None:
    rng = np.random.default_rng(0)
    dense, sparse = rng.poisson(20, (3, 120)), rng.poisson(0.02, (3, 120))
    fc = TrendForecaster(candidates=("snaive", "season_mean4", "flat_mean")).fit(long([*dense, *sparse]))
    groups = set(fc.scores_.index)
    assert {"series|0", "series|3"} <= groups  # under 0.03 a day and 3-30 a day
    chosen = dict(zip(fc.panel_.ids, fc.choice_, strict=True))
    assert len({chosen["s3"], chosen["s4"], chosen["s5"]}) == 1  # ties among zeros go to the class's best


def test_estimator_contract(fitted: TrendForecaster, counts: pd.DataFrame) -> None:
    assert clone(fitted).get_params() == fitted.get_params()
    restored = pickle.loads(pickle.dumps(fitted))
    pd.testing.assert_frame_equal(restored.predict(5), fitted.predict(5))
    with pytest.raises(Exception, match="not fitted"):
        TrendForecaster().predict(3)


def test_a_forecaster_pickled_before_season_length_was_resolved_still_predicts(fitted: TrendForecaster) -> None:
    state = fitted.__getstate__()
    old = {**state, "season_length": 7}  # as such a pickle holds it: the parameter, no season_length_
    del old["season_length_"]
    restored = TrendForecaster.__new__(TrendForecaster)
    restored.__setstate__(old)
    pd.testing.assert_frame_equal(restored.predict(5), fitted.predict(5))


@pytest.fixture(scope="module")
def weekly() -> pd.DataFrame:
    with pytest.warns(UserWarning, match="expected whole weeks"):  # 400 days: a part-week at the end
        return count_series(simulate(n_series=3, days=400), by=("topic",), freq="W")


def test_weekly_counts(weekly: pd.DataFrame) -> None:
    out = TrendForecaster(season_length=1, horizon=4).fit(weekly).predict()
    assert (out.groupby("unique_id").ds.diff().dropna() == pd.Timedelta(days=7)).all()
    assert not out.isna().any().any()


@pytest.mark.parametrize("freq, season", [("D", 7), ("W", 1)])
@pytest.mark.filterwarnings("ignore:expected whole weeks")  # 300 days: a part-week at the end
def test_season_length_comes_from_the_counts_frequency(freq: str, season: int) -> None:
    # the default was 7 whatever the data: on weekly counts a 7-week season, silently
    counts = count_series(simulate(n_series=2, days=300), by=("topic",), freq=freq)
    fitted = TrendForecaster(horizon=4).fit(counts)
    assert fitted.season_length is None and fitted.season_length_ == season  # __init__ stores, fit resolves
    given = TrendForecaster(season_length=season, horizon=4).fit(counts)
    pd.testing.assert_frame_equal(fitted.predict(), given.predict())


def test_a_seven_week_season_on_weekly_counts_is_warned_about(weekly: pd.DataFrame) -> None:
    with pytest.warns(UserWarning, match="season_length=7 on weekly counts means a season of 7 weeks"):
        fitted = TrendForecaster(season_length=7, horizon=4).fit(weekly)
    assert fitted.season_length_ == 7


def test_calendar_marks_russian_holidays_and_moved_workdays() -> None:
    days = pd.DatetimeIndex(["2024-04-27", "2024-04-29", "2024-05-09", "2024-05-13"])
    features = calendar_features(days)
    assert features[:, 2].tolist() == [1, 0, 0, 0]  # Saturday 27 April 2024 was a working day
    assert features[:, 1].tolist() == [0, 1, 1, 0]  # 29 April moved day off, 9 May Victory Day


# --- candidates -------------------------------------------------------------------------------

def trending(days: int = 140, start: float = 20.0, growth: float = 0.02, seed: int = 0) -> np.ndarray:
    """Three Poisson series with a weekly pattern and a level growing 2 % a day after day 84."""
    rng = np.random.default_rng(seed)
    t = np.arange(days)
    level = start * np.exp(growth * np.maximum(t - 84, 0))
    weekly = np.where(t % 7 < 5, 1.0, 0.5)
    return rng.poisson(level * weekly * np.array([[1.0], [2.0], [0.5]])).astype(float)


@pytest.mark.parametrize("name", ["smoothed", "global+smoothed"])
def test_smoothed_candidate_shapes_finite_non_negative(name: str) -> None:
    values = np.vstack([trending(), np.zeros((1, 140)), np.r_[np.zeros(130), [5.0] * 10][None, :]])
    origins = np.array([100, 120, 140])
    calendar = calendar_features(pd.date_range("2024-01-01", periods=140 + 14))
    model = models.fit_global(values, np.array([70, 77, 84, 91]), 14, 7, calendar)
    out = models.candidates(values, origins, 14, 7, calendar, model)[name]
    assert out.shape == (5, 3, 14) and np.isfinite(out).all() and (out >= 0).all()
    assert (out[3] < 1e-3).all()  # an all-zero series stays at (about) zero


def test_smoothed_follows_a_surge_that_stationary_means_lag() -> None:
    values = trending()
    origins = np.array([112, 119, 126])  # four to six weeks into the growth
    actual = values[:, origins[:, None] + np.arange(14)]
    forecasts = {
        "smoothed": models.smoothed_level(values, origins, 14, 7),
        "flat_mean": models.flat_mean(values, origins, 14, 7),
        "season_mean4": models.same_season_mean(values, origins, 14, 7, 4),
    }
    errors = {name: np.abs(f - actual).mean() for name, f in forecasts.items()}
    assert errors["smoothed"] < 0.8 * min(errors["flat_mean"], errors["season_mean4"])


def test_holt_filter_matches_the_recursion() -> None:
    x = np.random.default_rng(3).poisson(10, size=(2, 50)).astype(float)
    level, trend = smoothing.holt(x, 0.3, 0.1, 0.9)
    now, b = x[:, 0].copy(), np.zeros(2)
    for t in range(50):
        new = 0.3 * x[:, t] + 0.7 * (now + 0.9 * b)
        b = 0.1 * (new - now) + 0.9 * 0.9 * b
        now = new
        np.testing.assert_allclose(level[:, t], now, atol=1e-9)
        np.testing.assert_allclose(trend[:, t], b, atol=1e-9)


# --- intervals and backtests ----------------------------------------------------------------

@pytest.fixture(scope="session")
def scored(counts: pd.DataFrame) -> object:
    return backtest(counts, h=14, n_windows=4)


def test_calibration_widens_aggregates_whose_errors_come_in_runs() -> None:
    rng = np.random.default_rng(0)
    mean = np.full((3, 8, 14), 200.0)
    shift = rng.normal(1.0, 0.25, size=(3, 8, 1))  # every day of a window misses by the same factor
    actual = rng.poisson(mean * shift)
    groups, skip = np.array(["total", "district", "bottom"]), np.array([False, False, True])
    alpha = intervals.dispersion(actual, mean, np.array(["a", "b", "c"])) / 4  # an optimistic start
    widened = intervals.calibrate(actual, mean, alpha, groups, (80, 95), skip)
    assert (widened[:2] > alpha[:2]).all() and widened[2] == alpha[2]
    for row in range(2):
        for level in (80, 95):
            assert intervals.covered(actual[row], mean[row], widened[row], level).mean() >= level / 100
    calm = rng.poisson(mean)
    assert (intervals.calibrate(calm, mean, alpha, groups, (80,), skip) == alpha).all()


def test_backtest_tables(scored: object) -> None:
    assert {"mase", "rmsse", "smape", "pinball", "coverage_80", "coverage_95"} <= set(scored.levels.columns)
    assert set(scored.levels.level) == {"topic/municipality", "municipality", "total"}
    assert len(scored.forecasts) == 4 * 14 * scored.series.unique_id.nunique()


def test_backtest_overall_weighs_each_level_the_same(scored: object) -> None:
    # API.md promises per-series and overall scores; there was no overall row
    overall = scored.overall
    assert len(overall) == 1 and overall.n_series.item() == scored.series.unique_id.nunique()
    for column in ("mase", "smape", "coverage_80"):
        assert overall[column].item() == pytest.approx(scored.levels[column].mean())


class LastSeen:
    """Forecasts zero and records the last day it was trained on (no get_params: used as is, not cloned)."""

    def __init__(self) -> None:
        self.seen: list[pd.Timestamp] = []

    def fit(self, counts: pd.DataFrame) -> LastSeen:
        self.seen.append(counts["ds"].max())
        self.ids, self.last = counts["unique_id"].unique(), counts["ds"].max()
        return self

    def predict(self, h: int) -> pd.DataFrame:
        days = pd.date_range(self.last, periods=h + 1)[1:]
        return pd.DataFrame({"unique_id": np.repeat(self.ids, h), "ds": np.tile(days, len(self.ids)), "mean": 0.0})


def test_backtest_cutoff_is_the_last_training_day() -> None:
    # as statsforecast's cross_validation names it; it was the first forecast day
    forecaster = LastSeen()
    result = backtest(long([[1, 2, 3, 0, 1, 2, 5] * 10]), h=7, n_windows=3, forecaster=forecaster)
    per_window = result.forecasts.groupby("cutoff")["ds"].min()
    assert list(per_window.index) == forecaster.seen
    assert (per_window - per_window.index == pd.Timedelta(days=1)).all()


def test_intervals_are_honest_on_overdispersed_counts(scored: object) -> None:
    coverage = scored.forecasts.eval("lo_80 <= y <= hi_80").mean()
    assert 0.7 <= coverage <= 0.95


def test_beats_seasonal_naive_on_noisy_counts(counts: pd.DataFrame, scored: object) -> None:
    naive = backtest(counts, h=14, n_windows=4, forecaster=TrendForecaster(candidates=("snaive",)))
    assert scored.levels.mase.mean() < naive.levels.mase.mean()


def test_backtest_needs_enough_history() -> None:
    with pytest.raises(InputError, match="history"):
        backtest(long([[1] * 20]), h=14, n_windows=4)


@pytest.mark.parametrize(("params", "words"), [
    ({"n_windows": 0}, "n_windows >= 1"),  # was an IndexError
    ({"step": 0}, "step >= 1"),  # was n_windows copies of one window
    ({"h": 0}, "h >= 1"),
    # True counted as 1 (one window, a step of one period) and h=True failed only in predict
    ({"h": True}, "whole number h >= 1"),
    ({"n_windows": True}, "whole number n_windows >= 1"),
    ({"step": True}, "whole number step >= 1"),
    ({"step": 7.0}, "whole number step >= 1"),
])
def test_backtest_bad_parameters_raise_input_error(params: dict[str, object], words: str) -> None:
    with pytest.raises(InputError, match=words):
        backtest(long([[1, 2, 3, 0, 1, 2, 5] * 10]), **{"h": 7, "n_windows": 2, **params})


# --- anomalies --------------------------------------------------------------------------------

def test_spike_is_flagged_on_its_day(fitted: TrendForecaster, counts: pd.DataFrame) -> None:
    last = counts.ds.max()
    today = pd.DataFrame({"unique_id": ["t0/m0", "t1/m0"], "ds": [last + pd.Timedelta(days=1)] * 2, "y": [60, 5]})
    alerts = fitted.detect_anomalies(today)
    assert alerts.is_anomaly.tolist() == [True, False]
    assert alerts.score.iloc[0] > 3 > alerts.score.iloc[1]


def test_one_appeal_in_a_sparse_series_is_not_an_alert() -> None:
    sparse = long([[0] * 40 + [1] + [0] * 40 + [1, 4]])
    alerts = TrendForecaster().fit(sparse.iloc[:-2]).detect_anomalies(sparse.iloc[-2:])
    assert alerts.is_anomaly.tolist() == [False, True]
    # users rank by score: the lone 1 (expected 0.003, below min_alert) scored 2.57 above the alerting 4 (expected
    # 0.5 from recent_level's shape of the lone appeal 6 weeks before: 2.02); a count that is no alert now scores
    # at most the alert level
    assert alerts.score.iloc[0] < alerts.score.iloc[1]


def test_no_count_that_is_no_alert_scores_above_an_alert() -> None:
    rng = np.random.default_rng(3)
    rows = [rng.poisson(rate, 120).tolist() for rate in (0.02, 0.05, 0.1, 0.3, 1.0, 5.0)]
    counts = long(rows)
    alerts = TrendForecaster().fit(counts).detect_anomalies(counts)
    below = alerts[(alerts.y < 3) & (alerts.y > 0)]
    assert alerts.is_anomaly.any() and len(below)
    assert alerts.score[~alerts.is_anomaly].max() <= alerts.score[alerts.is_anomaly].min()


def test_ordinary_days_rarely_flagged(fitted: TrendForecaster, counts: pd.DataFrame) -> None:
    alerts = fitted.detect_anomalies(counts)
    assert len(alerts) == len(counts) and alerts.is_anomaly.mean() < 0.05
    assert (alerts.expected >= 0).all()


WEEKENDS = np.random.default_rng(0).poisson([20] * 5 + [2, 2], (10, 7)).ravel().tolist()

# (name, history, the next 7 days, which of them are alerts): the floor of the expected count was half the
# quarter's daily mean whatever the weekday, which hid a surge on a quiet or closed one (expected 8.7 on a
# Sunday closed for 10 weeks, 8.1 on a Saturday with 2 a day); it is now the floor of predict's upper bounds
SURGES = [
    ("10 appeals on a Sunday closed for 10 weeks", ([20] * 6 + [0]) * 10, [20] * 6 + [10], [6]),
    ("12 on a Saturday with 2 a day", WEEKENDS, [20, 20, 21, 19, 20, 12, 2], [5]),
    ("1 appeal on that closed Sunday: below min_alert", ([20] * 6 + [0]) * 10, [20] * 6 + [1], []),
    ("a lone appeal after 40 quiet days, then 4", [0] * 40 + [1] + [0] * 40, [1, 4], [1]),
    ("the first days of a new problem", [0] * 20, [3, 4, 5, 6, 7], [0, 1, 2, 3, 4]),
]


@pytest.mark.parametrize(("name", "history", "new", "alerts"), SURGES)
def test_a_surge_on_a_quiet_weekday_is_flagged(name: str, history: list, new: list, alerts: list) -> None:
    counts = long([history + new])
    scored = TrendForecaster().fit(counts.iloc[:len(history)]).detect_anomalies(counts.iloc[len(history):])
    assert np.flatnonzero(scored["is_anomaly"]).tolist() == alerts, name


def test_unseen_series_is_scored_not_dropped(fitted: TrendForecaster) -> None:
    new = long([[1, 2, 1, 0, 3, 2, 1] * 3 + [40]]).assign(unique_id="new")
    alerts = fitted.detect_anomalies(new)
    assert len(alerts) == len(new) and bool(alerts.is_anomaly.iloc[-1])



@pytest.mark.parametrize(
    ("fitted_freq", "new_start", "new_freq", "periods"),
    [
        ("W-MON", "2024-06-02", "W-SUN", 3),  # weeks starting on another weekday
        ("W-MON", "2024-06-04", "D", 5),  # days scored against a weekly fit
        ("D", "2024-06-03", "W-MON", 3),  # weekly counts scored against a daily fit
        ("W-MON", "2023-01-03", "D", 1),  # one day before the history, off its weekly grid
    ],
)
def test_anomalies_off_the_fitted_grid_are_refused(fitted_freq: str, new_start: str, new_freq: str,
                                                    periods: int) -> None:
    # these rows used to land in the wrong column of the joined history and get scored against the wrong day
    history = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-01-01", periods=20, freq=fitted_freq),
                            "y": np.random.default_rng(0).poisson(30, 20)})
    new = pd.DataFrame({"unique_id": "a", "ds": pd.date_range(new_start, periods=periods, freq=new_freq),
                        "y": 500})
    words = "daily counts, as the fitted" if (fitted_freq, new_freq) == ("D", "W-MON") else "grid of the fitted counts"
    with pytest.raises(InputError, match=words):
        TrendForecaster().fit(history).detect_anomalies(new)


def test_days_a_week_apart_against_a_daily_fit_are_not_called_off_the_grid(fitted: TrendForecaster,
                                                                          counts: pd.DataFrame) -> None:
    # they are on the grid (any day is), but read as weekly: the message said "dates off that grid"
    days = counts[counts["unique_id"] == counts["unique_id"].iloc[0]].tail(8).iloc[[0, -1]]
    with pytest.raises(InputError, match="daily counts, as the fitted") as error:
        fitted.detect_anomalies(days)
    assert "off that grid" not in str(error.value)

# --- properties -------------------------------------------------------------------------------

@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(st.lists(st.integers(0, 30), min_size=30, max_size=30), min_size=1, max_size=3),
    drop=st.sets(st.integers(0, 29), max_size=10),
)
def test_property_any_counts_give_finite_ordered_forecasts(values: list[list[int]], drop: set[int]) -> None:
    frame = long(values)
    frame = frame[~(frame.ds - frame.ds.min()).dt.days.isin(drop) | (frame.ds == frame.ds.min())]
    out = TrendForecaster(horizon=7, n_windows=2).fit(frame).predict()
    assert not out.isna().any().any() and _ordered(out)


# --- picture and command ----------------------------------------------------------------------

def test_plot_returns_figure_and_writes_png(fitted: TrendForecaster, tmp_path: object) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "forecast.png"
    figure = fitted.plot(h=14, path=path)
    assert figure.axes and path.read_bytes()[:4] == b"\x89PNG"


def test_forecast_command_reads_excel_csv_with_semicolons_and_russian_dates(tmp_path: object) -> None:
    days = pd.date_range("2024-01-01", periods=60).repeat(2)
    raw = tmp_path / "appeals.csv"
    lines = [f"{d:%d.%m.%Y};heating" for d in days]
    raw.write_text("\ufeffdate;topic\n" + "\n".join(lines) + "\n", encoding="utf-8")
    out = forecast_command(raw, 7, tmp_path / "out.csv")
    assert set(out.unique_id) == {"__total__", "heating"}
    assert out.ds.min() == pd.Timestamp("2024-03-01")  # the day after the last one, read day first


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_forecast_command_on_raw_appeals_and_counts(tmp_path: object, counts: pd.DataFrame, suffix: str) -> None:
    raw = tmp_path / "appeals.csv"
    simulate(n_series=3, days=60).to_csv(raw, index=False)
    out = forecast_command(raw, 7, tmp_path / f"out{suffix}")
    assert {"heating", "t0/m0"} & set(out.unique_id) and (tmp_path / f"out{suffix}").exists()
    counts_path = tmp_path / f"counts{suffix}"
    if suffix == ".csv":
        counts.to_csv(counts_path, index=False)
    else:
        counts.to_parquet(counts_path)
    again = forecast_command(counts_path, 7, tmp_path / "new" / "again.csv", plot_path=tmp_path / "plots" / "p.png")
    assert len(again) == 7 * counts.unique_id.nunique() and (tmp_path / "plots" / "p.png").exists()
    assert (tmp_path / "new" / "again.csv").exists()  # folders that did not exist are made


COUNTS_NO_ID = pd.DataFrame({"ds": pd.date_range("2024-01-01", periods=40).strftime("%Y-%m-%d"),
                             "y": np.random.default_rng(0).poisson(4, 40)})


@pytest.mark.parametrize("extra, ids", [({}, {TOTAL}), ({"unique_id": "a"}, {"a"})])
def test_forecast_command_reads_ds_y_as_one_series_of_counts(tmp_path: object, extra: dict, ids: set) -> None:
    # a ds, y file was read as appeals dated ds, one per row: y was dropped and every day forecast 1.0
    path = tmp_path / "c.csv"
    COUNTS_NO_ID.assign(**extra).to_csv(path, index=False)
    out = forecast_command(path, 7, tmp_path / "out.csv")
    assert set(out.unique_id) == ids and len(out) == 7
    assert 3 < out["mean"].mean() < 5  # the level of y (about 4), not one appeal a day


@pytest.mark.parametrize("extra", [{"topic": "heating"}, {"text": "нет воды"}, {"municipality": "Надым"}])
def test_forecast_command_refuses_ds_y_next_to_appeal_columns(tmp_path: object, extra: dict) -> None:
    path = tmp_path / "c.csv"
    COUNTS_NO_ID.assign(**extra).to_csv(path, index=False)
    with pytest.raises(InputError, match="expected counts unique_id, ds, y, or appeals without a y column"):
        forecast_command(path, 7, tmp_path / "out.csv")


@pytest.mark.parametrize("extra", [{"district": ["a", "b"] * 20}, {"category": "ЖКХ"}])
def test_forecast_command_refuses_ds_y_with_repeated_dates(tmp_path: object, extra: dict) -> None:
    # long counts of two districts without unique_id, or appeals with a year in y: one series with duplicate
    # dates was made of them, and the error named a "__total__" id the user never wrote
    path = tmp_path / "c.csv"
    frame = COUNTS_NO_ID.assign(ds=COUNTS_NO_ID.ds.iloc[:20].repeat(2).to_numpy(), **extra)
    frame.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"expected one row per ds in a ds, y file .* got 20 repeated dates"):
        forecast_command(path, 7, tmp_path / "out.csv")


def test_a_season_of_seven_weeks_is_warned_at_the_callers_line_through_backtest(weekly: pd.DataFrame) -> None:
    # the fixed stacklevel named trends/evaluate.py when backtest fitted the forecaster
    with pytest.warns(UserWarning, match="season of 7 weeks") as caught:
        backtest(weekly, h=2, n_windows=1, forecaster=TrendForecaster(season_length=7))
    assert {Path(w.filename).name for w in caught if "season of 7 weeks" in str(w.message)} == {Path(__file__).name}
