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

from mcu_nlp.geo.context import TextContext
from mcu_nlp.geo.forms import ADJECTIVE_NAME, LOCAL_NAME, PERSON_NAME, STRONG
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, NO_REGION_TYPO_MIN_WEIGHT, TYPO_MIN_WEIGHT, Gazetteer
from mcu_nlp.geo.letter_case import cased_verdict, spelt_postings
from mcu_nlp.geo.lexicon import (
    CITY_ALIASES,
    PLACE_PREPOSITIONS,
    REGION_ALIASES,
    RURAL_TYPES,
    TOWN_TYPES,
    UNDECLINED_ENDINGS,
)
from mcu_nlp.geo.local import FEDERAL_CITIES, rank_weight
from mcu_nlp.geo.names import after_office, surname_in
from mcu_nlp.geo.qualified import (
    district_before,
    district_of,
    district_pairs,
    districts_apart,
    held_by_any,
    qualified,
    town_district,
    with_okrugs,
)
from mcu_nlp.geo.tokens import name_key
from mcu_nlp.records import Place

TYPO = frozenset({-1})  # marks a typo match: its candidates count only in a known region or a big town
# A place chosen among same-named ones in other regions without any region evidence scores below
# municipality.CONFIDENT, so best_municipality prefers any settled mention over it.
UNSETTLED_FACTOR = 0.6
# Among same-named places: the caller's region, then a region or municipality named elsewhere in
# the text (or implied by a postal code), then a town after a town's type word, then population (log10).
REGION_HINT_BONUS, TEXT_REGION_BONUS, TEXT_MUNICIPALITY_BONUS = 100.0, 10.0, 20.0
# After a town's type word ("г.", "пгт"), a town or urban-type settlement, and after a village's ("с.", "д.", "ст.") a
# rural settlement: above any population weight (log10 < 8), below the region evidence
URBAN_BONUS = 8.0
# A district written with the noun of its current name ("Осинский район": Иркутская's район, not Пермский край's
# Осинский городской округ, a район until 2019 and still called one) ranks as one twice the size: the written noun
# is evidence, but a weak one (many write «район» for a new округ)
DISTRICT_NOUN_BONUS = 0.301
# A declined form of a name in -ово, -ино ("в Пушкине" of Пушкино) is one most writers do not use ("в Пушкино"; 9 of the
# 10 such mentions after «в» in the SPb and Kursk appeals leave the name as it is), while a namesake in a consonant
# (Пушкин) has no other: among namesakes the first ranks as a town of half its size (log10 2), at least
DECLINED_NEUTER_PENALTY = 0.301
# A district name of this many regions or more, none of them known, names no municipality: Советский, Ленинский,
# Октябрьский районы are also the districts of most big towns (the gazetteer lacks those but Москва's, Петербург's
# and Севастополь's), so the biggest namesake is a guess (Советский район of Крым for "В Советском районе нет света")
MANY_REGIONS = 3
# An alias names a place in the nominative as its own name does, so it may head an address ("Питер, ул. Марата 5")
ALIAS_KEYS = frozenset(name_key(a) for a in [*sum(REGION_ALIASES.values(), ()), *(a for a, *_ in CITY_ALIASES)])


