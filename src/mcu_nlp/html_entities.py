"""HTML character references in an appeal («&nbsp;», «&#64;», «&quot;»), decoded as :func:`html.unescape` decodes
them, with a map from the decoded text back to the text as written.

Portal exports carry HTML: a phone written «8&nbsp;912&nbsp;000&nbsp;11&nbsp;22», an e-mail «ivan&#64;mail.ru».
:mod:`mcu_nlp.redaction` reads the decoded text, where they are a phone and an e-mail, and masks the written
characters they came from: a reference inside personal data goes with it, every other character stays as written.
:func:`mcu_nlp.cleaning.clean` decodes the same references (:func:`unescaped`) before tokenising.

A portal that escapes its text twice writes «&amp;#43;7 912 ...», «8&amp;nbsp;912»: what the first decoding leaves
is decoded again, up to :data:`LEVELS` in all, but only references written whole (a «;» after a name, or digits), so
that a link's «&amp;para=2» stays «&para=2» as a browser shows it (:data:`ESCAPED_AGAIN`).
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

#: A character reference as :func:`html.unescape` finds one (the standard library's pattern): decoding each match
#: on its own decodes the text as it does. A name with no «;» is decoded as its longest known prefix («&nbspИван»).
REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
#: A reference written whole, the only kind decoded again in what a first decoding left («&amp;nbsp;» -> «&nbsp;»).
ESCAPED_AGAIN = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
#: How many times a text is decoded at most: a bound, so that «&amp;amp;amp;...» costs linear time.
LEVELS = 3


@dataclass(frozen=True)
class Decoded:
    """``text`` with its character references decoded; the i-th decoded reference is ``text[starts[i]:stops[i]]``
    and was written at ``written[i]`` (its start and stop in the text as written)."""

    text: str
    starts: tuple[int, ...]
    stops: tuple[int, ...]
    written: tuple[tuple[int, int], ...]
    #: the text this was decoded from, if that was decoded too (a text escaped twice): its spans map on through it
    outer: Decoded | None = None

    def span_as_written(self, start: int, stop: int) -> tuple[int, int]:
        """Where ``self.text[start:stop]`` was written: a reference partly inside it is inside it whole.

        >>> decoded = decoded_references("Тел.&nbsp;8&nbsp;912")
        >>> decoded.text == "Тел.\\xa08\\xa0912", decoded.span_as_written(5, 10)
        (True, (10, 20))
        """
        i = bisect.bisect_right(self.starts, start) - 1  # the last reference decoded at or before start
        first = self.written[i][0] if i >= 0 and start < self.stops[i] else start + self._shift(i)
        j = bisect.bisect_left(self.starts, stop) - 1  # the last reference decoded before stop
        last = self.written[j][1] if j >= 0 and stop - 1 < self.stops[j] else stop + self._shift(j)
        return (first, last) if self.outer is None else self.outer.span_as_written(first, last)

    def _shift(self, i: int) -> int:
        """How much longer the written text is than the decoded one after the i-th reference (-1: none before)."""
        return self.written[i][1] - self.stops[i] if i >= 0 else 0


def unescaped(text: str) -> str:
    """``text`` decoded as :func:`html.unescape` decodes it, and what that leaves decoded again (:data:`LEVELS`): the
    text of :func:`decoded_references`, without the map back.

    >>> unescaped("тел. &amp;#43;7&amp;nbsp;912, R&amp;D, ?a=1&amp;para=2")
    'тел. +7\xa0912, R&D, ?a=1&para=2'
    """
    decoded = decoded_references(text)
    return text if decoded is None else decoded.text


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
    parts: list[str] = []
    starts: list[int] = []
    stops: list[int] = []
    written: list[tuple[int, int]] = []
    last = length = 0
    for found in pattern.finditer(text):
        reference = found.group()
        plain = html.unescape(reference)
        if plain == reference:
            continue
        kept = _common_tail(reference, plain)  # «&nbspИван» decodes to «\xa0Иван»: only «&nbsp» is a reference
        start, stop = found.start(), found.end() - kept
        length += start - last
        parts += [text[last:start], plain[: len(plain) - kept]]
        starts.append(length)
        length += len(plain) - kept
        stops.append(length)
        written.append((start, stop))
        last = stop
    if not written:
        return None
    parts.append(text[last:])
    return Decoded("".join(parts), tuple(starts), tuple(stops), tuple(written), outer)


def _common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with alike (at most all of ``b`` but one)."""
    n = 0
    while n < len(b) - 1 and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
