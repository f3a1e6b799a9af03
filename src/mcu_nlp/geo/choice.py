"""The choice among same-named places: which of the candidates of each name found in a text is meant.

The caller's region first (it only breaks ties), then a region or municipality named elsewhere in the text (or
implied by a postal code), then population; a name that needs a known region counts only there, and a place picked
among regions without evidence scores below ``municipality.CONFIDENT``.

>>> from mcu_nlp.geo import GeoResolver
>>> [(p.region_code, p.score) for p in GeoResolver().resolve("в Железногорске")]  # 46 and 24: the bigger one
[('46', 0.57)]
"""

from __future__ import annotations

from collections import Counter

from mcu_nlp.geo.big_towns import (
    as_capitalised,
    big_town_evidence,
    big_town_written,
    is_big,
    placed_surname,
    plain_big_town,
)
from mcu_nlp.geo.context import TextContext
from mcu_nlp.geo.forms import LOCAL_NAME
from mcu_nlp.geo.gazetteer import (
    BIG_TOWN_WEIGHT,
    NO_REGION_TYPO_MIN_WEIGHT,
    TYPO_MIN_WEIGHT,
    Gazetteer,
    population_weight,
)
from mcu_nlp.geo.lexicon import SPELLED_TOWN_TYPES, words
from mcu_nlp.geo.local import FEDERAL_CITIES
from mcu_nlp.geo.municipality import CONFIDENT
from mcu_nlp.geo.namesake_rank import namesake_rank, town_as_village, typed_urban
from mcu_nlp.geo.qualified import (
    district_before,
    district_of,
    district_pairs,
    district_village,
    districts_apart,
    held_by_any,
    is_town_district,
    other_towns_districts,
    qualified,
    town_district,
    with_okrugs,
)
from mcu_nlp.geo.routes import route_ends
from mcu_nlp.geo.tokens import name_key
from mcu_nlp.morphology import analyzer
from mcu_nlp.records import Place

GO_PREPOSITIONS = frozenset({"в", "во", "на"})
TYPO = frozenset({-1})  # marks a typo match: its candidates count only in a known region or a big town
# A place chosen among same-named ones in other regions without any region evidence scores below
# municipality.CONFIDENT, so best_municipality prefers any settled mention over it.
UNSETTLED_FACTOR = 0.6
# log10 of the people of a district's town of another region than the caller's a typo may name (100,000: a city the
# writer of another region knows; a typo of a smaller one is likelier a village of the caller's the gazetteer lacks)
CALLER_TYPO_ELSEWHERE_WEIGHT = 5.0
# An urban place of the caller's region this small counts after a village's type word too ("с. Дубки" with 05: a пгт
# of 5,600 people; session 60); the gazetteer has no пгт apart from a town, so population tells the village-like one
SMALL_URBAN = 10_000
SMALL_URBAN_WEIGHT = population_weight(SMALL_URBAN)
# A district name of this many regions or more, none of them known, names no municipality: Советский, Ленинский,
# Октябрьский районы are also the districts of most big towns (the gazetteer lacks those but Москва's, Петербург's
# and Севастополь's), so the biggest namesake is a guess (Советский район of Крым for "В Советском районе нет света")
MANY_REGIONS = 3
POSYOLOK_TYPES = frozenset(words("п пос поселок поселка поселке поселку поселком пгт рп"))
# Vowels an unstressed first syllable spells one for another ("Акуловка" for Окуловка; ``same_first_sound``)
FIRST_SOUNDS = ({"а", "о"}, {"е", "и", "э"})


