"""A place qualified by the region named right after it: "с. Яр Тюменской области", "Находка, Приморский край"; and
the converse, a district named right after a town: "Орёл, Советский район" is a district of Орёл.

An address names the region of the place before it, so the region decides: the place counts only in it. A form
that heads the text before a comma and its own region ("Находка, Приморский край, упало дерево") is the place, as
one before a street is ("Грозный, проспект Путина 5"); a place the gazetteer knows only in other regions ("с. Яр
Тюменской области": the gazetteer has Яр of Удмуртия only) is a village it lacks, so no place, as "в Ивановке Курской
области" is none.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.bracketed import bracketed_region
from mcu_nlp.geo.forms import EXACT, FREE, NICKNAME, REJECT, SHORTHAND, STRONG, WEAK
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, town_or_municipality
from mcu_nlp.geo.grammar import adjective_form, agree, genitive_noun
from mcu_nlp.geo.lexicon import DISTRICT_NOUNS, SETTLEMENT_TYPES, STREET_AFTER, TOWN_PART_TYPES, words
from mcu_nlp.geo.namesake_rank import town_as_village
from mcu_nlp.geo.tokens import contiguous, name_key
from mcu_nlp.morphology import analyzer

# The levels of colloquial names (data/geo/colloquial_names.csv) no street is named by: "НЧ 52 комплекс" is no house
# 52 of a street «НЧ» (``heading_before_street``)
COLLOQUIAL_LEVELS = frozenset({SHORTHAND, NICKNAME})
# Words after a house's number that keep it one (``town_before_number``): a flat's, a block's, a building's, an
# entrance's, a floor's, a house's or a street's word ("Ленина 5 кв 12", "Мира 5 корп 2")
HOUSE_PART_WORDS = (
    frozenset(words("кв квартира квартиры корп корпус к стр строение лит литер подъезд под эт этаж д дом дома"))
    | STREET_AFTER
    | TOWN_PART_TYPES
)
# What may stand between a place and its region: "Яр Тюменской области", "Яр, Тюменская", "Мирный (Якутия)"
QUALIFYING_GAP = " ,(\u00a0"
# The stems of adjectives that make a longer place name of a name after them ("Нижняя Ельцовка", "Новая Ивановка"):
# ``longer_name_elsewhere``
QUALIFIERS = tuple(
    words("нижн верхн нов стар больш мал средн северн южн западн восточн велик дальн ближн")
)
# The noun of a town's district after its adjective: "Советский район", "Советском р-не", "Центральный округ"
TOWN_DISTRICT_NOUNS = frozenset(DISTRICT_NOUNS["район"] + DISTRICT_NOUNS["округ"] + words("р-н р-не р-на рн"))


def region_after(g, ctx, j: int) -> frozenset[str]:
    """The regions of a region or district named plainly (an unambiguous form) from word ``j`` on, right after the
    name that stops before it; none if another word or mark comes first.

    ``g``: the gazetteer, ``ctx``: the text's ``TextContext``.
    """
    keys, spans = ctx.keys, ctx.spans
    if not _adjacent(ctx, j):
        return frozenset()
    if bracketed := bracketed_region(g, ctx, j):  # "Мирный (Архангельская)"
        return with_okrugs(g, {g.region_code[e] for e in bracketed[2]})
    for length in g.first_words.get(keys[j], ()):
        postings = g.index.get(" ".join(keys[j : j + length])) if j + length <= len(keys) else None
        if postings and contiguous(ctx.text, spans, j, j + length):
            # an abbreviation that is a region only in capitals ("Отрадное, ЛО") counts in them
            exact = ctx.allows(EXACT, j, j + length) == STRONG
            plain = [e for e, level in postings if level == FREE or (exact and level == EXACT)]
            return with_okrugs(g, {g.region_code[e] for e in plain if _area(g, e)})
    return frozenset()


def misplaced_alias(g, ctx, postings: list[tuple[int, int]], i: int, after: int) -> bool:
    """A two-letter region abbreviation at word ``i`` ("ЛО", EXACT: capitals only) that is no region here: one counts
    right after a place (``after``: where the match before it stops) with spaces, a comma or a bracket between
    ("Кировск, ЛО", "Кировск (ЛО)") or after an opening bracket ("(ЛО, Кировск)"), and never before a genitive noun
    or an abbreviation ("ЛО больницы", "ЛО МВД": a department's). "Прошу передать в ЛО" names no region."""
    if len(ctx.keys[i]) > 2 or not all(level == EXACT and g.kind[e] == "region" for e, level in postings):
        return False
    bracketed = ctx.text[: ctx.spans[i][0]].endswith("(")  # "(ЛО)", "(ЛО, Кировск)"
    return not ((after == i and _adjacent(ctx, i)) or bracketed) or _governs(ctx, i + 1)


def longer_name_elsewhere(g, ctx, i: int, postings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``postings`` of a one-word form at word ``i`` without the small settlements of other regions than the
    caller's where a qualifying adjective right before it agrees with it (``QUALIFIERS``: «Нижней», «Верхней», «Новой»
    ...; capitalised, or in a text with no letter case): the two words name a place the gazetteer lacks, mostly one of
    the caller's region, not a namesake elsewhere of the second word (session 42: "в Верхней Ельцовке нет воды" with
    54 is no Ельцовка of Алтайский край). A namesake of the caller's region stays, as «Новое X» is mostly a neighbour
    of X, in its district; so does a big town ("в Новой Москве"), and every namesake for a caller of no region; a
    smaller town's municipality of another region does not (session 67: "в районе Нового Кировска" with 55 was
    Кировск of Мурманская область, settled at 0.95 once the qualifier had dropped Ленинградская's Кировск).

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> postings = list(g.index["ельцовке"])
    >>> longer_name_elsewhere(g, TextContext.of("в Верхней Ельцовке нет воды", "54"), 2, postings)
    []
    >>> len(longer_name_elsewhere(g, TextContext.of("в Верхней Ельцовке нет воды", "22"), 2, postings))
    1
    >>> len(longer_name_elsewhere(g, TextContext.of("в верхней части Ельцовки", "54"), 4, list(g.index["ельцовки"])))
    1
    """
    hint = ctx.hint
    if hint is None or i == 0 or not postings or all(g.region_code[e] == hint for e, _ in postings):
        return postings
    before = ctx.keys[i - 1]
    if not before.startswith(QUALIFIERS) or ctx.capital(i - 1) is False or ctx.gap(i).strip():
        return postings
    if not agree(before, ctx.keys[i]):
        return postings
    return [
        (e, level)
        for e, level in postings
        if g.region_code[e] == hint or g.kind[e] == "region" or g.weight[e] >= BIG_TOWN_WEIGHT
    ]


def conjunction_zato(ctx, i: int) -> bool:
    """«зато» at word ``i`` is the conjunction ("but then"), not a closed town's status (``build.add_closed_towns``):
    written otherwise than «ЗАТО» in a text that uses letter case ("Воды нет, зато Железногорск рядом"); "ЗАТО
    Железногорск", and "зато железногорск" in a text in one case, name the closed town (session 32).

    >>> from mcu_nlp.geo.context import TextContext
    >>> of = TextContext.of
    >>> conjunction_zato(of("Дорого, зато Саров рядом"), 1), conjunction_zato(of("ЗАТО Саров"), 0)
    (True, False)
    """
    if ctx.keys[i] != "зато" or not ctx.cased:
        return False
    start, stop = ctx.spans[i]
    return ctx.text[start:stop] != "ЗАТО"


def _governs(ctx, k: int) -> bool:
    """Word ``k``, right after the one before it (spaces only), is an abbreviation in capitals ("МВД") or a noun whose
    likeliest reading is the genitive ("больницы"): the word before it names what it belongs to."""
    if not 0 < k < len(ctx.keys) or ctx.gap(k).strip():
        return False
    word = ctx.text[ctx.spans[k][0] : ctx.spans[k][1]]
    return (len(word) > 1 and word.isupper()) or genitive_noun(ctx.keys[k])


def heading_before_region(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(place, level, verdict) of a capitalised form heading the text at ``i:j``: a place of the region named right
    after it counts (WEAK: the resolver keeps it where that region is the text's), the others as they were; in a text
    without letter case too ("ТАРА ОМСКОЙ ОБЛАСТИ - НЕТ ВОДЫ")."""
    if i or ctx.capital(i) is False:
        return verdicts
    regions = region_after(g, ctx, j)
    return [(e, level, WEAK if v == REJECT and g.region_code[e] in regions else v) for e, level, v in verdicts]


