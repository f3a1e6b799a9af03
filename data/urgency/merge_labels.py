"""Merge the three first-pass label files into annotations.csv and measure agreement with the blind pass.

Inputs (never edited here): candidates.csv (the 1,600 texts), labels_a/b/c.csv (first pass, rows 1-533,
534-1066, 1067-1600 of candidates.csv), labels_blind.csv (a second, blind pass over blind_subset.csv).
Output: annotations.csv with uid, source, id, created_dt, text, label, signal, annotator, guideline
(``urgency.md@<sha256 prefix>`` of the guideline the labels were made against).

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
PARTS = {"a": (0, 533), "b": (533, 1066), "c": (1066, 1600)}


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


def merge() -> pd.DataFrame:
    candidates = pd.read_csv(HERE / "candidates.csv", dtype=str, keep_default_na=False)
    parts = []
    for name, (start, stop) in PARTS.items():
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
    return merged[["uid", "source", "id", "created_dt", "text", "label", "signal", "annotator", "guideline"]]


def agreement(merged: pd.DataFrame, show: bool) -> None:
    blind = read_labels("blind").rename(columns={"label": "blind", "signal": "blind_signal"})
    both = merged.merge(blind, on="uid", how="inner")
    kappa = cohen_kappa_score(both["label"], both["blind"])
    weighted = cohen_kappa_score(both["label"], both["blind"], labels=LEVELS, weights="linear")
    print(f"blind pass: {len(both)} texts, raw agreement {(both['label'] == both['blind']).mean():.3f}, "
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
    print(out.groupby(["source", "label"]).size().unstack().to_string())
    agreement(out, show="--disagreements" in sys.argv)