def choose(g: Gazetteer, ctx: TextContext, found: list, postal: str | None, hint: str | None) -> list[Place]:
    """The places of the matches ``found`` (the resolver's tuples), each chosen among its same-named candidates, in
    text order; a match with no candidate left is dropped."""
    villages = [town_as_village(g, ctx, i, ids) for i, _, ids, *_ in found]  # "село Шуя": no evidence of 37
    villages = [v or district_village(g, ctx, found, k) for k, v in enumerate(villages)]  # "Прионежский р-н, пос. Шуя"
    evidence = [
        None if village else _evidence(g, ids, weak, soft) or big_town_evidence(g, ctx, i, j, ids, weak, soft, hint)
        for (i, j, ids, _, weak, soft), village in zip(found, villages)
    ]
    votes = Counter(region for region in evidence if region)
    # a region vouched for only by a place gone to ("Электричка на Москву отменена, Сергиев Посад") makes no word-like
    # name of another region drop: the writer is elsewhere, often nearby (session 24)
    gone = {k for k, ((i, j, *_), region) in enumerate(zip(found, evidence)) if region and goes_to(ctx, i, j)}
    stays = Counter(region for k, region in enumerate(evidence) if region and k not in gone) if gone else votes
    named = {  # regions and federal cities named by their own name, not gone to: above the caller's region's
        k: region  # namesake of a place named right beside them (``beside_region``)
        for k, ((_, _, ids, *_), region) in enumerate(zip(found, evidence))
        if region and k not in gone and _region_named(g, ids, region)
    }
    text_muns = {
        g.mun[ids[0]] for (_, _, ids, _, weak, soft), region in zip(found, evidence) if region and len(ids) == 1
    }
    # session 62: a town named plainly settles a namesake of its region named beside it, as a region does (the
    # gazetteer knows every town, unlike villages): "Из Арзгира в Светлоград" with no region is Арзгир of 26 at 0.95
    town_named = [None if village else _town_evidence(g, m[2], m[4], m[5]) for m, village in zip(found, villages)]
    town_votes = Counter(region for region in town_named if region)
    places, picked = [], {}  # picked: match → (its candidates left, the one chosen, its index in places)
    ends = route_ends(ctx, found, evidence) if len(found) > 1 else [Counter()]  # "Трасса Уфа — Киров"
    for k, ((i, j, ids, score, weak, soft), own) in enumerate(zip(found, evidence)):
        ids = other_towns_districts(g, found, k, district_before(g, ctx, found, k, ids))  # "Златоуст, Ленинский р-н"
        ids = [] if part_elsewhere(g, ctx, found, k) else ids  # "Шахты, пос. Артём": no Артём of Приморский край
        ids = [] if town_district(g, ctx, found, k) else qualified(g, ctx, found, k, district_of(g, ctx, found, k, ids))
        # the regions named elsewhere in the text: a mention is no evidence for itself
        text_regions = {region for region, n in votes.items() if n > (region == own)}
        text_regions |= {postal} if postal else set()
        # a route partner's region ("Трасса Уфа — Киров") still picks among namesakes ("Трасса Ростов — Ярославль":
        # Ростов of 76), but is no evidence against a name of no namesake there: only the drop tests leave it out
        drop_regions = {region for region, n in votes.items() if n > (region == own) + ends[k][region]}
        drop_regions |= {postal} if postal else set()
        supported = [e for e in ids if g.region_code[e] == hint or g.region_code[e] in text_regions]
        guessed = by_size = False  # a typo read into another region than the caller's; a big town kept by its size
        if weak is TYPO:  # a typo counts where the region is known, or for a big town after "в", "г."
            towns = [e for e in ids if not ctx.village_type_before(i)]
            big = [e for e in towns if g.weight[e] >= TYPO_MIN_WEIGHT]
            if hint is not None:  # session 29: into another region than the caller's only a town that is an okrug of
                # its own ("В Салехрде" with 02) or of 100,000+ people: "в Щепкине" with region 61 is a хутор Щепкин
                # the gazetteer lacks, no Щекино of Тульская (a district's town)
                big = [e for e in big if g.kind[e] == "municipality" or g.weight[e] >= CALLER_TYPO_ELSEWHERE_WEIGHT]
            if not big and hint is None:  # no caller's region: a town of 10,000+ people too ("в Шимоновске"); a
                # village of as many only for a slip in its ending (Черниговка of 25 is no "в Черниковке": Уфа's)
                key = " ".join(ctx.keys[i:j])
                big = [e for e in towns if g.weight[e] >= NO_REGION_TYPO_MIN_WEIGHT]
                big = [e for e in big if g.urban[e] or ending_slip(key, name_key(g.name[e]))]
                # and with its first letter as written or sounded ("в акуловке": Окуловка): "в Расково" (a village the
                # gazetteer lacks) is no Красково of Люберцы (the Саратов walkthrough's D8, session 67)
                big = [e for e in big if same_first_sound(name_key(g.name[e]), key)]
            ids = supported or (big if len({g.region_code[e] for e in big}) == 1 else [])
            # session 44: a typo read into another region than the caller's is a guess, unsettled as a namesake
            # elsewhere is ("ННовгород яма" with 52 was Великий Новгород at 0.7)
            guessed = hint is not None and not supported
        else:  # without a region prior, a capitalised adjective name still counts for a big town; with one, a big
            # town heading an address does ("Киров, Ленинский район" with region 78)
            big_town = big_town_written(g, ctx, i, j, ids, hint)
            weak = as_capitalised(g, ctx, i, j, weak)
            kept = [e for e in ids if e not in weak or e in supported or (big_town and is_big(g, e))]
            by_size = _namesakes_left_by_size(g, ids, kept, weak, supported)
            ids = kept
        # the caller's region makes a word or a person's name count only there, but for a big town written
        # plainly ("в Кирове", "из Находки" with region 02): the region only breaks ties
        # and for a surname's form no person is read in ("в Ростове", "из Ростова")
        firm = {region for region, n in stays.items() if n > (region == own) + ends[k][region]}
        firm |= {postal} if postal else set()
        known_region = bool(firm) or (
            soft and hint is not None and not plain_big_town(g, ctx, i, j, ids) and not placed_surname(g, ctx, i, j)
        )
        if not ids or ((soft or _is_district(g, ids)) and known_region and not supported):
            # "Центрального округа города Курска" is a district of that city; "Александровской Фермы"
            # in a Петербург address is a street: an ambiguous name must fit the known region
            continue
        urban = typed_urban(g, ctx, i)
        if villages[k] and drop_regions - {g.region_code[e] for e in ids}:
            continue  # "село Шуя, Прионежский район": a village of the district named, not the town Шуя of 37
        ids = _rural_if_typed(g, ids, urban, hint)  # "с. Никольское": not the town Никольское of Ленинградская область
        if not (ids := _after_town_word(g, ctx, i, ids, hint, bool(supported))):
            continue  # "в городе яма": no village Ям (session 59)
        ids = _small_if_typed(g, ctx, i, ids)  # "из посёлка Магнитки": the посёлок, not Магнитогорск's nickname
        supported = [e for e in supported if e in ids]
        towns = _town_districts_elsewhere(g, ctx, found, k, ids)  # "в Орджоникидзевском районе": Уфа's, Пермь's too
        one_region = len({g.region_code[e] for e in ids}) == 1 and not _village_elsewhere(g, ids, hint, text_regions)
        one_region = one_region and not by_size
        near = {region for region, n in town_votes.items() if n > (region == town_named[k])} - text_regions
        beside_town = any(g.region_code[e] in near for e in ids)
        settled = ((one_region and not towns) or bool(supported) or beside_town) and not guessed
        if not settled and drop_regions:  # "в Ивановке Курской области": the gazetteer lacks that one
            continue  # the text's own evidence; the hint only breaks ties ("в Железногорске" for 78)
        # "в д. Ключи" with 59: a common village name (Ключи of 22, 55, 41), most likely the caller's own village; with
        # a village's type word, for a caller of no region too (one of the many villages the gazetteer lacks)
        no_guess = hint is not None or urban is False
        if (
            not settled
            and no_guess
            and len({g.region_code[e] for e in ids}) > 1
            and _village_elsewhere(g, ids, hint, drop_regions)
        ):
            continue
        if not settled and _guessed_district(g, found, k, ids, towns):
            continue  # "В Советском районе нет света": most likely a town's district, which the gazetteer lacks
        key = " ".join(ctx.keys[i:j])
        heads = ctx.sentence_start(i)  # "Печоры: ...": the nominative, Печоры's own name, not Печора's genitive
        named_regions = beside_region(ctx, found, named, k)
        best = max(
            ids,
            key=lambda e, regions=text_regions | near, nr=named_regions: namesake_rank(
                g, e, hint, regions, text_muns, urban, key, heads, nr
            ),
        )
        namesakes = towns_alike(g, ids, best)  # "Центральный район, яма" with 42: Кемерово's, Новокузнецк's, ...
        best = max(namesakes, key=lambda e: g.weight[g.mun[e]]) if namesakes else best  # the biggest town's
        confidence = score if settled and not namesakes else round(score * UNSETTLED_FACTOR, 3)
        picked[k] = (ids, best, len(places))
        places.append(place(g, best, ctx.spans[i][0], ctx.spans[j - 1][1], confidence))
    return _agree(g, ctx, found, picked, places)


