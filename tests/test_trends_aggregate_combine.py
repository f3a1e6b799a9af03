"""Aggregates average the candidates the aggregates' pooled ranking puts first (choice.AGGREGATE_COMBINE)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from mcu_nlp.trends import TrendForecaster, count_series


def appeals(days: int = 200, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2024-01-01", periods=days)
    weekday = np.where(dates.day_of_week < 5, 1.0, 0.5)
    rows = [pd.DataFrame({"date": dates.repeat(rng.poisson((2 + 4 * i) * weekday)), "topic": f"t{i % 2}",
                          "municipality": f"m{i // 2}"}) for i in range(4)]
    return pd.concat(rows, ignore_index=True)


def fitted(**params: object) -> tuple[TrendForecaster, np.ndarray]:
    fc = TrendForecaster(**params).fit(count_series(appeals(), by=("topic", "municipality")))
    return fc, np.asarray(fc.panel_.bottom, dtype=bool)


def sizes(choice: np.ndarray) -> list[int]:
    return sorted({len(c.split("|")) for c in choice})


def test_aggregates_average_the_top_candidates_bottom_series_keep_one() -> None:
    fc, bottom = fitted()
    assert sizes(fc.choice_[~bottom]) == [3] and sizes(fc.choice_[bottom]) == [1]
    out = fc.predict()
    assert np.isfinite(out[["mean", "lo_80", "hi_80", "lo_95", "hi_95"]].to_numpy()).all()


def test_a_larger_combine_is_kept_for_aggregates_too() -> None:
    fc, bottom = fitted(combine=4)
    assert sizes(fc.choice_[~bottom]) == [4] and sizes(fc.choice_[bottom]) == [4]


def test_fewer_candidates_than_the_combination_are_all_averaged() -> None:
    fc, bottom = fitted(candidates=("snaive", "season_mean4"))
    assert set(fc.choice_[~bottom]) == {"season_mean4|snaive"}
    assert sizes(fc.choice_[bottom]) == [1]
