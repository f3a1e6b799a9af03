"""Choose the annotated texts of contested hazards for one more, blind labelling pass (see adjudication.md).

Chosen by what the text mentions, never by its earlier labels; shuffled (fixed seed) so both rounds and both
corpora are mixed, then cut in two halves, one per adjudicator (labels_adj_1.csv, labels_adj_2.csv).
Run: python data/urgency/adjudicate.py   (writes contested.csv)
"""

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
SEED = 21
#: sinkholes, manholes and wells, trees and branches, icicles and ice slabs, wires and cables, façades and collapses
CONTESTED = r"провал|просел|просад|люк|колод|дерев|ветк|сосул|глыб|провод|кабел|штукатур|обруш|отвал|падают|падает"


def select(annotations: pd.DataFrame) -> pd.DataFrame:
    chosen = annotations[annotations["text"].str.lower().str.contains(CONTESTED, regex=True)]
    chosen = chosen.sample(frac=1.0, random_state=SEED).reset_index(drop=True)
    half = (len(chosen) + 1) // 2
    chosen["adjudicator"] = ["1"] * half + ["2"] * (len(chosen) - half)
    return chosen[["uid", "source", "created_dt", "text", "adjudicator"]]


if __name__ == "__main__":
    annotations = pd.read_csv(HERE / "annotations.csv", dtype=str, keep_default_na=False)
    contested = select(annotations)
    contested.to_csv(HERE / "contested.csv", index=False)
    print(contested.groupby(["adjudicator", "source"]).size().unstack().to_string())
