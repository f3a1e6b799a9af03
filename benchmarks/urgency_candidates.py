"""Urgency model candidates beside the shipped one: does another model family or feature set rank critical appeals
better? (issue #4; benchmarks/RESULTS.md, "Session 11: urgency model features").

Each candidate is the shipped :class:`~mcu_nlp.urgency.UrgencyClassifier` (same lexicon, blanking, recall-tuned
threshold on out-of-fold predictions and guideline rules) with one part changed:

- ``dense=w``: navec SIF sentence vectors of the model's lemmas (:func:`mcu_nlp.topic.vectors.text_vectors`)
  appended to the sparse features, scaled by ``w`` (``dense=w,sum=v``: the lexicon summary below too, at ``v``);
- ``expert=w``: a second calibrated logistic model on [vectors, lexicon summary], its log-probabilities added with
  weight ``w`` to the shipped model's (a product of experts);
- ``stack=lr|gbm``: a logistic or gradient-boosted stacker over the inner out-of-fold decision scores of the text
  model and the vector model and the lexicon summary (counts of signals per level, critical groups, hedged and
  repaired signals, trusted signals, length);
- ``crit=k``: the critical class weight times ``k``; ``cal=isotonic``: isotonic calibration instead of sigmoid.

Scores: average precision of the final P(critical), precision at recall 0.90 on the test texts (a ranking figure:
the threshold is read off the test set, for comparison only), critical P / R and macro-F1 of ``predict`` (the
threshold tuned on the training part). Tests: held-out 25 % (``holdout_split``), SPb -> Kursk, Kursk -> SPb;
``--inner`` scores 4-fold CV inside the held-out split's training part instead (for choosing settings; one row per
fold), ``--tests`` keeps some of the tests (to split a run over processes). Run:
    python benchmarks/urgency_candidates.py --seeds 0 1 --candidates base crit=2 dense=0.5 stack=lr stack=gbm
"""

from __future__ import annotations

import argparse
import math
import time
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import average_precision_score, precision_recall_curve

from mcu_nlp.lexicon import LEVELS
from mcu_nlp.topic.vectors import text_vectors
from mcu_nlp.urgency import UrgencyClassifier, holdout_split, level_scores, read_annotations

SUMMARY = 8  # lexicon summary columns (:func:`summary`)


class Candidate(UrgencyClassifier):
    """The shipped classifier with the changes of the module docstring (``spec``: e.g. "dense=0.5,crit=1.5")."""

    spec = "base"  # set on the instance (not a constructor parameter: get_params reads the shipped signature)

    def _options(self) -> dict[str, str]:
        return dict(part.split("=") for part in self.spec.split(",") if "=" in part)

    def _features(self, normalized: list[str], signals: Any) -> Any:
        base = super()._features(normalized, signals)
        o = self._options()
        if not ({"dense", "expert", "stack"} & o.keys()):
            return base
        vectors = text_vectors(normalized) * float(o.get("dense", 1.0))
        extra = summary(signals, normalized, self.lexicon_, self.trusted_)
        if "dense" in o:  # appended to the sparse features: the lexicon summary only when asked for ("sum=w")
            extra *= float(o.get("sum", 0.0))
        return sp.hstack([base, sp.csr_matrix(vectors), sp.csr_matrix(extra)], format="csr")

    def _model(self) -> Any:
        o = self._options()
        if not o:
            return super()._model()
        weight = float(o.get("crit", 1.0))
        if "expert" in o or "stack" in o:
            return Blend(self, o, weight)
        return calibrated(self.C, weight, o.get("cal", "sigmoid"), self.cv, self.random_state)

    def _n_text(self, n_columns: int) -> int:
        o = self._options()
        return n_columns - (300 + SUMMARY if {"dense", "expert", "stack"} & o.keys() else 0)