def choose(g: Gazetteer, ctx: TextContext, found: list, postal: str | None, hint: str | None) -> list[Place]:
    """The places of the matches ``found`` (the resolver's tuples), each chosen among its same-named candidates, in
    text order; a match with no candidate left is dropped."""
    evidence = [
        _evidence(g, ids, weak, soft) or _big_town_evidence(g, ctx, i, j, ids, weak, soft, hint)
        for i, j, ids, _, weak, soft in found
    ]
    votes = Counter(region for region in evidence if region)
    text_muns = {
        g.mun[ids[0]] for (_, _, ids, _, weak, soft), region in zip(found, evidence) if region and len(ids) == 1
    }
    places, picked = [], {}  # picked: match → (its candidates left, the one chosen, its index in places)
    for k, ((i, j, ids, score, weak, soft), own) in enumerate(zip(found, evidence)):
        ids = district_before(g, ctx, found, k, ids)
        ids = [] if town_district(g, ctx, found, k) else qualified(g, ctx, found, k, district_of(g, ctx, found, k, ids))
        # the regions named elsewhere in the text: a mention is no evidence for itself
        text_regions = {region for region, n in votes.items() if n > (region == own)} | ({postal} if postal else set())
        supported = [e for e in ids if g.region_code[e] == hint or g.region_code[e] in text_regions]
        if weak is TYPO:  # a typo counts where the region is known, or for a big town after "в", "г."
            towns = [e for e in ids if not ctx.village_type_before(i)]
            big = [e for e in towns if g.weight[e] >= TYPO_MIN_WEIGHT]
            if not big and hint is None:  # no caller's region: a town of 10,000+ people too ("в Шимоновске")
                big = [e for e in towns if g.weight[e] >= NO_REGION_TYPO_MIN_WEIGHT]
            ids = supported or (big if len({g.region_code[e] for e in big}) == 1 else [])
        else:  # without a region prior, a capitalised adjective name still counts for a big town; with one, a big
            # town heading an address does ("Киров, Ленинский район" with region 78)
            big_town = _big_town_written(g, ctx, i, j, ids, hint)
            weak = _as_capitalised(g, ctx, i, j, weak)
            ids = [e for e in ids if e not in weak or e in supported or (big_town and _big(g, e))]
        # the caller's region makes a word or a person's name count only there, but for a big town written
        # plainly ("в Кирове", "из Находки" with region 02): the region only breaks ties
        # and for a surname's form no person is read in ("в Ростове", "из Ростова")
        known_region = bool(text_regions) or (
            soft and hint is not None and not _plain_big_town(g, ctx, i, j, ids) and not _placed_surname(g, ctx, i, j)
        )
        if not ids or ((soft or _is_district(g, ids)) and known_region and not supported):
            # "Центрального округа города Курска" is a district of that city; "Александровской Фермы"
            # in a Петербург address is a street: an ambiguous name must fit the known region
            continue
        one_region = len({g.region_code[e] for e in ids}) == 1 and not _village_elsewhere(g, ids, hint, text_regions)
        settled = one_region or bool(supported)
        if not settled and text_regions:  # "в Ивановке Курской области": the gazetteer lacks that one
            continue  # the text's own evidence; the hint only breaks ties ("в Железногорске" for 78)
        if not settled and _guessed_district(g, found, k, ids):
            continue  # "В Советском районе нет света": most likely a town's district, which the gazetteer lacks
        urban = _typed_urban(g, ctx, i)
        key = " ".join(ctx.keys[i:j])
        best = max(ids, key=lambda e, regions=text_regions: _rank(g, e, hint, regions, text_muns, urban, key))
        confidence = score if settled else round(score * UNSETTLED_FACTOR, 3)
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
    for s in apart if fits else ():
        if s in picked and len({g.region_code[e] for e in picked[s][0]}) > 1:
            _follow(g, picked, places, s, fits)
    return places


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


def _evidence(g: Gazetteer, ids: list[int], weak: frozenset, soft: bool) -> str | None:
    """The region a mention vouches for: a region or a municipality in one region, named plainly.

    Settlements are no evidence: the gazetteer lacks most villages, so "д. Жуковка" may well be
    a village of the district named next to it rather than the only Жуковка it knows.
    """
    regions = {g.region_code[e] for e in ids}
    if weak or soft or len(regions) != 1 or any(g.kind[e] == "settlement" for e in ids):
        return None
    return regions.pop()


def _big_town_written(g: Gazetteer, ctx: TextContext, i: int, j: int, ids: list[int], hint: str | None) -> bool:
    """A big town among ``ids`` counts though its form is also a word or an adjective: without a region prior when
    capitalised, or read as a surname's locative in a caseless text ("в кирове"); with one when written plainly
    (``_plain_big_town``)."""
    plain = hint is None or _plain_big_town(g, ctx, i, j, ids)
    written = ctx.capital(i) or _placed_surname(g, ctx, i, j)  # "в кирове" in a text without case
    return plain and bool(written) and not ctx.town_part_before(i)


