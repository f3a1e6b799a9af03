"""Merge the label files of every round into annotations.csv and measure agreement with the blind passes.

Inputs (never edited here):
- round 1: candidates.csv (1,600 texts), labels_a/b/c.csv (rows 1-533, 534-1066, 1067-1600 of candidates.csv),
  labels_blind.csv (a second, blind pass over blind_subset.csv, 300 texts);
- round 2: candidates_2.csv (700 texts not in round 1), labels_d/e.csv (rows 1-350, 351-700),
  labels_blind_2.csv (a second, blind pass over blind_subset_2.csv, 150 texts).
- round 3: candidates_3.csv (700 texts in neither), labels_f/g.csv (rows 1-350, 351-700), labels_blind_3.csv
  (a blind pass over blind_subset_3.csv, 150 texts); labelled under urgency.md and adjudication.md from the start,
  so no adjudication pass.
- round 4: candidates_4.csv (700 texts in none of them), labels_h/i.csv (rows 1-350, 351-700), labels_blind_4.csv
  (a blind pass over blind_subset_4.csv, 150 texts); as round 3.
- round 5: candidates_5.csv (713 texts in none of them: every Kursk text left, 363, and SPb 350), labels_j/k/l/m.csv
  (rows 1-178, 179-356, 357-534, 535-713), labels_blind_5.csv (a blind pass over blind_subset_5.csv, 150 texts);
  as round 3.
- round 6: candidates_6.csv (700 SPb texts in none of them; Kursk has none left), labels_n/o/p/q.csv (rows 1-175,
  176-350, 351-525, 526-700), labels_blind_6.csv (a blind pass over blind_subset_6.csv, 150 texts); as round 3.
- adjudication: contested.csv (the 514 texts of both rounds that mention a contested hazard, adjudicate.py),
  labels_adj_1/2.csv (a blind pass over them under adjudication.md); the adjudicated label replaces the first one.
Output: annotations.csv with uid, source, id, created_dt, text, label, signal, annotator, guideline
(``urgency.md@<sha256 prefix>`` of the guideline the labels were made against), round (1 to 6), first_label (the
label before adjudication). Round-1 rows come first, in candidates.csv order, as before round 2 existed.

Run: python data/urgency/merge_labels.py [--disagreements]
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score, confusion_matrix

HERE = Path(__file__).parent
GUIDELINE = HERE.parent / "urgency.md"
LEVELS = ["critical", "high", "normal"]
#: round -> (candidates file, {annotator: (first row, stop row)}, blind pass label file)
ROUNDS = {
    1: ("candidates.csv", {"a": (0, 533), "b": (533, 1066), "c": (1066, 1600)}, "blind"),
    2: ("candidates_2.csv", {"d": (0, 350), "e": (350, 700)}, "blind_2"),
    3: ("candidates_3.csv", {"f": (0, 350), "g": (350, 700)}, "blind_3"),
    4: ("candidates_4.csv", {"h": (0, 350), "i": (350, 700)}, "blind_4"),
    5: ("candidates_5.csv", {"j": (0, 178), "k": (178, 356), "l": (356, 534), "m": (534, 713)}, "blind_5"),
    6: ("candidates_6.csv", {"n": (0, 175), "o": (175, 350), "p": (350, 525), "q": (525, 700)}, "blind_6"),
}
COLUMNS = ["uid", "source", "id", "created_dt", "text", "label", "signal", "annotator", "guideline", "round"]
ADJUDICATORS = ("adj_1", "adj_2")


def guideline_version(path: Path = GUIDELINE) -> str:
    return "urgency.md@" + hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def read_labels(name: str) -> pd.DataFrame:
    frame = pd.read_csv(HERE / f"labels_{name}.csv", dtype=str, keep_default_na=False)
    bad = frame[~frame["label"].isin(LEVELS)]
    if len(bad):
        raise SystemExit(f"labels_{name}.csv: labels outside {LEVELS} in rows {bad.index.tolist()[:10]}")
    if frame["uid"].duplicated().any():
        repeated = frame.loc[frame["uid"].duplicated(), "uid"].tolist()[:10]
        raise SystemExit(f"labels_{name}.csv: duplicate uids {repeated}")
    return frame


def merge_round(number: int) -> pd.DataFrame:
    file, parts_of, _ = ROUNDS[number]
    candidates = pd.read_csv(HERE / file, dtype=str, keep_default_na=False)
    parts = []
    for name, (start, stop) in parts_of.items():
        labels = read_labels(name).assign(annotator=name)
        expected = set(candidates["uid"].iloc[start:stop])
        missing, extra = expected - set(labels["uid"]), set(labels["uid"]) - expected
        if missing or extra:
            print(f"labels_{name}.csv: {len(missing)} of its {len(expected)} rows missing, {len(extra)} unexpected",
                  file=sys.stderr)
        parts.append(labels[labels["uid"].isin(expected)])
    labels = pd.concat(parts)
    merged = candidates.merge(labels, on="uid", how="inner", validate="one_to_one")
    merged["guideline"] = guideline_version()
    merged["round"] = str(number)
    return merged[COLUMNS]


def merge() -> pd.DataFrame:
    merged = pd.concat([merge_round(number) for number in ROUNDS], ignore_index=True)
    if merged["uid"].duplicated().any():
        raise SystemExit(f"a text is in both rounds: {merged.loc[merged['uid'].duplicated(), 'uid'].tolist()[:10]}")
    return adjudicate(merged)


def adjudicate(merged: pd.DataFrame) -> pd.DataFrame:
    """The adjudicated label and signal replace the first ones; ``first_label`` keeps what was there before."""
    merged = merged.assign(first_label=merged["label"])
    contested = pd.read_csv(HERE / "contested.csv", dtype=str, keep_default_na=False)
    for name in ADJUDICATORS:
        labels = read_labels(name).set_index("uid")
        expected = set(contested.loc[contested["adjudicator"] == name[-1], "uid"])
        if set(labels.index) != expected:
            raise SystemExit(f"labels_{name}.csv: {len(expected - set(labels.index))} rows missing, "
                             f"{len(set(labels.index) - expected)} unexpected")
        rows = merged["uid"].isin(labels.index)
        for column in ("label", "signal"):
            merged.loc[rows, column] = merged.loc[rows, "uid"].map(labels[column])
        merged.loc[rows, "annotator"] = name
    return merged


def adjudication_report(merged: pd.DataFrame) -> None:
    changed = merged[merged["annotator"].isin(ADJUDICATORS)]
    for number, part in changed.groupby("round"):
        kappa = cohen_kappa_score(part["first_label"], part["label"])
        kept = (part["first_label"] == part["label"]).mean()
        print(f"adjudicated round {number}: {len(part)} texts, first label kept {kept:.3f}, kappa {kappa:.3f}")
        print(pd.crosstab(part["first_label"].rename("first"), part["label"].rename("adjudicated")).to_string())


def agreement(merged: pd.DataFrame, blind_name: str, show: bool) -> None:
    """First pass (before adjudication) against the blind second pass."""
    blind = read_labels(blind_name).rename(columns={"label": "blind", "signal": "blind_signal"})
    first = merged.drop(columns="label").rename(columns={"first_label": "label"})
    both = first.merge(blind, on="uid", how="inner")
    kappa = cohen_kappa_score(both["label"], both["blind"])
    weighted = cohen_kappa_score(both["label"], both["blind"], labels=LEVELS, weights="linear")
    print(f"labels_{blind_name}.csv: {len(both)} texts, raw agreement {(both['label'] == both['blind']).mean():.3f}, "
          f"Cohen's kappa {kappa:.3f} (linear-weighted {weighted:.3f})")
    matrix = pd.DataFrame(confusion_matrix(both["label"], both["blind"], labels=LEVELS),
                          index=[f"first:{x}" for x in LEVELS], columns=[f"blind:{x}" for x in LEVELS])
    print(matrix.to_string())
    if show:
        for row in both[both["label"] != both["blind"]].itertuples():
            print(f"--- {row.uid} first={row.label} blind={row.blind} | {row.signal} | {row.blind_signal} | "
                  f"{row.text[:300]!r}")


if __name__ == "__main__":
    out = merge()
    out.to_csv(HERE / "annotations.csv", index=False)
    print(f"annotations.csv: {len(out)} texts, {out['guideline'].iloc[0]}")
    print(out.groupby(["round", "source", "label"]).size().unstack().to_string())
    adjudication_report(out)
    for number, (_, _, blind_name) in ROUNDS.items():
        print(f"round {number}: ", end="")
        agreement(out[out["round"] == str(number)], blind_name, show="--disagreements" in sys.argv)