def _agree(g: Gazetteer, ctx: TextContext, found: list, picked: dict, places: list[Place]) -> list[Place]:
    """A district named with a place it holds is the one holding the place chosen: "Советский район, г. Советский" is
    ХМАО's district of ХМАО's town (each chosen by its own size gave Крым's district); the place, more specific and
    often typed, decides. Named apart ("в Осе нет воды, Осинский район"), a place of several regions follows the
    district instead: the district's name, written once for the text, says which namesake the writer lives by."""
    if len(picked) < 2:  # most texts: one place, no district to agree with
        return places
    pairs = district_pairs(g, ctx, found)
    for d, s in pairs:
        if d in picked and s in picked:
            _follow(g, picked, places, d, held_by_any(g, {picked[s][1]}))
    districts, apart = districts_apart(g, found, pairs)
    chosen = {picked[d][1] for d in districts if d in picked}
    fits = held_by_any(g, chosen) if chosen else None
    unsettled = [d for d in districts if d in picked and places[picked[d][2]].score < CONFIDENT]
    for s in apart if unsettled else ():
        if s in picked and places[picked[s][2]].score < CONFIDENT and not any(fits(e) for e in picked[s][0]):
            _hold_apart(g, picked, places, s, unsettled)
    chosen = {picked[d][1] for d in districts if d in picked}
    fits = held_by_any(g, chosen) if chosen else None
    for s in apart if fits else ():
        if s in picked and len({g.region_code[e] for e in picked[s][0]}) > 1:
            _follow(g, picked, places, s, fits)
    return places


