"""Names that count only in the caller's region (``forms.LOCAL_NAME``): "в Ростове" for 61, "в Перово" for 77.

Such a name is a short name of a bigger place (Ростов for Ростов-на-Дону, lexicon.LOCAL_SHORT_NAMES) or an internal
territory of Москва, Петербург or Севастополь whose name a village elsewhere has too (Перово, Солнцево, Купчино:
index.add_internal_names). Without a region it is no place of its own; in the caller's region it is a place after
«в», «из» and as the heading of a report ("Купчино, яма у дома"), and wherever a namesake elsewhere would count: a
caller of region 77 who writes "Перово, нет воды" means Москва's Перово, not the village of Крым.
"""

from __future__ import annotations

from mcu_nlp.geo.forms import LOCAL_NAME, REJECT, STRONG
from mcu_nlp.geo.grammar import adjective_form
from mcu_nlp.geo.lexicon import LOCAL_PREPOSITIONS, PLACE_PREPOSITIONS


def caller_postings(g, postings: list | None, hint: str | None) -> list | None:
    """The postings of a form in the gazetteer ``g`` without the local names of regions other than the caller's."""
    if not postings or LOCAL_NAME not in [level for _, level in postings]:
        return postings
    return [(e, level) for e, level in postings if level != LOCAL_NAME or g.region_code[e] == hint]


def local_verdict(ctx, i: int, j: int, capital: bool | None) -> int:
    """REJECT or STRONG for a local name at ``i:j`` of the ``TextContext`` (the resolver checked the region).

    "в Нижнем", "из Ростова", "Купчино, яма у дома", "Перово: нет воды"; not "в нижнем ящике", "в Нижнем Подъезде",
    "в Ростове Великом" (Ростов of Ярославская область), "Нижний, ..." (an adjective heads no report).
    """
    if capital is None:  # without case an adjective ("нижнем") is the ordinary word
        ok = ctx.preposition(i) in PLACE_PREPOSITIONS and not adjective_form(ctx.keys[j - 1])
    elif i == 0 and capital and not adjective_form(ctx.keys[j - 1]):
        ok = ctx.heading(i, j) or ctx.opens_report(i, j, ",.")
    else:
        ok = capital and ctx.preposition(i) in LOCAL_PREPOSITIONS and not ctx.agrees_next(j)
    return STRONG if ok else REJECT


def with_local_names(ctx, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(place, level, verdict) of the form stopping before word ``j``, a local name of the caller's region lifted to
    the best verdict of its namesakes: where a village elsewhere counts ("Перово, нет воды", "Солнцево парк"), the
    caller's own place does; but before a word it agrees with ("в Ростове Великом": another place's name)."""
    if LOCAL_NAME not in [level for _, level, _ in verdicts]:
        return verdicts  # the common case
    best = max((v for _, level, v in verdicts if level != LOCAL_NAME), default=REJECT)
    if best == REJECT or all(level != LOCAL_NAME or v >= best for _, level, v in verdicts) or ctx.agrees_next(j):
        return verdicts  # nothing to lift the local name to
    return [(e, level, max(v, best) if level == LOCAL_NAME else v) for e, level, v in verdicts]
