"""pymorphy3 behind a lazy, thread-safe singleton and a bounded word-form cache.

The analyzer is built on first use (import stays fast). Batch jobs see the same few
thousand word forms over and over, so a plain dict from form to lemma turns a
~30 µs ``parse`` into a ~50 ns lookup; the dict is bounded so that a stream of junk
tokens cannot grow it without limit.
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache
from typing import Any

#: Most forms a cache keeps; ~60 MB at the worst, ~1-3 MB for a city's appeals.
CACHE_LIMIT = 200_000

_ANALYZER: Any = None
_LOCK = threading.Lock()
_LEMMAS: dict[str, str] = {}


def analyzer() -> Any:
    """Return the shared ``pymorphy3.MorphAnalyzer``, building it on first call.

    >>> analyzer().parse("домов")[0].normal_form
    'дом'
    """
    global _ANALYZER
    if _ANALYZER is None:
        with _LOCK:
            if _ANALYZER is None:
                import pymorphy3

                _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


def _parse_lemma(form: str) -> str:
    # Follow normal forms to a fixed point so that lemma(lemma(x)) == lemma(x): pymorphy's
    # first parse of a lemma is sometimes another word, even in a cycle
    # ("снимка" -> "снимок" -> "снимка"); a cycle is settled on its smallest member.
    # A step that is already in the cache is resolved, which saves most second parses.
    seen = [form]
    while len(seen) < 8:
        step = analyzer().parse(seen[-1])[0].normal_form.replace("ё", "е")
        if step == seen[-1]:
            return step
        known = _LEMMAS.get(step)
        if known is not None:
            return known
        if step in seen:
            return min(seen[seen.index(step) :])
        seen.append(step)
    return seen[-1]


def lemma(form: str) -> str:
    """Return the dictionary form of a lower-case word form, with ё folded to е.

    >>> lemma("трубы"), lemma("работает"), lemma("лёд")
    ('труба', 'работать', 'лед')
    """
    found = _LEMMAS.get(form)
    if found is None:
        found = _parse_lemma(form)
        if len(_LEMMAS) >= CACHE_LIMIT:
            _LEMMAS.clear()  # cheap bound; a steady stream refills the hot forms at once
        _LEMMAS[form] = found
        if found not in _LEMMAS:
            _LEMMAS[found] = found  # the lemma's own entry spares the fixed-point parse for its other forms
    return found


@lru_cache(maxsize=CACHE_LIMIT)
def grammemes(form: str) -> frozenset[str]:
    """Return the grammemes of every parse of a lower-case form (for names and places).

    >>> sorted(grammemes("сергеевич") & {"Name", "Surn", "Patr"})
    ['Patr']
    """
    found: set[str] = set()
    for parse in analyzer().parse(form):
        found.update(parse.tag.grammemes)
    return frozenset(found)


def cache_info() -> dict[str, int]:
    """Return the size of the lemma cache: entries and an estimate of bytes held.

    >>> cache_info()["limit"] == CACHE_LIMIT
    True
    """
    size = sys.getsizeof(_LEMMAS)
    size += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in list(_LEMMAS.items()))
    return {"entries": len(_LEMMAS), "bytes": size, "limit": CACHE_LIMIT}