def heading_before_street(g, ctx, i: int, j: int, postings: list[tuple[int, int]]) -> bool:
    """A town's own name (a noun) opening the text right before a street's full word: "Сарапул набережная нет
    освещения", "Козьмодемьянск набережная вся в мусоре" name the town, then its street (an address written without
    its comma); a street is named so by an adjective ("Мебельная улица") or a genitive ("Кирова улица": no town's own
    name). So does one before a microdistrict's number and word ("Якутск 202 мкр, лифт стоит", session 28), which the
    street rule reads as a house's number ("Куйбышева 12"); an adjective's too before a number and a microdistrict's
    word, the street's house has none (session 41: "октябрьский 35 мкр нет воды" with 02). A shorthand or a nickname
    names no street either (session 57: "НЧ 52 комплекс нет воды" with 16; ``colloquial`` says where it counts).
    Nor does a town's own name before a bare number and a word of no house's part (session 61: "Махачкала 12 нет
    воды", "Курск 5 нет света"; ``town_before_number``)."""
    if town_before_number(g, ctx, i, j, postings):
        return True
    # session 67: a clause's first word after a comma or a sentence's end too ("нет отопления, Бузулук 4 мкр": the
    # Оренбург walkthrough's D5)
    opening = i == 0 or only_mark_before(ctx, i, ",", ".", ";", ":")
    if not opening or j >= len(ctx.keys) or (ctx.keys[j] not in STREET_AFTER and not ctx.numbered_part(j)):
        return False
    if adjective_form(ctx.keys[j - 1]) and not (ctx.keys[j].isdigit() and ctx.keys[j + 1] in TOWN_PART_TYPES):
        return False
    key = " ".join(ctx.keys[i:j])
    return any(level in COLLOQUIAL_LEVELS or town_named(g, key, e, level) for e, level in postings)


