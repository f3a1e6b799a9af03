"""A series that began a few weeks before the origin, late in a panel: the damped trend reads no ramp into it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, models


@pytest.mark.parametrize(("age", "expected"), [(17, 5.0), (10, 5.0), (24, 5.0)])
def test_the_damped_trend_reads_only_seasons_after_the_first_count(age: int, expected: float) -> None:
    # 5 a day from `age` days before the origin: the 4 season means (0, 2.1, 5, 5 at 17 days) read as a rise of 1.8
    # a season, forecast 7.1 a day; with fewer than four seasons since the first count there is no line (the steady
    # case: the doctest of models.damped_trend)
    values = np.array([[0.0] * (70 - age) + [5.0] * age])
    forecast = models.damped_trend(values, np.array([70]), 14, 7)
    np.testing.assert_allclose(forecast, expected)


def test_a_series_that_began_late_in_a_panel_is_forecast_at_its_level() -> None:
    # beside a series of two years, one of ~5 a day that began 17 days before the end
    days = pd.date_range("2023-06-01", periods=400)
    rng = np.random.default_rng(0)
    late = np.r_[np.zeros(383, int), rng.poisson(5, 17)]
    counts = pd.concat([pd.DataFrame({"unique_id": "old", "ds": days, "y": rng.poisson(20, 400)}),
                        pd.DataFrame({"unique_id": "new", "ds": days, "y": late})])
    forecast = TrendForecaster(candidates=("damped_trend",)).fit(counts).predict(14)
    mean = forecast.loc[forecast["unique_id"] == "new", "mean"].mean()
    assert 0.8 * late[-14:].mean() <= mean <= 1.25 * late[-14:].mean()  # was 1.45 times
