"""The size-limited caches of the hot paths (lemmas, terms, n-grams, lexicon cells): a plain dict read with ``get``,
stored into with :func:`remember`, emptied whole when full.

Emptying is the cheap bound: a batch job sees the same few thousand word forms over and over, so a steady stream
refills the hot ones at once, while a stream of junk tokens cannot grow the dict without limit. The lookups stay
plain ``dict.get`` at each call site; only a miss pays for this call.
"""

from __future__ import annotations

from typing import TypeVar

#: Most entries a word cache keeps: ~45 MB at the limit (measured: 5.4 MB for the 24k forms of 16k SPb appeals).
CACHE_LIMIT = 200_000

K = TypeVar("K")
V = TypeVar("V")


def remember(cache: dict[K, V], key: K, value: V, limit: int | None = None) -> V:
    """Store ``value`` under ``key`` and return it; a cache of ``limit`` entries (None: :data:`CACHE_LIMIT`, read at
    the call, so a test can make every word cache tiny at once) is emptied first.

    >>> cache = {}
    >>> [remember(cache, word, len(word), limit=2) for word in ("яма", "дорога", "свет")], cache
    ([3, 6, 4], {'свет': 4})
    """
    if len(cache) >= (CACHE_LIMIT if limit is None else limit):
        cache.clear()
    cache[key] = value
    return value