def town_named(g, key: str, e: int, level: int) -> bool:
    """``key`` is place ``e``'s own name or its everyday short name (:func:`short_town_name`): what names no street
    before a number (``heading_before_street``, ``town_before_number``)."""
    return name_key(g.name[e]) == key or short_town_name(g, key, e, level)


def short_town_name(g, key: str, e: int, level: int) -> bool:
    """``key`` is town ``e``'s everyday short name in its nominative, a form of no case but a place's
    (data/geo/colloquial_names.csv's «any» rows, plain forms of the index: "Юганск" of Нефтеюганск, "Тагил"; or no
    word pymorphy3 knows: "Вартовск"), which names no street, as the town's own name does not (session 62, the Югра
    walkthrough's D6: "Юганск 16А мкр не вывозят мусор" was lost; "Нефтеюганск 16А мкр" was the town)."""
    if level != FREE or " " in key or not town_or_municipality(g, e):
        return False
    parses = analyzer().parse(key)  # a word pymorphy3 does not know ("вартовск") is no street's either
    return all("Geox" in p.tag for p in parses if p.is_known) and any(p.tag.case == "nomn" for p in parses)


def town_before_number(g, ctx, i: int, j: int, postings: list[tuple[int, int]]) -> bool:
    """The text opens with a town's own name, a noun in its nominative, then a number and a word that is no part of a
    house's address (no flat's, block's, house's or street's word): the town, whatever the number counts, as no
    street is named by a town's nominative noun ("Махачкала 12 нет воды", "Курск 5 нет света", "Курск 5 домов без
    света"; session 61: the street rule read a house there, as in "Ленина 5 нет воды", "Курская 5 нет воды", which stay
    streets: a genitive's, an adjective's; a village's name stays one too, "Победа 12 нет воды": a street's as often).

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> town = g.index["махачкала"]
    >>> [town_before_number(g, TextContext.of(t), 0, 1, town) for t in ("Махачкала 12 нет воды", "Махачкала 12 кв 5")]
    [True, False]
    """
    keys = ctx.keys
    if i or j + 1 >= len(keys) or not keys[j].isdigit() or adjective_form(keys[j - 1]) or keys[j + 1].isdigit():
        return False
    if ctx.gap(j).strip() or ctx.gap(j + 1).strip() or keys[j + 1] in HOUSE_PART_WORDS:
        return False
    key = " ".join(keys[:j])
    return any(town_or_municipality(g, e) and town_named(g, key, e, level) for e, level in postings)


