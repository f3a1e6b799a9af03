"""HTML character references in an appeal («&nbsp;», «&#64;», «&quot;»), decoded as :func:`html.unescape` decodes
them, with a map from the decoded text back to the text as written (:mod:`mcu_nlp.replaced_text`).

Portal exports carry HTML: a phone written «8&nbsp;912&nbsp;000&nbsp;11&nbsp;22», an e-mail «ivan&#64;mail.ru».
:mod:`mcu_nlp.redaction` reads the decoded text, where they are a phone and an e-mail, and masks the written
characters they came from: a reference inside personal data goes with it, every other character stays as written.
:func:`mcu_nlp.cleaning.clean` decodes the same references (:func:`unescaped`) before tokenising.

A portal that escapes its text twice writes «&amp;#43;7 912 ...», «8&amp;nbsp;912»: what the first decoding leaves
is decoded again, up to :data:`LEVELS` in all, but only references written whole (a «;» after a name, or digits), so
that a link's «&amp;para=2» stays «&para=2» as a browser shows it (:data:`ESCAPED_AGAIN`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from mcu_nlp.replaced_text import ReplacedText, replaced

#: A character reference as :func:`html.unescape` finds one (the standard library's pattern): decoding each match
#: on its own decodes the text as it does. A name with no «;» is decoded as its longest known prefix («&nbspИван»).
REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
#: A reference written whole, the only kind decoded again in what a first decoding left («&amp;nbsp;» -> «&nbsp;»).
ESCAPED_AGAIN = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
#: How many times a text is decoded at most: a bound, so that «&amp;amp;amp;...» costs linear time.
LEVELS = 3


#: What :func:`decoded_references` returns: the decoded text and its map back to the text as written.
Decoded = ReplacedText


def unescaped(text: str) -> str:
    """``text`` decoded as :func:`html.unescape` decodes it, and what that leaves decoded again (:data:`LEVELS`): the
    text of :func:`decoded_references`, without the map back.

    >>> unescaped("тел. &amp;#43;7&amp;nbsp;912, R&amp;D, ?a=1&amp;para=2")
    'тел. +7\xa0912, R&D, ?a=1&para=2'
    """
    decoded = decoded_references(text)
    return text if decoded is None else decoded.text


def without_references(text: str) -> str:
    """``text`` with the "&" of each character reference in it (or in it lower-cased) a space: what a decoding left (a
    text escaped more than LEVELS times, or a reference a first decoding does not decode again, «&amp;para=2» ->
    «&para=2») is no reference any more, so :func:`mcu_nlp.cleaning.clean` gives a text that cleaning again
    leaves as it is.

    >>> without_references("?a=1&para=2, &amp R&D &unknown; &Copy;")
    '?a=1 para=2,  amp R&D &unknown;  Copy;'
    """
    if "&" not in text:
        return text
    # a reference of capitals decodes once lower-cased, as clean() lower-cases its text: «&Amp;» -> «&amp;» -> «&»
    lower = text.lower()
    starts = [start for start, _, _ in _references(text, REFERENCE)]
    starts += [start for start, _, _ in _references(lower, REFERENCE)] if lower != text else []
    if not starts:
        return text
    chars = list(text)
    for start in starts:
        chars[start] = " "
    return "".join(chars)


def decoded_references(text: str) -> Decoded | None:
    """``text`` with its character references decoded (a text escaped twice: again, as :func:`unescaped`), or None
    if it holds none that decodes to other characters.

    >>> decoded_references("ivan&#64;mail.ru, R&D").text
    'ivan@mail.ru, R&D'
    >>> decoded_references("R&D и &unknown;") is None
    True
    >>> decoded = decoded_references("тел.&amp;nbsp;8")
    >>> decoded.text == "тел.\xa08", decoded.span_as_written(4, 6)
    (True, (4, 15))
    """
    decoded = _decoded(text, REFERENCE)
    for _ in range(LEVELS - 1):
        again = _decoded(decoded.text, ESCAPED_AGAIN, decoded) if decoded is not None else None
        if again is None:
            break
        decoded = again
    return decoded


def _decoded(text: str, pattern: re.Pattern[str], outer: Decoded | None = None) -> Decoded | None:
    """``text`` with the references ``pattern`` finds decoded; ``outer``: what ``text`` was decoded from."""
    if "&" not in text:
        return None
    return replaced(text, _references(text, pattern), outer)


def _references(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """(start, stop, decoded) of each reference ``pattern`` finds in ``text`` that decodes to other characters."""
    for found in pattern.finditer(text):
        reference = found.group()
        plain = html.unescape(reference)
        if plain == reference:
            continue
        kept = _common_tail(reference, plain)  # «&nbspИван» decodes to «\xa0Иван»: only «&nbsp» is a reference
        yield found.start(), found.end() - kept, plain[: len(plain) - kept]


def _common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with alike (at most all of ``b`` but one)."""
    n = 0
    while n < len(b) - 1 and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
