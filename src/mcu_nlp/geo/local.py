"""Names that count only in the caller's region (``forms.LOCAL_NAME``): "в Ростове" for 61, "в Перово" for 77.

Such a name is a short name of a bigger place (Ростов for Ростов-на-Дону, lexicon.LOCAL_SHORT_NAMES) or an internal
territory of Москва, Петербург or Севастополь whose name a village elsewhere has too (Перово, Солнцево, Купчино:
internal.add_internal_names). Without a region it is no place of its own (but a big town's short name that outranks
its namesakes: ``outranking_short_name``, "в Ростове" is Ростов-на-Дону); in the caller's region it is a place after
«в», «из», «район», «р-н», «в районе» and as the heading of a report ("Купчино, яма у дома"), and wherever a namesake
elsewhere would count: a caller of region 77 who writes "Перово, нет воды" means Москва's Перово, not the village of
Крым.

A caller of no region who writes "Перово, не вывозят мусор" most likely means Москва's too: where a territory of a
federal city shares its name only with villages elsewhere (smaller than ``TOWN_SIZE``: Перово, Солнцево, Измайлово,
Черёмушки, Крюково, Некрасовка, ...), the territory counts there with its namesakes and outranks them (census 2021:
Перово 137,362 people against 3,995 in the village of Крым), and the mention, in two regions with no evidence,
scores as unsettled (0.57 for Перово). A town namesake keeps its name (Сокол: the town of Вологодская область).
A caller of another region gets the territory only when the text names its city ("Москва, Перово"; with a town
namesake too: "В Соколе (Москва, район Сокол)", session 25); otherwise such a name is most likely a district of the
caller's own town ("в Черёмушках" from region 89) and gives only the caller's region's namesakes, not a village of a
third region.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.forms import (
    ADJECTIVE_NAME,
    COMMON_WORD,
    FREE,
    LOCAL_NAME,
    PERSON_NAME,
    PERSON_TAGS,
    REJECT,
    STRONG,
    word_level,
)
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, population_weight
from mcu_nlp.geo.grammar import adjective_form
from mcu_nlp.geo.lexicon import (
    ADDRESS_STREET_WORDS,
    COMMON_NOUN_SHORT_NAMES,
    DISTRICT_NOUNS,
    HOUSE_WORDS,
    LOCAL_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    REGION_ABBREVIATIONS,
    REGION_NOUNS,
    REPORT_OPENERS,
    SETTLEMENT_TYPES,
    TOWN_PART_TYPES,
    TRANSPORT_NOUNS,
    words,
)
from mcu_nlp.geo.tokens import SENTENCE_MARKS, name_key
from mcu_nlp.morphology import analyzer

FEDERAL_CITIES = frozenset({"77", "78", "92"})
COMMON_NOUN_SHORT_KEYS = frozenset(name_key(short) for short in COMMON_NOUN_SHORT_NAMES)  # «казан» (session 57)
# A namesake of this many people is a town (census 2021: Сокол of Вологодская область 38,459, Отрадное of
# Ленинградская область ~25,700); a federal city's territory never outranks it. The villages that share the names
# of Moscow's territories have 1,500-9,900 (Некрасовка of Хабаровский край 9,480).
TOWN_SIZE = 10_000
TOWN_WEIGHT = population_weight(TOWN_SIZE)
# Words for a town's district before its name: "район Митино", "в районе Марьино", "р-н Купчино" (tokens "р н")
DISTRICT_WORDS = frozenset(
    DISTRICT_NOUNS["район"] + ("районы", "районов", "рн", "р н", "р на", "р не", "р он", "р она", "р оне")
)
# A town's district whose own form ends in one of these says what it is ("Дёмского района", "Карасунского округа":
# census 2021's «внутригородские районы» and «округа», ``town_districts``)
NAMED_DISTRICT_WORDS = DISTRICT_WORDS | frozenset(DISTRICT_NOUNS["округ"])
# Words that may join a place to its region or city in an address ("Пензенская обл., г. Никольск", "Москва, район
# Сокол", "Никольск Пензенской области"): type words of places, districts and regions (``joined``)
JOINING_WORDS = (
    SETTLEMENT_TYPES
    | frozenset(w for noun in ("район", "округ") for w in DISTRICT_NOUNS[noun])
    | frozenset(form for forms in REGION_NOUNS.values() for form in forms if " " not in form)
    | frozenset(a for forms in REGION_ABBREVIATIONS.values() for a in forms if " " not in a)
    | {"р", "н", "рн"}
)
MAX_JOINING = 3
# A word's parts of speech before «на» that make what follows a thing one does something on ("катались на горках"),
# not a town's part (``part_on``)
VERB_TAGS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# After these a local name that is also a first name's form is a place ("во Владике", "на Дёме", "на Филях"; not "у
# Владика температура", "с Владиком гуляли")
FIRST_NAME_PREPOSITIONS = PLACE_PREPOSITIONS | {"на"}
# Session 56: a town's own short name that is a first name (``lexicon.LOCAL_SHORT_NAMES``: «Влад» of Владивосток for
# 25, «Владик» of Владикавказ for 15; ``town_first_name``) takes only «в», «во», «из», as a town's name does ("на Владе"
# is a person's), and heads or closes a text in its nominative only; heading it, before a comma or a colon
# (``report.HEADING_MARKS``) and a report or an address (``first_name_heads``)
# The nominative endings of an adjective of a place's or a person's suffix ("Пашковский"; ``_adjective_heads``)
TOPONYM_ENDINGS = tuple(f"{stem}{end}" for stem in ("ск", "цк") for end in ("ий", "ое", "ая"))
# ... and of any of its case forms («в пашковском», «в лазаревской»; ``lower_adjective_placed``)
TOPONYM_STEMS = tuple(f"{stem}{end}" for stem in ("ск", "цк") for end in ("ом", "ой", "ого", "ому", "им"))
# Verbs of living before «на» and a town's part: "живём на фмр", "проживаю на Гидрострое" (``lives_on``)
LIVING_VERBS = frozenset({"жить", "проживать"})
# Of them, the abbreviations a full stop may follow inside an address ("обл.", "г."; "области." ends a sentence)
ABBREVIATED = frozenset(w for w in JOINING_WORDS if (len(w) <= 3 and w != "аул") or w in ("мкрн", "респ"))
# A federal city's territory named by a word, a person or an adjective («Пушкин», «Ломоносов», «Песочный») beside its
# city's name is the address's next part ("Санкт-Петербург, Пушкин, в парке темно") but where a person is meant
# (``_person_meant``): another person's name follows ("Пушкин, Лермонтов, Гоголь", "Пушкин и Достоевский") or its
# sentence speaks of a poet's things, POET_WORDS by their dictionary forms ("Пушкин, памятник поэту", "Пушкин - мой
# любимый поэт"); a street's, a house's or a microdistrict's word or a house number within ADDRESS_WINDOW words of its
# sentence makes it the address's part anyway ("СПб, Пушкин, Ленина 5"; review of session 49)
WORD_LEVELS = frozenset({COMMON_WORD, PERSON_NAME, ADJECTIVE_NAME})
ADDRESS_PART_WORDS = ADDRESS_STREET_WORDS | TOWN_PART_TYPES | HOUSE_WORDS
ADDRESS_WINDOW = 3
POET_WORDS = frozenset(
    words(
        "памятник монумент бюст статуя скульптура поэт поэтесса писатель поэзия литература классик книга стих"
        " стихотворение поэма произведение томик"
    )
)
POET_PAIRS = frozenset({("музей", "квартира")})  # "музей-квартира": not a bare «музей» (Пушкин's palaces)


def caller_postings(g, postings: list | None, ctx, i: int, j: int | None = None) -> list | None:
    """The postings of a form at word ``i`` of the ``TextContext`` in the gazetteer ``g`` without the local names of
    regions other than the caller's.

    A federal city's territory whose namesakes elsewhere are all villages (``village_namesakes``) is kept without
    the caller's region, or when the text names that city ("Москва, Перово"). A caller of another region (89) who
    writes "в Черёмушках" means a district of their own town, as most towns have a Черёмушки: that name gives only
    the caller's region's namesakes (mostly none); but after a type of settlement ("посёлок Солнцево") it is a village.
    """
    if not postings or LOCAL_NAME not in [level for _, level in postings]:
        return postings
    hint = ctx.hint
    if hint is None and sole_town_district(g, postings):
        return postings  # "Жители Дёмского района": no other place has the name
    if outranking_short_name(g, postings, hint):
        return postings  # "в Ростове" with no region or 89: Ростов-на-Дону among its namesakes, by population
    cities = {g.region_code[e] for e, level in postings if level == LOCAL_NAME} & FEDERAL_CITIES - {hint}
    villages = bool(cities) and village_namesakes(g, postings)  # Ростов, Каменск of 61, 66: no federal city's
    # the city named right beside the name (words ``i:j``) keeps its territory beside a town namesake too (session
    # 25: "В Соколе (Москва, район Сокол)" is Москва's Сокол for a caller of 35 or none, not the town of Вологодская
    # область; "Сын в Москве, а у нас в Соколе" stays the town, review)
    # (a form only the city has, "Зеленоград", counts as its name beside a name with no town namesake: "Зеленоград,
    # Силино"; beside a town's namesake the city's own name must be written: "Зеленоград, Сокол" is Вологодская's
    # Сокол, not Москва's district; session 46 review)
    towns = not town_namesake(g, postings)
    near = bool(cities) and federal_city_beside(g, ctx, i, i + 1 if j is None else j, cities, towns=towns)
    foreign = (villages and (hint is None or names_federal_city(g, ctx.keys, cities))) or near
    if villages and not foreign and not ctx.type_before(i):
        return [(e, level) for e, level in postings if g.region_code[e] == hint]  # a district of the caller's town
    return [
        (e, level)
        for e, level in postings
        if level != LOCAL_NAME
        or g.region_code[e] == hint
        or (foreign and g.region_code[e] in FEDERAL_CITIES)
        or (g.region_code[e] not in FEDERAL_CITIES and names_own_town(g, ctx, e))
    ]


def names_own_town(g, ctx, e: int) -> bool:
    """The words of the ``TextContext`` name the place ``e`` itself by another of its forms, or its region: a town's
    part (``town_parts``) counts where its town or region is named, as a caller of that region's would (session 31:
    "Владивосток, в Садгороде нет воды", "Астраханская область, Трусово затопило" with no region are the towns', not
    the villages of Самарская область and Коми). A federal city's are ``names_federal_city``'s. What the text names
    is read once per text (:func:`_named`, kept in ``ctx.named``), so a long text of town districts is read in linear
    time.

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> town = next(e for e, level in g.index["садгороде"] if level == LOCAL_NAME)
    >>> names_own_town(g, TextContext.of("Владивосток, в Садгороде"), town)
    True
    >>> names_own_town(g, TextContext.of("в Садгороде"), town)
    False
    """
    places, regions = _text_named(g, ctx)
    return e in places or g.region_code[e] in regions


def named_regions(g, ctx) -> frozenset[str]:
    """The codes of the regions the words of the ``TextContext`` name, read once per text as ``names_own_town`` reads
    them (session 42: ``poselenie.caller_village``)."""
    return _text_named(g, ctx)[1]


def _text_named(g, ctx) -> tuple[frozenset[int], frozenset[str]]:
    """:func:`_named` of the ``TextContext``'s words, read once per text and kept in ``ctx.named``."""
    if ctx.named is None:
        ctx.named = _named(g, ctx.keys)
    return ctx.named


