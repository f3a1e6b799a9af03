"""benchmarks/forecast.py --ours --drop-last 0,35,...: TrendForecaster's level rows at several periods, the view
trends changes are judged on (base against candidate), from the repository rather than a scratch script."""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, backtest, count_series


@pytest.fixture(scope="module")
def bench(script):
    return script("benchmarks/forecast.py")


def counts(days: int = 110) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    dates = pd.date_range("2024-01-01", periods=days)
    weekday = np.where(dates.day_of_week < 5, 1.0, 0.4)
    rows = [pd.DataFrame({"date": dates.repeat(rng.poisson((3 + 5 * i) * weekday)), "topic": f"t{i}",
                          "district": f"d{i // 2}"}) for i in range(4)]
    return count_series(pd.concat(rows, ignore_index=True), by=("topic", "district"))


def test_several_periods_are_read_comma_separated(bench) -> None:
    assert bench.days_list("0,35, 63") == [0, 35, 63]
    assert bench.days_list("7") == [7]
    for bad in ("7,x", "-7", ""):
        with pytest.raises(argparse.ArgumentTypeError):
            bench.days_list(bad)


def test_our_rows_at_a_period_are_the_backtest_of_the_counts_before_it(bench, capsys) -> None:
    data = counts()
    table = bench.ours("toy", bench._before(data, 7), None, 7)
    expected = backtest(bench._before(data, 7), h=bench.H, n_windows=bench.WINDOWS,
                        forecaster=TrendForecaster(horizon=bench.H, levels=bench.LEVELS)).levels
    assert table["level"].tolist() == expected["level"].tolist() == ["district", "topic/district", "total"]
    assert np.allclose(table["mase"], expected["mase"]) and np.allclose(table["coverage_80"], expected["coverage_80"])
    assert (table["drop"] == 7).all() and (table["data"] == "toy").all() and (table["cpu"] >= 0).all()
    printed = capsys.readouterr().out
    assert "coverage_95" in printed and "toy" in printed
