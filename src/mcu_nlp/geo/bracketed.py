"""A region named in brackets by its adjective alone, its noun left out: "г. Озёрск (Калининградская)" ("Советск
(Кировская обл.)", with the noun, was read already). Inside brackets of its own the adjective qualifies the place
before it as "Калининградская область" would, so it is that region (blind71: Челябинская's ЗАТО Озёрск, the bigger
namesake, was chosen). Outside brackets or with more inside ("Калининградская, 5", "(Калининградская, 5)") it is
read as before.
"""

from __future__ import annotations

from mcu_nlp.geo.forms import FREE, LEVEL_SCORE
from mcu_nlp.geo.lexicon import words

# The nouns a region's adjective leaves out, in the nominative and the genitive: "(Калининградская)",
# "(Калининградской)"
REGION_NOUNS = tuple(words("область области край края"))


def bracketed_region(g, ctx, i: int) -> tuple | None:
    """The resolver's match of a region's adjective at word ``i``, alone between brackets, or None.

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g, of = load_gazetteer(), TextContext.of
    >>> [g.name[e] for e in bracketed_region(g, of("г. Озёрск (Калининградская) — вода"), 2)[2]]
    ['Калининградская область']
    >>> bracketed_region(g, of("г. Озёрск (Калининградская, 5) — вода"), 2)
    """
    keys, spans, text = ctx.keys, ctx.spans, ctx.text
    if i == 0 or _next_mark(text, spans[i][0] - 1, -1) != "(" or _next_mark(text, spans[i][1], 1) != ")":
        return None
    ids = [
        e
        for noun in REGION_NOUNS
        for e, level in g.index.get(f"{keys[i]} {noun}", ())
        if level == FREE and g.kind[e] == "region"
    ]
    ids = list(dict.fromkeys(ids))
    return (i, i + 1, ids, LEVEL_SCORE[FREE], frozenset(), False) if len(ids) == 1 else None


def _next_mark(text: str, at: int, step: int) -> str:
    """The first character from ``at`` on (``step`` 1) or back (-1) that is no space, "" past the text's end: a
    look at the few characters around a word, not a copy of the text before it (a long text's every word asks)."""
    while 0 <= at < len(text) and text[at].isspace():
        at += step
    return text[at] if 0 <= at < len(text) else ""
