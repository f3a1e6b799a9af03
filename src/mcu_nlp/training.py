"""``mcu-nlp train`` and ``mcu-nlp evaluate``: fit a topic or urgency model on a labelled table."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

from mcu_nlp.errors import InputError, Shown, columns_shown, expected, note

log = logging.getLogger("mcu_nlp")
ESTIMATORS = {"topic": "mcu_nlp.topic.TopicClassifier", "urgency": "mcu_nlp.urgency.UrgencyClassifier"}


def read_table(path: str | Path, text: bool = True) -> Any:
    """A whole CSV, JSONL or Parquet table as a pandas DataFrame (for training-sized data, and counts), the format
    told by the file's suffix as ``mcu-nlp analyze`` tells it; CSV values all str if ``text``, else typed by pandas."""
    import pandas as pd

    from mcu_nlp.tablefiles import text_codec
    from mcu_nlp.tables import read_csv_frame, read_parquet_frame, table_format

    fmt = table_format(path)
    if fmt == "csv":
        return read_csv_frame(path, dtype=str, keep_default_na=False) if text else read_csv_frame(path)
    if fmt == "jsonl":
        text_codec(Path(path))  # a gzip file, a workbook named .jsonl: refused for what it is, as analyze refuses it
        try:
            return pd.read_json(path, lines=True, dtype=False)
        except UnicodeDecodeError:  # a ValueError too, but the lines may be fine: the CLI says "not UTF-8"
            raise
        except ValueError:  # its message can quote the broken line
            raise InputError(expected("one JSON object per line", Shown(f"{Path(path).name} with a line that is not"),
                                      "fix or drop the broken lines")) from None
    return read_parquet_frame(path)


def labelled_texts(path: str | Path, text_column: str, label_column: str | None,
                   levels: tuple[str, ...] | None = None) -> tuple[list[Any], list[Any]]:
    """The texts and labels of a table; ``InputError`` naming the lines (CSV, JSONL) or rows (Parquet) where a text
    is missing, empty or no text, or a label is missing or, given ``levels``, not one of them (as ``fit`` refuses
    them), every kind at once."""
    from mcu_nlp.labels import missing_label
    from mcu_nlp.tables import table_rows

    frame = read_table(path)
    for column in (text_column, label_column):
        if column is None or column not in frame.columns:
            raise InputError(expected(f"a column {column!r}", columns_shown(frame.columns),
                                          "pass --text-column/--label-column"))
    if frame.empty:  # scikit-learn's "Found empty input array" came as a traceback out of evaluate
        raise InputError(expected("at least one labelled row", Shown(f"{Path(path).name} with columns but no rows"),
                                  "check the path, or that the export wrote its rows"))
    texts, labels = frame[text_column].tolist(), frame[label_column].tolist()
    # an empty CSV cell is how a file leaves a text out, and fit refuses a missing one (None): it was read as "" and
    # trained on; rows were named from 0, as pandas counts them, where the user looks for a line of the file.
    # Every kind of bad row is named at once: a fixed text line came back with the label line only then
    bad = [i for i, text in enumerate(texts) if not isinstance(text, str) or not text.strip()]
    missing = [i for i, label in enumerate(labels) if missing_label(label)]
    other = [] if levels is None else [i for i, label in enumerate(labels)
                                       if not missing_label(label) and not (isinstance(label, str) and label in levels)]
    problems = [  # JSONL and Parquet can hold nulls and numbers; the estimators raise TypeError on them
        (bad, f"a text on every row of {text_column!r}, got none, an empty one or not text on"),
        (missing, f"a label on every row of {label_column!r}, got none on"),
        (other, f"labels {', '.join(levels or ())} in {label_column!r}, got others on"),  # the labels not shown
    ]
    found = [f"{what} {table_rows(path, rows)}" for rows, what in problems if rows]
    if found:
        raise InputError(f"expected {'; expected '.join(found)}; drop or fix those rows")
    return texts, labels


def _estimator(kind: str, **params: Any) -> Any:
    from importlib import import_module

    module, name = ESTIMATORS[kind].rsplit(".", 1)
    return getattr(import_module(module), name)(**params)