def _named(g, keys: list[str]) -> tuple[frozenset[int], frozenset[str]]:
    """The places the 1-3 word phrases of ``keys`` name other than by a local name, and the region codes of the
    regions they name."""
    places, regions = set(), set()
    for n in (1, 2, 3):
        for k in range(len(keys) - n + 1):
            for other, level in g.index.get(" ".join(keys[k : k + n]), ()):
                if level != LOCAL_NAME:
                    places.add(other)
                if g.kind[other] == "region":
                    regions.add(g.region_code[other])
    return frozenset(places), frozenset(regions)


def outranking_short_name(g, postings: list, hint: str | None) -> bool:
    """A short name of a big town (lexicon.LOCAL_SHORT_NAMES: Ростов for Ростов-на-Дону, of 1.1 million people) that
    outranks every namesake (the town Ростов of Ярославская область, 31,000) counts where they do when the caller's
    region has none of them: no region, or region 89, makes "в Ростове" the bigger town, as for any namesakes; with
    region 76 it stays Ярославская's Ростов. A short name with no namesake ("в Нижнем", an adjective) keeps needing
    its region, and so does a town's district known by a name of its own ("на Заволжье" is Ульяновск's for 73 only,
    else the town Заволжье): a short name is a part of its town's name of several words, a district's is none."""
    own = [
        g.weight[e]
        for e, level in postings
        if level == LOCAL_NAME and g.region_code[e] not in FEDERAL_CITIES and " " in name_key(g.name[e])
    ]
    namesakes = [g.weight[e] for e, level in postings if level != LOCAL_NAME]
    if not own or not namesakes or any(g.region_code[e] == hint for e, _ in postings):
        return False
    return max(own) >= BIG_TOWN_WEIGHT and max(own) > max(namesakes)