def qualified(g, ctx, found: list[tuple], k: int, ids: list[int]) -> list[int]:
    """The candidates ``ids`` of the ``k``-th match of ``found`` inside the district matched right after it, else in
    the regions of the region matched there (``ids`` unchanged if none follows); if the gazetteer has none there, an
    empty list for a village (it lacks most) or a name after a village's type word ("п. Волжский Рыбинского района" is
    no town Волжский), ``ids`` for a town (it has every town: "в Курске, Белгородской области" is a list)."""
    i, j = found[k][:2]
    following = found[k + 1][2] if k + 1 < len(found) and found[k + 1][0] == j and _adjacent(ctx, j) else []
    regions = {g.region_code[e] for e in following}
    if not regions or not all(_area(g, e) for e in following) or any(g.kind[e] == "region" for e in ids):
        return ids
    # a place of the district named: "с. Троицком Целинного района" is Троицкое of Целинный район (Калмыкия); a
    # district's namesake of its region elsewhere is not ("пос. Октябрьский Рыбинского района": no other district's)
    inside = [e for e in ids if g.mun[e] in following]
    districts = all(g.kind[e] != "region" for e in following)
    kept = inside or ([] if districts else [e for e in ids if g.region_code[e] in with_okrugs(g, regions)])
    villages = all(g.kind[e] == "settlement" and g.weight[e] < BIG_TOWN_WEIGHT for e in ids)
    return kept or ([] if villages or ctx.village_type_before(i) else ids)  # a town known elsewhere only: a list


def district_of(g, ctx, found: list[tuple], k: int, ids: list[int]) -> list[int]:
    """The candidates ``ids`` of the ``k``-th match of ``found``, districts of several regions, that hold a namesake of
    the place named right before it ("с. Троицком Целинного района": Целинный район of Калмыкия, which has a
    Троицкое; not those of Алтайский край or Курганская область); ``ids`` if none does."""
    i = found[k][0]
    if k == 0 or found[k - 1][1] != i or not all(_area(g, e) for e in ids) or not _adjacent(ctx, i):
        return ids
    muns = {g.mun[e] for e in found[k - 1][2]}
    return [e for e in ids if e in muns] or ids


def district_before(g, ctx, found: list[tuple], k: int, ids: list[int]) -> list[int]:
    """The candidates ``ids`` of the ``k``-th match of ``found`` that fit a district and a place it holds, named in
    that order ("Выборгский р-н, пос. Рощино": Выборгский район of Ленинградская область, not Петербург's, and
    Рощино of that district): a district keeps the namesakes holding the next place, a place those inside the
    district before it; ``ids`` if none fits."""
    if k + 1 < len(found) and _address_gap(ctx, found[k][1], found[k + 1][0]) and _named_district(g, ctx, found[k]):
        ids = [e for e in ids if any(holds(g, e, s) for s in found[k + 1][2])] or ids
    if k and _address_gap(ctx, found[k - 1][1], found[k][0]) and _named_district(g, ctx, found[k - 1]):
        held = [e for e in ids if any(holds(g, d, e) for d in found[k - 1][2])]
        ids = held or ([] if district_village(g, ctx, found, k) else ids)
    return ids


