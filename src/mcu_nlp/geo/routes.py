"""Hyphens and dashes between names: one hyphenated name ("Усть-Славянка", "Каменска-Уральского") or a route between
two places ("Салехард-Лабытнанги")."""

from __future__ import annotations

HYPHENS = ("-", "\u2010", "\u2011")  # the plain one and the Unicode (non-breaking) hyphens word processors insert


def glued(ctx, i: int, j: int, places: dict) -> bool:
    """The words ``i:j`` of the ``TextContext`` are part of a longer hyphenated word ("Усть-Славянка",
    "Орлово-Денисовский"); ``places``: the gazetteer's index.

    A hyphen between two place names is a route ("Салехард-Лабытнанги"), and a number is a
    part of a place ("Пурпе-1"): neither glues; but a place named by the hyphenated pair does
    ("улица Каменска-Уральского" is no Уральский, though Каменск is a place too).
    """
    keys, spans, text = ctx.keys, ctx.spans, ctx.text
    for k, (a, b) in ((i - 1, (i - 1, i)), (j, (j - 1, j))):
        if 0 <= k < len(keys) and keys[k].isalpha() and k not in range(i, j):
            hyphen = text[spans[a][1] : spans[b][0]] in HYPHENS
            pair = " ".join(keys[min(i, k) : max(j, k + 1)])
            if hyphen and (pair in places or not any(level == 0 for _, level in places.get(keys[k], ()))):
                return True
    return False
