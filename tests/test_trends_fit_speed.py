"""The fit's shortcuts for speed (issue #6, session 22) give the numbers the plain ways give.

The steps of each series read in one pass when the counts come sorted, the panel summed with one bincount, the global
model's training features read at the sampled rows only, its forecasts asked only for the series whose choice reads
them, and one weekday shape shared by the three shaped candidates: each against the plain way, on data where it
matters (shuffled rows, duplicates, missing ids, targets too early for a same-weekday mean, a hierarchy whose choice
holds the global model for some series and not for others).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.trends import TrendForecaster, count_series, models
from mcu_nlp.trends.global_model import global_features
from mcu_nlp.trends.panel import _own_steps, infer_freq, to_panel
from mcu_nlp.trends.simple import same_season_mean, same_season_mean_at


def plain_steps(dates: pd.DatetimeIndex, ids: list[object]) -> list[int]:
    """The steps between each series' consecutive distinct dates, as pandas reads them (the code before)."""
    pairs = pd.DataFrame({"id": np.asarray(ids, dtype=object), "ds": np.asarray(dates)}).drop_duplicates()
    pairs = pairs.sort_values(["id", "ds"], kind="stable")
    same = pairs["id"].eq(pairs["id"].shift()).to_numpy()
    return sorted((pairs["ds"].diff().to_numpy()[same] / np.timedelta64(1, "D")).astype(np.int64).tolist())


@pytest.mark.parametrize("seed", range(6))
def test_own_steps_equal_the_plain_reading_sorted_or_not(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 300
    ids = rng.choice(["Кировский", "Невский", "Центральный", None], size=n).tolist()
    dates = pd.DatetimeIndex(
        pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 60, n) * 7 ** (seed % 2), unit="D")
    )
    codes = pd.factorize(np.asarray(ids, dtype=object))[0]
    named = codes >= 0  # a missing id is no series (check_counts refuses them before any panel)
    expected = plain_steps(dates[named], [i for i in ids if i is not None])
    assert sorted(_own_steps(dates, codes).tolist()) == expected
    order = np.lexsort((dates.values, codes))  # sorted by series and date: the one-pass reading
    assert sorted(_own_steps(dates[order], codes[order]).tolist()) == expected


def test_infer_freq_reads_shuffled_counts_as_sorted_ones() -> None:
    days = pd.date_range("2024-01-01", periods=40)
    frame = pd.DataFrame({"unique_id": np.repeat(["а", "б"], 40), "ds": np.tile(days, 2)})
    weekly = frame[frame["ds"].dt.day_of_week == 0]
    for counts, freq in ((frame, "D"), (weekly, "W")):
        shuffled = counts.sample(frac=1.0, random_state=1)
        assert infer_freq(pd.DatetimeIndex(counts["ds"]), counts["unique_id"]) == freq
        assert infer_freq(pd.DatetimeIndex(shuffled["ds"]), shuffled["unique_id"]) == freq


def test_panel_of_shuffled_counts_sums_as_add_at() -> None:
    rng = np.random.default_rng(2)
    days = pd.date_range("2024-01-01", periods=50)
    counts = pd.DataFrame(
        {"unique_id": np.repeat(["в", "а", "б"], 50), "ds": np.tile(days, 3), "y": rng.poisson(4, 150)}
    ).sample(frac=1.0, random_state=3)
    panel = to_panel(counts)
    codes = pd.factorize(counts["unique_id"], sort=True)[0]
    expected = np.zeros((3, 50))
    np.add.at(expected, (codes, (counts["ds"] - days[0]).dt.days.to_numpy()), counts["y"].to_numpy(dtype=float))
    assert panel.ids.tolist() == ["а", "б", "в"] and panel.freq == "D"
    assert np.array_equal(panel.values, expected)


def values_and_origins() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(4)
    values = rng.poisson(rng.uniform(0.2, 30, (12, 1)), (12, 420)).astype(float)
    values[3, :200] = 0.0  # a late first count
    return values, np.array([10, 30, 90, 200, 380])  # targets too early for 8 (or any) past weekdays among them


def test_same_season_mean_at_rows_is_the_full_ones_rows() -> None:
    values, origins = values_and_origins()
    h, m = 14, 7
    rows = np.unravel_index(np.arange(len(values) * len(origins) * h), (len(values), len(origins), h))
    for seasons in (1, 4, 8):
        full = same_season_mean(values, origins, h, m, seasons)
        assert np.array_equal(same_season_mean_at(values, origins, h, m, seasons, rows), full.reshape(-1))


def test_global_features_at_sampled_rows_are_the_full_ones_rows() -> None:
    values, origins = values_and_origins()
    h, m = 14, 7
    calendar = np.random.default_rng(5).integers(0, 2, (values.shape[1] + h, 4)).astype(float)
    full = global_features(values, origins, h, m, calendar)
    picked = np.random.default_rng(6).choice(full.shape[0], 500, replace=False)
    rows = np.unravel_index(picked, (len(values), len(origins), h))
    assert np.array_equal(global_features(values, origins, h, m, calendar, rows), full[picked], equal_nan=True)


def test_shaped_candidates_with_a_shared_shape_are_unchanged() -> None:
    values, origins = values_and_origins()
    first = models.first_count(values)
    shape = models.season_shape(values, origins, 14, 7, first)
    for core in (models.recent_level, models.damped_trend, models.smoothed_level):
        assert np.array_equal(core(values, origins, 14, 7, first, shape=shape), core(values, origins, 14, 7, first))


def hierarchy() -> pd.DataFrame:
    rng = np.random.default_rng(8)
    days = pd.date_range("2024-01-01", periods=260)
    rows = []
    for district, size in (("Северный", 14), ("Южный", 3), ("Западный", 0.4)):
        for topic, share in (("дороги", 0.6), ("вода", 0.3), ("мусор", 0.1)):
            rate = size * share * (1 + 0.5 * (days.day_of_week < 5)) * (1 + 0.3 * np.sin(np.arange(260) / 20))
            for day, count in zip(days, rng.poisson(rate)):
                rows += [{"topic": topic, "district": district, "ds": day}] * int(count)
    return count_series(pd.DataFrame(rows), by=("topic", "district"), date_column="ds")


def test_global_forecasts_only_where_chosen_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = hierarchy()
    fast = TrendForecaster(horizon=14).fit(counts)
    chosen = fast._global_rows()
    assert chosen.any() and not chosen.all()  # some series read the global model and some do not
    monkeypatch.setattr(TrendForecaster, "_global_rows", lambda self: np.ones(len(self.choice_), dtype=bool))
    plain = TrendForecaster(horizon=14).fit(counts)
    assert np.array_equal(fast.choice_, plain.choice_) and np.array_equal(fast.alpha_, plain.alpha_)
    pd.testing.assert_frame_equal(fast.predict(14), plain.predict(14), check_exact=True)


def test_global_for_no_series_asks_the_model_nothing() -> None:
    values, origins = values_and_origins()

    class Untouchable:
        def predict(self, features: np.ndarray) -> np.ndarray:
            raise AssertionError("asked")

    out = models.global_for(Untouchable(), values, origins, 14, 7, np.zeros((450, 4)), np.zeros(12, dtype=bool))
    assert out.shape == (12, 5, 14) and not out.any()