def district_village(g, ctx, found: list[tuple], k: int) -> bool:
    """The ``k``-th match of ``found`` follows a village's or a посёлок's type word right after a district named
    before it ("Прионежский район, пос. Шуя", "Рыбинский район, п. Волжский") and none of its candidates lies in the
    district's regions: one of the district's villages the gazetteer lacks (as "п. Волжский Рыбинского района" is,
    ``qualified``), not the town of another region (blind71: Ивановская's Шуя, whose region made the Karelian district
    drop), so no candidate and no evidence of its region. A candidate of the district's region, held by another of
    its districts, stays: the gazetteer's district may be a reform's."""
    if k == 0 or not ctx.village_type_before(found[k][0]):
        return False
    if not _address_gap(ctx, found[k - 1][1], found[k][0]) or not _named_district(g, ctx, found[k - 1]):
        return False
    regions = {g.region_code[d] for d in found[k - 1][2]}
    return not any(g.region_code[e] in regions or g.kind[e] == "region" for e in found[k][2])


def district_pairs(g, ctx, found: list[tuple]) -> list[tuple[int, int]]:
    """(district, place) indices into ``found`` of a district and a place named together, in either order, as
    ``district_before`` and ``district_of`` read them: "Советский район, г. Советский", "с. Троицкое, Целинный р-н"."""
    pairs = []
    for k in range(len(found) - 1):
        first, second = found[k][2], found[k + 1][2]
        if all(_district(g, e) for e in first) and _address_gap(ctx, found[k][1], found[k + 1][0]):
            pairs.append((k, k + 1))
        elif all(_district(g, e) for e in second) and found[k][1] == found[k + 1][0] and _adjacent(ctx, found[k][1]):
            pairs.append((k + 1, k))
    return pairs


