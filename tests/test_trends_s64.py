"""Session 64: detect_anomalies' sparse window means from running sums (no series x 64 x 56 arrays), bit for bit the
same; monthly (and every-N-weeks) counts refused by fit, detect_anomalies, backtest and count_series instead of being
read as days (or weeks) with empty ones between."""

from __future__ import annotations

import tracemalloc
import warnings

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.errors import InputError, McuNlpWarning
from mcu_nlp.trends import TrendForecaster, anomalies, backtest, count_series
from mcu_nlp.trends.panel import infer_freq


def sparse_mean_s63(values, cols, first, m):
    """Session 63's _sparse_mean (the arrays of series x cols x 8 seasons' days), the reference."""
    span = anomalies.SPARSE_SEASONS * m
    back = cols[:, None] - span + np.arange(span)[None, :]
    seen = back[None, :, :] >= first[:, None, None]
    recent = np.where(seen, values[:, np.maximum(back, 0)], 0.0)
    total = recent.reshape(*recent.shape[:2], anomalies.SPARSE_SEASONS, m).sum(axis=2)
    count = seen.reshape(*seen.shape[:2], anomalies.SPARSE_SEASONS, m).sum(axis=2).astype(float)
    level = total.sum(axis=2) / np.maximum(count.sum(axis=2), 1)
    half, stop = span - (anomalies.SPARSE_SEASONS // 2 + 1) * m, span - m
    late = recent[:, :, half:stop].sum(axis=2) / np.maximum(seen[:, :, half:stop].sum(axis=2), 1)
    return level, np.maximum(level, late) * anomalies._weekday_shape(total, count)[:, :, 0]


# --- defect 1: the same numbers, without the large arrays ----------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("m", [1, 7])
def test_sparse_mean_bit_equal_to_session_63(seed, m):
    rng = np.random.default_rng(seed)
    n, steps = 12, int(rng.integers(5, 150))
    values = rng.poisson(rng.choice([0.1, 0.5, 3.0, 40.0]), (n, steps)).astype(float)
    values[rng.random((n, steps)) < 0.3] = 0
    first = np.where(rng.random(n) < 0.2, steps, rng.integers(0, steps, n))  # some series of zeros (first = T)
    cols = np.sort(rng.integers(0, steps, int(rng.integers(1, 70))))  # early cols too: windows cut at day 0
    for new, old in zip(anomalies._sparse_mean(values, cols, first, m), sparse_mean_s63(values, cols, first, m)):
        assert np.array_equal(new, old)


def test_sparse_mean_builds_no_series_by_window_arrays():
    """A chunk of 64 cols over 1,000 series: session 63's arrays were 1,000 x 64 x 56 floats (28.7 MB each; its peak
    here 61 MB), now 1,000 x 64 x 8 (15 MB at most)."""
    rng = np.random.default_rng(0)
    values = rng.poisson(0.3, (1000, 400)).astype(float)
    cols, first = np.arange(300, 364), np.zeros(1000, dtype=int)
    tracemalloc.start()
    anomalies._sparse_mean(values, cols, first, 7)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20e6


def hierarchy(days: int = 150, seed: int = 5) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ds = pd.date_range("2024-01-01", periods=days)
    rows = [pd.DataFrame({"unique_id": f"t{i}/town", "ds": ds, "y": rng.poisson(rate * (1 + (ds.day_of_week < 5)))})
            for i, rate in enumerate((0.05, 0.2, 0.6, 3.0, 12.0))]
    counts = pd.concat(rows, ignore_index=True)
    counts.loc[counts.sample(6, random_state=seed).index, "y"] += 9  # a few spikes
    total = counts.groupby("ds", as_index=False).y.sum().assign(unique_id="town")
    return pd.concat([counts.assign(level="topic/town"), total.assign(level="town")], ignore_index=True)


@pytest.mark.parametrize("drops", [False, True])
def test_detect_anomalies_equal_to_session_63(monkeypatch, drops):
    counts = hierarchy()
    fitted = TrendForecaster().fit(counts)
    new = fitted.detect_anomalies(counts, drops=drops)
    monkeypatch.setattr(anomalies, "_sparse_mean", sparse_mean_s63)
    pd.testing.assert_frame_equal(new, fitted.detect_anomalies(counts, drops=drops), check_exact=True)


# --- defect 2: months (and steps of several weeks) are no days ------------------------------------------------


def series(dates: pd.DatetimeIndex, uid: str = "a", level: int = 300) -> pd.DataFrame:
    return pd.DataFrame({"unique_id": uid, "ds": dates, "y": np.random.default_rng(0).poisson(level, len(dates))})


COARSE = [  # dates, what the error names
    (pd.date_range("2021-01-01", periods=36, freq="MS"), "monthly dates (each a month's first day, 2021-01-01"),
    (pd.date_range("2021-01-01", periods=36, freq="ME"), "monthly dates (each a month's last day"),
    (pd.date_range("2021-01-01", periods=36, freq="MS").delete([4, 5, 17]), "monthly dates"),  # months without a row
    (pd.date_range("2021-01-01", periods=12, freq="QS"), "quarterly dates"),
    (pd.date_range("2015-01-01", periods=6, freq="YS"), "yearly dates"),
    (pd.date_range("2021-01-04", periods=40, freq="2W-MON"), "dates every 2 weeks"),
    (pd.date_range("2021-01-03", periods=30, freq="4W-SUN"), "dates every 4 weeks"),
]


@pytest.mark.parametrize(("dates", "named"), COARSE)
def test_fit_refuses_periods_longer_than_a_week(dates, named):
    with warnings.catch_warnings():
        warnings.simplefilter("error", McuNlpWarning)  # refused before any "count as 0" warning
        with pytest.raises(InputError, match="expected daily or weekly dates") as error:
            TrendForecaster().fit(series(dates))
    assert isinstance(error.value, ValueError)
    fill = "resample('7D').sum()" if "weeks" in named else "resample('D').sum()"
    assert named in str(error.value) and fill in str(error.value)
    with pytest.raises(InputError, match=named.replace("(", r"\(")):
        backtest(series(dates), h=2, n_windows=1)


def test_monthly_series_among_others_refused():
    months = pd.date_range("2021-01-01", periods=24, freq="MS")
    counts = pd.concat([series(months, "a"), series(months[::2], "b", 40)], ignore_index=True)
    with pytest.raises(InputError, match="monthly dates"):
        TrendForecaster().fit(counts)


def test_detect_anomalies_refuses_monthly_counts_on_a_daily_fit():
    counts = hierarchy()
    fitted = TrendForecaster().fit(counts)
    months = pd.date_range("2024-01-01", "2024-05-01", freq="MS")
    with pytest.raises(InputError, match="monthly dates"):
        fitted.detect_anomalies(series(months, "t3/town", 60))


@pytest.mark.parametrize("freq", ["D", "W"])
def test_count_series_refuses_rows_dated_by_month(freq):
    rows = pd.DataFrame({"date": np.repeat(pd.date_range("2024-01-01", periods=12, freq="MS").strftime("%d.%m.%Y"),
                                           20), "topic": "heating", "municipality": "Надым"})
    seen = r"monthly dates \(each a month's first day, 2024-01-01 .. 2024-12-01\)"
    with pytest.raises(InputError, match=seen) as err:
        count_series(rows, freq=freq)
    # the way out it names runs on the rows as a CSV gives them, text dates (the review: `.dt` raised on them)
    hint = str(err.value).rsplit("count the rows by month: ", 1)[1]
    assert eval(hint, {"pd": pd, "frame": rows}).tolist() == [20] * 12


# --- controls: what was read as days or weeks still is --------------------------------------------------------


CONTROLS = [  # dates of one series, the frequency read
    (pd.DatetimeIndex(["2024-01-01", "2024-01-04", "2024-01-13", "2024-02-01", "2024-03-01"]), "D"),  # rare topic
    (pd.date_range("2024-01-01", periods=30, freq="D")[[0, 2, 4, 7, 9, 11, 14, 16, 18]], "D"),  # Mon/Wed/Fri office
    (pd.date_range("2024-01-07", periods=30, freq="W-SUN"), "W"),  # pandas' weekly label, Sundays
    (pd.date_range("2024-01-01", periods=30, freq="W-MON")[[0, 1, 3, 6, 7, 9, 12]], "W"),  # weeks without a row
    (pd.DatetimeIndex(["2024-01-01", "2024-01-15", "2024-01-29"]).append(pd.date_range("2024-02-05", periods=9,
                                                                                       freq="W-MON")), "W"),
]


@pytest.mark.parametrize(("dates", "freq"), CONTROLS)
def test_days_and_weeks_with_gaps_read_as_before(dates, freq):
    assert infer_freq(dates) == freq
    counts = series(dates, level=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", McuNlpWarning)  # the "count as 0" warning, as before
        fitted = TrendForecaster(horizon=2).fit(counts)
    assert fitted.panel_.freq == freq
    assert len(fitted.predict(2)) == 2


def test_two_month_starts_read_as_before():
    """Too few to say months: two series of one date each are days, as before; one series' 31-day step is refused
    as before, by the steady-step rule."""
    assert infer_freq(pd.DatetimeIndex(["2024-01-01", "2024-02-01"]), ["a", "b"]) == "D"
    with pytest.raises(InputError, match="got a step of 31 days; give each day its row"):
        infer_freq(pd.DatetimeIndex(["2024-01-01", "2024-02-01"]))


def test_sparse_daily_series_on_month_starts_beside_a_daily_one():
    """A municipality with appeals only on some days (all month starts) beside a daily series: days, with gaps."""
    days = pd.date_range("2024-01-01", periods=120)
    counts = pd.concat([series(days, "busy", 20), series(days[days.day == 1], "rare", 2)], ignore_index=True)
    with pytest.warns(McuNlpWarning, match=r"days without a row in 1 of 2 series count as 0"):
        fitted = TrendForecaster().fit(counts)
    assert fitted.panel_.freq == "D" and fitted.panel_.values.shape == (2, 120)


def test_monthly_dates_zero_filled_are_daily_counts():
    """The error's way out for daily counts of the days with appeals: the days between given their rows of 0."""
    counts = series(pd.date_range("2024-01-01", periods=6, freq="MS"), level=2)
    daily = counts.set_index("ds").groupby("unique_id").y.resample("D").sum().reset_index()
    assert TrendForecaster().fit(daily).panel_.freq == "D" and len(daily) == 153


def test_count_series_of_days_including_month_starts_unchanged():
    dates = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-03-02"]
    out = count_series(pd.DataFrame({"date": dates, "topic": "roads", "municipality": "Азов"}))
    assert out[out.level == "total"].y.sum() == 4 and out.ds.nunique() == 62
