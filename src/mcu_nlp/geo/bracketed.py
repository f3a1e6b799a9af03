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
    keys = ctx.keys
    if i == 0 or not ctx.gap(i).rstrip().endswith("("):
        return None
    after = ctx.gap(i + 1) if i + 1 < len(keys) else ctx.text[ctx.spans[i][1] :]  # the marks to the next word only
    if not after.lstrip().startswith(")"):
        return None
    ids = [
        e
        for noun in REGION_NOUNS
        for e, level in g.index.get(f"{keys[i]} {noun}", ())
        if level == FREE and g.kind[e] == "region"
    ]
    ids = list(dict.fromkeys(ids))
    return (i, i + 1, ids, LEVEL_SCORE[FREE], frozenset(), False) if len(ids) == 1 else None