def class_weights(labels: np.ndarray, critical: float) -> dict[Any, float]:
    """sklearn's "balanced" weights, critical's times ``critical`` (labels as levels, or as their sorted codes
    0, 1, 2 as CalibratedClassifierCV passes them: critical first either way)."""
    classes, counts = np.unique(labels, return_counts=True)
    return {c: len(labels) / (len(classes) * n) * (critical if i == 0 else 1.0)
            for i, (c, n) in enumerate(zip(classes.tolist(), counts))}


class Weighted(ClassifierMixin, BaseEstimator):
    """A LogisticRegression whose class weights are set from the labels at fit (``critical`` times balanced)."""

    def __init__(self, C: float = 1.0, critical: float = 1.0) -> None:
        self.C, self.critical = C, critical

    def fit(self, X: Any, y: np.ndarray, **_: Any) -> Weighted:
        from sklearn.linear_model import LogisticRegression

        self.model_ = LogisticRegression(C=self.C, class_weight=class_weights(np.asarray(y), self.critical),
                                         max_iter=3000).fit(X, y)
        self.classes_ = self.model_.classes_
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        return self.model_.decision_function(X)

    def predict_proba(self, X: Any) -> np.ndarray:
        return self.model_.predict_proba(X)

    def predict(self, X: Any) -> np.ndarray:
        return self.model_.predict(X)


def calibrated(C: float, critical: float, method: str, cv: int, seed: int) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(cv, shuffle=True, random_state=seed)
    return CalibratedClassifierCV(Weighted(C, critical), method=method, cv=folds, ensemble=False)


def summary(signals: list[list[Any]], normalized: list[str], lexicon: Any, trusted: frozenset[str]) -> np.ndarray:
    """Per text: signals at each level, distinct critical groups, hedged (a critical rule read as high), repaired
    (an outage turned normal), trusted signals, log length in lemmas."""
    rule_level = {rule.name: rule.level for rule in lexicon.rules}
    out = np.zeros((len(normalized), SUMMARY), dtype=np.float32)
    for i, (found, doc) in enumerate(zip(signals, normalized)):
        for s in found:
            out[i, LEVELS.index(s.level)] += 1
        out[i, 3] = len({s.group for s in found if s.level == "critical"})
        out[i, 4] = sum(rule_level.get(s.name) == "critical" and s.level == "high" for s in found)
        out[i, 5] = sum(rule_level.get(s.name) not in LEVELS and s.level == "normal" for s in found)
        out[i, 6] = sum(s.name in trusted and s.level == "critical" for s in found)
        out[i, 7] = math.log1p(len(doc.split()))
    out[:, :7] = np.log1p(out[:, :7])
    return out


class Blend:
    """The shipped text model beside a vector model: a product of experts (``expert=w``) or a stacker (``stack``)."""

    def __init__(self, owner: Candidate, options: dict[str, str], critical: float) -> None:
        self.owner, self.options, self.critical = owner, options, critical

    def _parts(self, X: Any) -> tuple[Any, np.ndarray, np.ndarray]:
        n = self.owner._n_text(X.shape[1])
        dense = X[:, n:].toarray()
        return X[:, :n], dense[:, :300], dense[:, 300:]

    def fit(self, X: Any, y: np.ndarray) -> Blend:
        from sklearn.model_selection import StratifiedKFold

        text, vectors, extra = self._parts(X)
        self.classes_ = np.asarray(LEVELS, dtype=object)
        o, seed = self.options, self.owner.random_state
        if "expert" in o:
            self.text_ = calibrated(self.owner.C, self.critical, "sigmoid", self.owner.cv, seed).fit(text, y)
            self.vec_ = calibrated(1.0, self.critical, "sigmoid", self.owner.cv, seed)
            self.vec_.fit(np.hstack([vectors, extra]), y)
            return self
        folds = StratifiedKFold(self.owner.cv, shuffle=True, random_state=seed + 3)
        scores = np.zeros((len(y), 2 * len(LEVELS)))
        for a, b in folds.split(text, y):
            scores[b] = self._scores(text[a], vectors[a], y[a], text[b], vectors[b])
        self.text_ = Weighted(self.owner.C, self.critical).fit(text, y)
        self.vec_ = Weighted(1.0, self.critical).fit(vectors, y)
        self.stack_ = stacker(o["stack"], self.critical).fit(np.hstack([scores, extra]), y)
        return self

    def _scores(self, text: Any, vectors: np.ndarray, y: np.ndarray, text_b: Any, vectors_b: np.ndarray) -> np.ndarray:
        t = Weighted(self.owner.C, self.critical).fit(text, y)
        v = Weighted(1.0, self.critical).fit(vectors, y)
        return np.hstack([t.decision_function(text_b), v.decision_function(vectors_b)])

    def predict_proba(self, X: Any) -> np.ndarray:
        text, vectors, extra = self._parts(X)
        if "expert" in self.options:
            log = np.log(np.clip(self.text_.predict_proba(text), 1e-12, 1))
            log += float(self.options["expert"]) * np.log(np.clip(
                self.vec_.predict_proba(np.hstack([vectors, extra])), 1e-12, 1))
            p = np.exp(log - log.max(axis=1, keepdims=True))
            return p / p.sum(axis=1, keepdims=True)
        scores = np.hstack([self.text_.decision_function(text), self.vec_.decision_function(vectors), extra])
        return self.stack_.predict_proba(scores)


