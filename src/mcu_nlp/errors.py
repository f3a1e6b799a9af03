"""One exception root for the library; each subclass also inherits the matching built-in.

Messages follow one pattern: what was expected, what came, and how to fix it.
"""

from __future__ import annotations


class McuNlpError(Exception):
    """Root of every error raised on purpose by mcu_nlp."""


class InputError(McuNlpError, ValueError):
    """Input data has the wrong shape or values (missing labels, duplicate rows, ...)."""


class ModelFileError(McuNlpError, ValueError):
    """A model file is missing its manifest, fails its hash check or was saved by an incompatible version."""


class ResourceNotFoundError(McuNlpError, FileNotFoundError):
    """A data file the library needs (dictionary, gazetteer, model) cannot be found."""


def expected(what: str, got: object, fix: str = "") -> str:
    """Word an error message as "expected X, got Y[; fix]".

    >>> expected("a str", 5, "pass text")
    'expected a str, got int (5); pass text'
    """
    shown = repr(got)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    message = f"expected {what}, got {type(got).__name__} ({shown})"
    return f"{message}; {fix}" if fix else message
