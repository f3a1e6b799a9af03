"""A town's own name written for the region or district named after it: "Вологда обл, г. Сокол" is Вологодская
область, where Сокол is; "Пермь обл", "Тверь область", "Кунгур р-н, с. Филипповка" (Кунгурский муниципальный округ).

The gazetteer knows "Омск обл" and "Иркутск обл" (the region's adjective cut short happens to be the town's name) but
not "Вологда обл": the town then won at 0.95 and the town named next lost. A region or district counts here only when
it lies in the town's own region (a federal city's: any oblast, "Москва обл") and its adjective shares the town's stem
("вологодская" and "вологда": all of the name but its last two letters, adding at most five), so no town names an
area of another region or a district named otherwise ("Новый район" is no Новоселицкий округ).
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.forms import ADJECTIVE_NAME, FREE, LEVEL_SCORE
from mcu_nlp.geo.lexicon import DISTRICT_NOUNS, REGION_NOUNS, SETTLEMENT_TYPES, words
from mcu_nlp.geo.local import FEDERAL_CITIES
from mcu_nlp.geo.qualified import only_mark_before
from mcu_nlp.geo.tokens import name_key
from mcu_nlp.letters import VOWELS_OR_SOFT_SIGN

# The region nouns after a town's name ("обл" also cuts «областная»: "Вологда обл. больница" is the city's hospital)
REGION_WORDS = frozenset(REGION_NOUNS["область"] + REGION_NOUNS["край"] + words("обл кр"))
ABBREVIATIONS = frozenset(words("обл кр"))  # a cut adjective too («областная», «краевая») before a lower-case word
# District nouns as keys ("р-н" is "р", "н"); only «район»'s: «округ» after a town's name is rarely its district's
DISTRICT_WORDS = ("р н", "рн", "район", "р он")
STEM_CUT = 2  # letters of the town's name its adjective may change: "вологда" → "волог-одская", "тверь" → "твер-ская"
MIN_STEM = 3
SUFFIX = 5  # letters the adjective may add to the name: "сокол" → "сокольский", not "нов" → "новоселицкий"
FLEETING_VOWELS = "ео"  # dropped before the last consonant in the other cases and the adjective: Орёл, Орла, орловская
# What a region or a district is called before the next part of an address: "Иркутская обл., Шелехов", "р-н, Баклаши"
AREA_NOUNS = REGION_WORDS | frozenset(words("н рн район округ ао"))


def town_area(g, ctx, i: int) -> tuple | None:
    """The resolver's match (first token, stop, ids, score, weak ids, soft) of the region or district named by the
    town's name at word ``i`` and the area noun right after it, or None."""
    keys, n = ctx.keys, len(ctx.keys)
    if i + 1 >= n or (keys[i + 1] not in REGION_WORDS and keys[i + 1] not in ("р", "рн", "район")):
        return None  # first: most words are followed by no area noun
    if ctx.type_before(i) or ctx.capital(i) is False or not only_mark_before(ctx, i + 1, ""):
        return None  # "г. Вологда обл." names the town; "Вологда, обл." a list; "в новый район" no town
    towns = [e for e, level in g.index.get(keys[i], ()) if level != ADJECTIVE_NAME and name_key(g.name[e]) == keys[i]]
    # its own name, a noun: "Новый район", "Советский р-н" are the district's
    region = keys[i + 1] in REGION_WORDS
    stop = i + 2 if region else next((i + 1 + len(d.split()) for d in DISTRICT_WORDS if _at(keys, i + 1, d)), None)
    if not towns or stop is None or _cut_adjective(ctx, i + 1, stop) or (not region and _named_after(ctx, stop)):
        return None
    areas = {a for e in towns for a in (_regions(g, e) if region else _districts(g, e)) if _stem(keys[i], g.name[a])}
    return (i, stop, sorted(areas), LEVEL_SCORE[FREE], frozenset(), False) if areas else None


def _at(keys: list[str], k: int, phrase: str) -> bool:
    return keys[k : k + phrase.count(" ") + 1] == phrase.split()


def _cut_adjective(ctx, k: int, stop: int) -> bool:
    """An abbreviation at word ``k`` right before a lower-case word with only a dot between: "обл. больница"
    (областная), not "обл, г. Сокол", "обл. г. Сокол", "р-н, с. Филипповка"."""
    if ctx.keys[stop - 1] not in ABBREVIATIONS or stop >= len(ctx.keys) or ctx.keys[stop] in SETTLEMENT_TYPES:
        return False
    return only_mark_before(ctx, stop, "", ".") and ctx.capital(stop) is not True


def _named_after(ctx, stop: int) -> bool:
    """A capitalised word right after the district noun names a town's part: "Пермь р-н Гайва"."""
    return stop < len(ctx.keys) and ctx.capital(stop) is True and not ctx.text[ctx.spans[stop - 1][1] : ctx.spans[
        stop][0]].strip(" .")