def stacker(kind: str, critical: float) -> Any:
    if kind == "gbm":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, min_samples_leaf=30,
                                              class_weight="balanced", random_state=0)
    return Weighted(1.0, critical)


def scores(model: Candidate, test: Any) -> dict[str, float]:
    texts, dates, truth = test["text"].tolist(), test["date"].tolist(), test["label"].to_numpy()
    levels, proba = model.predict_with_proba(texts, dates=dates)
    is_crit = truth == "critical"
    precision, recall, _ = precision_recall_curve(is_crit, proba[:, 0])
    s = level_scores(truth.tolist(), levels.tolist())
    return {"AP": average_precision_score(is_crit, proba[:, 0]), "P@R.90": float(precision[recall >= 0.9].max()),
            "crit P": s["levels"]["critical"]["precision"], "crit R": s["levels"]["critical"]["recall"],
            "macro-F1": s["macro_f1"]}


def splits(frame: Any, seed: int, inner: bool) -> list[tuple[str, Any, Any]]:
    train, test = holdout_split(frame, seed)
    if inner:  # 4 folds of the held-out split's training part (the test part is not touched)
        from sklearn.model_selection import StratifiedKFold

        train = train.reset_index(drop=True)
        folds = StratifiedKFold(4, shuffle=True, random_state=seed + 11).split(train, train["label"])
        return [(f"inner {k}", train.iloc[a], train.iloc[b]) for k, (a, b) in enumerate(folds)]
    by = frame["source"]
    return [("held-out", train, test), ("spb->kursk", frame[by == "spb"], frame[by == "kursk"]),
            ("kursk->spb", frame[by == "kursk"], frame[by == "spb"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--candidates", nargs="+", default=["base"])
    parser.add_argument("--inner", action="store_true", help="4-fold CV inside the held-out training part")
    parser.add_argument("--tests", nargs="+", help="only these tests (e.g. held-out spb->kursk)")
    parser.add_argument("--data", default=None)
    args = parser.parse_args()
    frame = read_annotations(args.data) if args.data else read_annotations()
    print("| candidate | seed | test | AP | P@R.90 | crit P | crit R | macro-F1 | fit s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for seed in args.seeds:
        for name, train, test in splits(frame, seed, args.inner):
            if args.tests and name not in args.tests:
                continue
            for spec in args.candidates:
                start = time.process_time()
                model = Candidate(random_state=seed)
                model.spec = spec
                model.fit(train["text"], train["label"], dates=train["date"].tolist())
                cells = " | ".join(f"{v:.3f}" for v in scores(model, test).values())
                print(f"| {spec} | {seed} | {name} | {cells} | {time.process_time() - start:.0f} |", flush=True)


if __name__ == "__main__":
    main()