def _big_town_evidence(
    g: Gazetteer, ctx: TextContext, i: int, j: int, ids: list[int], weak: frozenset, soft: bool, hint: str | None
) -> str | None:
    """The region of a big town that counts only as one (``_big_town_written``), capitalised and of one region: "пгт
    Берёзовка под Красноярском" (the form is also an adjective's, красноярском) names Красноярский край as plainly as
    "в Красноярске" does, so Берёзовка is its namesake, settled."""
    if soft or not weak or ctx.capital(i) is not True or any(g.kind[e] == "settlement" or not _big(g, e) for e in ids):
        return None
    regions = {g.region_code[e] for e in ids}
    return regions.pop() if len(regions) == 1 and _big_town_written(g, ctx, i, j, ids, hint) else None


def _guessed_district(g: Gazetteer, found: list, k: int, ids: list[int]) -> bool:
    """The ``k``-th match is a district name of ``MANY_REGIONS`` or more, none a federal city's (the gazetteer's only
    town districts: "Красногвардейского района" is Петербург's, the biggest), holding no other place of the text."""
    if not _is_district(g, ids) or len({g.region_code[e] for e in ids}) < MANY_REGIONS:
        return False
    if any(g.region_code[e] in FEDERAL_CITIES for e in ids):
        return False
    return not any(g.mun[e] in ids for m, match in enumerate(found) if m != k for e in match[2])


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


def _is_district(g: Gazetteer, ids: list[int]) -> bool:
    return all(g.kind[e] != "region" and g.name[e].endswith(("район", "округ")) for e in ids)


def _plain_big_town(g: Gazetteer, ctx: TextContext, i: int, j: int, ids: list[int]) -> bool:
    """A town of 50,000+ people written with a capital after "в", "во", "из" or an office ("Мэр Кирова"), or before a
    comma and a street or a district of its own, in its own name ("Орёл, ул. Ленина 5", "Орёл, Советский район"), in
    a text that uses letter case (or, where case says nothing, a surname's form in the locative: ``_placed_surname``,
    "в кирове"), and the only big one of that name ("в Кирове"; not "в Пушкине": Пушкин of Петербург or Пушкино of
    Подмосковье). A municipality of unknown population (weight 0) may be big as well."""
    key = " ".join(ctx.keys[i:j])
    own = key in ALIAS_KEYS or key in {name_key(g.name[e]) for e in ids}  # "Кирова, д. 5" is улица Кирова
    heads_address = own and ctx.text[ctx.spans[j - 1][1] : ctx.spans[j - 1][1] + 1] == "," and ctx.heads_address(j)
    written = ctx.capital(i) or _placed_surname(g, ctx, i, j)
    if not written or not (ctx.preposition(i) in PLACE_PREPOSITIONS or heads_address or after_office(ctx, i, j)):
        return False
    unknown = {g.region_code[e] for e in ids if g.weight[e] == 0 and g.kind[e] != "settlement"}
    short = {e for e, level in g.index.get(key, ()) if level == LOCAL_NAME}  # "в Ростова": not the town's own name
    big = {g.region_code[e] for e in ids if _big(g, e) and e not in short}
    return len(big) == 1 and unknown <= big