def _hold_apart(g: Gazetteer, picked: dict, places: list[Place], s: int, districts: list[int]) -> None:
    """Place ``s``, named apart from the ``districts`` (indices into ``picked``), none of whose choices holds any of
    its namesakes, each chosen among namesakes unsettled (no region's evidence, ``CONFIDENT``): where another namesake
    of a district holds namesakes of ``s`` of one region only, the district and the place take that pair (session 48:
    "Ленинский район, в Ленинске нет воды" with no region is Волгоградская's Ленинск of its Ленинский район; each
    chosen alone, by size, gave Крым's district and Ленинск-Кузнецкий, whose short name Ленинск is)."""
    ids = picked[s][0]
    for d in districts:
        holders = {e for e in picked[d][0] if g.kind[e] == "municipality"}
        held = [e for e in ids if g.mun[e] in holders]
        if held and len({g.region_code[e] for e in held}) == 1:
            _follow(g, picked, places, s, lambda e, held=frozenset(held): e in held)
            _follow(g, picked, places, d, lambda e, mun=g.mun[picked[s][1]]: e == mun)
            return


def _follow(g: Gazetteer, picked: dict, places: list[Place], k: int, fit) -> None:
    """Mention ``k`` (a district or a place) takes the namesake that holds or is held by a mention's choice (``fit``:
    ``held_by_any`` of it)."""
    ids, best, n = picked[k]
    fits = [e for e in ids if fit(e)]
    if fits and best not in fits:
        mention, best = places[n], max(fits, key=lambda e: g.weight[e])
        places[n] = place(g, best, mention.start, mention.stop, mention.score)
        picked[k] = (ids, best, n)


