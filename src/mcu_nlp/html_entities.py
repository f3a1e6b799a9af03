"""HTML character references in an appeal («&nbsp;», «&#64;», «&quot;»), decoded as :func:`html.unescape` decodes
them, with a map from the decoded text back to the text as written.

Portal exports carry HTML: a phone written «8&nbsp;912&nbsp;000&nbsp;11&nbsp;22», an e-mail «ivan&#64;mail.ru».
:mod:`mcu_nlp.redaction` reads the decoded text, where they are a phone and an e-mail, and masks the written
characters they came from: a reference inside personal data goes with it, every other character stays as written.
:func:`mcu_nlp.cleaning.clean` decodes the same references (:func:`html.unescape` over its text) before tokenising.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

#: A character reference as :func:`html.unescape` finds one (the standard library's pattern): decoding each match
#: on its own decodes the text as it does. A name with no «;» is decoded as its longest known prefix («&nbspИван»).
REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


@dataclass(frozen=True)
class Decoded:
    """``text`` with its character references decoded; the i-th decoded reference is ``text[starts[i]:stops[i]]``
    and was written at ``written[i]`` (its start and stop in the text as written)."""

    text: str
    starts: tuple[int, ...]
    stops: tuple[int, ...]
    written: tuple[tuple[int, int], ...]

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
        return first, last

    def _shift(self, i: int) -> int:
        """How much longer the written text is than the decoded one after the i-th reference (-1: none before)."""
        return self.written[i][1] - self.stops[i] if i >= 0 else 0


def decoded_references(text: str) -> Decoded | None:
    """``text`` with its character references decoded, or None if it holds none that decodes to other characters.

    >>> decoded_references("ivan&#64;mail.ru, R&D").text
    'ivan@mail.ru, R&D'
    >>> decoded_references("R&D и &unknown;") is None
    True
    """
    if "&" not in text:
        return None
    parts: list[str] = []
    starts: list[int] = []
    stops: list[int] = []
    written: list[tuple[int, int]] = []
    last = length = 0
    for found in REFERENCE.finditer(text):
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
    return Decoded("".join(parts), tuple(starts), tuple(stops), tuple(written))


def _common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with alike (at most all of ``b`` but one)."""
    n = 0
    while n < len(b) - 1 and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
