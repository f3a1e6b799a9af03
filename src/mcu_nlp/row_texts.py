"""What a row's value is as a text to analyse: bytes read as UTF-8, and why a value cannot be analysed.

Batch forms never raise on a bad row: a missing, non-text, empty, binary or huge input gets a short reason
(:func:`row_problem`) and its row an error. Bytes (``bytes``, ``bytearray``, ``memoryview``: a Parquet column written
as binary) are read as the UTF-8 text they hold, as ``mcu-nlp analyze`` reads them and a CSV's lines: each byte that
is no UTF-8 becomes one U+FFFD, and a text much of which is unreadable (such bytes, control characters) is the error
:data:`UNREADABLE`. The library, Dask and ``mcu-nlp analyze`` read rows with these functions, so they agree.
"""

from __future__ import annotations

import re
from typing import Any

from mcu_nlp.errors import is_missing

MAX_CHARS = 1_000_000
_JUNK_SHARE = 0.3
#: the values read as the UTF-8 text they hold (:func:`decoded`)
BYTES = (bytes, bytearray, memoryview)
#: the error of a text much of which is unreadable: bytes that are no UTF-8 (a binary value, a text in another
#: encoding), control characters; one wording for the library, Dask and ``mcu-nlp analyze`` (the library said "not
#: UTF-8 text" of bytes that the job read as a CSV's, and the job "binary or unreadable text")
UNREADABLE = "unreadable text: binary, control characters or not UTF-8"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: control characters but tab and line ends: C0, DEL and C1 (U+0080-U+009F: U+009B is an 8-bit CSI, an ESC sequence's
#: start that some terminals obey) but NEL (U+0085), a line end; what no CSV or JSONL output cell may hold raw
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: what :func:`row_problem` counts as unreadable: a control character (DEL and C1 too: a CSV reader that drops NULs
#: left «\x01\x02ÿþ PK\x03\x04 \x7f\x1b[0m» below the share with C0 alone, so ``mcu-nlp analyze`` analysed what the
#: library refused), a byte that was no UTF-8 (U+FFFD), a lone surrogate
UNREADABLE_CHARS = re.compile(CONTROL.pattern[:-1] + "\ufffd\ud800-\udfff]")
#: a text of spaces and invisible characters only: a byte order mark, zero-width spaces and joiners, a word joiner, a
#: soft hyphen (session 69, an Ульяновская область walkthrough's D7: a cell holding only a BOM was analysed)
BLANK = re.compile("[\\s\ufeff\u200b-\u200d\u2060\u00ad]*")


def valid_utf8(value: Any) -> Any:
    """Lone surrogates (undecodable input bytes, "\\ud800" in JSON) become U+FFFD, one each: outputs are valid UTF-8.

    >>> valid_utf8("на \\udcff\\udcfeветофоре")
    'на \ufffd\ufffdветофоре'
    """
    # not encode(surrogatepass).decode(replace): that gave three U+FFFD per bad byte, one per byte of its surrogate
    return LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def decoded(value: Any) -> Any:
    """Bytes as the UTF-8 text they hold, each byte that is no UTF-8 as one U+FFFD, as a CSV's lines are read
    (:func:`row_problem` then tells a few from a text much of which is unreadable); any other value as it is.

    >>> [decoded(v) for v in ("нет воды".encode(), bytearray(b"ok"), memoryview(b"ok"), b"ab\\xff\\xfe", 7)]
    ['нет воды', 'ok', 'ok', 'ab\ufffd\ufffd', 7]
    """
    if not isinstance(value, BYTES):
        return value
    raw = value.tobytes() if isinstance(value, memoryview) else bytes(value)
    return valid_utf8(raw.decode("utf-8", "surrogateescape"))


def row_problem(value: object) -> str | None:
    """Why a value cannot be analysed, as a short reason without its content; ``None`` if it can. Bytes are their
    UTF-8 text (:func:`decoded`); a text of which more than 30 % is unreadable (:data:`UNREADABLE_CHARS`: bytes that
    are no UTF-8, lone surrogates, control characters) is :data:`UNREADABLE`, a few such characters are read past.

    >>> [row_problem(v) for v in ["нет света", None, 5, "  ", "свет".encode(), "\ufeff", " \u200b "]]
    [None, 'missing text', 'not text: int', 'empty text', None, 'empty text', 'empty text']
    >>> row_problem("\\x00\\x01\\x02") == row_problem(b"\\xff\\xfe") == UNREADABLE
    True
    >>> row_problem("свет".encode() + b"\\xff")
    >>> row_problem("\\x01\\x02ÿþ ÿþPK\\x03\\x04 \\x7f\\x1b[0m")  # DEL counts as C0 does
    'unreadable text: binary, control characters or not UTF-8'
    """
    if value is None or is_missing(value):
        return "missing text"
    value = decoded(value)
    if not isinstance(value, str):
        return f"not text: {type(value).__name__}"
    if BLANK.fullmatch(value):
        return "empty text"
    if len(value) > MAX_CHARS:
        return f"text too long: {len(value)} characters, at most {MAX_CHARS}"
    sample = value[:2000]
    if len(UNREADABLE_CHARS.findall(sample)) > _JUNK_SHARE * len(sample):
        return UNREADABLE
    return None


def kept_text(value: object) -> str | None:
    """What the outputs carry of a value as its text: the value when it is a text short enough to analyse, else None.

    A value that is no text (a number, a JSON object or list) or a text too long (over :data:`MAX_CHARS`) gets an
    error and no analysis, and is never written as it came: the JSON object was written whole where texts are
    written redacted, a 2 MB cell was redacted and written for nothing. Missing in the outputs: ``Analysis.text``
    None, ``pd.NA`` in :func:`~mcu_nlp.analyze_frame`'s text column, an empty cell in ``mcu-nlp analyze``'s file.

    >>> [kept_text(v) for v in ["нет света", "", 7, {"a": "Сидоров"}, "я" * (MAX_CHARS + 1), "свет".encode()]]
    ['нет света', '', None, None, None, 'свет']
    """
    value = decoded(value)
    return value if isinstance(value, str) and len(value) <= MAX_CHARS else None


def file_text(text: str | None) -> str | None:
    """A kept text as ``mcu-nlp analyze`` writes it: each control character but tab and line ends as one U+FFFD, as
    bytes that are no UTF-8 already are; its ESC and the like reached the output file as they came, and the terminal
    that showed it (a text much of which is unreadable, and an ESC sequence inside a readable one alike). The library
    returns a text as given (``Analysis.text``, ``analyze_frame``'s text column).

    >>> [file_text(v) for v in ["\\x01\\x1b[2J\\x1f", "Нет воды\\x1b[31m", "свет\\tгаз\\n", "", None]]
    ['\ufffd\ufffd[2J\ufffd', 'Нет воды\ufffd[31m', 'свет\\tгаз\\n', '', None]
    """
    return text if text is None or CONTROL.search(text) is None else CONTROL.sub("\ufffd", text)
