"""One exception root for the library; each subclass also inherits the matching built-in.

Messages follow one pattern: what was expected, what came, and how to fix it.
"""

from __future__ import annotations

import math
import numbers
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


class McuNlpError(Exception):
    """Root of every error raised on purpose by mcu_nlp."""


class InputError(McuNlpError, ValueError):
    """Input data has the wrong shape or values (missing labels, duplicate rows, ...)."""


class InputTypeError(McuNlpError, TypeError):
    """Input of the wrong type (a number or None where a text belongs, one text where a list belongs): a
    ``TypeError`` as the API promises, and under the one root, so ``except McuNlpError`` catches it too."""


class ModelFileError(McuNlpError, ValueError):
    """A model file is missing its manifest, fails its hash check or was saved by an incompatible version."""


class ResourceNotFoundError(McuNlpError, FileNotFoundError):
    """A data file the library needs (dictionary, gazetteer, model) cannot be found."""


class ModelFailedError(McuNlpError, RuntimeError):
    """The models raised on the rows of an analyze job and on a plain appeal too: no fault of a row but of a model
    that cannot predict. Its message names the model's exception and where it was raised, never that exception's
    words: scikit-learn's quote the input (``array=['<the appeal>']``)."""


class McuNlpWarning(UserWarning):
    """A warning of mcu_nlp: worded, as its errors, never to quote input data, so the command line prints it."""


def others_warning(command: str, kind: str) -> str:
    """What a command logs of another library's warning (numpy's, pandas', ...) of class ``kind``: its kind alone, as
    its words may quote the data (mcu_nlp's own, a :class:`McuNlpWarning`, are logged whole).

    >>> others_warning("analyze", "RuntimeWarning")
    'analyze: a RuntimeWarning from a library it uses (its words not shown: they may quote the data)'
    """
    return f"{command}: a {kind} from a library it uses (its words not shown: they may quote the data)"


class Shown(str):
    """A description to print as it is in an error message (a file name, a count), never input text."""


def quoted(value: object, spaces: bool = True) -> str:
    """``value`` quoted if it reads like a name or a label (short, few digits; one word unless ``spaces``, spaces
    around it aside: «ЖКХ » is a mistyped label, shown so it can be found), else described: a text column taken for
    names or labels must not put an appeal into a message.

    >>> quoted("Текст обращения"), quoted("critical", spaces=False), quoted("нет воды", spaces=False)
    ("'Текст обращения'", "'critical'", '<str of 8 characters>')
    >>> quoted("ЖКХ ", spaces=False), quoted("Иванов, +7 912 345-67-89")
    ("'ЖКХ '", '<str of 24 characters>')
    """
    if (
        isinstance(value, str) and len(value) <= 40 and sum(c.isdigit() for c in value) < 5
        and (spaces or not any(c.isspace() for c in value.strip())) and readable_name(value.strip())
    ):
        return repr(value)
    return f"<{describe(value)}>"


def readable_name(value: str) -> bool:
    """Whether a name holds only characters that print (no control character, undecodable byte or U+FFFD): a binary
    file's first line read as a header does not.

    >>> readable_name("Текст обращения"), readable_name("D \\udc82<\\x0e"), readable_name("id\\ufffd")
    (True, False, False)
    """
    return value.isprintable() and "\ufffd" not in value


def columns_shown(names: Iterable[object]) -> Shown:
    """Column names for a message, each :func:`quoted` (a file without a header row gives its first row as names).

    >>> columns_shown(["text", "created_dt"])
    "columns ['text', 'created_dt']"
    >>> columns_shown(["2024-01-01", "Иванов, +7 912 345-67-89"])
    'columns [<str of 10 characters>, <str of 24 characters>]'
    """
    return Shown(f"columns [{', '.join(quoted(value) for value in names)}]")


def check_named_column(columns: Iterable[object], column: str | None, what: str, text_column: str,
                       option: str) -> None:
    """``InputError`` unless ``column`` (if not None), the ``what`` column (a region's, a date's), is among
    ``columns`` and is not the text column; ``option`` is how the caller names it.

    >>> check_named_column(["created", "text"], "date", "date", "text", "date_column=")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a date column 'date', got columns ['created', 'text']; check date_column=
    """
    if column is None:
        return
    if column == text_column:
        raise InputError(expected(f"a {what} column other than the text column", Shown(repr(column)),
                                  f"check {option}"))
    if column not in columns:
        raise InputError(expected(f"a {what} column {column!r}", columns_shown(columns), f"check {option}"))


