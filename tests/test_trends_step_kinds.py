"""How counts' dates are read (review s19 #5, #14, #17): weekly series of two adjacent weekdays were fit as daily
counts (287 on Mondays and 0 on the other six days), a rare topic's rows only on days with an appeal (steps of 2 to
13 days) were refused, and a missing unique_id raised a raw IndexError under pandas 3 (2.3 made a series "None")."""

import pandas as pd
import pytest

from mcu_nlp import TrendForecaster, backtest
from mcu_nlp.errors import InputError

MONDAYS = pd.date_range("2024-01-01", periods=20, freq="7D")


@pytest.mark.parametrize("offset", [1, 6], ids=["Monday and Tuesday", "Monday and Sunday (resample('W'))"])
def test_weekly_series_of_adjacent_weekdays_are_refused(offset) -> None:
    weekly = pd.concat([pd.DataFrame({"unique_id": "район А", "ds": MONDAYS, "y": 287}),
                        pd.DataFrame({"unique_id": "район Б", "ds": MONDAYS + pd.Timedelta(days=offset), "y": 150})])
    with pytest.raises(InputError, match="weekly series"):
        TrendForecaster().fit(weekly)


def test_weekly_series_of_one_weekday_stay_weekly() -> None:
    weekly = pd.concat([pd.DataFrame({"unique_id": u, "ds": MONDAYS, "y": y}) for u, y in (("А", 287), ("Б", 150))])
    forecast = TrendForecaster().fit(weekly).predict(2)
    assert forecast["ds"].diff().dropna().max() == pd.Timedelta(days=7)


def test_a_rare_topic_with_rows_only_on_days_with_an_appeal_is_daily() -> None:
    gaps = [3, 9, 12, 8, 5, 10, 7, 11, 4, 13, 6, 9, 8, 10, 2, 12, 9, 11, 8, 10]
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta([0, *pd.Series(gaps).cumsum()], unit="D")
    sparse = pd.DataFrame({"unique_id": "газ", "ds": days, "y": 1})
    with pytest.warns(UserWarning, match="count as 0"):
        forecast = TrendForecaster().fit(sparse).predict(7)
    assert len(forecast) == 7 and forecast["mean"].between(0, 1).all()


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_a_missing_unique_id_is_refused_with_a_way_out(missing) -> None:
    counts = pd.DataFrame({"unique_id": [missing] * 30, "ds": pd.date_range("2024-01-01", periods=30), "y": 3})
    for run in (lambda: TrendForecaster().fit(counts), lambda: backtest(counts, h=7, n_windows=1)):
        with pytest.raises(InputError, match=r"a unique_id on every row.*fillna"):
            run()
