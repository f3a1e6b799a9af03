"""A closed town's status written beside its name decides among namesakes: «ЗАТО» after the name ("пгт Первомайский,
ЗАТО", "Озёрск (ЗАТО)"), as «ЗАТО Первомайский» before it does (``build.add_closed_towns``), and «закрытый город» in
the text ("В Озёрске, у нас в закрытом городе, ..."; session 71: a garrison, "Мирный, в гарнизоне ..."): the namesake
of a closed town's municipality (blind71: Кировская's ЗАТО Первомайский, not Забайкальский край's пгт; Челябинская's
Озёрск, not Калининградская's for a caller of 39).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.geo.forms import CAPITALISED, FREE
from mcu_nlp.geo.qualified import conjunction_zato

# «закрытый город» and its cases (the adjective first: "город закрыт на карантин" is no status), «закрытое
# административно-территориальное образование» written out
# session 71 (blind72): a garrison too ("Мирный, в гарнизоне нет тепла", "в гарнизонном доме"): the closed towns of
# the armed forces are their garrisons (Мирный of Плесецк, Знаменск, Североморск); both such texts of the geo sets are
# about Архангельская's ЗАТО Мирный, none of the SPb and Kursk appeals names one
CLOSED_TOWN = re.compile(
    r"(?<![а-яё])закрыт(?:ый|ого|ом|ому|ым)\s+(?:город|городок|городк)|закрыто[еего]{1,2}\s+административно"
    r"|(?<![а-яё])гарнизон",
)
# What may stand between a name and «ЗАТО» after it: spaces, a comma, a bracket
ZATO_GAP = " ,(\u00a0"


@lru_cache(maxsize=4)  # one per gazetteer, as load_gazetteer keeps them
def closed_municipalities(g) -> frozenset[int]:
    """The closed towns' municipalities: those the gazetteer's «ЗАТО ...» forms name."""
    return frozenset(e for key, postings in g.index.items() if key.startswith("зато ") for e, _ in postings)


def zato_after(ctx, j: int) -> bool:
    """«ЗАТО» is the word ``j``, right after the name that stops before it (``ZATO_GAP`` only between), and no
    conjunction: "ЗАТО" in a text that uses letter case, else before a mark or the text's end ("..., зато свет есть"
    is "but then").

    >>> from mcu_nlp.geo.context import TextContext
    >>> of = TextContext.of
    >>> zato_after(of("пгт Первомайский, ЗАТО — очередь"), 2), zato_after(of("в Первомайском, зато свет есть"), 2)
    (True, False)
    """
    keys = ctx.keys
    if not 0 < j < len(keys) or keys[j] != "зато" or ctx.gap(j).strip(ZATO_GAP) or conjunction_zato(ctx, j):
        return False
    return ctx.cased or j + 1 == len(keys) or bool(ctx.gap(j + 1).strip())


def closed_town_postings(g, ctx, i: int, j: int, postings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``postings`` of the name at ``i:j`` of a closed town's municipality where the text gives the status (at
    ``FREE`` level for «ЗАТО» right after it, as «ЗАТО ...» has) and other namesakes have the name; else
    ``postings``."""
    closed = closed_municipalities(g)
    kept = [(e, level) for e, level in postings if e in closed or g.mun[e] in closed]
    if not kept or len(kept) == len(postings):
        return postings  # the common case: no closed town, or no other namesake
    if zato_after(ctx, j):
        return [(e, FREE) for e, _ in kept]
    if not _says_closed(ctx.low):
        return postings
    if not ctx.capital(i) or (j < len(ctx.keys) and ctx.agrees_next(j)):  # "мирный митинг", "Мирный митинг"
        return kept
    # the status told is the name's context as a type word is: its capital suffices ("Мирный, в гарнизоне ...")
    return [(e, min(level, CAPITALISED)) for e, level in kept]


@lru_cache(maxsize=8)  # asked for each closed town's namesake in a text: one search of the text, not one per name
def _says_closed(low: str) -> bool:
    return CLOSED_TOWN.search(low) is not None
