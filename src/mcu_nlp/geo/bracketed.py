"""A region named in brackets by its adjective alone, its noun left out: "г. Озёрск (Калининградская)" ("Советск
(Кировская обл.)", with the noun, was read already). Inside brackets of its own the adjective qualifies the place
before it as "Калининградская область" would, so it is that region (blind71: Челябинская's ЗАТО Озёрск, the bigger
namesake, was chosen). Outside brackets or with more inside ("Калининградская, 5", "(Калининградская, 5)") it is
read as before.

Session 71 (blind72): so is one right after a place's name and a comma, its clause ending after it ("рп Белый Яр,
Томская — лёд тонкий" is Томская's Белый Яр, was ХМАО's, the biggest), as an address names the region after the place;
not before a house's number ("Белый Яр, Томская 5": a street), nor after a word that is no place's ("Лида Томская").
"""

from __future__ import annotations

from mcu_nlp.geo.forms import FREE, LEVEL_SCORE
from mcu_nlp.geo.lexicon import words

# The marks that end the clause of a region's adjective after a place and a comma: "рп Белый Яр, Томская — ..."
CLAUSE_ENDS = frozenset(",.:;!?—–-")
# The nouns a region's adjective leaves out, in the nominative and the genitive: "(Калининградская)",
# "(Калининградской)"
REGION_NOUNS = tuple(words("область области край края"))
# A region's adjective in the nominative or the genitive: "Томская", "Томской", "Пермский" (not a town's "Ульяновск")
ADJECTIVE_ENDINGS = ("ая", "ой", "ий", "ый")


def _marks_after(ctx, i: int) -> str:
    """The marks between word ``i`` and the next word (to the text's end after the last)."""
    return ctx.gap(i + 1) if i + 1 < len(ctx.keys) else ctx.text[ctx.spans[i][1] :]


def _after_place(ctx, i: int, before: tuple | None) -> bool:
    """Word ``i``, an adjective, follows the place matched by ``before`` right before it and a comma, and ends its
    clause."""
    if before is None or before[1] != i or ctx.gap(i).strip() != "," or not ctx.keys[i].endswith(ADJECTIVE_ENDINGS):
        return False
    return i + 1 == len(ctx.keys) or _marks_after(ctx, i).strip()[:1] in CLAUSE_ENDS


def bracketed_region(g, ctx, i: int, before: tuple | None = None) -> tuple | None:
    """The resolver's match of a region's adjective at word ``i``, alone between brackets or, after the match
    ``before`` of a place with a namesake in that region, a comma and ending its clause (the module's docstring), or
    None.

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g, of = load_gazetteer(), TextContext.of
    >>> [g.name[e] for e in bracketed_region(g, of("г. Озёрск (Калининградская) — вода"), 2)[2]]
    ['Калининградская область']
    >>> bracketed_region(g, of("г. Озёрск (Калининградская, 5) — вода"), 2)
    >>> place = (1, 3, [e for e, _ in g.index["белый яр"]])
    >>> [g.name[e] for e in bracketed_region(g, of("рп Белый Яр, Томская — лёд"), 3, place)[2]]
    ['Томская область']
    >>> bracketed_region(g, of("рп Белый Яр, Томская 5"), 3, place)
    """
    keys = ctx.keys
    if i == 0:
        return None
    bracketed = ctx.gap(i).rstrip().endswith("(")
    if bracketed:
        if not _marks_after(ctx, i).lstrip().startswith(")"):
            return None
    elif not _after_place(ctx, i, before):  # the cheap checks first: asked of nearly every word
        return None
    ids = [
        e
        for noun in REGION_NOUNS
        for e, level in g.index.get(f"{keys[i]} {noun}", ())
        if level == FREE and g.kind[e] == "region"
    ]
    ids = list(dict.fromkeys(ids))
    if not bracketed:  # after a place: a street after a town of another region
        ids = [e for e in ids if any(g.region_code[p] == g.region_code[e] for p in before[2])]  # "Пенза, Московская"
    return (i, i + 1, ids, LEVEL_SCORE[FREE], frozenset(), False) if len(ids) == 1 else None
