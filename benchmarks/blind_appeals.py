"""The shipped default models on data/topic/blind12.csv (or blind13.csv): hand-written appeals imitating other regions
and portals.

The 264 texts (11 per taxonomy code, `other` included; see data/README.md) were written and labelled before any model
saw them. Since session 26 the topic labels of blind12..16 and blind21..25 (and blind26 since session 27) are training
rows of the shipped topic model (``mcu_nlp.topic.training.REGION_SETS``): their topic figures are in-sample, and the
report says so; blind17..20 (``CHECK_SETS``) and the sets after blind26 are not trained on. Since session 55 the
urgency labels of blind12..46 are training rows of the shipped urgency model's triage
(``mcu_nlp.urgency.training.DEV_BLIND_SETS``), and the report says that too. blind13.csv (session 13:
288 texts, 12 per code, 56 subjects) was written the same way by another hand and first run at the start and the end
of session 13. Prints markdown tables:

1. Topic (the shipped ``topic.joblib``): accuracy, macro-F1 over the 24 codes, the share answered ``other`` (all texts
   and the 253 that are not ``other``), precision / recall / F1 per code and the most frequent confusions.
2. Urgency, side by side as in ``benchmarks/urgency.py``: the lexicon alone (this checkout's lexicon), the model alone
   (TF-IDF, fitted here on all of data/urgency/annotations.csv, as the shipped model is), the shipped hybrid
   (``urgency.joblib``, its lexicon frozen in the file at its fit) read by its own decision, by each of the two
   decisions of ``mcu_nlp.urgency.decision`` (the out-of-fold cut of the training texts; the cuts by lexicon reading
   chosen on blind12-18) and by the argmax. ``--refit`` adds a hybrid fitted here on all annotations with this
   checkout's lexicon: what a retrained model would do after a lexicon change.
``--errors`` lists every wrong answer (id, label, answer, text).

Run: python benchmarks/blind_appeals.py [--refit] [--errors] [--data data/topic/blind12.csv]
     (an older checkout: PYTHONPATH=<checkout>/src python benchmarks/blind_appeals.py)
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from topic import answers
from urgency import table, with_decision

from mcu_nlp import default_models
from mcu_nlp.corpora import load_taxonomy
from mcu_nlp.topic.training import REGION_SETS
from mcu_nlp.urgency import LEVELS, UrgencyClassifier, lexicon_predict, read_annotations
from mcu_nlp.urgency.decision import DECISIONS
from mcu_nlp.urgency.training import DEV_BLIND_SETS

BLIND = Path(__file__).resolve().parents[1] / "data" / "topic" / "blind12.csv"


def topic_report(frame: pd.DataFrame, predicted: np.ndarray, top: int = 15) -> str:
    truth = frame["topic"].to_numpy()
    codes = load_taxonomy()["code"].tolist()
    p, r, f, n = precision_recall_fscore_support(truth, predicted, labels=codes, zero_division=0)
    not_other = truth != "other"
    lines = [f"### Topic, shipped model (n={len(truth)})", "",
             f"accuracy {accuracy_score(truth, predicted):.3f}; macro-F1 (24 codes) "
             f"{f1_score(truth, predicted, labels=codes, average='macro', zero_division=0):.3f}; "
             f"answered other: {np.mean(predicted == 'other'):.3f} of all, "
             f"{np.mean(predicted[not_other] == 'other'):.3f} of the {not_other.sum()} that are not other", "",
             "| code | n | predicted | P | R | F1 |", "|---|---|---|---|---|---|"]
    answered = Counter(predicted)
    for i, code in enumerate(codes):
        lines.append(f"| {code} | {n[i]} | {answered[code]} | {p[i]:.3f} | {r[i]:.3f} | {f[i]:.3f} |")
    pairs = Counter((t, a) for t, a in zip(truth, predicted) if t != a).most_common(top)
    wrong = int((truth != predicted).sum())
    lines += ["", f"Most frequent confusions (label -> answer, {wrong} errors in all):",
              ", ".join(f"{t} -> {a} {k}" for (t, a), k in pairs)]
    return "\n".join(lines)


def urgency_variants(texts: list[str], refit: bool, seed: int = 0) -> dict[str, list[str]]:
    frame = read_annotations()
    fit_args = (frame["text"].tolist(), frame["label"].tolist())
    dates = frame["date"].tolist()
    shipped = default_models().urgency
    words = UrgencyClassifier(use_lexicon=False, decision="out_of_fold", random_state=seed).fit(*fit_args, dates=dates)
    out = {"lexicon alone": lexicon_predict(texts),
           "model alone (TF-IDF, all annotations)": list(words.predict(texts)),
           "shipped hybrid": list(shipped.predict(texts)),
           **{f"shipped hybrid, {name} decision": list(with_decision(shipped, name).predict(texts))
              for name in DECISIONS},
           "shipped hybrid argmax": [LEVELS[i] for i in shipped.predict_proba(texts).argmax(axis=1)]}
    if refit:
        hybrid = UrgencyClassifier(random_state=seed).fit(*fit_args, dates=dates)
        out["hybrid refitted (this lexicon)"] = list(hybrid.predict(texts))
    return out


def level_confusion(truth: list[str], predicted: list[str]) -> str:
    counts = Counter(zip(truth, predicted))
    lines = ["| label \\ answer | " + " | ".join(LEVELS) + " |", "|---|" + "---|" * len(LEVELS)]
    lines += [f"| {t} | " + " | ".join(str(counts[(t, a)]) for a in LEVELS) + " |" for t in LEVELS]
    return "\n".join(lines)


def errors(frame: pd.DataFrame, column: str, predicted: list | np.ndarray) -> str:
    wrong = frame.assign(answer=list(predicted)).query(f"{column} != answer")
    return "\n".join(f"{row.id} {getattr(row, column)} -> {row.answer}: {row.text}" for row in wrong.itertuples())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(BLIND))
    parser.add_argument("--refit", action="store_true", help="also a hybrid fitted here with this checkout's lexicon")
    parser.add_argument("--errors", action="store_true", help="list every wrong answer")
    args = parser.parse_args()
    frame = pd.read_csv(args.data, dtype=str, keep_default_na=False)
    texts = frame["text"].tolist()
    topics, _ = answers(default_models().topic, texts)
    print(topic_report(frame, topics))
    if Path(args.data).stem in {f"blind{n}" for n in REGION_SETS}:
        print(f"(in-sample: {Path(args.data).stem}'s topic labels are training rows of the shipped topic model)")
    levels = urgency_variants(texts, args.refit)
    truth = frame["urgency"].tolist()
    print()
    print(table(f"Urgency, {Path(args.data).stem}", truth, levels))
    if Path(args.data).stem in {f"blind{n}" for n in DEV_BLIND_SETS}:
        print(f"(in-sample: {Path(args.data).stem}'s urgency labels are training rows of the shipped urgency model's "
              "triage, which says high or normal)")
    print("\nShipped hybrid, levels (rows: label, columns: answer):\n")
    print(level_confusion(truth, levels["shipped hybrid"]))
    if args.errors:
        print("\n## Topic errors\n" + errors(frame, "topic", topics))
        for name, predicted in levels.items():
            print(f"\n## Urgency errors: {name}\n" + errors(frame, "urgency", predicted))


if __name__ == "__main__":
    main()
