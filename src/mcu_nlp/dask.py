"""Scale-out over a Dask cluster (extra ``[dask]``): ``analyze_dask`` maps ``analyze_frame`` over partitions.

Models are never shipped with the tasks: each worker process loads the default models (or the models
in ``models_path``) on its first partition and keeps them for the rest (see :func:`mcu_nlp.default_models`).

To run on a real cluster, install the ``dask`` extra of the same checkout on the scheduler's workers, as README
says (mcu_nlp is installed from its repository, no index serves it): ``pip install '/path/to/mcu_nlp[dask]'``, or
``pip install -e '.[dask]'`` in a checkout; then connect before computing::

    from distributed import Client
    client = Client("tcp://scheduler-host:8786")      # or a dask-jobqueue / dask-kubernetes cluster
    ddf = dask.dataframe.read_parquet("s3://bucket/appeals/*.parquet")
    out = mcu_nlp.dask.analyze_dask(ddf, text_column="text", region="89")
    out.to_parquet("s3://bucket/analysed/")

Custom models: save them with :func:`mcu_nlp.save` as ``topic.joblib`` and ``urgency.joblib`` in a folder that
every worker can read, and pass ``models_path=`` (or set ``MCU_NLP_MODELS`` on the workers).
"""

from __future__ import annotations

import warnings
from typing import Any

from mcu_nlp.errors import McuNlpWarning, check_named_column
from mcu_nlp.frames import FRAME_DTYPES, TEXT_DTYPE, analyze_frame, check_frame_columns
from mcu_nlp.regions import check_region_column, one_region_source


def _analyze_partition(part: Any, text_column: str, region: str | None, region_column: str | None,
                       date_column: str | None, models_path: str | None, partition_info: Any = None) -> Any:
    from mcu_nlp.defaults import default_models

    analysed = _readable_dates(part, text_column, date_column, (partition_info or {}).get("number"))
    out = analyze_frame(analysed, text_column=text_column, region=region, region_column=region_column,
                        date_column=date_column, models=default_models(models_path))
    if analysed is not part:  # the dates as given, not as read
        out[date_column] = part[date_column]
    return out


def _readable_dates(part: Any, text_column: str, date_column: str | None, number: int | None) -> Any:
    """``part`` with the dates that cannot be read as None, after one warning naming the partition: analyze_batch's
    warning gave positions within the partition as if of the frame ("positions [2]" for the frame's row 5)."""
    from mcu_nlp.analysis import unreadable_dates
    from mcu_nlp.row_texts import decoded, row_problem

    if not date_column:
        return part
    dates = [decoded(date) for date in part[date_column].tolist()]  # bytes as their text, as analyze_batch reads them
    bad = unreadable_dates(dates, [i for i, text in enumerate(part[text_column].tolist()) if row_problem(text) is None])
    if not bad:
        return part
    from mcu_nlp.season import unreadable_dates_message

    where = "a partition" if number is None else f"partition {number}"
    warnings.warn(unreadable_dates_message(bad, f" in {where}", " within it, counted from 0"), McuNlpWarning,
                  stacklevel=2)
    unknown = set(bad)
    return part.assign(**{date_column: [None if i in unknown else date for i, date in enumerate(dates)]})


def _unconverted(ddf: Any, text_column: str) -> Any:
    """``ddf`` with the text column of the pandas frames it was made from read as it is, when dask's string
    conversion (``dataframe.convert-string``, on by default) would turn non-text values of it into text; the other
    columns are converted as dask converts them.

    ``dd.from_pandas`` converts object columns to pyarrow strings: a number 17 became the text '17' and was analysed,
    where :func:`~mcu_nlp.analyze_frame` on the same frame says ``not text: int``. A frame read from files has no
    such values to lose and is left as it is.
    """
    try:
        from dask.dataframe.dask_expr import new_collection
        from dask.dataframe.dask_expr.io.io import FromPandas
    except ImportError:  # dask before its query planner: nothing to rewrite
        return ddf
    try:
        expr = ddf.expr
        for source in expr.find_operations(FromPandas):
            frame = getattr(source.operand("frame"), "_data", source.operand("frame"))  # dask wraps the pandas frame
            if source.operand("pyarrow_strings_enabled") and _holds_non_text(frame, text_column):
                expr = expr.substitute(source, source.substitute_parameters({"pyarrow_strings_enabled": False}))
    except (AttributeError, KeyError, TypeError):  # internals of another dask release: analyse the frame as given
        return ddf
    if expr is ddf.expr:
        return ddf
    from pandas.api.types import is_object_dtype

    unconverted = new_collection(expr)
    # the other columns converted as dask would have (an object column is no Parquet column: "Could not convert
    # <object object ...>" for a region column of '72', None, 25, 78.0), so the schema is the one it gives
    others = {c: TEXT_DTYPE for c, dtype in unconverted.dtypes.items() if is_object_dtype(dtype) and c != text_column}
    return unconverted.astype(others) if others else unconverted


def _holds_non_text(frame: Any, column: str) -> bool:
    import pandas as pd

    if column not in getattr(frame, "columns", ()) or frame[column].dtype != object:
        return False
    return pd.api.types.infer_dtype(frame[column], skipna=True) not in ("string", "empty")


def analyze_dask(ddf: Any, *, text_column: str = "text", region: str | None = None, region_column: str | None = None,
                 date_column: str | None = None, models_path: str | None = None) -> Any:
    """Analyse a dask DataFrame lazily: the same columns as :func:`mcu_nlp.analyze_frame` are added, with the same
    types (:data:`mcu_nlp.frames.FRAME_DTYPES`), and a frame that already has columns of those names is refused,
    as there. The text column is returned as there too (:func:`mcu_nlp.frames.texts_kept`): no value that is no
    text or too long, and :data:`mcu_nlp.frames.TEXT_DTYPE` (dask's own text type) whatever the input's type. It is
    not masked: personal data stays as written (``mcu-nlp analyze`` masks it unless ``--keep-text``); to mask it,
    ``out[text_column] = out[text_column].map(mcu_nlp.redact, na_action="ignore", meta=(text_column, "string"))``.
    ``region_column`` (instead of ``region``) names a column of subject codes, one region per row, read as
    :mod:`mcu_nlp.regions` says.

    >>> import dask.dataframe as dd, pandas as pd
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Нет воды в Надыме", "Яма на дороге"]}), npartitions=2)
    >>> analyze_dask(ddf, region="89").compute()["municipality"].fillna("-").tolist()
    ['Надымский район', '-']
    >>> mixed = dd.from_pandas(pd.DataFrame({"text": ["в Славянке"] * 2, "region": ["78", "25"]}), npartitions=1)
    >>> analyze_dask(mixed, region_column="region").compute()["municipality"].tolist()
    ['Шушары', 'Хасанский муниципальный округ']
    """
    import pandas as pd

    check_frame_columns(ddf.columns, text_column)  # before computing: columns named like the analysis's are refused
    one_region_source(region, region_column)
    check_region_column(ddf.columns, region_column, text_column)
    check_named_column(ddf.columns, date_column or None, "date", text_column, "date_column=")  # "": no date column
    ddf = _unconverted(ddf, text_column)
    meta = ddf._meta.copy()
    for column, dtype in FRAME_DTYPES.items():  # the partitions' own types: "object" here broke to_parquet
        meta[column] = pd.Series(dtype=dtype)
    meta[text_column] = pd.Series(dtype=TEXT_DTYPE)  # as frames.texts_kept casts it: to_parquet cannot write object
    return ddf.map_partitions(_analyze_partition, text_column, region, region_column, date_column,
                              None if models_path is None else str(models_path), meta=meta)