def stop_words_option(spec: str | None, keep: list[str] | None = None) -> Any:
    """``TopicClassifier(stop_words=...)`` from ``--stop-words`` (``default``, ``none`` or a file of one word a
    line, "#" starting a comment) less the ``--keep-word`` words.

    >>> stop_words_option("none"), stop_words_option(None)
    (None, 'default')
    >>> "спасибо" in stop_words_option("default", ["Спасибо"])
    False
    >>> stop_words_option("none", ["спасибо"])
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected --keep-word words of the stop-word list, got 'спасибо', which it does \
not have; check the spelling, or leave --keep-word out
    """
    from mcu_nlp.stopwords import DEFAULT, stop_word_set

    spec = spec or DEFAULT
    named = {"none": None, DEFAULT: DEFAULT}  # either case: 'Default' was read as a file name
    words: Any = named[spec.lower()] if spec.lower() in named else stop_word_file(Path(spec))
    if not keep:
        return words
    listed, kept = stop_word_set(words), stop_word_set(keep)
    missing = sorted(kept - listed)
    if missing:
        raise InputError(expected("--keep-word words of the stop-word list", Shown(f"{missing[0]!r}, which it does "
                                  "not have"), "check the spelling, or leave --keep-word out"))
    return sorted(listed - kept)


def stop_word_file(path: Path) -> list[str]:
    """The words of a ``--stop-words`` file: one a line, blank lines and lines starting with "#" (after any spaces)
    skipped."""
    from mcu_nlp.stopwords import stop_word_set
    from mcu_nlp.tokens import WORD

    if not path.is_file():  # Python's "[Errno 2] No such file or directory: ..." said neither what nor how
        raise InputError(expected("--stop-words 'default', 'none' or a file of one word a line",
                                  Shown(f"{path.name!r}, which is not a file"), "check the path"))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    words = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()[:1] not in ("", "#")]
    bad = [n for n, word in words if not WORD.fullmatch(word.lower())]
    if bad:  # a phrase would silently drop nothing
        raise InputError(expected(f"one word a line in {path.name}", Shown(f"line {bad[0]} that is not one word"),
                                  "put each word on a line of its own"))
    return sorted(stop_word_set([word for _, word in words]))


