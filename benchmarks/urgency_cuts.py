"""Urgency: what a control centre gets if it reads `critical` at its own cut of P(critical); prints markdown tables.

The shipped model calls `critical` at its recall-tuned threshold (``critical_threshold_``) or by its decision's cuts;
a desk that wants fewer false alarms, or more recall, can read ``predict_proba``'s critical column at a cut of its own
(docs/urgency.md, "Choosing your own cut"). For each cut: the share of texts flagged, critical precision, recall and
F1, on

1. the held-out 25 % of data/urgency/annotations.csv (``holdout_split``, seed 0), by the hybrid fitted on the rest as
   ``benchmarks/urgency.py`` fits it (with its triage);
2. the hand-written appeals of other regions no model was fitted on (blind47.. onwards; the shipped model, whose first
   model learned from the annotations only and whose triage from blind12..46), as one set.

The first row is the model's own ``predict`` (its decision), for comparison. Under each table, the false alarms of
that decision: how many are labelled high and hold a critical lexicon signal (a hazard the annotators judged high),
and the median P(critical) of the false alarms and of the true hits. Run:
    python benchmarks/urgency_cuts.py [--seed 0]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
import pandas as pd

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency import holdout_split, level_scores, read_annotations
from mcu_nlp.urgency.training import DEV_BLIND_SETS, fitted, read_dev_blind

ROOT = Path(__file__).resolve().parents[1]
CUTS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def untrained_blind_sets() -> pd.DataFrame:
    """Every ``data/topic/blind<N>.csv`` past the dev sets (N > max(DEV_BLIND_SETS)), as one frame."""
    numbered = {int(m.group(1)): p for p in ROOT.glob("data/topic/blind*.csv")
                if (m := re.fullmatch(r"blind(\d+)", p.stem))}
    return pd.concat([pd.read_csv(numbered[n], dtype=str, keep_default_na=False) for n in sorted(numbered)
                      if n > max(DEV_BLIND_SETS)], ignore_index=True)


def table(title: str, texts: list[str], truth: np.ndarray, critical: np.ndarray, predicted: np.ndarray,
          threshold: float) -> str:
    """Rows: the model's own answers, then each cut of P(critical); then what its false alarms are."""
    positive = truth == "critical"
    lines = [f"### {title} (n={len(truth)}, critical {positive.sum()})", "",
             "| read as critical | flagged | crit P | crit R | crit F1 |", "|---|---|---|---|---|"]

    def row(name: str, flagged: np.ndarray) -> str:
        scores = level_scores(truth, np.where(flagged, "critical", "normal"))["levels"]["critical"]
        return f"| {name} | {flagged.mean():.3f} | {scores['precision']:.3f} | {scores['recall']:.3f} | " \
               f"{scores['f1']:.3f} |"

    called = predicted == "critical"
    lines.append(row("the model's `predict`", called))
    lines.append(row(f"P(critical) >= {threshold:.3f} (`critical_threshold_`)", critical >= threshold))
    lines += [row(f"P(critical) >= {cut:.1f}", critical >= cut) for cut in CUTS]
    false = np.flatnonzero(called & ~positive)
    signalled = sum(truth[i] == "high" and any(s.level == "critical" for s in find_signals(texts[i])) for i in false)
    lines += ["", f"false alarms of `predict`: {len(false)}; labelled high with a critical lexicon signal: {signalled} "
              f"({signalled / max(len(false), 1):.0%}); median P(critical): false alarms "
              f"{np.median(critical[false]):.2f}, true hits {np.median(critical[called & positive]):.2f}"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    train, test = holdout_split(read_annotations(), args.seed)
    model = fitted(train, args.seed, triage=read_dev_blind())
    texts, dates = test["text"].tolist(), test["date"].tolist()
    column = list(model.classes_).index("critical")
    critical = model.predict_proba(texts, dates=dates)[:, column]
    print(table(f"Held-out 25 % (seed {args.seed}), the hybrid fitted on the rest", texts, test["label"].to_numpy(),
                critical, np.asarray(model.predict(texts, dates=dates)), model.critical_threshold_))
    shipped = default_models().urgency
    blind = untrained_blind_sets()
    column = list(shipped.classes_).index("critical")
    texts = blind["text"].tolist()
    critical = shipped.predict_proba(texts)[:, column]
    print()
    print(table(f"Other regions' hand-written appeals, blind{max(DEV_BLIND_SETS) + 1}.. (the shipped model)", texts,
                blind["urgency"].to_numpy(), critical, np.asarray(shipped.predict(texts)), shipped.critical_threshold_))


if __name__ == "__main__":
    main()
