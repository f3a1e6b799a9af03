"""The error rows of an ``mcu-nlp analyze`` job counted by kind, and what to check when every row is one.

An error's kind is its reason up to the first colon ("unreadable text", "not text", "missing text"): the rest names
a detail (a length, a type) that differs from row to row. A job whose every row had a bad region (then an error row;
since session 41 a row analysed without a region) was told to "check --text-column, the input's format and its
encoding"; the most common kind now names what to check.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

#: what to check when the most common error of a job with no analysed row is of a kind; others: the text's column,
#: the file's format and encoding
CHECKS = {"unreadable text": "check --encoding (an Excel or 1C export in a Russian locale is most often cp1251) and "
                             "that --text-column names a column of text",
          "analysis failed": "a fault of mcu_nlp or of the model given (--topic-model, --urgency-model), not of the "
                             "input: the log names the rows and where the error was raised; please report it"}
TEXT_CHECK = "check --text-column, the input's format and its encoding"


def error_kinds(reasons: Iterable[str | None]) -> dict[str, tuple[int, str]]:
    """Each kind of the non-empty ``reasons``: how many, and the first reason of it.

    >>> error_kinds([None, "not text: int", "empty text", "not text: float", ""])
    {'not text': (2, 'not text: int'), 'empty text': (1, 'empty text')}
    """
    kinds: dict[str, tuple[int, str]] = {}
    for reason in reasons:
        if reason:
            kind = reason.split(":", 1)[0]
            count, first = kinds.get(kind, (0, reason))
            kinds[kind] = (count + 1, first)
    return kinds


def merged(kinds: Mapping[str, tuple[int, str]], more: Mapping[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """``kinds`` with the counts of ``more`` added (the first reason of a kind kept).

    >>> merged({"not text": (2, "not text: int")}, {"not text": (1, "not text: list"), "empty text": (1, "empty text")})
    {'not text': (3, 'not text: int'), 'empty text': (1, 'empty text')}
    """
    out = dict(kinds)
    for kind, (count, first) in more.items():
        before, example = out.get(kind, (0, first))
        out[kind] = (before + count, example)
    return out


def kinds_said(kinds: Mapping[str, int], most: int = 5) -> str:
    """The error kinds of a job and their rows, the most common first (``most`` of them), as its summary says them.

    >>> kinds_said({"empty text": 1, "broken JSON": 3})
    'broken JSON 3, empty text 1'
    >>> kinds_said({f"kind {i}": 1 for i in range(7)}, most=2)
    'kind 0 1, kind 1 1, 5 more kinds'
    """
    ranked = sorted(kinds, key=lambda kind: -kinds[kind])  # of equal counts, the first found first
    more = f", {len(ranked) - most} more kinds" if len(ranked) > most else ""
    return ", ".join(f"{kind} {kinds[kind]}" for kind in ranked[:most]) + more


def all_errors_advice(kinds: Mapping[str, tuple[int, str]]) -> str:
    """The most common error of ``kinds`` (as `` (such as '...')``, empty without one) and what to check for it.

    >>> all_errors_advice({"unreadable text": (3, "unreadable text"), "empty text": (1, "empty text")})
    " (such as 'unreadable text', 3 of them): none was analysed; check --encoding (an Excel or 1C export in a Russian \
locale is most often cp1251) and that --text-column names a column of text"
    >>> all_errors_advice({})
    ": none was analysed; check --text-column, the input's format and its encoding"
    """
    if not kinds:
        return f": none was analysed; {TEXT_CHECK}"
    kind = max(kinds, key=lambda k: kinds[k][0])  # the first of the most common, as kinds came
    count, example = kinds[kind]
    many = f", {count} of them" if len(kinds) > 1 else ""
    return f" (such as {example!r}{many}): none was analysed; {CHECKS.get(kind, TEXT_CHECK)}"
