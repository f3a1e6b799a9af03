"""Hyphens and dashes between names: one hyphenated name ("Усть-Славянка", "Каменска-Уральского") or a route between
two places ("Салехард-Лабытнанги")."""

from __future__ import annotations

from collections import Counter

from mcu_nlp.geo.forms import CAPITALISED, COMMON_WORD, FREE, PERSON_NAME, STRONG
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT
from mcu_nlp.geo.lexicon import words
from mcu_nlp.geo.tokens import HYPHENS

DASHES = (*HYPHENS, "\u2013", "\u2014")  # a spaced dash between two towns joins them as a route too
# levels of a name that may stand alone as a place (not an adjective's, an abbreviation's or a colloquial form)
ROUTE_LEVELS = frozenset({FREE, CAPITALISED, COMMON_WORD, PERSON_NAME})
#: Words before a company's name: a town hyphenated to a word after one is a brand («Управляющая компания
#: Самара-Сервис», «ООО Тверь-Экспо»), as it is right after a quote mark («"Самара-Сервис"»)
ORGANISATION = frozenset(
    words(
        "компания компании компанию компанией организация организации организацию организацией фирма фирмы фирму "
        "фирмой предприятие предприятия ооо оао зао пао ао ук ип тсж жск"
    )
)
QUOTES = frozenset("«\"„“'")
#: Words a company's name ends in after a town and a hyphen («Самара-Сервис», «Тверь-Экспо», «Курск-Энерго»)
COMPANY_WORDS = frozenset(
    words("сервис экспо энерго строй инвест авто транс телеком групп трейд холдинг агро пром снаб торг маркет плаза")
)


def glued(ctx, i: int, j: int, places: dict) -> bool:
    """The words ``i:j`` of the ``TextContext`` are part of a longer hyphenated word ("Усть-Славянка",
    "Орлово-Денисовский"); ``places``: the gazetteer's index.

    A hyphen between two place names is a route ("Салехард-Лабытнанги", "Белебей-Уфа": a name that is also a word
    or a surname only between capitals), and a number is a part of a place ("Пурпе-1"): neither glues; but a place
    named by the hyphenated pair does ("улица Каменска-Уральского" is no Уральский, though Каменск is a place too).
    """
    keys, spans, text = ctx.keys, ctx.spans, ctx.text
    for k, (a, b) in ((i - 1, (i - 1, i)), (j, (j - 1, j))):
        if 0 <= k < len(keys) and keys[k].isalpha() and k not in range(i, j):
            hyphen = text[spans[a][1] : spans[b][0]] in HYPHENS
            pair = " ".join(keys[min(i, k) : max(j, k + 1)])
            if not hyphen:
                continue
            if pair in places or not any(_partner_level(ctx, i, k, level) for _, level in places.get(keys[k], ())):
                return True
    return False


def town_and_part(g, ctx, i: int, j: int, postings) -> bool:
    """The one-word name at ``i:j`` is a big town's own, capitalised, hyphenated to a capitalised word after it that
    names no place and makes none with it: a part of the town named after it, a former town merged into its okrug
    ("Балашиха-Железнодорожный", "Подольск-Климовск") or a station ("Пермь-Сортировочная"): the town, not a glued
    name (session 24 walkthrough G4; ``postings``: the name's (entry, level)s, all a town's of ``BIG_TOWN`` people).

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer(None)
    >>> ctx = TextContext.of
    >>> town_and_part(g, ctx("Балашиха-Железнодорожный: нет воды"), 0, 1, g.index["балашиха"])
    True
    >>> town_and_part(g, ctx("Усть-Славянка"), 0, 1, g.index.get("усть", ()))
    False
    >>> town_and_part(g, ctx("Компания Самара-Сервис"), 1, 2, g.index["самара"])
    False
    """
    keys, spans, text = ctx.keys, ctx.spans, ctx.text
    if j - i != 1 or j >= len(keys) or not keys[j].isalpha() or not postings:
        return False
    if ctx.capital(i) is not True or ctx.capital(j) is not True or text[spans[i][1] : spans[j][0]] not in HYPHENS:
        return False
    if i and text[spans[i - 1][1] : spans[i][0]] in HYPHENS:  # "Кирово-Чепецк-..."
        return False
    if j + 1 < len(keys) and text[spans[j][1] : spans[j + 1][0]] in HYPHENS:  # "Ростов-на-Дону"
        return False
    if f"{keys[i]} {keys[j]}" in g.index or _own_place(g, keys[j]) or _brand(ctx, i, j):
        return False
    return all(level == FREE and g.kind[e] != "region" and g.weight[e] >= BIG_TOWN_WEIGHT for e, level in postings)