def place(g: Gazetteer, e: int, start: int, stop: int, score: float) -> Place:
    # a federal city is a region and its own municipality: "Москва" has municipality_oktmo 45000000 (API.md)
    mun, region = e if g.region_code[e] in FEDERAL_CITIES and g.kind[e] == "region" else g.mun[e], g.region[e]
    return Place(
        name=g.name[e],
        kind=g.kind[e],
        oktmo=g.oktmo[e],
        municipality=g.name[mun] if mun >= 0 else None,
        municipality_oktmo=g.oktmo[mun] if mun >= 0 else None,
        region=g.name[region] if region >= 0 else "",
        region_code=g.region_code[e],
        start=start,
        stop=stop,
        score=score,
    )


def beside_region(ctx: TextContext, found: list, named: dict[int, str], k: int) -> frozenset[str]:
    """The regions of the ``named`` mentions (index → region code) right beside mention ``k``, as parts of one address
    (``TextContext.joined``): "Пензенской обл., г. Никольск", "Никольск Пензенской области", "В Соколе (Москва,
    район Сокол)". A region named apart is not one: "Мы родом из Пензенской области, живём в Никольске", "Сын в
    Москве, а у нас в Соколе" (session 25 review: the caller's region keeps its namesake there).

    >>> ctx = TextContext.of("Сын в Москве, а у нас в Соколе. Москва, район Сокол")
    >>> found = [(2, 3), (7, 8), (8, 9), (10, 11)]
    >>> beside_region(ctx, found, {0: "77", 2: "77"}, 1), beside_region(ctx, found, {0: "77", 2: "77"}, 3)
    (frozenset(), frozenset({'77'}))
    """
    i, j = found[k][:2]
    before = k - 1 in named and ctx.joined(found[k - 1][1], i)
    after = k + 1 in named and ctx.joined(j, found[k + 1][0])
    return frozenset(([named[k - 1]] if before else []) + ([named[k + 1]] if after else []))


def goes_to(ctx: TextContext, i: int, j: int) -> bool:
    """The mention at ``i:j`` is where someone goes: right after «в», «во» or «на», its last word read in the accusative
    and never in the locative ("на Москву", "в Уфу"; not "в Москве", "на Кубани").

    >>> ctx = TextContext.of
    >>> goes_to(ctx("Электричка на Москву отменена"), 2, 3), goes_to(ctx("В Москве нет воды"), 1, 2)
    (True, False)
    """
    if ctx.preposition(i) not in GO_PREPOSITIONS:
        return False
    cases = {p.tag.case for p in analyzer().parse(ctx.keys[j - 1])}
    return "accs" in cases and "loct" not in cases and "loc2" not in cases


def part_elsewhere(g: Gazetteer, ctx: TextContext, found: list, k: int) -> bool:
    """The ``k``-th match names a посёлок right after a town's name and a comma ("Шахты, пос. Артём", "Новочеркасск,
    пос. Донской"): the town's part, which the gazetteer rarely holds, so none of its candidates lies in another
    region than every one of the town's (session 29: Приморский край's Артём, Тульская's Донской)."""
    if k == 0:
        return False
    i, (_, stop, before, *_) = found[k][0], found[k - 1]
    comma = ctx.text[ctx.spans[stop - 1][1] : ctx.spans[stop][0]].strip() == ","
    if i != stop + 1 or not comma or not ctx.settlement_part(stop):
        return False
    if not all(g.urban[e] or (g.kind[e] == "municipality" and not _is_district(g, [e])) for e in before):
        return False
    regions = {g.region_code[e] for e in before}
    return not any(g.region_code[e] in regions for e in found[k][2])