def _placed_surname(g: Gazetteer, ctx: TextContext, i: int, j: int) -> bool:
    """A name whose likeliest other reading is a surname (forms.PERSON_NAME: Ростов, Королёв, Галич), written with a
    capital right after "в", "во" in a form ending in "е" (the locative: "в Ростове"; "верю в Ростова" is a person's
    accusative) or after "из" ("из Ростова"): no person is read there, so the caller's region only breaks ties. Where
    letter case says nothing (all lower case, all capitals, the word in capitals) so is the locative ("в кирове",
    "В ПУШКИНЕ"; "из пушкина" may be a quote's source). A common word ("в Славянке", "в Магните": a shop, a club; "в
    шахтах", "в бору") keeps needing the caller's region."""
    preposition, capital = ctx.preposition(i), ctx.capital(i)
    locative = preposition in ("в", "во") and ctx.keys[j - 1].endswith(("е", "ском", "цком"))
    if capital is False or not (locative or (capital and preposition == "из")):
        return False
    levels = [level for _, level in spelt_postings(ctx, i, j, g.index.get(" ".join(ctx.keys[i:j]), ()))]
    if levels and min(levels) == ADJECTIVE_NAME and j - i == 1:  # a surname in -ский: "в жуковском", "в чайковском"
        return locative and surname_in(ctx.keys[i], ("loct",)) and not ctx.agrees_next(j)
    return bool(levels) and min(levels) == PERSON_NAME


def _as_capitalised(g: Gazetteer, ctx: TextContext, i: int, j: int, weak: frozenset) -> frozenset:
    """The weak candidates of a surname's form in the locative where letter case says nothing ("в кирове", "В
    КИРОВЕ"): those its capitalised reading ("в Кирове") weakens too. A caseless text holds less evidence than a
    capitalised one, so its namesakes stay as they do there (Киров of Калужская область beside Киров of 43) and the
    choice among them is no more settled than the capitalised text's."""
    if ctx.capital(i) is not None or not _placed_surname(g, ctx, i, j):
        return weak
    levels = dict(spelt_postings(ctx, i, j, g.index.get(" ".join(ctx.keys[i:j]), ())))
    return frozenset(e for e in weak if e not in levels or cased_verdict(ctx, levels[e], i, j, True, True) != STRONG)


def _big(g: Gazetteer, e: int) -> bool:
    """A town of 50,000+ people, or a federal city named as its region (Санкт-Петербург: no population weight)."""
    return g.weight[e] >= BIG_TOWN_WEIGHT or (g.kind[e] == "region" and g.region_code[e] in FEDERAL_CITIES)


def _typed_urban(g: Gazetteer, ctx: TextContext, i: int) -> bool | None:
    """True after a town's type word ("г.", "пгт"), False after a rural settlement's ("с.", "д.", "ст-ца"), else None
    (or a gazetteer built before ``urban``)."""
    if i == 0 or len(g.urban) != len(g.name) or not ctx.type_before(i):
        return None
    before = ctx.keys[i - 1]
    return True if before in TOWN_TYPES else False if before in RURAL_TYPES else None


def _rank(
    g: Gazetteer, e: int, hint: str | None, text_regions: set[str], text_muns: set[int], urban: bool | None, key: str
) -> float:
    """``urban``: a town's type word precedes the name ("пгт Сусанино"), so a town or urban-type settlement ranks first
    among namesakes of no other evidence, or a village's ("с. Оса"), so a rural settlement does; ``key``: the form
    written, a declined one of a name in -ово, -ино ranks lower (``DECLINED_NEUTER_PENALTY``)."""
    code, weight = g.region_code[e], rank_weight(g, e)
    own = name_key(g.name[e])
    declined = own.endswith(UNDECLINED_ENDINGS) and key != own and not key.endswith(UNDECLINED_ENDINGS)
    bonus = REGION_HINT_BONUS * (code == hint) + TEXT_REGION_BONUS * (code in text_regions)
    typed = bool(g.urban[e]) if urban else urban is False and g.kind[e] == "settlement" and not g.urban[e]
    bonus += TEXT_MUNICIPALITY_BONUS * (g.mun[e] in text_muns) + URBAN_BONUS * typed
    return bonus + weight - DECLINED_NEUTER_PENALTY * declined + DISTRICT_NOUN_BONUS * _noun_written(g.name[e], key)


def _noun_written(name: str, key: str) -> bool:
    """The district ``name`` ends in the noun the form ``key`` was written with ("осинского района", "... округе")."""
    if " " not in key:  # first: asked of every namesake of every mention
        return False
    noun = name.rsplit(" ", 1)[-1]
    return noun in ("район", "округ") and any(word.startswith(noun) for word in key.split()[1:])