def _stem(town: str, area: str) -> bool:
    """The area's adjective shares all of the town's name but its last ``STEM_CUT`` letters, or its stem without a
    fleeting vowel ("орел" → "орл-овская": Орёл, Орла), and adds at most ``SUFFIX``.

    >>> _stem("орел", "Орловская область"), _stem("вологда", "Вологодская область"), _stem("орел", "Орская область")
    (True, True, False)
    """
    adjective = name_key(area).split()[0]
    stem = town[: max(MIN_STEM, len(town) - STEM_CUT)]
    fleeting = (
        town[-2:-1] in FLEETING_VOWELS
        and town[-1] not in VOWELS_OR_SOFT_SIGN
        and adjective.startswith(town[:-2] + town[-1])
    )
    return (adjective.startswith(stem) or fleeting) and adjective != town and len(adjective) <= len(town) + SUFFIX


def area_before(ctx, i: int) -> bool:
    """A region's or district's noun and a comma right before word ``i``: the next part of an address, a place of
    that area ("Иркутск обл, Шелехов", "Иркутская область, Шелехов", "Шелеховский р-н, Баклаши")."""
    if i < 2 or ctx.keys[i - 1] not in AREA_NOUNS or (ctx.keys[i - 1] == "н" and ctx.keys[i - 2] != "р"):
        return False
    return only_mark_before(ctx, i, ",", ".,")


def _regions(g, e: int) -> tuple[int, ...]:
    """The region of town ``e``, or every oblast for a federal city ("Москва обл": Московская область)."""
    if g.kind[e] == "region":
        return _oblasts(g)
    region = g.region[e]
    return (region,) if region >= 0 and g.name[region].endswith(("область", "край")) else ()


@lru_cache(maxsize=4)  # one per gazetteer, as load_gazetteer keeps them
def _oblasts(g) -> tuple[int, ...]:
    return tuple(e for e in set(g.region) if e >= 0 and g.kind[e] == "region" and g.name[e].endswith("область"))


def _districts(g, e: int) -> tuple[int, ...]:
    return _districts_by_region(g).get(g.region_code[e], ()) if g.kind[e] != "region" else ()


@lru_cache(maxsize=4)  # one per gazetteer, as load_gazetteer keeps them
def _districts_by_region(g) -> dict[str, tuple[int, ...]]:
    """Subject code -> its districts and municipal okrugs (no town's own городской округ)."""
    by_region: dict[str, list[int]] = {}
    for e, name in enumerate(g.name):
        if g.kind[e] == "municipality" and name.endswith(("район", "муниципальный округ")):
            by_region.setdefault(g.region_code[e], []).append(e)
    return {code: tuple(ids) for code, ids in by_region.items()}


# «район» and «округ» in every case (a district's name ends with one), and a town's type words before its genitive
DISTRICT_ENDS = frozenset(w for noun in ("район", "округ") for w in DISTRICT_NOUNS[noun])
TOWN_GENITIVE_TYPES = frozenset(words("г гор города"))
LONGEST_TOWN = 4  # words of a town's name looked up after a district («Ростова на Дону»)


def another_towns_district(g, ctx, match: tuple, town_like) -> bool:
    """A district's match right before a town's genitive (no mark between but «г.») that holds none of its places: a
    part of that town, not the district ("в Пролетарском районе Ростова" is Ростов-на-Дону's Пролетарский район, not
    Ростовская область's rural one, whose name the census's town district shares and so never got; "в Кировском
    районе Самары" for a caller of 61 no Кировский район of Ростов). Session 29. A district holding the town stays:
    "в Октябрьском районе Каменоломни", "Красносельский район Санкт-Петербурга"."""
    i, stop, ids = match[0], match[1], match[2]
    keys, n = ctx.keys, len(ctx.keys)
    if stop >= n or keys[stop - 1] not in DISTRICT_ENDS or stop - i < 2:
        return False
    j = stop + 1 if keys[stop] in TOWN_GENITIVE_TYPES and stop + 1 < n else stop
    gaps = [ctx.gap(k) for k in range(stop, j + 1)]
    if any(gap.strip(" ." if k else " ") for k, gap in enumerate(gaps)) or not ctx.capital(j):
        return False
    towns = set()
    for length in range(min(LONGEST_TOWN, n - j), 0, -1):
        key = " ".join(keys[j : j + length])
        towns = {e for e, _ in g.index.get(key, ()) if town_like(g, e) and name_key(g.name[e]) != key}
        if towns:
            break  # an oblique form of a town's name: "Ростова", "Самары", "Ростова-на-Дону"
    if not towns:
        return False
    holders = {e for t in towns for e in (t, int(g.mun[t])) if e >= 0}
    regions = {str(g.region_code[t]) for t in towns}
    federal = regions & FEDERAL_CITIES  # "Красносельский район Санкт-Петербурга": the city's own district
    return not any(e in holders or int(g.mun[e]) in holders or str(g.region_code[e]) in federal for e in ids)