def sole_town_district(g, postings: list) -> bool:
    """The postings are one big town's district (``town_districts``: its forms all say «район», «р-н» or «округ»)
    that no other place shares a form with, named by no word of the dictionary: "Дёмского района" is Уфа's for any
    caller (session 23), "Маймаксанского округа" Архангельск's (session 24); "Ленинского района" (a district of many
    towns and regions) is not, nor "Северо-западного района" (Владикавказ's the only one listed, but a word any town
    may call a part of itself by), nor "Карасунского округа" (a word pymorphy3 knows) or "Западного округа"
    (Краснодар's and Белгород's).

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> sole_town_district(g, g.index["демского района"]), sole_town_district(g, g.index["северо западного района"])
    (True, False)
    >>> sole_town_district(g, g.index["маймаксанского округа"]), sole_town_district(g, g.index["карасунского округа"])
    (True, False)
    """
    if len(postings) != 1 or postings[0][1] != LOCAL_NAME:
        return False
    name = g.name[postings[0][0]]
    if name.endswith(" район"):
        adjective = name.removesuffix(" район")
    elif name.endswith(" округ"):  # "Свердловский административный округ": its adjective is the first word
        adjective = name.removesuffix(" округ").removesuffix(" административный")
    else:
        return False
    return not analyzer().word_is_known(adjective.lower())


def village_namesakes(g, postings: list) -> bool:
    """The namesakes of a local name (``postings``' other entries) exist and are all settlements smaller than a town
    of ``TOWN_SIZE`` people: Перово (the village of Крым, 3,995 people), not Сокол (the town of Вологодская область,
    38,459) nor Отрадное (the town of Ленинградская область), nor a district (session 43: "Красносельский район" of
    Костромская область, beside Москва's муниципальный округ Красносельский, has no census figure)."""
    return any(level != LOCAL_NAME for _, level in postings) and not town_namesake(g, postings)


def town_namesake(g, postings: list) -> bool:
    """A namesake of a local name (``postings``' other entries) is a town of ``TOWN_SIZE`` people or more, or no
    settlement (Сокол of Вологодская область, "Красносельский район" of Костромская)."""
    return any(
        level != LOCAL_NAME and (g.kind[e] != "settlement" or g.weight[e] >= TOWN_WEIGHT) for e, level in postings
    )


def names_federal_city(g, keys, cities: set[str]) -> bool:
    """A word of the text (``keys``) is the name of one of the federal ``cities`` ("Москва", "Петербурге"); a form
    only the city has ("Зеленограде") counts beside a name only (``federal_city_beside``)."""
    return any(city_named(g, k, cities, own_forms=False) for k in keys)


def city_named(g, key: str, cities: set[str], own_forms: bool = True) -> bool:
    """The form ``key`` names one of the federal ``cities``: the city itself ("москва", "петербурге"), or (session
    46; with ``own_forms``) any form that only that city's places have, each at ``FREE`` level: a local name, a word
    or a person's name has another level, and another region's namesake is not the city's. These are its towns
    ("зеленоград", "колпино", "кронштадт": "Зеленоград, Силино" is Москва's Силино as "Москва, Силино" is), but
    also its other places of a name no word has: 64 one-word forms of 77, 67 of 78, 14 of 92 (Санкт-Петербург's
    посёлки Шушары, Комарово and town Петергоф, Севастополь's Кача, Москва's district names written as one word,
    "новопеределкино"). Not "пушкин", "ломоносов", "щербинка", which are also words or names, nor "троицк",
    "зеленогорск", which other regions have too.

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> [city_named(g, k, {"77"}) for k in ("москва", "зеленоград", "силино", "троицк")]
    [True, True, False, False]
    >>> city_named(g, "колпино", {"78"}), city_named(g, "пушкин", {"78"}), city_named(g, "колпино", {"77"})
    (True, False, False)
    >>> city_named(g, "шушары", {"78"}), city_named(g, "зеленоград", {"77"}, own_forms=False)
    (True, False)
    """
    postings = g.index.get(key, ())
    if any(g.kind[e] == "region" and g.region_code[e] in cities for e, _ in postings):
        return True
    return own_forms and bool(postings) and all(g.region_code[e] in cities and level == FREE for e, level in postings)


def federal_city_beside(g, ctx, i: int, j: int, cities: set[str], towns: bool = True) -> bool:
    """One of the federal ``cities`` is named (``city_named``; by a form only it has, with ``towns``) right beside
    words ``i:j`` of the ``TextContext``, as parts of one address (``ctx.joined``): "Соколе (Москва", "Москва, район
    Сокол", "Санкт-Петербург, Купчино", "Зеленоград, Силино"."""

    def city(a: int, b: int) -> bool:
        return 0 <= a < b <= len(ctx.keys) and city_named(g, " ".join(ctx.keys[a:b]), cities, towns)

    start = i
    while start > 0 and i - start < MAX_JOINING and ctx.keys[start - 1] in JOINING_WORDS:
        start -= 1
    stop = j
    while stop < len(ctx.keys) and stop - j < MAX_JOINING and ctx.keys[stop] in JOINING_WORDS:
        stop += 1
    before = any(city(start - n, start) and ctx.joined(start, i) for n in (1, 2))
    return before or any(city(stop, stop + n) and ctx.joined(j, stop) for n in (1, 2))


