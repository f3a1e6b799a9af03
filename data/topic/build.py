"""Build the topic training data in data/topic from the real corpora (deterministic, fixed seed).

Run: python data/topic/build.py
Writes spb.csv.gz (split train/test) and kursk.csv.gz (fold 0..4). Steps, for each corpus:
map source labels onto taxonomy codes (mapping tables in this folder), drop rows without a code or
with the test label, collapse exact duplicates (majority label wins), then split grouped by the
normalised text (mcu_nlp.normalize) so that no normalised text appears on both sides.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, StratifiedGroupKFold

from mcu_nlp.corpora import load_kursk, load_spb, text_key

HERE = Path(__file__).parent
SEED = 0
TEST_SIZE = 0.2
FOLDS = 5


def group_keys(texts: pd.Series) -> pd.Series:
    """Normalised text (lemmas) as the split group; exact-text identity if normalisation is missing."""
    try:
        from mcu_nlp.normalization import normalize
    except ImportError:
        return texts.map(text_key)
    return texts.map(lambda text: normalize(text) or text_key(text))


def deduplicated(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per exact text (after text_key); its label is the most frequent one among the copies."""
    frame = frame.dropna(subset=["topic"]).query("topic != 'other'").assign(key=lambda f: f["text"].map(text_key))
    frame = frame[frame["key"] != ""]
    votes = frame.groupby(["key", "topic"]).size().rename("votes").reset_index()
    votes = votes.sort_values(["key", "votes", "topic"], ascending=[True, False, True]).drop_duplicates("key")
    first = frame.drop_duplicates("key").drop(columns="topic")
    out = first.merge(votes[["key", "topic", "votes"]], on="key", how="left")
    out["copies"] = out["key"].map(frame["key"].value_counts())
    return out.drop(columns=["key", "votes"]).sort_values("id", kind="stable").reset_index(drop=True)


def build_spb() -> pd.DataFrame:
    frame = deduplicated(load_spb())
    groups = group_keys(frame["text"])
    train, _ = next(GroupShuffleSplit(1, test_size=TEST_SIZE, random_state=SEED).split(frame, groups=groups))
    frame["split"] = "test"
    frame.loc[frame.index[train], "split"] = "train"
    return frame


def fold_numbers(frame: pd.DataFrame, seed: int = SEED) -> np.ndarray:
    """Each row's fold, 0..FOLDS-1: stratified by topic, grouped by normalised text, shuffled by ``seed``.
    ``seed`` 0 is the split kursk.csv.gz was written with; ``benchmarks/topic.py --fold-seeds`` redraws it with others.
    """
    groups = group_keys(frame["text"])
    folds = StratifiedGroupKFold(FOLDS, shuffle=True, random_state=seed)
    out = np.full(len(frame), -1)
    with warnings.catch_warnings():  # small topics get fewer folds than FOLDS: the split stays grouped, deterministic
        warnings.simplefilter("ignore", UserWarning)
        for fold, (_, held) in enumerate(folds.split(frame, frame["topic"], groups)):
            out[held] = fold
    return out


def build_kursk() -> pd.DataFrame:
    frame = deduplicated(load_kursk())
    frame["fold"] = fold_numbers(frame)
    return frame


def main() -> None:
    for name, frame in (("spb", build_spb()), ("kursk", build_kursk())):
        frame.to_csv(HERE / f"{name}.csv.gz", index=False, compression={"method": "gzip", "mtime": 0})
        print(name, len(frame), "rows;", frame["topic"].value_counts().to_dict())


if __name__ == "__main__":
    main()