def _evidence(g: Gazetteer, ids: list[int], weak: frozenset, soft: bool) -> str | None:
    """The region a mention vouches for: a region or a municipality in one region, named plainly.

    Settlements are no evidence: the gazetteer lacks most villages, so "д. Жуковка" may well be
    a village of the district named next to it rather than the only Жуковка it knows. A region's own name that
    villages share is the region's evidence ("пгт Советский (Крым)": Республика Крым, not Ростовская's village Крым;
    session 34), as a region's name ranks above a settlement's.
    """
    if weak or soft:
        return None
    named = [e for e in ids if g.kind[e] == "region"]
    if len(named) == 1 and all(g.kind[e] == "settlement" for e in ids if e != named[0]):
        return g.region_code[named[0]]
    regions = {g.region_code[e] for e in ids}
    if len(regions) != 1 or any(g.kind[e] == "settlement" for e in ids):
        return None
    return regions.pop()


def _region_named(g: Gazetteer, ids: list[int], region: str) -> bool:
    """The candidates ``ids`` of a mention vouching for ``region`` name it by its own name: all regions, or the region
    and villages that share its name, which ``_evidence`` reads as the region's ("пгт Красногвардейское (Крым)" with 26
    is Крым's, not Ставропольский край's: Ростовская's village Крым is no reason to doubt the region; blind71)."""
    return all(g.kind[e] == "region" or (g.kind[e] == "settlement" and not g.urban[e]) for e in ids) and any(
        g.kind[e] == "region" and g.region_code[e] == region for e in ids
    )


def _town_evidence(g: Gazetteer, ids: list[int], weak: frozenset, soft: bool) -> str | None:
    """The region a town vouches for among its namesakes (``choose``): urban places only, named plainly, of one
    region. Not ``_evidence``'s: a namesake elsewhere is not dropped for it (a village the gazetteer lacks may share its
    name)."""
    if weak or soft or not g.urban or not all(g.urban[e] for e in ids):  # no ``urban`` in a file built before it
        return None
    regions = {g.region_code[e] for e in ids}
    return regions.pop() if len(regions) == 1 else None


def towns_alike(g: Gazetteer, ids: list[int], best: int) -> list[int]:
    """The candidates ``ids`` that are big towns' districts (``town_districts``) of ``best``'s region, where they are of
    two or more towns: the text names none of those towns (``qualified.other_towns_districts`` keeps a named town's), so
    the pick among them is unsettled (session 64: "Центральный район, яма" with 42 was Кемерово's at 0.95, though
    Новокузнецк and Прокопьевск have one too); else [].

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> ids = [e for e, _ in g.index["центральный район"] if g.region_code[e] == "42"]
    >>> sorted(g.name[g.mun[e]] for e in towns_alike(g, ids, ids[0]))
    ['Кемеровский городской округ', 'Новокузнецкий городской округ', 'Прокопьевский городской округ']
    """
    if not is_town_district(g, best):
        return []
    alike = [e for e in ids if is_town_district(g, e) and g.region_code[e] == g.region_code[best]]
    return alike if len({g.mun[e] for e in alike}) > 1 else []


def _guessed_district(g: Gazetteer, found: list, k: int, ids: list[int], towns: frozenset = frozenset()) -> bool:
    """The ``k``-th match is a district name of ``MANY_REGIONS`` or more, big towns' districts of other regions
    (``towns``) counted, none a federal city's ("Красногвардейского района" is Петербург's, the biggest), holding no
    other place of the text."""
    if not _is_district(g, ids) or len({g.region_code[e] for e in ids} | towns) < MANY_REGIONS:
        return False
    if any(g.region_code[e] in FEDERAL_CITIES for e in ids):
        return False
    return not _holds_other_place(g, found, k, ids)