def districts_apart(g, found: list[tuple], pairs: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The districts and the places (no region or district) of ``found`` (indices) named in one text, the places not
    together with a district (``pairs``, as ``district_pairs`` reads them): "в Осе нет воды, Осинский район"."""
    paired = {s for _, s in pairs}
    districts = [k for k, match in enumerate(found) if all(_district(g, e) for e in match[2])]
    places = [k for k, match in enumerate(found) if k not in paired and not any(_area(g, e) for e in match[2])]
    return districts, places


def held_by_any(g, districts: set[int]):
    """A test of a place: held by one of ``districts`` or holding one (``holds`` either way), in time linear in
    nothing but the place's own namesakes (the text may name thousands of districts)."""
    muns = {g.mun[d] for d in districts}
    regions = {g.region_code[d] for d in districts if g.kind[d] != "region"}
    city_parts = {g.region_code[d] for d in districts if g.kind[d] == "settlement"}

    def fits(e: int) -> bool:
        same_region = g.kind[e] != "region" and g.region_code[e] in city_parts
        return g.mun[e] in districts or e in muns or same_region or (
            g.kind[e] == "settlement" and g.region_code[e] in regions
        )

    return fits


def holds(g, d: int, e: int) -> bool:
    """District ``d`` holds place ``e``; a federal city's district (no municipality in the gazetteer) its city's."""
    city_part = g.kind[d] == "settlement" and g.kind[e] != "region"
    return g.mun[e] == d or (city_part and g.region_code[e] == g.region_code[d])


def _address_gap(ctx, j: int, i: int) -> bool:
    """Between the words ``j`` and ``i`` only a comma, a full stop and at most a type of settlement: "р-н, пос. "."""
    if not (0 < j <= i <= j + 1 and i < len(ctx.keys)) or (i > j and ctx.keys[j] not in SETTLEMENT_TYPES):
        return False
    return all(not ctx.gap(w).strip(" ,.\u00a0") for w in range(j, i + 1))


def district_follows(ctx, j: int, marks: tuple[str, ...] = (",",)) -> bool:
    """An adjective and a district noun follow, after a comma (or another of ``marks``), the name that stops before word
    ``j``: "Орёл, Советский район", "Кострома, Фабричный р-н" (a town's district: a town's own name heads it, as it
    heads a street)."""
    keys, k = ctx.keys, j + 1
    if k >= len(keys) or (keys[k] not in TOWN_DISTRICT_NOUNS and "-".join(keys[k : k + 2]) not in TOWN_DISTRICT_NOUNS):
        return False  # first: the nouns are rare, and a name is asked whether it heads an address on every match
    return only_mark_before(ctx, j, *marks) and adjective_form(keys[j])


def district_noun_after(ctx, j: int) -> bool:
    """A district's noun comes right after the adjective that stops before word ``j`` and agrees with it: "Рудничный
    район", "в Рудничном р-не", "Центрального округа" name a district (a town's, where the gazetteer has no such
    form), not a settlement named by the adjective (session 63, the Кузбасс walkthrough's D3: "..., Рудничный район."
    with 42 was Анжеро-Судженский's посёлок Рудничный).

    >>> from mcu_nlp.geo.context import TextContext
    >>> texts = ("Рудничный район", "в Рудничном р-не", "Рудничный, район", "Рудничный районный суд")
    >>> [district_noun_after(TextContext.of(t), 2 if t.startswith("в ") else 1) for t in texts]
    [True, True, False, False]
    """
    keys = ctx.keys
    if not 0 < j < len(keys):
        return False
    noun = keys[j] in TOWN_DISTRICT_NOUNS or keys[j] == "рн" or "-".join(keys[j : j + 2]) in TOWN_DISTRICT_NOUNS
    if not noun or ctx.gap(j).strip() or not adjective_form(keys[j - 1]):  # the noun first: it is rare
        return False
    return keys[j] in ("р", "рн") or agree(keys[j - 1], keys[j])


def _nominative_district(ctx, j: int) -> bool:
    """Words ``j`` and on are a district named in the nominative: "Курчатовский район", "Калининский р-н", "Ленинский
    округ"; not "Рыбинского района" (the genitive: the district that holds the place before it)."""
    keys = ctx.keys
    noun = keys[j + 1] if j + 1 < len(keys) else ""
    nominative = noun in ("район", "округ", "рн") or "-".join(keys[j + 1 : j + 3]) == "р-н"
    return nominative and keys[j].endswith(("ий", "ый", "ой"))


def only_mark_before(ctx, j: int, *marks: str) -> bool:
    """Only one of ``marks`` (and spaces) between word ``j`` and the word before it: a comma, a full stop, "" (nothing
    but spaces)."""
    return 0 < j < len(ctx.keys) and ctx.gap(j).strip() in marks


def comma_then_address(ctx, j: int) -> bool:
    """A comma before word ``j`` and a street's, a microdistrict's or a house's word from it: what follows a name that
    heads an address ("Данков, улица Мира", "Владик, ул. Светланская 5"), or a part of the town and then those
    ("Калуга, Правобережье, ул. Пролетарская"); or a bracket and a bank of the town's river ("Тутаев (правый берег)";
    session 32)."""
    if only_mark_before(ctx, j, "("):
        return ctx.town_bank(j)
    return only_mark_before(ctx, j, ",") and (ctx.heads_address(j) or ctx.part_before_address(j))


def town_district(g, ctx, found: list[tuple], k: int) -> bool:
    """The ``k``-th match of ``found`` is a district named right after a town ("Орёл, Советский район") with no
    namesake in the town's region: a district of that town (the gazetteer has no town's districts), not the
    namesake of another region (Советский район of Крым). After a region or a district it is a district of theirs.
    Only spaces between them count as a comma does for a district named in the nominative (session 45: "Челябинск
    Курчатовский район" is no Курская's district; "п. Волжский Рыбинского района" names the district holding the
    place). With no comma the district's words are no heading of an address (``TextContext.heads_address``)."""
    i, _, ids = found[k][:3]
    if k == 0 or found[k - 1][1] != i or not all(_district(g, e) for e in ids):
        return False
    if not district_follows(ctx, i) and not (district_follows(ctx, i, ("",)) and _nominative_district(ctx, i)):
        return False
    town = found[k - 1][2]  # a town: no region, district or village ("с. Алексеевка, Глушковский район")
    if town_as_village(g, ctx, found[k - 1][0], town):  # "село Шуя, Прионежский район": no town Шуя's district
        return False
    if any(g.kind[e] == "region" or _district(g, e) for e in town) or not any(_town(g, e) for e in town):
        return False
    regions = {g.region_code[e] for e in town}
    return not any(g.region_code[e] in regions for e in ids)


def other_towns_districts(g, found: list[tuple], k: int, ids: list[int]) -> list[int]:
    """``ids`` of the ``k``-th match of ``found`` without the big towns' districts (``town_districts``: no ОКТМО of
    their own) of a region where the text names another town and not theirs: "Златоуст, Ленинский район" is no
    district of Челябинск (the gazetteer has Златоуст's none), "Уфа, Октябрьский район" stays Уфа's."""
    districts = [e for e in ids if is_town_district(g, e)]
    if not districts:
        return ids  # the common case
    towns = {(g.region_code[e], g.mun[e]) for m, match in enumerate(found) if m != k for e in match[2] if g.urban[e]}
    other = {
        d
        for d in districts
        if (g.region_code[d], g.mun[d]) not in towns and any(region == g.region_code[d] for region, _ in towns)
    }
    return [e for e in ids if e not in other] if other else ids


def is_town_district(g, e: int) -> bool:
    """A big town's district (``town_districts``): a settlement named «... район» or «... округ» with no ОКТМО of its
    own."""
    return g.kind[e] == "settlement" and not g.oktmo[e] and g.name[e].endswith((" район", " округ"))


def _town(g, e: int) -> bool:
    """A town that is its own municipality (Орёл, Кострома) or a big town of a district (Старый Оскол)."""
    return (g.kind[e] == "municipality" and not _district(g, e)) or g.weight[e] >= BIG_TOWN_WEIGHT


# The last words of a district's nouns ("районе", "округа", "г.о."'s «го», "р-н"'s «н»)
DISTRICT_NOUN_WORDS = frozenset(form.split()[-1] for forms in DISTRICT_NOUNS.values() for form in forms) | set(
    words("рн н го мо")
)


def _named_district(g, ctx, match: tuple) -> bool:
    """Every candidate of ``match`` is a district by its name, or a municipality named here with a district's noun
    (session 60: "в Красногорском районе" with 50 is Красногорск's okrug as well as Брянская's district)."""
    noun = ctx.keys[match[1] - 1] in DISTRICT_NOUN_WORDS
    return all(_district(g, e) or (noun and g.kind[e] == "municipality") for e in match[2])


def _district(g, e: int) -> bool:
    """A district by its name (Петербург's districts are settlements in the gazetteer: "Кировский район")."""
    return g.kind[e] != "region" and g.name[e].endswith(("район", "округ"))


def with_okrugs(g, regions: set[str]) -> frozenset[str]:
    """``regions`` and the autonomous okrugs inside them.

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> sorted(with_okrugs(load_gazetteer(), {"72", "29", "78"})), sorted(with_okrugs(load_gazetteer(), {"89"}))
    (['29', '72', '78', '83', '86', '89'], ['89'])
    """
    inside = _okrugs(g)
    return frozenset(regions).union(*(inside.get(code, ()) for code in regions))


@lru_cache(maxsize=4)  # one per gazetteer, as load_gazetteer keeps them
def _okrugs(g) -> dict[str, tuple[str, ...]]:
    """Subject code -> the okrugs inside it: a region whose ОКТМО is longer than 2 digits lies in the one whose 2 it
    starts with ("71900000", ЯНАО, in "71000000", Тюменская область)."""
    regions = {e for e in set(g.region) if e >= 0 and g.kind[e] == "region"}
    oblasts = {g.oktmo[e][:2]: g.region_code[e] for e in regions if g.oktmo[e][2:].strip("0") == ""}
    inside: dict[str, tuple[str, ...]] = {}
    for e in sorted(regions, key=lambda e: g.region_code[e]):
        parent = oblasts.get(g.oktmo[e][:2])
        if parent is not None and parent != g.region_code[e]:
            inside[parent] = (*inside.get(parent, ()), g.region_code[e])
    return inside


def _adjacent(ctx, j: int) -> bool:
    """Only spaces or a comma between word ``j`` and the word before it."""
    return 0 < j < len(ctx.keys) and not ctx.gap(j).strip(QUALIFYING_GAP)


def _area(g, e: int) -> bool:
    """A region or a district: what qualifies a place in an address ("Тюменской области", "Тобольский район")."""
    return g.kind[e] == "region" or (g.kind[e] != "settlement" and g.name[e].endswith(("район", "округ")))
