"""The shipped urgency model: the annotated appeals it learns from, its hold-out scores, and ``train_default``.

``data/urgency/annotations.csv`` (5,113 appeals labelled under ``data/urgency.md``) lives in a source checkout,
not in the installed package; the model built from it ships as ``data/models/urgency.joblib``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcu_nlp.defaults import MODELS, URGENCY_MODEL
from mcu_nlp.errors import ResourceNotFoundError
from mcu_nlp.lexicon import LEVELS

if TYPE_CHECKING:
    from mcu_nlp.urgency.classifier import UrgencyClassifier

ANNOTATIONS = Path(__file__).resolve().parents[3] / "data" / "urgency" / "annotations.csv"
DEFAULT_MODEL = MODELS / URGENCY_MODEL


def read_annotations(path: str | Path = ANNOTATIONS) -> Any:
    """The annotated appeals (``data/urgency/annotations.csv``) with a ``date`` column ('YYYY-MM-DD' or None)."""
    import pandas as pd

    if not Path(path).is_file():
        raise ResourceNotFoundError(
            f"expected the urgency annotations at {path}, found nothing; run from a source checkout "
            "(python data/urgency/merge_labels.py builds the file) or pass data_path="
        )
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["date"] = [d[:10] if d else None for d in frame["created_dt"]]
    return frame


def holdout_split(frame: Any, seed: int = 0, test_size: float = 0.25) -> tuple[Any, Any]:
    """A fixed train/test split of the annotations, stratified by source and level."""
    from sklearn.model_selection import train_test_split

    strata = frame["source"] + "/" + frame["label"]
    return train_test_split(frame, test_size=test_size, stratify=strata, random_state=seed)


def level_scores(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    """Precision, recall and F1 per level and macro-F1, rounded (as stored in the model manifest).

    >>> level_scores(["critical", "high", "normal"], ["critical", "normal", "normal"])["macro_f1"]
    0.5556
    """
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    p, r, f, n = precision_recall_fscore_support(y_true, y_pred, labels=list(LEVELS), zero_division=0)
    per_level = {
        level: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4), "f1": round(float(f[i]), 4),
                "n": int(n[i])}
        for i, level in enumerate(LEVELS)
    }
    macro = f1_score(y_true, y_pred, labels=list(LEVELS), average="macro", zero_division=0)
    return {"levels": per_level, "macro_f1": round(float(macro), 4)}


def _fitted(frame: Any, seed: int) -> UrgencyClassifier:
    from mcu_nlp.urgency.classifier import UrgencyClassifier

    return UrgencyClassifier(random_state=seed).fit(frame["text"], frame["label"], dates=frame["date"].tolist())


def holdout_metrics(frame: Any, seed: int = 0) -> dict[str, Any]:
    """Scores of a model fitted on a stratified 75 % of ``frame`` (``seed``) on the other 25 %."""
    train, test = holdout_split(frame, seed)
    held = _fitted(train, seed)
    return {
        "holdout_25": level_scores(test["label"].tolist(), held.predict(test["text"], dates=test["date"].tolist())),
        "holdout_critical_threshold": round(held.critical_threshold_, 4),
    }


def train_default(
    out_path: str | Path | None = None, seed: int = 0, *, data_path: str | Path = ANNOTATIONS
) -> UrgencyClassifier:
    """Rebuild the shipped model from the annotations, save it with its metrics, and return it.

    The manifest's metrics come from a model fitted on a stratified 75 % (``seed``) and scored on the other
    25 % (:func:`holdout_metrics`); the saved model is then fitted on all annotated texts.
    """
    from mcu_nlp.persistence import check_save_path, save

    check_save_path(out_path or DEFAULT_MODEL)  # before minutes of fitting, not after
    frame = read_annotations(data_path)
    metrics = holdout_metrics(frame, seed)
    model = _fitted(frame, seed)
    metrics["critical_threshold"] = round(model.critical_threshold_, 4)  # the out-of-fold cut (decision "out_of_fold")
    metrics["decision"] = model.decision
    metrics["critical_cuts"] = [round(float(cut), 4) for cut in model.critical_cuts_]  # predict's (decision unchanged)
    save(model, out_path or DEFAULT_MODEL, metrics=metrics,
         notes=f"mcu_nlp.urgency.train_default(seed={seed}) on {len(frame)} annotated appeals "
               f"({frame['guideline'].iloc[0]}); metrics from a 25 % hold-out, model fitted on all rows")
    return model
