"""Which words are stop-words: the shipped list (``data/stopwords.txt``) and a ``stop_words`` setting resolved to a
set of words (:func:`stop_word_set`), as :mod:`mcu_nlp.normalization` and the topic model drop them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.tokens import WORD

STOPWORDS_PATH = Path(__file__).parent / "data" / "stopwords.txt"
DEFAULT = "default"


@lru_cache(maxsize=4)
def load_stopwords(path: Path = STOPWORDS_PATH) -> frozenset[str]:
    """Read a stop-word file: one lemma a line, "#" starts a comment.

    >>> "в" in load_stopwords(), "не" in load_stopwords(), "без" in load_stopwords()
    (True, False, False)
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def stop_word_set(stop_words: object = DEFAULT) -> frozenset[str]:
    """The words a ``stop_words`` setting drops: ``"default"`` (the list in ``data/stopwords.txt``), ``None``
    (none) or a collection of words (lemmas or exact forms; lower-cased, ё -> е). A collection equal to the default
    list gives that list itself, so its texts take the default's cache.

    >>> sorted(stop_word_set(["Ещё", "спасибо"])), stop_word_set(None), stop_word_set("default") is load_stopwords()
    (['еще', 'спасибо'], frozenset(), True)
    >>> stop_word_set("спасибо")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected stop_words="default", None or a collection of words, got str of 7 \
characters; wrap a single word in a list: ["спасибо"]
    """
    if isinstance(stop_words, str) and stop_words == DEFAULT:
        return load_stopwords()
    if stop_words is None:
        return frozenset()
    fix = 'pass "default", None (keep every word) or a list of words'
    if isinstance(stop_words, (str, bytes)):
        fix = 'wrap a single word in a list: ["спасибо"]'
    elif isinstance(stop_words, Iterable):
        return _word_set(list(stop_words))
    raise InputError(expected('stop_words="default", None or a collection of words', stop_words, fix))


def _word_set(words: list[object]) -> frozenset[str]:
    bad = [i for i, w in enumerate(words) if not isinstance(w, str) or not WORD.fullmatch(w.strip().lower())]
    if bad:  # a phrase or a punctuation mark matches no token, so it would silently drop nothing
        got = Shown(f"{type(words[bad[0]]).__name__} at position {bad[0]}")
        raise InputError(expected("stop_words of single words (str)", got, "pass one word per item"))
    found = frozenset(w.strip().lower().replace("ё", "е") for w in words)  # type: ignore[union-attr]
    return load_stopwords() if found == load_stopwords() else found