def _holds_other_place(g: Gazetteer, found: list, k: int, ids: list[int]) -> bool:
    """Another match of ``found`` than the ``k``-th names a place inside one of the municipalities ``ids``
    ("Советский р-н, пгт Кшенский")."""
    return any(g.mun[e] in ids for m, match in enumerate(found) if m != k for e in match[2])


def _town_districts_elsewhere(g: Gazetteer, ctx: TextContext, found: list, k: int, ids: list[int]) -> frozenset:
    """The regions of big towns' districts (``town_districts``: counted in their own region only, so the resolver
    left them out) named as the municipal districts ``ids`` of the ``k``-th match of ``found`` are, none of those
    districts' regions (session 41: "в Орджоникидзевском районе" with no region was Хакасия's district at 0.95,
    though Уфа, Пермь, Екатеринбург and Магнитогорск have one); none where the text names a place the districts hold
    ("Советский р-н, пгт Кшенский")."""
    if not ids or not _is_district(g, ids):
        return frozenset()
    if _holds_other_place(g, found, k, ids):
        return frozenset()
    i, j = found[k][:2]
    own = {g.region_code[e] for e in ids}
    return frozenset(
        g.region_code[e]
        for e, level in g.index.get(" ".join(ctx.keys[i:j]), ())
        if level == LOCAL_NAME
        and g.kind[e] == "settlement"
        and g.region_code[e] not in own
        and g.name[e].endswith(("район", "округ"))
    )


def same_first_sound(name: str, written: str) -> bool:
    """``written`` begins with ``name``'s first letter, or with a vowel its unstressed first syllable sounds alike.

    >>> same_first_sound("окуловка", "акуловке"), same_first_sound("красково", "расково")
    (True, False)
    """
    first, other = name[:1], written[:1]
    return first == other or any(first in group and other in group for group in FIRST_SOUNDS)


def _namesakes_left_by_size(
    g: Gazetteer, ids: list[int], kept: list[int], weak: frozenset, supported: list[int]
) -> bool:
    """A big town kept only for its size (``big_town_written``: its form is also a word or an adjective's) where the
    namesakes left out for that form are of another region: the pick is among namesakes, unsettled, as "в Дзержинске"
    is (session 62, the Югра walkthrough's D4: "в Октябрьском" with no region was Башкортостан's town at 0.75 beside
    ХМАО's пгт Октябрьское and 20 more; "в Заречном" Пензенская's beside Свердловская's town)."""
    by_size = [e for e in kept if e in weak and e not in supported]
    # a namesake of no known people and no town's (a поселение's centre of no census row: Калужская's Раменский for
    # "Из Раменского до Москвы") is too small to unsettle a big town
    left = {g.region_code[e] for e in ids if e not in kept and (g.weight[e] > 0 or g.urban[e])}
    return bool(by_size) and bool(left - {g.region_code[e] for e in kept})


def _village_elsewhere(g: Gazetteer, ids: list[int], hint: str | None, text_regions: set[str]) -> bool:
    """Villages only, none in the caller's region nor in one the text names: the gazetteer holds a village only with
    3,000+ people (but ЯНАО's), so the one it knows ("в Семёновке", of Марий Эл) is a guess for a caller of another
    region or of none, where one of the many namesakes it lacks may well be ("в Семёновке" with region 46 or None).
    Towns and urban settlements are all known, districts too."""
    if len(g.urban) != len(g.name):  # a gazetteer built before ``urban`` cannot tell
        return False
    # an okrug's village is in its oblast too ("п. Искателей" of НАО for 29, "с. Мыс Каменный Тюменской области")
    home = with_okrugs(g, ({hint} if hint else set()) | text_regions)
    return all(g.kind[e] == "settlement" and not g.urban[e] and g.region_code[e] not in home for e in ids)


