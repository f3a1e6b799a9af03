"""Public holidays and moved days: not ordinary observations of their weekday.

A holiday Monday has the counts of a day off, and a week of New Year holidays pulled the same-weekday
and four-week means 20 % below the ordinary days around them, and forecast the ordinary days after New
Year that low. So the candidates read the history with each holiday and each weekend made a working day
(calendar columns ``holiday``, ``workday``) replaced by the mean of the same weekday over the four seasons
before it (:func:`ordinary`), and a holiday ahead is forecast as the series' level times its holiday
factor (:func:`on_holidays`), learned from its past holidays. Daily counts only (``m > 1``): in weekly
counts a holiday is one day of seven and the global model's holiday-count feature covers it.
"""

from __future__ import annotations

import numpy as np

from mcu_nlp.trends.simple import prefix_sums

HOLIDAY, WORKDAY, OFF = 1, 2, 3  # columns of mcu_nlp.trends.calendar.calendar_features
# pseudo holidays at the prior (the series' off-day share) a series' own past holidays are shrunk to:
# a sparse series has seen too few holiday appeals to tell its factor
PRIOR_DAYS = 5.0


def ordinary(values: np.ndarray, calendar: np.ndarray, m: int) -> np.ndarray:
    """The history with holidays and moved working days replaced by the same weekday's mean of the four
    seasons before (already replaced where those were unusual too); only earlier days are read.

    >>> cal = np.zeros((6, 4)); cal[4, HOLIDAY] = 1
    >>> ordinary(np.array([[4.0, 1, 6, 1, 0, 1]]), cal, 2).tolist()
    [[4.0, 1.0, 6.0, 1.0, 5.0, 1.0]]
    """
    steps = values.shape[1]
    unusual = np.flatnonzero((calendar[:steps, HOLIDAY] > 0) | (calendar[:steps, WORKDAY] > 0))
    if m <= 1 or not unusual.size:
        return values
    clean = np.array(values, dtype=float)
    for t in unusual:  # in time order, so a holiday a season after another reads the replaced value
        back = t - m * np.arange(1, 5)
        back = back[back >= 0]
        if back.size:
            clean[:, t] = clean[:, back].mean(axis=1)
    return clean


def _window_sum(values: np.ndarray, ends: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    sums = prefix_sums(values)
    start = np.maximum(ends - width, 0)
    return sums[:, ends] - sums[:, start], ends - start


def level(clean: np.ndarray, origins: np.ndarray, m: int) -> np.ndarray:
    """Mean of the ordinary history over the four seasons before each origin: ``(n, n_origins)``."""
    total, days = _window_sum(clean, origins, 4 * m)
    return total / np.maximum(days, 1)


def holiday_factor(
    values: np.ndarray, clean: np.ndarray, origins: np.ndarray, calendar: np.ndarray, m: int
) -> np.ndarray:
    """Each series' holiday counts over its level at the time, on holidays before each origin: ``(n, n_origins)``.

    Shrunk to the series' off-day share (weekends over all days, last 8 seasons) with ``PRIOR_DAYS``
    pseudo holidays, since a holiday is a day off.
    """
    steps = values.shape[1]
    days = np.flatnonzero(calendar[:steps, HOLIDAY] > 0)
    before = (days[None, :] < origins[:, None]).astype(float)  # (n_origins, n_holidays)
    seen = values[:, days] @ before.T
    expected = level(clean, days, m) @ before.T
    off = ((calendar[:steps, OFF] > 0) & (calendar[:steps, HOLIDAY] == 0)).astype(float)
    off_total, _ = _window_sum(clean * off, origins, 8 * m)
    off_days, _ = _window_sum(off[None, :], origins, 8 * m)
    all_total, span = _window_sum(clean, origins, 8 * m)
    off_mean, all_mean = off_total / np.maximum(off_days, 1), all_total / np.maximum(span, 1)
    prior = np.divide(off_mean, all_mean, out=np.ones_like(all_mean), where=(all_mean > 0) & (off_days > 0))
    unit = level(clean, origins, m) + 1e-9
    return (seen + PRIOR_DAYS * prior * unit) / (expected + PRIOR_DAYS * unit)


def on_holidays(
    forecasts: dict[str, np.ndarray], values: np.ndarray, clean: np.ndarray, origins: np.ndarray,
    calendar: np.ndarray, m: int,
) -> dict[str, np.ndarray]:
    """``forecasts`` (made from the ordinary history) with holidays ahead set to level times holiday factor.

    >>> cal = np.zeros((30, 4)); cal[[9, 23, 27], HOLIDAY] = 1; cal[1::2, OFF] = 1
    >>> y = np.array([[4.0, 2] * 4 + [4, 1] + [4.0, 2] * 6 + [4, 1] + [4.0, 2]])
    >>> out = on_holidays({"flat": np.full((1, 1, 6), 9.0)}, y, ordinary(y, cal, 2), np.array([24]), cal, 2)
    >>> out["flat"].round(2).tolist()
    [[[9.0, 9.0, 9.0, 1.71, 9.0, 9.0]]]
    """
    holiday = calendar[:, HOLIDAY] > 0
    h = next(iter(forecasts.values())).shape[2] if forecasts else 0
    ahead = holiday[np.minimum(origins[:, None] + np.arange(h)[None, :], len(holiday) - 1)]
    if m <= 1 or not ahead.any():
        return forecasts
    expected = (holiday_factor(values, clean, origins, calendar, m) * level(clean, origins, m))[:, :, None]
    return {name: np.where(ahead[None, :, :], expected, forecast) for name, forecast in forecasts.items()}