def scores(y_true: list[Any], y_pred: list[Any]) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-class F1 (rounded), as stored in model manifests.

    Macro-F1 averages over the labels of ``y_true`` only: a class no true label has (the topic model's fallback
    ``other``) would add an F1 of 0 for every abstention, a penalty counted twice (the missed row's own class
    already lost it).

    >>> scores(["roads", "roads", "heating"], ["roads", "other", "heating"])["macro_f1"]
    0.8333
    """
    from sklearn.metrics import accuracy_score, f1_score

    truth, predicted = list(map(str, y_true)), list(map(str, y_pred))
    labels = sorted(set(truth))
    per_class = f1_score(truth, predicted, labels=labels, average=None, zero_division=0)
    return {
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1": round(float(per_class.mean()), 4) if labels else 0.0,
        "f1": {label: round(float(value), 4) for label, value in zip(labels, per_class)},
        "n": len(y_true),
    }


def _params(kind: str, data: Path | None, stop_words: Any) -> dict[str, Any]:
    """The estimator's parameters: ``stop_words`` only for a topic model fitted on the user's data."""
    if isinstance(stop_words, str) and stop_words == "default":
        return {}
    if kind != "topic" or data is None:
        raise InputError(expected("--stop-words/--keep-word with `train topic` and a data file", Shown(
            f"`train {kind}`" + (" without data" if data is None else "")), "drop them: the urgency model and the "
            "shipped default keep the default list"))
    return {"stop_words": stop_words}


def train_command(kind: str, data: Path | None, output: Path, *, text_column: str = "text",
                  label_column: str | None = None, stop_words: Any = "default") -> int:
    """Fit on ``data`` (or rebuild the shipped default when ``data`` is None) and save to ``output``.

    ``stop_words`` is the topic model's (:func:`stop_words_option`). The manifest's metrics come from a 20 %
    hold-out fit (fixed seed) before the final fit on all rows.
    """
    from importlib import import_module

    from mcu_nlp.lexicon import LEVELS
    from mcu_nlp.persistence import save

    params = _params(kind, data, stop_words)
    Path(output).parent.mkdir(parents=True, exist_ok=True)  # as analyze, report and forecast do (save does not)
    if data is None:
        import_module(f"mcu_nlp.{kind}").train_default(output)
        note(f"rebuilt the default {kind} model -> {output}")
        return 0
    texts, labels = labelled_texts(data, text_column, label_column or kind, LEVELS if kind == "urgency" else None)
    model = _estimator(kind, **params).fit(texts, labels)  # first: its errors name rows of the file, not of a split
    train, test = _holdout(texts, labels)
    try:
        held_out = _estimator(kind, **params).fit([texts[i] for i in train], [labels[i] for i in train])
    except InputError:  # the file is enough for a fit, its 80 % is not (walkthrough s60 D8: 12 critical, 9 in the fit)
        save(model, output, notes=f"trained by mcu-nlp train {kind} on {Path(data).name}; no hold-out figures")
        counts = dict(Counter(str(labels[i]) for i in train))
        note(f"{kind} model -> {output}, fitted on all {len(texts)} texts; no hold-out figures: a fit on 80 % of them "
             f"({counts}) is refused; label more texts of the smallest label for them")
        return 0
    predicted = held_out.predict([texts[i] for i in test])
    metrics = scores([labels[i] for i in test], predicted)
    save(model, output, metrics={"holdout_20": metrics}, notes=f"trained by mcu-nlp train {kind} on {Path(data).name}")
    note(f"{kind} model -> {output}; hold-out accuracy {metrics['accuracy']}, macro-F1 {metrics['macro_f1']}")
    _warn_abstaining(getattr(held_out, "fallback_", None), predicted, [labels[i] for i in test],
                     [labels[i] for i in train])
    return 0


def _holdout(texts: list[str], labels: list[Any]) -> tuple[list[int], list[int]]:
    """Rows of the 20 % hold-out fit and of its test (fixed seed), split by text: the copies of a text (reposts, a
    complaint sent to several portals) stay on one side, so the hold-out figure is not a memory test. A split
    that would leave the fit one label (a tiny file) is made by rows, as before."""
    from sklearn.model_selection import GroupShuffleSplit, train_test_split

    from mcu_nlp.corpora import text_key

    groups = [text_key(text) for text in texts]
    rows = list(range(len(texts)))
    if len(set(groups)) >= 2:
        train, test = next(GroupShuffleSplit(1, test_size=0.2, random_state=0).split(texts, groups=groups))
        if len({str(labels[i]) for i in train}) >= 2:
            return train.tolist(), test.tolist()
    train, test = train_test_split(rows, test_size=0.2, random_state=0)
    return train, test


def _warn_abstaining(fallback: Any, predicted: Any, test_labels: list[Any], train_labels: list[Any]) -> None:
    """A note on stderr when the hold-out fit answered its fallback for most test texts of a topic (a small or thin
    training set: the model is sure of no topic; walkthrough s19 D22 saw accuracy 0.0 printed with nothing more).
    Texts labelled with the fallback itself are no abstention: answering «other» for them is right."""
    if fallback is None:
        return
    topical = [str(p) for p, label in zip(predicted, test_labels) if str(label) != str(fallback)]
    abstained = topical.count(str(fallback))
    if abstained * 2 > len(topical) > 0:
        from mcu_nlp.topic.inputs import texts_per_topic

        per_topic = texts_per_topic(train_labels, fallback)
        median = per_topic[len(per_topic) // 2] if per_topic else 0
        note(f"note: the hold-out fit answered {fallback!r} for {abstained} of {len(topical)} texts of a topic: "
             f"too few texts per topic ({median} for the median topic) for it to be sure of any; "
             "add texts, merge thin topics, or lower min_score")


def check_labels(labels: list[Any], classes: Any, label_column: str) -> None:
    """``InputError`` when no label is a class of the model (accuracy 0.0 said nothing: a topic column scored with
    an urgency model, say); a warning with the count when some are not. Labels are never shown: the column
    may hold texts.

    >>> check_labels(["roads", "heating"], ["critical", "high", "normal"], "topic")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected labels in 'topic' among the model's 3 classes ['critical', 'high', \
'normal'], got none of 2 rows' labels (2 distinct); check --label-column, or pass a model of that kind of label
    """
    known = {str(c) for c in classes}
    unknown = [label for label in labels if str(label) not in known]
    if unknown and len(unknown) == len(labels):
        shown = sorted(known)[:10] + (["..."] if len(known) > 10 else [])
        got = Shown(f"none of {len(labels)} rows' labels ({len(set(map(str, labels)))} distinct)")
        raise InputError(expected(f"labels in {label_column!r} among the model's {len(known)} classes {shown}", got,
                                  "check --label-column, or pass a model of that kind of label"))
    if unknown:
        log.warning("evaluate: %d of %d rows have a label the model does not know (%d distinct); they count as "
                    "errors", len(unknown), len(labels), len({str(label) for label in unknown}))


def evaluate_command(model_path: Path, data: Path, *, text_column: str = "text", label_column: str) -> int:
    """Print accuracy, macro-F1 (over the labels of the data) and a per-class report of a saved model."""
    from sklearn.metrics import classification_report

    from mcu_nlp.persistence import load

    model = load(model_path)
    texts, labels = labelled_texts(data, text_column, label_column)
    check_labels(labels, model.classes_, label_column)
    predicted = model.predict(texts)
    metrics = scores(labels, predicted)
    print(f"accuracy {metrics['accuracy']}  macro-F1 {metrics['macro_f1']}  n {metrics['n']}  "
          f"({macro_note(metrics['f1'], predicted, model.classes_)})")
    print(classification_report(report_labels(labels, model.classes_), list(map(str, predicted)), zero_division=0))
    return 0


#: The report's row for the labels of the data that are not the model's: one row, never their values
UNKNOWN_LABELS = "<labels the model lacks>"


def report_labels(labels: list[Any], classes: Any) -> list[str]:
    """The labels as the per-class report shows them: a class of the model as it is, any other label as
    UNKNOWN_LABELS. A label cell may hold free text (a phone, a name: a text column picked as the label, a mistyped
    cell), and the report is printed: only the model's own labels are shown.

    >>> report_labels(["roads", "Иванов И.И., 89123456789", "heating", 7], ["heating", "roads"])
    ['roads', '<labels the model lacks>', 'heating', '<labels the model lacks>']
    """
    known = {str(c) for c in classes}
    return [label if label in known else UNKNOWN_LABELS for label in map(str, labels)]


def macro_note(per_class: dict[str, float], predicted: Any, classes: Any = ()) -> str:
    """What the printed macro-F1 averages, and why it differs from the report's "macro avg" when it does: the report
    also counts labels only predicted, and shows the labels of the data that are not ``classes`` (the model's) as one
    row (:data:`UNKNOWN_LABELS`; walkthrough s57: 0.0912 above a "macro avg" of 0.35, with nothing saying why).

    >>> macro_note({"roads": 1.0, "heating": 0.5}, ["roads", "other"], ["roads", "heating", "other"])
    "macro-F1 over the 2 labels in the data; the report's macro avg also counts 'other', predicted only"
    >>> macro_note({"roads": 1.0, "мост": 0.0, "сад": 0.0}, ["roads", "roads"], ["roads", "heating"])
    "macro-F1 over the 3 labels in the data; the report's macro avg counts the 2 the model lacks as one row"
    """
    extra = sorted({str(p) for p in predicted} - set(per_class))
    known = {str(c) for c in classes}
    lacking = sum(label not in known for label in per_class) if known else 0
    note = f"macro-F1 over the {len(per_class)} labels in the data"
    parts = [f"counts the {lacking} the model lacks as one row"] if lacking > 1 else []
    if extra:
        shown = ", ".join(map(repr, extra[:5])) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
        parts.append(f"also counts {shown}, predicted only")
    return f"{note}; the report's macro avg " + " and ".join(parts) if parts else note
