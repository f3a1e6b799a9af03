"""The shipped urgency model: the annotated appeals it learns from, its hold-out scores, and ``train_default``.

``data/urgency/annotations.csv`` (5,113 appeals labelled under ``data/urgency.md``) lives in a source checkout,
not in the installed package; the model built from it ships as ``data/models/urgency.joblib``.

The shipped model has a triage (session 55's A9, ``UrgencyClassifier.triage_``, :func:`with_triage`): a second model
fitted on the annotations and the other-region dev sets ``data/topic/blind12..46.csv`` (10,056 hand-written appeals of
other regions, each with an urgency label judged by the same guideline; together DEV_SHARE of the annotations' weight,
the decision cuts those of the annotations' fit) says high or normal for each text the model fitted on the annotations
alone does not answer critical. Every critical answer stays the annotations' model's: fitted with the dev rows too
(A8), the model answered critical many everyday texts of the test suite («Дыма уже нет») and SPb's cosmetic cracks
in plaster, and Kursk -> SPb macro-F1 fell 0.714 -> 0.703; the triage alone (A9) took blind47..54 (never read, never
fitted on) 0.721 -> 0.764 pooled, each set up, Kursk -> SPb 0.714 -> 0.707, held-out 0.753 -> 0.761
(``benchmarks/RESULTS.md``, session 55).

The dev sets can also be added as training rows of the model itself (``train_default(dev_blind=DEV_BLIND_SETS)``,
``benchmarks/urgency.py --dev-blind``, :func:`fitted`): each at weight DEV_BLIND_WEIGHT, the lexicon trust counts
(``trusted_``, ``agreed_``) on the annotated appeals alone (:func:`recall_rows`), and the decision cuts
(``critical_threshold_``, ``high_weight_``) those of the same fit on the annotated appeals alone (session 25's A5).
Session 24 measured four ways and shipped none (``benchmarks/RESULTS.md``): at weight 1 with the threshold over all
rows, held-out critical recall fell 0.900 -> 0.873 (the threshold rose); with the threshold over the annotations, Kursk
-> SPb macro-F1 fell 0.710 -> 0.655; at weight 0.5 too, blind21..23 pooled macro-F1 rose 0.708 -> 0.754 with
blind12..20 added, but Kursk -> SPb fell to 0.668; with the trust counts on the annotations too (A4), 0.717 -> 0.762
and Kursk -> SPb 0.711 -> 0.670, its recall-tuned cut having fallen 0.149 -> 0.087 once the dev rows shaped the model.
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
#: Where the other-region dev sets live (``blind<N>.csv``: id, text, topic, urgency, region_code, note).
DEV_BLIND_DIR = ANNOTATIONS.parents[1] / "topic"
#: The dev sets whose urgency labels the shipped model's triage learns from (``train_default``'s ``triage``), and that
#: may be training rows of the model itself, one row each beside the annotations (weight DEV_BLIND_WEIGHT), when
#: ``train_default`` or the benchmark is asked to (``dev_blind``; not by default). Listed, never globbed: a set
#: written for a session (the next ``blind<N>.csv``) must not enter a fit before it is scored, and blind47..54 are kept
#: out as the held-out other-region sets (their texts unread) that measured the triage (session 55).
DEV_BLIND_SETS = tuple(range(12, 47))
#: The sample weight of a dev set's row in a fit (an annotated appeal weighs 1): at weight 1 the 3,432 hand-written
#: rows outweighed the 1,963 Kursk appeals of the Kursk -> SPb split (session 24)
DEV_BLIND_WEIGHT = 0.5
#: Session 25's A6, on request (``dev_share=DEV_SHARE``, ``benchmarks/urgency.py --dev-blind --dev-share``): the total
#: sample weight of a fit's dev rows as a share of its annotated rows, each dev row weighing
#: DEV_SHARE * n_annotated / n_dev (:func:`row_weights`), so the full fit and every split give the dev rows the same
#: share. 0.5 * 3,432 / 5,113 = 0.3356 is the share the 3,432 rows of blind12..23 at weight 0.5 had beside the 5,113
#: annotations in session 24's full fit (a constant fixed before A6 was measured, not re-derived from blind24's
#: count); at 0.5 per row the Kursk -> SPb split's 3,720 dev rows weighed 0.95 of its 1,963 Kursk appeals.
DEV_SHARE = 0.5 * 3432 / 5113


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


def read_dev_blind(sets: Sequence[int] = DEV_BLIND_SETS, directory: str | Path = DEV_BLIND_DIR) -> Any:
    """The urgency-labelled rows of the dev sets ``blind<N>.csv`` (N in ``sets``) in the columns of the annotations
    (``source`` "dev_blind", ``uid`` "dev_blind:<id>", ``label`` the set's ``urgency``, no date)."""
    import pandas as pd

    frames = []
    for number in sets:
        path = Path(directory) / f"blind{number}.csv"
        if not path.is_file():
            raise ResourceNotFoundError(f"expected the dev set {path}, found nothing; run from a source checkout "
                                        "or pass dev_blind=()")
        frames.append(pd.read_csv(path, dtype=str, keep_default_na=False))
    if not frames:
        return pd.DataFrame(columns=["uid", "source", "id", "text", "label", "date"])
    rows = pd.concat(frames, ignore_index=True)
    return pd.DataFrame({"uid": "dev_blind:" + rows["id"], "source": "dev_blind", "id": rows["id"],
                         "text": rows["text"], "label": rows["urgency"], "date": None})


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


def with_rows(frame: Any, extra: Any) -> Any:
    """``frame``'s text, label, date and source columns with ``extra``'s after them (``extra`` None: ``frame``'s
    alone)."""
    import pandas as pd

    columns = ["text", "label", "date", "source"]
    return frame[columns] if extra is None else pd.concat([frame[columns], extra[columns]], ignore_index=True)


def recall_rows(frame: Any) -> Any:
    """The rows whose critical labels the recall target of the critical threshold counts: the annotated appeals,
    not the dev sets' rows (``UrgencyClassifier.fit``'s ``recall_rows``); None when there is no dev row."""
    dev = (frame["source"] == "dev_blind").to_numpy()
    return ~dev if dev.any() else None


def row_weights(frame: Any, share: float | None = None) -> Any:
    """Each row's sample weight in a fit (``UrgencyClassifier.fit``'s ``sample_weight``): 1 for an annotated appeal;
    for a dev set's row DEV_BLIND_WEIGHT (``share`` None), else ``share * n_annotated / n_dev`` (together the dev rows
    weigh ``share`` of the annotated ones; A6 with ``DEV_SHARE``); None when there is no dev row (the fit as before
    session 24).

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"source": ["spb"] * 6 + ["dev_blind"] * 2})
    >>> row_weights(frame).tolist(), row_weights(frame, DEV_SHARE).round(4).tolist()[-2:]
    ([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.5], [1.0068, 1.0068])
    """
    import numpy as np

    dev = (frame["source"] == "dev_blind").to_numpy()
    if not dev.any():
        return None
    each = DEV_BLIND_WEIGHT if share is None else share * float((~dev).sum()) / float(dev.sum())
    return np.where(dev, each, 1.0)


def fitted(frame: Any, seed: int = 0, *, share: float | None = None, cuts: tuple[float, float] | None = None,
           triage: Any = None, **params: Any) -> UrgencyClassifier:
    """An ``UrgencyClassifier(random_state=seed, **params)`` fitted on ``frame``'s rows (``text``, ``label``, ``date``,
    ``source``). With dev-set rows in it (A5, session 25): first fitted on the annotated rows alone, whose decision
    cuts (``critical_threshold_``, ``high_weight_``) the fit on all rows then takes as they are (``fit``'s
    ``cuts``), the dev rows at DEV_BLIND_WEIGHT or together ``share`` of the annotated rows (:func:`row_weights`),
    the trust counts on the annotated rows (:func:`recall_rows`). Without dev rows, the one fit as before. ``cuts``
    given (that fit's ``(critical_threshold_, high_weight_)``) spare the fit on the annotations alone.

    ``triage`` (optional: dev-set rows as :func:`read_dev_blind` gives them): the model gets a ``triage_``
    (:func:`with_triage`), fitted on ``frame``'s annotated rows and these, together DEV_SHARE of the annotated
    rows' weight, with the cuts of the annotations' fit (session 55's A9)."""
    from mcu_nlp.urgency.classifier import UrgencyClassifier

    counted = recall_rows(frame)
    if cuts is None and counted is not None:  # dev rows: the cuts of the same fit on the annotations alone
        own = fitted(frame[counted], seed, **params)
        cuts = (own.critical_threshold_, own.high_weight_)
    model = UrgencyClassifier(random_state=seed, **params).fit(
        frame["text"], frame["label"], dates=frame["date"].tolist(), recall_rows=counted,
        sample_weight=row_weights(frame, share), cuts=cuts)
    if triage is not None and len(triage):
        annotated = frame if counted is None else frame[counted]
        given = (model.critical_threshold_, model.high_weight_) if cuts is None else cuts
        with_triage(model, fitted(with_rows(annotated, triage), seed, share=DEV_SHARE, cuts=given, **params))
    return model


def with_triage(model: UrgencyClassifier, triage: UrgencyClassifier) -> UrgencyClassifier:
    """``model`` with ``triage`` as its ``triage_``: the model that says high or normal for each text ``model``
    does not answer critical (``UrgencyClassifier._levels``). Both must read a text alike (the same lexicon rules,
    the same ``blank_context`` and classes: the reading is shared); a triage has no triage of its own.

    >>> from mcu_nlp.urgency.classifier import UrgencyClassifier
    >>> with_triage(UrgencyClassifier(), UrgencyClassifier())
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected two fitted urgency models, got an unfitted one; fit both first
    """
    from mcu_nlp.errors import InputError

    if not all(hasattr(m, "model_") for m in (model, triage)):
        raise InputError("expected two fitted urgency models, got an unfitted one; fit both first")
    if (triage.lexicon_.rules != model.lexicon_.rules or triage.blank_context != model.blank_context
            or list(triage.classes_) != list(model.classes_)):
        raise InputError("expected a triage fitted with the model's lexicon, blank_context and classes; "
                         "refit it with the model's parameters")
    triage.triage_ = None
    triage.lexicon_ = model.lexicon_  # equal rules: one reader, whose caches of word forms fill once
    model.triage_ = triage
    return model


def _fitted(frame: Any, seed: int, share: float | None = None, triage: Any = None) -> UrgencyClassifier:
    return fitted(frame, seed, share=share, triage=triage)


def holdout_metrics(frame: Any, seed: int = 0, extra: Any = None, share: float | None = None,
                    triage: Any = None) -> dict[str, Any]:
    """Scores of a model fitted on a stratified 75 % of ``frame`` (``seed``), plus the rows of ``extra`` if any
    (weighed by :func:`row_weights` with ``share``), with a triage of the ``triage`` rows if any, on the other 25 %
    of ``frame``."""
    train, test = holdout_split(frame, seed)
    held = _fitted(with_rows(train, extra), seed, share, triage)
    return {
        "holdout_25": level_scores(test["label"].tolist(), held.predict(test["text"], dates=test["date"].tolist())),
        "holdout_critical_threshold": round(held.critical_threshold_, 4),
    }


def train_default(
    out_path: str | Path | None = None, seed: int = 0, *, data_path: str | Path = ANNOTATIONS,
    dev_blind: Sequence[int] = (), dev_share: float | None = None, triage: Sequence[int] = DEV_BLIND_SETS,
) -> UrgencyClassifier:
    """Rebuild the shipped model from the annotations (and the rows of the dev sets ``dev_blind``, none by default)
    with a triage learned beside them from the dev sets ``triage`` (blind12..46 by default, ``()``: none; see the
    module), save it with its metrics, and return it.

    The manifest's metrics come from a model fitted on a stratified 75 % of the annotations (``seed``) and the dev
    sets' rows, scored on the other 25 % of the annotations (:func:`holdout_metrics`); the saved model is then fitted
    on all annotated texts and all the dev sets' rows. The dev rows weigh DEV_BLIND_WEIGHT each, or with ``dev_share``
    (A6: ``DEV_SHARE``) together that share of each fit's annotated rows (:func:`row_weights`), the
    trust counts count the annotated appeals alone (:func:`recall_rows`), and each of the two models takes the decision
    cuts of the same fit on its annotated appeals alone (:func:`fitted`). Each of the two models gets its triage
    the same way, fitted with the same rows as it and the ``triage`` sets' rows (:func:`fitted`'s ``triage``).
    """
    from mcu_nlp.persistence import check_save_path, save

    check_save_path(out_path or DEFAULT_MODEL)  # before minutes of fitting, not after
    frame = read_annotations(data_path)
    extra = read_dev_blind(dev_blind)
    rows = read_dev_blind(triage) if len(triage) else None
    metrics = holdout_metrics(frame, seed, extra, dev_share, rows)
    model = _fitted(with_rows(frame, extra), seed, dev_share, rows)
    metrics["critical_threshold"] = round(model.critical_threshold_, 4)  # the out-of-fold cut (decision "out_of_fold")
    metrics["decision"] = model.decision
    metrics["critical_cuts"] = [round(float(cut), 4) for cut in model.critical_cuts_]  # predict's (decision unchanged)
    weight = f"weight {DEV_BLIND_WEIGHT}" if dev_share is None else f"together {dev_share:.4f} of the annotations'"
    dev = (f" and {len(extra)} rows of the dev sets blind{dev_blind[0]}..{dev_blind[-1]} ({weight}; "
           "the decision cuts and trust counts of the annotations alone)" if len(dev_blind) else "")
    if rows is not None:
        dev += (f"; high vs normal from a triage fitted with {len(rows)} rows of blind{triage[0]}..{triage[-1]} "
                f"beside them (together {DEV_SHARE:.4f} of the annotations' weight)")
    save(model, out_path or DEFAULT_MODEL, metrics=metrics,
         notes=f"mcu_nlp.urgency.train_default(seed={seed}) on {len(frame)} annotated appeals "
               f"({frame['guideline'].iloc[0]}){dev}; metrics from a 25 % hold-out, model fitted on all rows")
    return model