def rank_weight(g, e: int) -> float:
    """The population weight entry ``e`` of the gazetteer ``g`` ranks by among namesakes: a federal city's territory
    known by a local name has no census figure in the gazetteer (weight 0) and ranks as a big town; so does a region
    (session 24: "В Крыму нет воды" with no region is Республика Крым, not Ростовская's village Крым of 3,800 people).

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> [g.kind[e] for e, _ in g.index["крыму"]], [rank_weight(g, e) > 4 for e, _ in g.index["крыму"]]
    (['region', 'settlement'], [True, False])
    """
    if g.kind[e] == "region":
        return BIG_TOWN_WEIGHT
    if g.weight[e] or g.region_code[e] not in FEDERAL_CITIES:
        return g.weight[e]
    return BIG_TOWN_WEIGHT if (e, LOCAL_NAME) in g.index.get(name_key(g.name[e]), ()) else 0.0


def local_verdict(ctx, i: int, j: int, capital: bool | None) -> int:
    """REJECT or STRONG for a local name at ``i:j`` of the ``TextContext`` (the resolver checked the region).

    "в Нижнем", "из Ростова", "Купчино, яма у дома", "Перово: нет воды", "район Митино", "в районе Марьино", "р-н
    Хамовники"; and a noun or an abbreviation heading an address anywhere in the text, as at its start (session 39:
    "Нет света, адрес: ЧМЗ, ул. Мира 5", "Иванов И.И., Автозавод, 7 квартал, д. 5"); not "в нижнем ящике", "в Нижнем
    Подъезде", "в Ростове Великом" (Ростов of Ярославская область); an ordinary adjective («нижний») only as a
    clause of its own (:func:`bare_adjective_name`: "нижний, яма на дороге", not "нижний подъезд, ...").
    """
    from mcu_nlp.geo.qualified import comma_then_address  # here: qualified imports this module (through namesake_rank)

    if lower_common_short_name(ctx, i, j):  # "казан, нет воды" is the pot's word; "Казан, нет воды" (session 57)
        return REJECT
    noun = not adjective_form(ctx.keys[j - 1])
    named = named_district(ctx.keys, i, j)  # "Дёмского района", "Карасунского округа", "Приокский р-н"
    if lower_heading(ctx, i, j, capital, noun):  # "черниковка ул. Первомайская 50", "шакша нет отопления"
        return STRONG
    if not noun and bare_adjective_name(ctx, i, j):  # "нижний, яма на дороге", "нет воды, нижний" (session 44)
        return STRONG
    if capital is None:  # without case an adjective ("нижнем") is the ordinary word
        # a word in capitals of a cased text (an abbreviation, "на ФМР", "на ЧМЗ": session 28) takes «на» too
        # or of a text in lower case but for it ("на ЗЖМ нет света": session 29), whose capitals show an abbreviation;
        # so does a town's part named by a phrase or before a report (session 42: "на левом берегу нет света", "на
        # шлюзе нет воды" with 54)
        capitals = _capitals_only(ctx, i, j)
        part = part_on(ctx, i) and (lower_part(ctx, i, j, named) or _report_opens(ctx, i, j) or lives_on(ctx, i))
        cues = LOCAL_PREPOSITIONS if ctx.cased or capitals or part else PLACE_PREPOSITIONS
        cues = PLACE_PREPOSITIONS if town_first_name(ctx.keys, i, j) else cues  # "во владе"; not "на владе"
        ok = noun and (ctx.preposition(i) in cues or district_before(ctx.keys, i) or named)
        ok = ok or (not noun and lower_adjective_placed(ctx, i, j))  # "в пашковском лифт не работает" (session 43)
        ok = ok or (capitals and i == 0 and (ctx.heading(i, j) or ctx.opens_report(i, j, ",.")))  # "СЖМ, нет света"
        ok = ok or (capitals and comma_then_address(ctx, j))  # "адрес: ЧМЗ, ул. Мира 5"
    elif i == 0 and capital and noun and town_first_name(ctx.keys, i, j):  # "Влад, яма на дороге" with 25 (session
        ok = first_name_heads(ctx, j)  # 56); not "Влад, позвони мне", "Влада, привет", nor "Влад" alone
    elif i == 0 and capital and noun:
        ok = ctx.heading(i, j) or ctx.opens_report(i, j, ",.") or named or plain_name(ctx, i, j)
    elif i == 0 and capital and own_part(ctx):  # "Пашковский нет света", "Пашковский, ул. Фадеева" (session 43)
        ok = ctx.heading(i, j) or _adjective_heads(ctx, i, j)
    else:
        # a first name's form ("Владик" of Владикавказ) only after «в», «из»: "у Владика температура" is a boy's
        # ("на Дёме" is Уфа's part, session 41: a part of town takes «на» as often as «в»)
        prepositions = FIRST_NAME_PREPOSITIONS if j - i == 1 and _first_name(ctx.keys[i]) else LOCAL_PREPOSITIONS
        town = town_first_name(ctx.keys, i, j)
        prepositions = PLACE_PREPOSITIONS if town else prepositions  # "во Владе"; "на Владе" is a person (session 56)
        cue = ctx.preposition(i) in prepositions or (noun and district_before(ctx.keys, i)) or named
        # a town's part named by a phrase of words, which its people write in lower case (session 42: "На левом
        # берегу нет света" with 54), after a preposition
        # session 43: one word too, before a report or after a verb of living ("После ливня на гидрострое затопило")
        lower = capital is False and part_on(ctx, i) and (_report_opens(ctx, i, j) or lives_on(ctx, i))
        lower = lower and (lower_part(ctx, i, j, named) or (noun and j - i == 1 and name_like(ctx.keys[i])))
        ok = (capital or lower) and cue and not ctx.agrees_next(j)
        # a noun heading an address anywhere ("Иванов И.И., Автозавод, 7 квартал"); not a first name ("Петров Владик,
        # ул. Мира 5" is a person's name before the address)
        address = capital and noun and prepositions is LOCAL_PREPOSITIONS and comma_then_address(ctx, j)
        ok = ok or bool(address)
        # session 56: a town's first-name short name closing a report after a comma, as «Питер» does with 78
        if capital and town and not ok and short_name_nominative(ctx.keys[i]):
            from mcu_nlp.geo.letter_case import closes_report  # here: letter_case imports this module's importers

            ok = closes_report(ctx, i, j)
    return STRONG if ok else REJECT


