"""One edit between two words: the typo distance of place names (:mod:`mcu_nlp.geo.typos`), of the urgency
lexicon's key words (:mod:`mcu_nlp.lexicon_typos`) and of name rules; and the one-letter deletions both typo indexes
file a word under."""

from __future__ import annotations


def deletions(word: str) -> set[str]:
    """The words ``word`` makes with one letter dropped: two words one edit apart share one of them or one is the other
    (the index key of a symmetric-deletion typo search).

    >>> sorted(deletions("газа"))
    ['аза', 'гаа', 'газ', 'гза']
    """
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one letter added, dropped or changed, or two neighbours swapped.

    >>> one_edit("васнеет", "ванеет"), one_edit("утечька", "утечка"), one_edit("гарь", "гарями"), one_edit("ab", "ba")
    (True, True, False, True)
    """
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]
