"""The figures of ``benchmarks/topic.py`` and how it prints them: accuracy, macro-F1 and per-class F1, the expected
calibration error and its reliability bins, confusion matrices (printed and saved as PNG), and the Markdown tables of
a run and of ``--fold-seeds``' splits. Nothing here fits a model; ``topic.py`` (and ``topic_errors.py``) score with
these.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

OUT = Path(__file__).parent / "out"
MIN_SUPPORT = 20


def figures(truth: pd.Series, predicted: np.ndarray, confidence: np.ndarray, min_support: int = MIN_SUPPORT) -> dict:
    """Quality figures of ``predicted`` (``confidence``: each answer's probability) against ``truth``; the first
    macro-F1 is over the classes with at least ``min_support`` texts."""
    support = truth.value_counts()
    big = sorted(support[support >= min_support].index)
    present = sorted(support.index)
    per_class = f1_score(truth, predicted, labels=present, average=None, zero_division=0)
    return {
        "accuracy": round(accuracy_score(truth, predicted), 4),
        f"macro_f1_support{min_support}": round(f1_score(truth, predicted, labels=big, average="macro",
                                                         zero_division=0), 4),
        "macro_f1_all": round(f1_score(truth, predicted, labels=present, average="macro", zero_division=0), 4),
        "predicted_other": round(float(np.mean(np.asarray(predicted) == "other")), 4),
        "ece": round(reliability(confidence, np.asarray(predicted) == truth.to_numpy())[0], 4),
        "f1": {label: round(float(v), 3) for label, v in zip(present, per_class)},
        "support": support.to_dict(),
    }


def confusion_png(name: str, truth: pd.Series, predicted: np.ndarray, where: str) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    labels = sorted(set(truth) | set(predicted))
    matrix = confusion_matrix(truth, predicted, labels=labels, normalize="true")
    figure, axes = plt.subplots(figsize=(9, 8))
    axes.imshow(matrix, cmap="Blues", vmin=0, vmax=1)
    axes.set_xticks(range(len(labels)), labels, rotation=90)
    axes.set_yticks(range(len(labels)), labels)
    axes.set_xlabel("predicted")
    axes.set_ylabel("true")
    axes.set_title(f"{name}: {where} (row-normalised)")
    figure.tight_layout()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"topic_confusion_{where}_{name.split()[0].replace('+', '_')}.png"
    figure.savefig(path, dpi=90)
    plt.close(figure)
    return path


def print_confusion(truth: pd.Series, predicted: np.ndarray) -> None:
    labels = sorted(set(truth) | set(predicted))
    matrix = pd.DataFrame(confusion_matrix(truth, predicted, labels=labels), index=labels,
                          columns=[label[:5] for label in labels])
    print(matrix.to_string())


def seeds_table(results: dict, min_support: int = MIN_SUPPORT) -> None:
    """Per model: each split's figures, then their mean and sd (over the splits; 0 for one split), and the per-class
    F1 as mean ± sd."""
    rows = ["accuracy", f"macro_f1_support{min_support}", "macro_f1_all", "predicted_other", "ece"]
    seeds = list(results)
    for name in results[seeds[0]]:
        frame = pd.DataFrame({f"seed {seed}": {r: results[seed][name][r] for r in rows} for seed in seeds})
        per_class = pd.DataFrame({f"seed {seed}": {f"F1 {label}": f1 for label, f1 in results[seed][name]["f1"].items()}
                                  for seed in seeds})
        frame = pd.concat([frame, per_class])
        spread = frame.std(axis=1, ddof=1) if len(seeds) > 1 else frame.iloc[:, 0] * 0
        # a code absent from a split's scored folds (--folds < 5) has no F1 there: mean over the others, sd "."
        frame["mean ± sd"] = [f"{m:.4f} ± {'.' if np.isnan(s) else f'{s:.4f}'}" for m, s in
                              zip(frame.mean(axis=1), spread)]
        print(f"\n### Kursk folds, {name}, fold split seeds {', '.join(map(str, seeds))}\n")
        print("| | " + " | ".join(frame.columns) + " |")
        print("|---" * (len(frame.columns) + 1) + "|")
        for label, row in frame.iterrows():
            print(f"| {label} | " + " | ".join(str(v) for v in row) + " |")


def table(title: str, results: dict, min_support: int = MIN_SUPPORT) -> None:
    names = list(results)
    rows = ["accuracy", f"macro_f1_support{min_support}", "macro_f1_all", "predicted_other", "ece",
            "offtopic_other_low_score", "offtopic_mean_top_score", "offtopic_s58_other_low_score",
            "offtopic_s58_mean_top_score", "fit_s", "predict_texts_per_cpu_s"]
    frame = pd.DataFrame({n: {r: results[n].get(r, "") for r in rows} for n in names})
    frame = frame.loc[[r for r in rows if any(results[n].get(r, "") != "" for n in names)]]
    labels = sorted(results[names[0]]["f1"])
    per_class = pd.DataFrame({n: {f"F1 {label} (n={results[n]['support'][label]})": results[n]["f1"][label]
                                  for label in labels} for n in names})
    print(f"\n### {title}\n")
    frame = pd.concat([frame, per_class])
    print("| | " + " | ".join(frame.columns) + " |")
    print("|---" * (len(frame.columns) + 1) + "|")
    for label, row in frame.iterrows():
        print(f"| {label} | " + " | ".join(str(v) for v in row) + " |")


CONFIDENCE_EDGES = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001)


def reliability(confidence: np.ndarray, right: np.ndarray) -> tuple[float, list[tuple]]:
    """The expected calibration error of the top probabilities ``confidence`` (``right``: whether each answer was
    right), and per bin of ``CONFIDENCE_EDGES`` with texts: its edges, texts, mean probability and accuracy."""
    error, rows = 0.0, []
    for low, high in pairwise(CONFIDENCE_EDGES):
        chosen = (confidence >= low) & (confidence < high)
        if chosen.any():
            error += chosen.mean() * abs(confidence[chosen].mean() - right[chosen].mean())
            rows.append((low, min(high, 1), int(chosen.sum()), confidence[chosen].mean(), right[chosen].mean()))
    return float(error), rows


def print_reliability(confidence: np.ndarray, right: np.ndarray) -> None:
    """Mean top probability vs accuracy per confidence bin, and the expected calibration error."""
    error, rows = reliability(confidence, right)
    print("| top probability | texts | mean probability | accuracy |\n|---|---|---|---|")
    for low, high, texts, mean, accuracy in rows:
        print(f"| {low:.2f}-{high:.2f} | {texts} | {mean:.3f} | {accuracy:.3f} |")
    print(f"\nexpected calibration error: {error:.4f}")