def ending_slip(word: str, name: str) -> bool:
    """``word`` differs from ``name`` in its last two letters only (a case ending written wrong, not a stem's letter).

    >>> ending_slip("кармаскалах", "кармаскалы"), ending_slip("черниковке", "черниговка")
    (True, False)
    """
    return word[: max(len(name) - 2, 0)] == name[: max(len(name) - 2, 0)]


def _rural_if_typed(g: Gazetteer, ids: list[int], urban: bool | None, hint: str | None) -> list[int]:
    """After a rural settlement's type word (``urban`` False: "с.", "д.", "ст-ца"), the rural namesakes only, if any: a
    town or urban-type settlement is rarely written so, and the gazetteer knows every one of those but few villages,
    so "в с. Никольское" with region 46 is one of the many villages it lacks, not the town of Ленинградская область
    (whose presence made the namesakes no villages-only set for ``_village_elsewhere``). But for a small urban place
    of the caller's region (under ``SMALL_URBAN`` people), which residents call a village as often (session 60: "с.
    Дубки, нет воды" with 05 is Казбековский район's пгт Дубки, not Саратовская's village)."""
    if urban is not False:
        return ids
    rural = [e for e in ids if g.kind[e] == "settlement" and (not g.urban[e] or _small_urban_of(g, e, hint))]
    return rural or ids


def _small_urban_of(g: Gazetteer, e: int, hint: str | None) -> bool:
    """Settlement ``e`` is an urban one of region ``hint`` of under ``SMALL_URBAN`` people (a пгт, a small town)."""
    return g.urban[e] and g.region_code[e] == hint and g.weight[e] < SMALL_URBAN_WEIGHT


def _after_town_word(g: Gazetteer, ctx: TextContext, i: int, ids: list[int], hint: str | None, own: bool) -> list:
    """After «город» written out, no village of the census ("в городе яма" is no Ям: the gazetteer knows every town;
    one of ОКТМО 2019 alone, of no census figure, may be a town it has no type for: "из города Кукломора"), and where
    letter case says nothing, for a caller of a region, no small place of another region either, unless one is the
    caller's or the text's region's (``own``): "в городе черёмушки цветут" with 50 is no пгт Черёмушки of Хакасия, as
    a lower-case word after a type is none in a cased text (``letter_case.lower_word_after_type``; session 59,
    walkthrough 58's D1)."""
    if i == 0 or ctx.keys[i - 1] not in SPELLED_TOWN_TYPES or not ctx.type_before(i):
        return ids
    ids = [e for e in ids if g.kind[e] != "settlement" or g.urban[e] or not g.weight[e]]
    if own or hint is None or ctx.capital(i) is not None:
        return ids
    return [e for e in ids if g.weight[e] >= BIG_TOWN_WEIGHT]


def _small_if_typed(g: Gazetteer, ctx: TextContext, i: int, ids: list[int]) -> list[int]:
    """After a посёлок's type word ("посёлок", "пос.", "пгт", "рп"), the namesakes smaller than a big town, if any: no
    town of 50,000+ people is a посёлок (session 36: "из посёлка Магнитки" is Кусинский район's рабочий посёлок, not
    Магнитогорск, whose nickname the name is), where the two are of one region. Not after a village's: "с. Шали" is
    still written of the town Шали."""
    if len(ids) < 2 or not ctx.type_before(i) or ctx.keys[i - 1] not in POSYOLOK_TYPES:
        return ids
    small = {g.region_code[e] for e in ids if g.weight[e] < BIG_TOWN_WEIGHT}
    # only beside a small namesake of its own region (a nickname's): "пгт Березовский" of another region, a writer's
    # slip for the town, keeps it among the namesakes as before
    return [e for e in ids if g.weight[e] < BIG_TOWN_WEIGHT or g.region_code[e] not in small]


def _is_district(g: Gazetteer, ids: list[int]) -> bool:
    return all(g.kind[e] != "region" and g.name[e].endswith(("район", "округ")) for e in ids)
