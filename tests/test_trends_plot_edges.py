"""TrendForecaster.plot's edge cases (session 15's walkthrough): an unknown series is refused naming it, not drawn
as an empty panel; ``history=0`` draws the forecast alone (pandas failed: "All arrays must be of the same
length"), a negative history is refused."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.trends import TrendForecaster

pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def fitted() -> TrendForecaster:
    dates = pd.date_range("2024-01-01", periods=120)
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"unique_id": np.repeat(["Пермь", "Соликамск"], len(dates)), "ds": np.tile(dates, 2),
                          "y": rng.poisson(20, 2 * len(dates))})
    return TrendForecaster(horizon=7, n_windows=2).fit(frame)


def test_an_unknown_series_is_refused_naming_it(fitted: TrendForecaster) -> None:
    with pytest.raises(InputError, match="Кунгур") as error:
        fitted.plot(unique_ids=["Пермь", "Кунгур"])
    assert isinstance(error.value, ValueError) and "Пермь'" not in str(error.value)


def test_history_zero_draws_the_forecast_alone(fitted: TrendForecaster) -> None:
    figure = fitted.plot(unique_ids=["Пермь"], history=0)
    lines = figure.axes[0].get_lines()
    assert [len(line.get_xdata()) for line in lines] == [0, 7]  # no history, 7 forecast periods


def test_history_is_drawn_as_asked(fitted: TrendForecaster) -> None:
    figure = fitted.plot(unique_ids=["Пермь"], history=30)
    assert [len(line.get_xdata()) for line in figure.axes[0].get_lines()] == [30, 7]


@pytest.mark.parametrize("history", [-1, 2.5, "30"])
def test_a_history_that_is_no_count_is_refused(fitted: TrendForecaster, history: object) -> None:
    with pytest.raises(InputError, match="history"):
        fitted.plot(history=history)
