"""The shipped topic model's region rows (issue #3, session 26): the topic labels of the READ blind sets, weighted, with
the CHECK sets and the SPb test split kept out, so that their figures stay held-out figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcu_nlp.corpora import data_dir, load_hand_written, load_topic_data, text_key
from mcu_nlp.topic import training
from mcu_nlp.topic.training import (
    CHECK_SETS,
    REGION_HOUSE_CODES,
    REGION_HOUSE_WEIGHT,
    REGION_SETS,
    REGION_WEIGHT,
    hand_written,
    region_rows,
    training_data,
)


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return region_rows()


def test_no_check_set_is_a_region_set() -> None:
    assert not set(CHECK_SETS) & set(REGION_SETS)


def test_no_region_row_is_a_check_or_spb_test_text(rows: pd.DataFrame) -> None:
    where = data_dir() / "topic"
    check = pd.concat([pd.read_csv(where / f"blind{n}.csv", dtype=str) for n in CHECK_SETS])
    spb, _ = load_topic_data()
    held = {text_key(t) for t in [*check["text"], *spb.loc[spb["split"] == "test", "text"]]}
    assert not {text_key(t) for t in rows["text"]} & held
    read = sum(len(pd.read_csv(where / f"blind{n}.csv", dtype=str)) for n in REGION_SETS)
    later = pd.concat([pd.read_csv(where / f"blind{n}.csv", dtype=str) for n in training.REGION_SETS_WITHOUT_HOUSE])
    read += int((~later["topic"].isin(REGION_HOUSE_CODES)).sum())  # session 59's T59: without their house codes
    assert 0.95 * read < len(rows) < read  # a few dropped (36 in session 26), not whole sets


def test_the_house_codes_weigh_less(rows: pd.DataFrame) -> None:
    house = rows["topic"].isin(REGION_HOUSE_CODES)
    assert house.any() and (~house).any()
    assert set(rows.loc[house, "weight"]) == {REGION_HOUSE_WEIGHT}
    assert set(rows.loc[~house, "weight"]) == {REGION_WEIGHT}


def test_training_data_lines_up_texts_topics_and_weights(rows: pd.DataFrame) -> None:
    texts, topics, weights = training_data()
    seeds = load_hand_written()
    spb, kursk = load_topic_data()
    n_real = int((spb["split"] == "train").sum()) + len(kursk)
    assert len(texts) == len(topics) == len(weights) == n_real + len(seeds) + len(rows)
    assert (weights[: n_real + len(seeds)] == 1.0).all()
    np.testing.assert_array_equal(weights[n_real + len(seeds):], rows["weight"].to_numpy())
    assert texts[n_real + len(seeds):] == rows["text"].tolist()
    without = training_data(seeds=False)
    assert len(without[0]) == n_real and (without[2] == 1.0).all()


def test_hand_written_rows_are_seeds_then_region_rows(rows: pd.DataFrame) -> None:
    extra = hand_written()
    assert list(extra.columns) == ["text", "topic", "weight"]
    assert len(extra) == len(load_hand_written()) + len(rows)


def test_train_default_fits_with_the_weights(monkeypatch, tmp_path) -> None:
    seen = {}

    class Fitted:
        def fit(self, texts, topics, sample_weight=None):
            seen["n"], seen["weights"] = len(texts), sample_weight
            raise RuntimeError("stop before minutes of fitting")

    monkeypatch.setattr(training, "default_classifier", lambda seed, data_dir: Fitted())
    with pytest.raises(RuntimeError, match="stop before"):
        training.train_default(tmp_path / "m.joblib")
    assert seen["weights"] is not None and len(seen["weights"]) == seen["n"]
    assert (seen["weights"] < 1).sum() > 2000  # the region rows
