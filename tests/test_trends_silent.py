"""A series silent for longer than the history the candidates read (models.trim): its old zeros are observations."""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.trends import models

T = 700  # the candidates keep about 15 months (a year and 14 weeks) before the earliest origin


def panel(last: int) -> tuple[np.ndarray, np.ndarray]:
    values = np.zeros((2, T))
    values[0, [10, T - last]] = 1  # one appeal early on, then silence, then one `last` days before the origin
    values[1] = np.random.default_rng(0).poisson(5, T)
    calendar = np.zeros((T + 14, 4))
    calendar[:, 0] = np.arange(T + 14) % 7
    return values, calendar


@pytest.mark.parametrize("last", [1, 3, 6, 10, 30])
@pytest.mark.parametrize("name", ["recent_level", "damped_trend", "smoothed"])
def test_the_candidates_forecast_as_from_the_whole_history(name: str, last: int) -> None:
    # trim drops history no candidate needs, so it must not change a forecast: it cut the early appeal, the late one
    # became the series' first, and the weekdays not seen since it read as unknown (shape 1): recent_level forecast
    # 0.14 on each of them and 0.43 on the appeal's weekday 3 days after it, the whole history 0 and 1
    values, calendar = panel(last)
    origins = np.array([T])
    kept = models.candidates(values, origins, 7, 7, calendar, None)[name]
    whole = models.SIMPLE[name](values, origins, 7, 7)
    np.testing.assert_allclose(kept, whole, atol=1e-12)
