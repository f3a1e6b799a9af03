"""Appeals in a pandas frame: the analysis columns, their fixed types, the column checks and :func:`analyze_frame`.

The same columns and checks serve the streamed job (:mod:`mcu_nlp.batchjob`) and Dask (:mod:`mcu_nlp.dask`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mcu_nlp.analysis import analyze_batch
from mcu_nlp.errors import InputError, InputTypeError, Shown, check_named_column, columns_shown, expected, readable_name
from mcu_nlp.records import Analysis
from mcu_nlp.regions import frame_regions
from mcu_nlp.row_texts import kept_text, valid_utf8

if TYPE_CHECKING:
    import pandas as pd

    from mcu_nlp.defaults import DefaultModels


# One type per column whatever the rows hold (it was inferred from them, so dask partitions disagreed): text as
# "string[pyarrow]", pd.NA where missing, alike in pandas 2 and 3 and dask's own text type; scores float64, NaN.
FRAME_DTYPES = {"topic": "string[pyarrow]", "topic_score": "float64", "urgency": "string[pyarrow]",
                "urgency_score": "float64", "municipality": "string[pyarrow]",
                "municipality_oktmo": "string[pyarrow]", "municipality_score": "float64", "places": "string[pyarrow]",
                "error": "string[pyarrow]"}
FRAME_COLUMNS = tuple(FRAME_DTYPES)
#: the type the text column comes out with, whatever it came in (object, pandas 3's ``str``, ``string[python]``):
#: dask gives its text this one, and analyze_dask equals analyze_frame only if both do
TEXT_DTYPE = "string[pyarrow]"


def check_text_column(columns: Any, text_column: str, *, written: Sequence[str] = FRAME_COLUMNS,
                      option: str = "text_column=") -> None:
    """``InputError`` unless ``text_column`` is among ``columns`` and is not one of the ``written`` columns (the
    analysis columns; a job's output also its ``row``), which would overwrite the text. ``option`` is how the
    caller names another text column.

    >>> check_text_column(["id", "text"], "text")
    >>> check_text_column(["id", "body"], "text", option="--text-column")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a text column 'text', got columns ['id', 'body']; pass --text-column
    """
    if text_column not in columns:
        unreadable = not all(readable_name(str(name)) for name in columns)
        fix = ("its header row is unreadable: is the file binary, or in another encoding (--encoding)?" if unreadable
               else f"pass {option}")
        raise InputError(expected(f"a text column {text_column!r}", columns_shown(columns), fix))
    if text_column in written:
        raise InputError(expected(f"a text column not named like a column the analysis writes {tuple(written)}",
                                  Shown(repr(text_column)), "rename it in the input"))


def check_frame_columns(columns: Any, text_column: str) -> None:
    """:func:`check_text_column`, and ``InputError`` when the frame already has columns the analysis adds: they
    would be replaced (a user's gold ``topic`` labels were overwritten by the predictions).

    >>> check_frame_columns(["text", "topic"], "text")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a frame without the columns the analysis adds, got columns ['topic']; \
drop or rename them first, e.g. df.drop(columns=['topic']) or df.rename(columns={'topic': 'topic_given'})
    """
    check_text_column(columns, text_column)
    clash = [column for column in FRAME_COLUMNS if column in columns]
    if clash:
        fix = (f"drop or rename them first, e.g. df.drop(columns={clash}) or "
               f"df.rename(columns={{{clash[0]!r}: {clash[0] + '_given'!r}}})")
        raise InputError(expected("a frame without the columns the analysis adds", Shown(f"columns {clash}"), fix))


def analysis_row(result: Analysis) -> dict[str, Any]:
    """An :class:`Analysis` as a flat row (places as "name:oktmo" joined by "; ", "" when none was found).

    A settlement without an 11-digit code of its own (most villages, some towns: ``Place.oktmo`` is "") is written
    with its municipality's 8-digit code, "Кудымкар:57528000": a code's length says whose it is (8 digits a
    municipality's, 11 a settlement's, which begin with the 8 of the municipality it lies in), and "Кудымкар:" named no
    municipality to tell namesakes apart (walkthrough s18 D32).

    ``places`` lists each place once, in the order of its first mention: ``Analysis.places`` keeps every mention
    with its offsets ("Махачкала ... #махачкала" is two), but a column that is read and counted per row must not
    list one municipality twice.

    The scores and places of an error row are None (NaN/NA in a frame, empty in the job's files), not the record's
    0.0 and no places: no model looked at it, a 0.0 among real probabilities pulled means and low-score filters, and
    a "" among places hid the row from ``places.isna()`` as the other columns show it.
    """
    municipality = result.municipality
    analysed = result.error is None
    return {
        "topic": result.topic,
        "topic_score": result.topic_score if analysed else None,
        "urgency": result.urgency,
        "urgency_score": result.urgency_score if analysed else None,
        "municipality": municipality.name if municipality else None,
        "municipality_oktmo": municipality.oktmo if municipality else None,
        "municipality_score": municipality.score if municipality else None,
        "places": "; ".join(dict.fromkeys(f"{p.name}:{p.oktmo or p.municipality_oktmo}" for p in result.places))
        if analysed else None,
        "error": result.error,
    }


def analyze_frame(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    region: str | None = None,
    region_column: str | None = None,
    date_column: str | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    models: DefaultModels | None = None,
) -> pd.DataFrame:
    """Return a copy of ``frame`` with the analysis columns (:data:`FRAME_COLUMNS`) added, same rows, same index.

    A frame that already has a column of those names (gold ``topic`` labels, an ``error`` of its own, a frame
    analysed before) is refused with ``InputError``, never overwritten: drop or rename such columns first.
    ``region_column`` (instead of ``region``) names a column of subject codes, one region per row.

    The text column is returned as :func:`texts_kept` says: a value that is no text, or a text too long to analyse,
    is missing (its ``error`` says what it was), and the column is :data:`TEXT_DTYPE` whatever its type was.
    The added columns have the types of :data:`FRAME_DTYPES` whatever the rows hold: ``topic_score`` and
    ``urgency_score`` float64 (NaN in error rows), the others pandas' ``string[pyarrow]`` (``pd.NA`` where
    missing, ``places`` too in error rows; ``places`` "name:oktmo" joined by "; ", each place once, "" when none
    was found).

    The text column is not masked: its personal data (names, phones, addresses ...) stays as written, while
    ``mcu-nlp analyze`` masks it unless ``--keep-text``. To mask it as the command does, before the frame is saved or
    shown: ``out[text_column] = out[text_column].map(mcu_nlp.redact, na_action="ignore")`` (:func:`mcu_nlp.redact`;
    ``na_action`` skips the missing texts of error rows). :func:`mcu_nlp.dask.analyze_dask` returns it the same way.

    >>> import pandas as pd
    >>> from mcu_nlp import redact
    >>> out = analyze_frame(pd.DataFrame({"text": ["Яма, звоните 89123456789", 5]}))
    >>> out["text"].tolist(), out["text"].map(redact, na_action="ignore").tolist()
    (['Яма, звоните 89123456789', <NA>], ['Яма, звоните [PHONE]', <NA>])
    >>> out = analyze_frame(pd.DataFrame({"text": ["Яма на дороге в Надыме", ""]}), region="89")
    >>> out[["topic", "municipality", "error"]].fillna("-").values.tolist()
    [['roads', 'Надымский район', '-'], ['-', '-', 'empty text']]
    >>> list(analyze_frame(pd.DataFrame({"text": ["в Славянке"] * 2, "r": [78, 25]}), region_column="r").municipality)
    ['Шушары', 'Хасанский муниципальный округ']
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):  # a list raised AttributeError: 'list' object has no attribute 'columns'
        raise InputTypeError(expected("a pandas DataFrame", frame,
                                      "pass pd.DataFrame({'text': texts}), or call analyze_batch on a list of texts"))
    check_frame_columns(frame.columns, text_column)
    check_named_column(frame.columns, date_column or None, "date", text_column, "date_column=")  # "": no date column
    dates = frame[date_column].tolist() if date_column else None
    results = analyze_batch(frame[text_column].tolist(), region=region, dates=dates, n_jobs=n_jobs, progress=progress,
                            models=models, regions=frame_regions(frame, region, region_column, text_column))
    rows = [analysis_row(r) for r in results]
    added = pd.DataFrame({column: [row[column] for row in rows] for column in FRAME_COLUMNS}, index=frame.index)
    out = pd.concat([frame, added.astype(FRAME_DTYPES)], axis=1)
    out[text_column] = texts_kept(frame[text_column])
    return out


def texts_kept(column: pd.Series) -> pd.Series:
    """The text column as the analysis returns it: values :func:`~mcu_nlp.row_texts.kept_text` keeps none of (no
    text, too long) missing, bytes as their UTF-8 text (a byte that is no UTF-8 as U+FFFD), and the column as
    :data:`TEXT_DTYPE` whatever its type (lone surrogates U+FFFD).

    Dask could not write an object column (``to_parquet``: "Could not convert <object object ...>"), and a JSON
    object among the texts was returned as it came. A text column of another type was returned in it (pandas 3's
    ``str``, NaN where missing, or ``string[python]``), where dask gives ``string[pyarrow]``: the two disagreed.

    >>> import pandas as pd
    >>> texts_kept(pd.Series(["Нет воды", None, 7, {"a": "Сидоров"}], dtype=object)).tolist()
    ['Нет воды', <NA>, <NA>, <NA>]
    >>> texts_kept(pd.Series(["Нет воды", None], dtype="string[python]")).dtype == TEXT_DTYPE
    True
    >>> texts_kept(pd.Series(["Нет воды".encode(), b"\\xff"])).tolist()
    ['Нет воды', '\ufffd']
    """
    import pandas as pd

    # bytes decoded here, as astype cannot ("bytearray(b'...')", or it raised)
    column = pd.Series([kept_text(value) for value in column.tolist()], index=column.index, name=column.name,
                       dtype=object)
    try:
        return column.astype(TEXT_DTYPE)
    except UnicodeEncodeError:  # Arrow text is UTF-8
        return column.map(valid_utf8).astype(TEXT_DTYPE)