def _brand(ctx, i: int, j: int) -> bool:
    """Whether «town-word» at ``i``, ``j`` names a company (session 24 review item 9): after an organisation's word or
    a quote mark («Управляющая компания Самара-Сервис», «"Тверь-Экспо"»), or the word is a company's (COMPANY_WORDS,
    pymorphy's Orgn: «Сервис», «Экспо»; not «Железнодорожный», «Сортировочная», «Заря», «Теткино»)."""
    from mcu_nlp.morphology import analyzer

    keys, spans, text = ctx.keys, ctx.spans, ctx.text
    before = text[spans[i - 1][1] if i else 0 : spans[i][0]]
    if any(mark in QUOTES for mark in before) or (i and before.strip(" ") == "" and keys[i - 1] in ORGANISATION):
        return True
    return keys[j] in COMPANY_WORDS or "Orgn" in analyzer().parse(keys[j])[0].tag


def _partner_level(ctx, i: int, k: int, level: int) -> bool:
    """A neighbour's form of this ``level`` may be a place of its own beside word ``i``: a name no word shares, or
    one that does (``ROUTE_LEVELS``) with both words capitalised ("Белебей-Уфа"; not "горки-качели")."""
    return level == FREE or (level in ROUTE_LEVELS and ctx.capital(i) is True and ctx.capital(k) is True)


def route_partner(g, ctx, i: int, j: int) -> bool:
    """A capitalised place named on its own right across a hyphen or a dash from the capitalised name at ``i:j``: a
    route between two places, "Белебей-Уфа", "автобус Белебей - Уфа", "Кирово-Чепецк - Киров" (``g``: the
    gazetteer). A name that is also a word or a surname is a place there as the other one is."""
    if ctx.capital(i) is not True:
        return False
    keys, spans, text = ctx.keys, ctx.spans, ctx.text
    for k, gap, side in ((i - 1, (i - 1, i), -1), (j, (j - 1, j), 1)):
        if not (0 <= k < len(keys) and keys[k].isalpha() and ctx.capital(k)):
            continue
        between = text[spans[gap[0]][1] : spans[gap[1]][0]]
        if between not in HYPHENS and between.strip() not in DASHES:
            continue
        # the partner's word, or it and the word it is hyphenated to ("Кирово-Чепецк - Киров")
        far = k + side
        pair = (far, k) if side < 0 else (k, far)
        joined = 0 <= far < len(keys) and text[spans[pair[0]][1] : spans[pair[1]][0]] in HYPHENS
        names = [keys[k]] + ([" ".join(keys[min(pair) : max(pair) + 1])] if joined else [])
        if 0 <= far < len(keys) and not joined:  # a two-word partner: "Нижний Новгород — Киров" (session 29)
            names.append(" ".join(keys[min(pair) : max(pair) + 1]))
        if any(_own_place(g, name) for name in names):
            return True
    return False


def _own_place(g, key: str) -> bool:
    """``key`` names a settlement or a municipality at a level that may stand alone (not an adjective's form)."""
    return any(level in ROUTE_LEVELS and g.kind[e] != "region" for e, level in g.index.get(key, ()))


def route_verdicts(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The (entry, level, verdict) ``verdicts`` of the name at ``i:j`` with a word-like or surname-like form
    (``COMMON_WORD``, ``PERSON_NAME``) at one end of a route (``route_partner``) made STRONG. Most names have no
    hyphen or dash beside them: the gaps are read first, the candidates only then."""
    text, spans = ctx.text, ctx.spans
    before = text[spans[i - 1][1] : spans[i][0]] if i else ""
    after = text[spans[j - 1][1] : spans[j][0]] if j < len(spans) else ""
    if not any(d in before or d in after for d in DASHES):
        return verdicts
    if all(v == STRONG or level not in (COMMON_WORD, PERSON_NAME) for _, level, v in verdicts):
        return verdicts
    if not route_partner(g, ctx, i, j):
        return verdicts
    return [(e, level, STRONG if level in (COMMON_WORD, PERSON_NAME) else v) for e, level, v in verdicts]


def route_ends(ctx, found: list, evidence: list) -> list[Counter]:
    """For each match of ``found`` (the resolver's tuples), the regions its route partners vouch for (``evidence``):
    the matches right beside it across a hyphen or a spaced dash, both capitalised. A route's two ends may lie in two
    regions, so one end's region is no evidence against the other's namesakes: "Трасса Уфа — Киров" keeps Киров,
    which Уфа's region dropped as a surname-like name of no namesake there (session 29)."""
    out = [Counter() for _ in found]
    text, spans = ctx.text, ctx.spans
    for k in range(1, len(found)):
        (_, stop, *_), (start, *_) = found[k - 1], found[k]
        between = text[spans[stop - 1][1] : spans[start][0]] if start == stop else ""
        if not between or (between not in HYPHENS and between.strip() not in DASHES):
            continue
        if ctx.capital(start) is not True or ctx.capital(found[k - 1][0]) is not True:
            continue
        if evidence[k - 1]:
            out[k][evidence[k - 1]] += 1
        if evidence[k]:
            out[k - 1][evidence[k]] += 1
    return out