def is_missing(value: object) -> bool:
    """A missing value as pandas and numpy write it: NaN, ``pd.NA``, ``pd.NaT`` (never a real text or number).

    >>> import pandas as pd
    >>> [is_missing(v) for v in (float("nan"), pd.NA, pd.NaT, 0.0, "", "nan")]
    [True, True, True, False, False, False]
    """
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def blank(values: pd.Series) -> pd.Series:
    """True where a cell of a pandas Series holds nothing: missing, empty, or a missing value written out as text
    (as a frame read back from a CSV holds it): the one rule of the report and of ``count_series``.

    >>> import pandas as pd
    >>> blank(pd.Series(["Надым", "", None, "nan", " NaT "])).tolist()
    [False, True, True, True, True]
    """
    text = values.astype(object).where(values.notna(), "")
    return text.astype(str).str.strip().isin(["", "nan", "None", "NaN", "NaT"])


def whole_number(value: object, name: str, at_least: int = 1) -> int:
    """``value`` as an int if it is a whole number (numpy's too) of at least ``at_least``; else ``InputError``.

    ``True`` and ``False`` are refused: they are ints to Python, but never a count someone meant.

    >>> whole_number(14, "h"), whole_number(__import__("numpy").int64(7), "season_length")
    (14, 7)
    >>> whole_number(True, "h")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a whole number h >= 1, got bool (True)
    >>> whole_number(2.7, "n_windows")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a whole number n_windows >= 1, got float (2.7)
    """
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and value >= at_least:
        return int(value)
    raise InputError(expected(f"a whole number {name} >= {at_least}", value))


def describe(value: object) -> str:
    """What a value is, without its content: texts and containers may carry personal data.

    >>> describe("Иванов, +7 912 345-67-89"), describe(b"ab"), describe([1, 2]), describe(5), describe(89123456789)
    ('str of 24 characters', 'bytes of 2 bytes', 'list of 2 items', 'int (5)', 'int')
    """
    if isinstance(value, Shown):
        return str(value)
    if value is None:
        return "None"
    kind = type(value).__name__
    if isinstance(value, (bool, int, float)) and abs(value) < 1000:
        return f"{kind} ({value!r})"  # a small number is a setting, not a phone or a document number
    if isinstance(value, str):
        return f"{kind} of {len(value)} characters"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"{kind} of {len(value)} bytes"
    try:
        return f"{kind} of {len(value)} items"  # type: ignore[arg-type]
    except TypeError:
        return kind


def note(message: str) -> None:
    """``message`` for the person running a command, on stderr; nowhere when stderr is closed (``exec 2>&-`` leaves
    ``sys.stderr`` None, and ``print(file=None)`` writes to stdout, which may be the data).

    >>> import contextlib, io
    >>> with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(None):
    ...     note("mcu-nlp analyze: expected an existing input file")
    >>> out.getvalue()
    ''
    """
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def expected(what: str, got: object, fix: str = "") -> str:
    """Word an error message as "expected X, got Y[; fix]", never quoting the content of ``got``.

    >>> expected("a str", 5, "pass text")
    'expected a str, got int (5); pass text'
    >>> expected("a str", b"+7 912 345-67-89")
    'expected a str, got bytes of 16 bytes'
    >>> expected("a column 'text'", Shown("columns ['body']"))
    "expected a column 'text', got columns ['body']"
    """
    message = f"expected {what}, got {describe(got)}"
    return f"{message}; {fix}" if fix else message


def install_extra(name: str) -> str:
    """How to install an optional extra (``plot``, ``dask``), worded as README says: editable in a checkout, or from
    another project by the checkout's path (mcu_nlp is installed from its repository).

    >>> install_extra("plot")
    "pip install -e '.[plot]' in a checkout of mcu_nlp, or pip install '/path/to/mcu_nlp[plot]'"
    """
    return f"pip install -e '.[{name}]' in a checkout of mcu_nlp, or pip install '/path/to/mcu_nlp[{name}]'"


def outside_level() -> int:
    """The ``stacklevel`` at which a warning raised by the caller of this function names the first line outside
    mcu_nlp: a public function reaches the same warning at different depths (analyze, analyze_batch, a model's
    predict, backtest), and a fixed level named a line of the library."""
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "mcu_nlp":
        frame, level = frame.f_back, level + 1
    return level