def lower_common_short_name(ctx, i: int, j: int) -> bool:
    """Words ``i:j`` of the ``TextContext`` are a short name of ``lexicon.COMMON_NOUN_SHORT_NAMES`` («казан», a cooking
    pot) written with no capital, in a cased text or not: the noun (session 57).

    >>> from mcu_nlp.geo.context import TextContext
    >>> [lower_common_short_name(TextContext.of(t, "16"), 0, 1) for t in ("казан, нет воды", "КАЗАН, НЕТ ВОДЫ")]
    [True, False]
    """
    if j - i != 1 or ctx.keys[i] not in COMMON_NOUN_SHORT_KEYS:
        return False
    return not ctx.text[ctx.spans[i][0]].isupper()


@lru_cache(maxsize=1)
def _town_first_name_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The case forms and the nominatives of ``lexicon.LOCAL_SHORT_NAMES``' short names that are first names (Влад,
    Владик): a town's short name, not a town's part's («на Дёме» of Уфа is ``town_parts``')."""
    from mcu_nlp.geo.declension import case_forms  # here: declension is heavy to import for the resolver's callers
    from mcu_nlp.geo.lexicon import LOCAL_SHORT_NAMES

    shorts = [name_key(short) for short, *_ in LOCAL_SHORT_NAMES if " " not in short and _first_name(name_key(short))]
    return frozenset(form for short in shorts for form in case_forms(short)), frozenset(shorts)


def town_first_name(keys: list[str], i: int, j: int) -> bool:
    """Words ``i:j`` are one case form of a town's short name that is also a first name ("влад", "владе", "владика";
    session 56).

    >>> town_first_name(["во", "владе"], 1, 2), town_first_name(["на", "деме"], 1, 2)
    (True, False)
    """
    return j - i == 1 and keys[i] in _town_first_name_forms()[0]


def short_name_nominative(key: str) -> bool:
    """``key`` is such a short name as written, its nominative ("влад"; not "влада", also a woman's name)."""
    return key in _town_first_name_forms()[1]


def first_name_heads(ctx, j: int) -> bool:
    """A town's first-name short name opening the text (the caller's region's: the resolver checked it), in its
    nominative, heads an address or a report after a comma or a colon ("Влад, ул. Светланская 5", "Влад, яма на
    дороге", "Влад: нет воды" with 25; session 56); not words spoken to its bearer or any other ("Влад, позвони мне",
    "Влад, привет"), nor the name alone or before a clause with no mark ("Влад сказал ...").

    >>> from mcu_nlp.geo.context import TextContext
    >>> [first_name_heads(TextContext.of(t, "25"), 1) for t in ("Влад, яма на дороге", "Влад, позвони мне")]
    [True, False]
    """
    from mcu_nlp.geo.qualified import comma_then_address  # here: qualified imports this module
    from mcu_nlp.geo.report import HEADING_MARKS, report_after

    if not short_name_nominative(ctx.keys[0]):
        return False
    return comma_then_address(ctx, j) or report_after(ctx, j, HEADING_MARKS)


def bare_adjective_name(ctx, i: int, j: int) -> bool:
    """A local name of one adjective in the nominative («нижний», Нижний Новгород's everyday name), standing alone as
    a clause of the text (the resolver checked the caller's region): heading the text before a comma, a colon or a
    dash and a report ("нижний, яма на дороге"), or closing it after a comma, with no masculine singular noun it
    could qualify just before ("нет воды, нижний", "пробки на сормовском шоссе, Нижний"; session 44). Not "нижний
    этаж", "нижний, верхний подъезд", "сломан замок, нижний", "на 1 этаже, нижний".

    >>> from mcu_nlp.geo.context import TextContext
    >>> bare_adjective_name(TextContext.of("нижний, яма на дороге", "52"), 0, 1)
    True
    >>> bare_adjective_name(TextContext.of("нет воды, нижний", "52"), 2, 3)
    True
    >>> bare_adjective_name(TextContext.of("сломан замок, нижний", "52"), 2, 3)
    False
    >>> bare_adjective_name(TextContext.of("нижний подъезд, яма", "52"), 0, 1)
    False
    """
    keys = ctx.keys
    if j - i != 1 or not own_part(ctx) or not any(p.tag.case == "nomn" for p in analyzer().parse(keys[i])):
        return False
    from mcu_nlp.geo.report import report_after  # here: report imports qualified, which imports this module

    if i == 0:
        return j < len(keys) and report_after(ctx, j, (",", ":", "-", "—", "–"))
    after = ctx.gap(j).strip() if j < len(keys) else "."
    if not after or after[0] not in ".!" or ctx.gap(i).strip() != ",":
        return False
    if any(key[:1].isdigit() for key in keys[max(0, i - 2) : i]):  # "на 1 этаже, нижний", "кв. 5, нижний"
        return False
    return not any(
        p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.number == "sing" for p in analyzer().parse(keys[i - 1])
    )


def named_district(keys: list[str], i: int, j: int) -> bool:
    """The local name at ``i:j`` ends with a district's noun («района», «округа») or its abbreviation of two tokens
    («р-н», «р-не», «р-он»: session 44, "ул. Гагарина, Приокский р-н, нет воды" with 52 found nothing).

    >>> named_district(["приокский", "р", "н"], 0, 3), named_district(["приокский", "район"], 0, 2)
    (True, True)
    >>> named_district(["нижний"], 0, 1)
    False
    """
    if j - i < 2:
        return False
    return keys[j - 1] in NAMED_DISTRICT_WORDS or (j - i > 2 and " ".join(keys[j - 2 : j]) in NAMED_DISTRICT_WORDS)


def own_part(ctx) -> bool:
    """A local name found for the caller's region (the resolver checked it) is a town's part or short name, not a
    federal city's territory, whose names are words as often ("аэропорт", "сокол")."""
    return ctx.hint is not None and ctx.hint not in FEDERAL_CITIES


def part_on(ctx, i: int) -> bool:
    """Word ``i`` follows a preposition of place (``LOCAL_PREPOSITIONS``, «на» too) not after a verb, in a caller's
    region of no federal city: where a town's part is, not a thing one does something on or at ("катались на горках",
    "работаю на автозаводе"; session 42).

    >>> from mcu_nlp.geo.context import TextContext
    >>> part_on(TextContext.of("вчера на левом берегу", "54"), 2)
    True
    >>> part_on(TextContext.of("катались на горках", "16"), 2), part_on(TextContext.of("на горках", "78"), 1)
    (False, False)
    """
    if i == 0 or ctx.preposition(i) not in LOCAL_PREPOSITIONS or not own_part(ctx):
        return False
    return i < 2 or analyzer().parse(ctx.keys[i - 2])[0].tag.POS not in VERB_TAGS or lives_on(ctx, i)


def _report_opens(ctx, i: int, j: int) -> bool:
    """Word ``j``, right after the name at ``i:j`` with only spaces between, opens a report of a problem there: «нет»,
    a problem noun (not transport's): "на шлюзе нет воды", "На левом берегу нет света"; since session 43 a problem
    verb naming no doer (``report.reports_problem``) after a one-word name that is no ordinary word (``name_like``:
    "на гидрострое затопило квартиры"), not after one ("на автозаводе сократили смены", "На хосте закончилось
    место")."""
    from mcu_nlp.geo.report import reports_problem  # here: report imports qualified, which imports this module

    keys = ctx.keys
    if j >= len(keys) or ctx.gap(j).strip():
        return False
    if keys[j] in REPORT_OPENERS and keys[j] not in TRANSPORT_NOUNS:
        return True
    return j - i == 1 and name_like(keys[i]) and reports_problem(keys, j)


def lives_on(ctx, i: int) -> bool:
    """A verb of living (``LIVING_VERBS``) right before the preposition before word ``i``: "живём на фмр", "проживаю
    на Гидрострое" (session 43), where a town's part is, as "катались на горках" is not.

    >>> from mcu_nlp.geo.context import TextContext
    >>> lives_on(TextContext.of("живем на фмр, собаки", "23"), 2), lives_on(TextContext.of("катались на горках"), 2)
    (True, False)
    """
    if i < 2 or ctx.keys[i - 1] != "на":  # not "живём в новом городе": «в» a town's part's name needs no more
        return False
    return any(p.tag.POS == "VERB" and p.normal_form in LIVING_VERBS for p in analyzer().parse(ctx.keys[i - 2]))


def lower_adjective_placed(ctx, i: int, j: int) -> bool:
    """A local name that is an adjective («пашковском» of Краснодар's Пашковский), in lower case after «в», «во», «из»
    in the caller's region (no federal city's), before a word it does not agree with that opens a report (session 43:
    "в пашковском лифт не работает", "в пашковском нет света"); an adjective of a place's suffix only (not "в нижнем
    нет света", "в нижнем ящике")."""
    if j >= len(ctx.keys) or ctx.preposition(i) not in PLACE_PREPOSITIONS or not own_part(ctx) or ctx.agrees_next(j):
        return False
    if not ctx.keys[j - 1].endswith(TOPONYM_STEMS):
        return False
    from mcu_nlp.geo.report import clause  # here: report imports qualified, which imports this module

    return _report_opens(ctx, i, j) or (not ctx.gap(j).strip() and clause(ctx.keys, j))


def plain_name(ctx, i: int, j: int) -> bool:
    """The local name at ``i:j`` is one capitalised word no dictionary word shares (``forms.FREE``: «Капотня»,
    «Лефортово»; not «Аэропорт», «Сокол», «Нижний»): in the caller's region (the resolver checked it) it is a place
    heading the text whatever follows, as a name that is no word does (session 43: "Капотня опять воняет НПЗ" with 77
    found nothing, though "в Капотне" did)."""
    return j - i == 1 and ctx.capital(i) is True and name_only(ctx.keys[i])


@lru_cache(maxsize=1024)
def name_only(key: str) -> bool:
    """pymorphy3 reads ``key`` as no ordinary word nor a person's name (``forms.word_level`` FREE).

    >>> name_only("капотня"), name_only("аэропорт"), name_only("сокол")
    (True, False, False)
    """
    return word_level(key) == FREE


@lru_cache(maxsize=1024)
def name_like(key: str) -> bool:
    """pymorphy3 knows ``key`` as a place's or an organisation's name only, or not at all: "гидрострое" (Гидрострой,
    a builder's name), "капотня", "фмр"; not "автозаводе", "хосте" (a computer host), "шлюзе".

    >>> name_like("гидрострое"), name_like("хосте")
    (True, False)
    """
    return all(not p.is_known or {"Geox", "Orgn"} & p.tag.grammemes for p in analyzer().parse(key))


def lower_part(ctx, i: int, j: int, named: bool) -> bool:
    """The local name at ``i:j`` is a town's part named by a phrase of two or more words (``town_parts``: «Левый
    берег», «Красная Глинка», «Вторая Речка»), which its people write in lower case as the words they are (session 42:
    "на левом берегу нет света" with 54, "вчера на левом берегу не было света"); not a big town's district named with
    «район» or «округ» (``named``), nor a federal city's territory.

    >>> from mcu_nlp.geo.context import TextContext
    >>> lower_part(TextContext.of("на левом берегу нет света", "54"), 1, 3, False)
    True
    >>> lower_part(TextContext.of("на шлюзе нет воды", "54"), 1, 2, False)
    False
    """
    return j - i > 1 and not named and own_part(ctx)


def _adjective_heads(ctx, i: int, j: int) -> bool:
    """``report.adjective_heads`` of a local name at ``i:j`` that is an adjective of a place's or a person's suffix
    («-ский», «-цкий»), opening the text (session 43: "Пашковский нет света", "пашковский, после ливня затопило двор");
    not an ordinary adjective («нижний»: a floor's as often as Нижний Новгород's, read by :func:`bare_adjective_name`
    only as a clause of its own)."""
    from mcu_nlp.geo.letter_case import REPORT_WINDOW  # here: letter_case imports this module
    from mcu_nlp.geo.report import adjective_heads

    return ctx.keys[j - 1].endswith(TOPONYM_ENDINGS) and adjective_heads(ctx, j, REPORT_WINDOW)


def short_name(key: str) -> bool:
    """A word of 2-3 letters the dictionary does not know: an abbreviation and no word ("фмр", "чмз"; not "виз", the
    genitive of «виза», nor "амз").

    >>> short_name("фмр"), short_name("виз")
    (True, False)
    """
    return len(key) < 4 and key.isalpha() and not analyzer().word_is_known(key)


def lower_heading(ctx, i: int, j: int, capital: bool | None, noun: bool) -> bool:
    """A local name of a noun (the caller's region's: the resolver checked it) opening the text in lower case, of 4+
    letters or an abbreviation that is no word (session 43: "фмр, возле школы ...", "юмр на заборе ..." with 23; not
    "виз", a form of «виза»), no first name's form ("дема, привет"), heading an address or a report
    as a capitalised one does (session 41: "черниковка ул. Первомайская 50", "шакша нет отопления" with 02, as "Шакша
    нет отопления"; a town's own name in lower case heads one so in its region: ``letter_case``); not a federal
    city's territory ("купчино, яма у дома" with 78).

    >>> from mcu_nlp.geo.context import TextContext
    >>> ctx = TextContext.of("шакша нет отопления")
    >>> lower_heading(ctx, 0, 1, ctx.capital(0), True), lower_heading(ctx, 1, 2, ctx.capital(1), True)
    (True, False)
    """
    if i != 0 or capital is True or not ctx.keys[0].isalpha():
        return False
    if ctx.hint in FEDERAL_CITIES:  # their territories' names are words as often ("аэропорт", "сокол"): "купчино, яма
        return False  # у дома" with 78 stays no place (session 21's guard)
    if ctx.cased and any(ctx.capital(k) is not False for k in range(i, j)):  # "ШАКША": an abbreviation's capitals
        return False
    if not noun:  # session 43: "пашковский, ул фадеева, лифт не работает" with 23
        return own_part(ctx) and (ctx.heading(i, j) or _adjective_heads(ctx, i, j))
    if j - i == 1 and short_name(ctx.keys[0]):  # session 43: "фмр, возле школы ...", "юмр на заборе ..." with 23: an
        return True  # abbreviation that is no word has no other reading
    if len(ctx.keys[0]) < 4 or (j - i == 1 and _first_name(ctx.keys[0])):  # "дема, привет": the boy, spoken to
        return False
    from mcu_nlp.geo.report import report_after  # here: report imports qualified, which imports this module

    return ctx.heading(i, j) or ctx.opens_report(i, j, ",.") or report_after(ctx, j)


def local_first_name(ctx, i: int, j: int) -> bool:
    """A first name's form after a one-letter type word with no full stop: "с Владиком гуляли" is with a boy, not a
    village «с.» (``local_verdict`` reads it as any local name)."""
    return j - i == 1 and ctx.bare_letter_type(i) and _first_name(ctx.keys[i])


def _first_name(key: str) -> bool:
    """pymorphy3's dictionary has the word as a first name ("владика"), not only as a surname ("ростова") or a place;
    a word it only guesses ("уктусе", "увеке": town parts) is none."""
    morph = analyzer()
    return morph.word_is_known(key) and any("Name" in p.tag for p in morph.parse(key))


def _beside_own_city(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> tuple[set[int], set[int]]:
    """The federal cities' territories among ``verdicts`` written with a capital right beside their city's name, as
    parts of one address: they count wherever they stand ("Москва, Тёплый Стан, ул. Профсоюзная 150", "г. Москва,
    Басманный р-н"; session 36: only «в», «район» or a report's heading let them count, so these found Москва alone),
    whatever their level (session 47: "СПб, Пушкин, ул. ...", "Питер, Пушкин, яма": a person's name's level alone);
    one named by a word, a person or an adjective (``WORD_LEVELS``) but where a person is meant (``_person_meant``;
    review of session 49: "Санкт-Петербург, Пушкин, Лермонтов, Гоголь: памятники облезли" is the poet's), which is
    no place at all: (those that count, those that are a person).
    """
    if ctx.capital(i) is not True or all(g.region_code[e] not in FEDERAL_CITIES for e, _, _ in verdicts):
        return set(), set()
    near = {
        e
        for e, _, _ in verdicts
        if g.region_code[e] in FEDERAL_CITIES and federal_city_beside(g, ctx, i, j, {g.region_code[e]})
    }
    worded = {e for e, level, _ in verdicts if e in near and level in WORD_LEVELS}
    persons = worded if worded and _person_meant(ctx, i, j) else set()
    return near - persons, persons


def _person_meant(ctx, i: int, j: int) -> bool:
    """The name at ``i:j`` is a person's: a word that reads as a surname or a given name, no address's part after it
    (``_address_part_follows``), and people listed after it (``_person_follows``) or a poet's word (``POET_WORDS``) in
    its sentence, or in the next where it closes its own: "Пушкин и Достоевский", "Пушкин. Памятник на Пушкинской";
    not after a type word ("г. Пушкин, памятники облезли"), nor "Пушкин, в парке темно", "Пушкин, Ленина 5",
    "Металлострой, Пушкин и Гоголь" (of Металлострой).

    >>> from mcu_nlp.geo.context import TextContext
    >>> texts = ("СПб, Пушкин, Лермонтов, Гоголь", "СПб, Пушкин - мой любимый поэт", "СПб, Пушкин, в парке темно")
    >>> [_person_meant(TextContext.of(t), 1, 2) for t in texts]
    [True, True, False]
    """
    if j - i != 1 or ctx.type_before(i) or not _person_word(ctx.keys[i]) or _address_part_follows(ctx, j):
        return False  # "Питер, Металлострой, Пушкин и Гоголь": no person's name; "г. Пушкин, памятники": a town's
    return _person_follows(ctx, j) or _poet_sentence(ctx, i, j)


def _address_part_follows(ctx, j: int) -> bool:
    """After a comma or spaces, an address's word or a house number stands within ``ADDRESS_WINDOW`` words of word
    ``j``'s sentence: "Пушкин, ул. Московская 5", "Пушкин, Конюшенная 11", "Пушкин, Гуммолосары Анциферовская д.9"."""
    from mcu_nlp.geo.qualified import only_mark_before  # here: qualified imports this module

    keys = ctx.keys
    if not only_mark_before(ctx, j, "", ","):
        return False
    for k in range(j, min(j + ADDRESS_WINDOW, len(keys))):
        if k > j and set(ctx.gap(k)) & SENTENCE_MARKS:
            return False
        if keys[k] in ADDRESS_PART_WORDS or keys[k].isdigit():
            return True
    return False


def _person_follows(ctx, j: int) -> bool:
    """From word ``j``, after a comma or spaces, people are listed: «и» and a person's name, or a person's name and
    then another one, a colon or a dash ("Пушкин и Гоголь", "Пушкин, Лермонтов, Гоголь", "Пушкин, Лермонтов: ...");
    not one name alone ("Щербинка, Иванов": the writer's), nor a full name ("Пушкин, Иванова Мария")."""
    from mcu_nlp.geo.qualified import only_mark_before  # here: qualified imports this module

    if _listed_person(ctx, j + 1) and ctx.keys[j] == "и" and not ctx.gap(j).strip():
        return True
    if not only_mark_before(ctx, j, "", ",") or not _listed_person(ctx, j):
        return False
    k = j + 1
    if k >= len(ctx.keys):
        return False  # "Москва, Щербинка, Иванов": a name ends the text, its writer's
    if ctx.keys[k] == "и" and not ctx.gap(k).strip():
        k += 1
    return ctx.gap(j + 1).strip()[:1] in (":", "-", "—", "–") or _listed_person(ctx, k)


def _listed_person(ctx, k: int) -> bool:
    """Word ``k`` is a capitalised surname or given name in the nominative, not a full name's first word."""
    keys = ctx.keys
    if k >= len(keys) or ctx.capital(k) is not True or not _person_word(keys[k], "nomn"):
        return False
    return not (k + 1 < len(keys) and not ctx.gap(k + 1).strip() and ctx.capital(k + 1) and _person_word(keys[k + 1]))


def _person_word(key: str, case: str | None = None) -> bool:
    """A known reading of ``key`` is a surname or a given name (in ``case``)."""
    parses = analyzer().parse(key)
    return any(p.is_known and PERSON_TAGS & p.tag.grammemes and case in (None, p.tag.case) for p in parses)


def _poet_sentence(ctx, i: int, j: int) -> bool:
    """The sentence of the name at ``i:j``, or the next where the name closes its own, has a poet's word
    (``POET_WORDS``, ``POET_PAIRS``): "Пушкин - мой любимый поэт", "Пушкин. Памятник на Пушкинской"."""
    keys = ctx.keys
    start, stop = ctx.run(i, j, SENTENCE_MARKS)
    if stop == j < len(keys):  # the name closes its sentence: the next one too
        stop = ctx.run(j, j + 1, SENTENCE_MARKS)[1]
    around = [k for k in range(start, stop) if not i <= k < j and keys[k].isalpha()]
    if any((keys[k], keys[k + 1]) in POET_PAIRS for k in around if k + 1 < stop):
        return True
    return ctx.lemma_among(around, POET_WORDS)


def _no_adjective_territory(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``verdicts`` with a federal city's territory named by an adjective (``ADJECTIVE_NAME``: Петербург's посёлки
    Александровская, Песочный, Солнечное) rejected before a noun it agrees with, but after a type word: the noun's
    adjective ("Санкт-Петербург, Александровская колонна", "в Александровской больнице"; not "д. Александровская
    Территория Рехколовская"; session 49, when these посёлки got their own codes)."""
    federal = [e for e, level, _ in verdicts if level == ADJECTIVE_NAME and g.region_code[e] in FEDERAL_CITIES]
    if not federal or ctx.type_before(i) or not ctx.agrees_next(j):
        return verdicts
    return [(e, level, REJECT if e in federal else v) for e, level, v in verdicts]


def _capitals_only(ctx, i: int, j: int) -> bool:
    """The form at ``i:j`` is a word of 2+ capitals in a text with lower-case letters: an abbreviation ("ЗЖМ")."""
    surface = ctx.text[ctx.spans[i][0] : ctx.spans[j - 1][1]]
    return j - i == 1 and len(surface) >= 2 and surface.isupper() and any(ch.islower() for ch in ctx.text)


def district_before(keys: list[str], i: int) -> bool:
    """«район», «р-н» before word ``i``: a federal city's district is written so ("район Митино", "в районе
    Марьино", "г. Москва, р-н Марьино"), as is a part of a town.

    >>> district_before(["в", "районе", "марьино"], 2), district_before(["р", "н", "марьино"], 2)
    (True, True)
    """
    return i > 0 and (keys[i - 1] in DISTRICT_WORDS or " ".join(keys[max(0, i - 2) : i]) in DISTRICT_WORDS)


def with_local_names(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(place, level, verdict) of the form at ``i:j``, a local name of the caller's region lifted to the best verdict
    of its namesakes: where a village elsewhere counts ("Перово, нет воды", "Солнцево парк"), the caller's own place
    does; but before a word it agrees with ("в Ростове Великом": another place's name). A local name of another
    region (``caller_postings`` kept it) counts exactly where its namesakes do, but after a type of settlement
    ("посёлок Солнцево": a city's territory is none). A federal city's territory of any level beside its city's name
    counts, one of a word's, a person's or an adjective's level but where a person is meant (``_beside_own_city``);
    one named by an adjective never before a noun it agrees with (``_no_adjective_territory``: "Александровская
    колонна", "СПб, Александровская колонна, Дворцовая площадь 1")."""
    kept = _no_adjective_territory(g, ctx, i, j, verdicts)
    # a territory rejected as a noun's adjective stays so beside its city's name ("СПб, Александровская колонна, ...")
    adjectives = {e for (e, _, v), (_, _, w) in zip(verdicts, kept) if w == REJECT and v != REJECT}
    verdicts = kept
    beside, persons = _beside_own_city(g, ctx, i, j, verdicts)
    beside -= adjectives
    if beside or persons:
        verdicts = [(e, level, REJECT if e in persons else STRONG if e in beside else v) for e, level, v in verdicts]
    if LOCAL_NAME not in [level for _, level, _ in verdicts]:
        return verdicts  # the common case
    best = max((v for _, level, v in verdicts if level != LOCAL_NAME), default=REJECT)
    foreign = {e for e, level, _ in verdicts if level == LOCAL_NAME and g.region_code[e] != ctx.hint}
    if ctx.hint is None and sole_town_district(g, [(e, level) for e, level, _ in verdicts]):
        return verdicts  # "Жители Дёмского района": its own verdict (``caller_postings`` kept it)
    # a foreign local name's verdict; none before a word it agrees with ("в Ростове Великом": Ярославская's)
    counts = REJECT if foreign and (ctx.type_before(i) or ctx.agrees_next(j)) else best
    foreign -= beside
    own = [v for e, level, v in verdicts if level == LOCAL_NAME and e not in foreign]
    lift = best != REJECT and any(v < best for v in own) and not ctx.agrees_next(j)
    if not foreign and not lift:
        return verdicts  # nothing to lift the local name to
    return [
        (e, level, counts if e in foreign else max(v, best) if lift and level == LOCAL_NAME else v)
        for e, level, v in verdicts
    ]
