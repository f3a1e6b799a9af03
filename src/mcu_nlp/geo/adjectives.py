"""A district's adjective alone before a noun: "Коношский вокзал", "на Вельской трассе", "Вельская ЦРБ".

The gazetteer had a district's adjective only with its noun ("Коношский район"); an object named by the adjective is in
that district. Built for a district whose adjective names no other municipality or Петербург district ("Кировский":
many regions; "Выборгский": Ленинградская's district and Петербург's) and no town that is its own municipality
("Курский": Курский район of 46, but «Курский университет», «Курский вокзал» are Курск's or Москва's), in the forms the
index lacks (not "Тазовский", a settlement too); counted only with a capital right before a noun for one of the
district's own objects (``DISTRICT_OBJECTS``: a highway, a hospital, a station, not a street or a bridge), or WEAK where
letter case says nothing.
Session 17: where the adjective is one of the district's settlements' own ("лысьвенский": Лысьва; ``place_adjective``),
also a городской округ's, it counts before any noun it agrees with, in any letter case ("лысьвенские дороги", "в
кунгурской больнице": ``place_adjective_verdict``).
Session 18: so does a small town's that is a municipality of its own under its noun name ("буйские пенсионеры",
"канашские автобусы": ``town_adjectives``).
"""

from __future__ import annotations

from collections import defaultdict

from mcu_nlp.geo.declension import morph
from mcu_nlp.geo.forms import (
    DISTRICT_ADJECTIVE,
    LOCAL_TOWN_ADJECTIVE,
    PLACE_ADJECTIVE,
    REJECT,
    STRONG,
    TOWN_ADJECTIVE,
    WEAK,
    surname,
)
from mcu_nlp.geo.grammar import ADJECTIVE_TAGS, adjective_form, agree
from mcu_nlp.geo.lexicon import (
    DISTRICT_NOUNS,
    HOUSE_WORDS,
    IRREGULAR_TOWN_ADJECTIVES,
    OBJECT_AFTER,
    SKIY_ENDINGS,
    STREET_AFTER,
    STREET_BEFORE,
    STREET_TYPES,
    skiy_keys,
    words,
)
from mcu_nlp.geo.tokens import normalize_word, phrase_key
from mcu_nlp.geo.town_words import adjective_stems, stem_roots
from mcu_nlp.morphology import grammemes, lemma
from mcu_nlp.name_words import name_kinds
from mcu_nlp.street_words import street_words

DISTRICT_WORDS = ("район", "округ", "муниципальный")  # not a town's own городской округ: "Балтийский вокзал" is SPb's
# What a district's adjective names in its own district (all case forms): its road, hospital, station, offices.
# Not a bridge, a lake, a square, a street (named after far places in big towns: "Ржевский мост", "Одесская ул."),
# nor «дорога» (a road's own name: "Соболевская дорога" in a Kursk appeal is no Соболевский район of Камчатка).
DISTRICT_OBJECTS = frozenset(
    words(
        "трасса трассы трассе трассу трассой больница больницы больнице больницу "
        "больницей поликлиника поликлиники поликлинике поликлинику поликлиникой администрация администрации "
        "администрацию администрацией вокзал вокзала вокзалу вокзалом вокзале автовокзал автовокзала автовокзале "
        "автостанция автостанции автостанцию водоканал водоканала водоканалу водоканалом водоканале"
    )
)
# A town's embankment, in every case form: its adjective in lower case before one names the town's own ("у угличской
# набережной"; ``own_object_in_lower_case``), capitalised a street's name as well ("Смоленская набережная" of Москва)
EMBANKMENTS = frozenset(
    words("набережная набережной набережную набережною набережные набережных набережным набережными")
)
# A district's road, named after the town it leads to as well ("вельская трасса" stays none in lower case)
ROAD_OBJECTS = frozenset(words("трасса трассы трассе трассу трассой"))
# The levels of a settlement's adjective that count in lower case before its own objects (``own_object_in_lower_case``)
LOWER_CASE_OBJECT_LEVELS = frozenset((PLACE_ADJECTIVE, TOWN_ADJECTIVE, LOCAL_TOWN_ADJECTIVE))
# "Вельская ЦРБ", "Дербентская ЦГБ" (a central district's, a central town hospital): no agreement to read
ABBREVIATED_OBJECTS = frozenset(words("црб цгб"))
# What a place's adjective names far from the place, besides ``lexicon.OBJECT_AFTER`` (a bridge, a station), by
# lemma: a street, a road or a turn named after the place it leads to ("Одесская ул.", "по Тихорецкому проспекту",
# "вельская трасса", "Льговский поворот" in Курск), a sea and its coast, a fleet, a regiment, a railway's direction
# ("Балтийское море", "Семёновский полк"), a church or an icon named after a town's ("Казанский собор", "Тихвинская
# церковь" stand in many towns); a reservoir, a wood, a station, a bus terminal, a train, a flight or a plane named
# after the town they are near or lead to (session 31 review: "Химкинское водохранилище", "Химкинский лес",
# "Щёлковский автовокзал", "Щелковская станция метро", "Сочинский поезд опоздал", "Махачкалинский рейс задержан")
# (the street types' nominatives and abbreviations from mcu_nlp.street_words, less those the first list lacked)
FAR_LEMMAS = street_words(STREET_TYPES, ("nom",), abbreviated=True) - set(words("просп пр-т пр-кт бул")) | frozenset(
    words(
        "трасса тракт дорога магистраль коридор поворот развилка съезд переезд море флот залив побережье "
        "берег направление полк полка "
        "дивизия собор храм церковь монастырь часовня икона "
        "водохранилище лес станция автовокзал поезд рейс самолет "
        "поле"  # a battlefield, a landmark of its own (session 68: «Прохоровское поле», «Куликово поле»)
    )
)
# A place's adjective right after these is a metro station's name (session 31 review: "У метро Новочеркасская грязь",
# "Возле станции метро Новочеркасская", "Метро Домодедовская: лифт не работает"); «ст. м.» as well (``metro_before``)
METRO_WORDS = frozenset(words("метро станция станции станцию станцией"))
# Goods named after the place they first came from, by lemma: a place's adjective before one names a product sold
# anywhere ("Кяхтинский чай", "Тульский пряник", "Омский бекон", "вологодское масло"), not the place (session 22).
# Not «хлеб», «молоко», «вода»: a local bakery's, dairy's or water supply's, often the appeal's own place.
PRODUCT_LEMMAS = frozenset(
    words(
        "чай кофе бекон колбаса сосиска сарделька ветчина буженина сыр масло кефир сметана творог йогурт мороженое "
        "пряник печенье вафля зефир пастила халва конфета шоколад торт пиво квас лимонад минералка водка коньяк "
        "вино бальзам мед пельмень майонез кетчуп горчица сгущенка тушенка паштет икра сало "
        # folk crafts and wares named after their village or town, sold and shown anywhere ("Кунгурская керамика",
        # "Касимовское кружево", "Кадомская вышивка"; session 22 late, after blind22's misses)
        "фаянс фарфор керамика майолика литье хрусталь финифть чернь скань филигрань кружево вышивка платок шаль "
        "роспись миниатюра шкатулка поднос игрушка матрешка самовар колокольчик гармонь гармошка "
        # game and fish sold far from the land they come from ("ямальская оленина", session 29)
        "оленина "
        # machines and arms named after the works' town (session 31 review: "Ижевский автомобиль", "Ковровский пулемет")
        "автомобиль винтовка пулемет "
        # produce and fowl of a breed or a sort named after its town (session 31, once big towns' adjectives count:
        # "Камышинский арбуз", "Шадринский гусь", "луховицкие огурцы")
        "арбуз дыня яблоко огурец помидор томат гусь утка индейка "
        # fish, pastry, drinks and clothes sold or worn far from their town (session 60, once more towns' and
        # districts' adjectives count: blind23/32/34/35's "Печорская сёмга", "ижемская малица", "Выборгский крендель",
        # "Суздальская медовуха")
        "семга омуль нельма муксун форель крендель калач коврижка медовуха сбитень наливка настойка малица валенок"
    )
)
# Session 64 (a Волгоградская область walkthrough): what a town's adjective names as an object of its own, by lemma:
# a hydro power station, a dam, a reservoir, a sea, a bay, a firth, a lake. The object bears a river's, a land's or a
# town's adjective and may lie far from a town of that name ("Волжская ГЭС" is at Волжский of 34, not Волжск of 12;
# "на Рыбинском водохранилище"), so an adjective-like form before one it agrees with is no place, whatever its level
# (``names_object``). Not a plant, a works, a nuclear or thermal station («завод», «комбинат», «АЭС», «ТЭЦ», «ГРЭС»:
# "Балаковская АЭС", "Норильский комбинат" stand in their town), nor «вода» (a town's own tap water: "Камышинская вода
# грязная"; the session's review). Unlike ``FAR_LEMMAS``, these also undo a town's instrumental that reads as the
# adjective's locative ("на Рыбинском водохранилище": Рыбинск's «Рыбинском»).
# Not a road either: a town's is far (``FAR_LEMMAS``, ``lexicon.OBJECT_AFTER``), a district's its own ("на Вельской
# трассе").
OBJECT_LEMMAS = frozenset(words("гэс гидроэлектростанция водохранилище плотина море залив лиман озеро"))
# Prepositions of the locative: an adjective after one is a locative, and its noun then too ("на Рыбинском
# водохранилище"; "в Зеленчукской воды нет" is the станица's locative before «воды»)
OBJECT_LOCATIVE_PREPOSITIONS = frozenset(words("в во на о об при"))
LOCATIVE_CASES = frozenset({"loct", "loc2"})  # pymorphy3's locatives ("на берегу": loc2)
ROADS = frozenset(words("дорога"))  # a road's own name in the singular ("Соболевская дорога"), the place's roads in
# the plural ("лысьвенские дороги")
PLURAL_ENDINGS = ("ие", "их", "им", "ими")
# Words after a plural adjective and a comma that address the place's people ("трубчевские, кто знает ...", "ярцевские,
# у кого тоже ...", "усманские, подскажите"): the adjective stands for its residents, no noun follows
ADDRESS_WORDS = frozenset(words("кто подскажите скажите отзовитесь откликнитесь"))
# Stems whose «-ский» adjective is a people's, a country's or a river's before it is a place's ("армянские беженцы":
# Armenian, not Армянск's; "татарские", "мордовские", "черкесские", "мокшанские"; "обские": the Ob's). Such an
# adjective names the place only as a district's does, before one of its objects, in the caller's region ("Армянская
# больница" with 91). The peoples of Russia and its neighbours, whatever the gazetteer holds now.
PEOPLE_STEMS = frozenset(
    words(
        "армянск татарск мордовск черкесск мокшанск эрзянск казахск киргизск узбекск таджикск туркменск грузинск "
        "азербайджанск абхазск осетинск ингушск чеченск аварск даргинск лакск лезгинск кумыкск ногайск кабардинск "
        "балкарск карачаевск адыгейск калмыцк бурятск якутск тувинск хакасск алтайск шорск чувашск башкирск марийск "
        "удмуртск коми-пермяцк карельск вепсск финск эстонск латышск литовск польск немецк еврейск цыганск украинск "
        "белорусск русск молдавск гагаузск корейск китайск японск монгольск турецк греческ болгарск сербск чешск "
        "венгерск румынск ненецк эвенкийск эвенск чукотск корякск мансийск хантыйск долганск нанайск саамск обск"
    )
)

# How many first letters a hyphenated adjective's part shares with a two-word town's word it is made of ("серг",
# "поса": Сергиево-Посадский of Сергиев Посад; ``_compound_stem``)
COMPOUND_PREFIX = 4


def add_district_adjectives(b) -> None:
    """Post the adjective forms of the districts (``Builder`` ``b``) that only one municipality's name starts with:
    at ``PLACE_ADJECTIVE`` where it is one of the district's settlements' own adjective (``place_adjective``; also a
    городской округ's: "Лысьвенский городской округ", Лысьва), else at ``DISTRICT_ADJECTIVE`` (not a городской
    округ's)."""
    by_adjective: dict[str, set[int]] = defaultdict(set)
    for eid, entry in enumerate(b.entries):
        words = normalize_word(str(entry["name"])).split()
        if _typeless(entry, words):  # "Наро-Фоминский", SberIndex's short name of a городской округ (session 60)
            words = [*words, "городской"]
        if entry["kind"] == "region" or len(words) < 2 or words[1] not in (*DISTRICT_WORDS, "городской"):
            continue
        if entry.get("town_district"):  # a big town's district (``town_districts``) leaves a district its adjective
            continue
        if words[0].endswith(("ский", "цкий")):
            by_adjective[words[0]].add(eid)
    stems, names = _settlement_stems(b), _place_names(b)
    region_stems = {s for e in b.entries if e["kind"] == "region" for s in _adjective_stem(str(e["name"]))}
    for adjective, eids in by_adjective.items():
        eid = next(iter(eids))
        if len(eids) > 1:
            _add_shared_adjective(b, adjective, eids, stems, names, region_stems)
            continue
        if b.entries[eid]["kind"] != "municipality" or b.entries[eid].get("internal"):
            continue
        stem = adjective[:-2]  # "коношск", "вельск"
        region = b.entries[eid]["region_code"]
        towns = [t for key in (stem, stem[:-2]) for t in b.index.get(phrase_key(key), {})]  # Курск, Льгов
        if any(b.entries[t]["mun"] not in (eid, -1) and b.entries[t]["region_code"] == region for t in towns):
            continue  # "курский": Курск, a municipality of its own, is meant more often than Курский район
        if any(m != eid and _noun_town(b, m) for m in stems.get(region, {}).get(phrase_key(stem), ())):
            # session 66: "читинские", "в кинешемской больнице" were Читинский and Кинешемский район's: a town named
            # by a noun whose adjective the stem makes with a link (Чита → читинский), which the check of Курск above
            # (the stem's letters) misses, is meant first, as "курский" is Курск's
            continue
        okrug = normalize_word(str(b.entries[eid]["name"])).split()[1:2] in (["городской"], [])  # or typeless
        level = (TOWN_ADJECTIVE if okrug else PLACE_ADJECTIVE) if place_adjective(
            b, eid, phrase_key(stem), stems, names, region_stems
        ) else None
        if level is None and okrug:
            continue  # "Балтийский вокзал" is Петербург's, not Балтийский городской округ's
        for key in skiy_keys(stem):
            if key not in b.index:
                b.post(key, eid, level or DISTRICT_ADJECTIVE)


def _add_shared_adjective(b, adjective: str, eids: set[int], stems: dict, names: dict, region_stems: set) -> None:
    """Post at ``LOCAL_TOWN_ADJECTIVE`` (the caller's region or one the text names) the adjective that municipalities
    of several regions have (``eids``) to each district of them whose settlement's own adjective it is
    (``place_adjective``, the namesakes' places aside): "в жуковской больнице" with 40 is Жуковский район's (Жуков's),
    with 32 Брянская's (Жуковка's); the city Жуковский of 50, whose own name the adjective is, keeps its name's forms
    (session 71, blind72)."""
    muns = [b.entries[e] for e in eids]
    if any(m["kind"] != "municipality" or m.get("internal") for m in muns):
        return
    if len({m["region_code"] for m in muns}) != len(muns):
        return
    stem = adjective[:-2]
    if _word_stem(stem):
        return  # "советские", "октябрьские": the word's
    besides = {e for key in skiy_keys(stem) for e in b.index.get(key, {}) if b.entries[e]["mun"] in eids}
    for eid in sorted(eids):
        name = normalize_word(str(b.entries[eid]["name"])).split()
        if name[1:2] == ["городской"] or not place_adjective(b, eid, phrase_key(stem), stems, names, region_stems,
                                                              besides):
            continue
        for key in skiy_keys(stem):
            if not any(b.entries[e]["region_code"] == b.entries[eid]["region_code"] for e in b.index.get(key, {})):
                b.post(key, eid, LOCAL_TOWN_ADJECTIVE)


def _word_stem(stem: str) -> bool:
    """The «-ский» adjective of ``stem`` is made of an ordinary noun ("советск": «совет», "октябрьск": «октябрь»)."""
    bases = {stem[:-2], stem[:-2].removesuffix("ь")}
    return any(
        p.is_known and p.tag.POS == "NOUN" and p.normal_form in bases and not ({"Name", "Surn", "Patr", "Geox"}
                                                                            & p.tag.grammemes)
        for base in bases for p in morph().parse(base)
    )


def _noun_town(b, mun: int) -> bool:
    """Municipality ``mun`` is named as a town, by one noun (a town's own городской округ: "Чита", "Кинешма"), not by a
    district's adjective."""
    name = str(b.entries[mun]["name"])
    return not b.entries[mun].get("internal") and " " not in normalize_word(name) and not _adjective_stem(name)


def _typeless(entry: dict, words: list[str]) -> bool:
    """A municipality named by one hyphenated adjective alone, with no district's noun ("Орехово-Зуевский")."""
    one = len(words) == 1 and "-" in words[0]
    return entry["kind"] == "municipality" and one and words[0].endswith(("ский", "цкий"))


def person_named(name: str) -> bool:
    """A place named as a surname, whose adjective is the person's ("Чехов": "чеховские рассказы"), unless the
    dictionary knows that adjective as a place's ("реутовский": Реутов, session 60).

    >>> person_named("Чехов"), person_named("Реутов"), person_named("Коломна")
    (True, False, False)
    """
    return surname(normalize_word(name)) and not _dictionary_place_adjective(name)


def _dictionary_place_adjective(name: str) -> bool:
    """pymorphy3 knows an adjective of ``name`` as a place's ("реутовский": Реутов, also a surname).

    >>> _dictionary_place_adjective("Реутов"), _dictionary_place_adjective("Чехов")
    (True, False)
    """
    return any("Geox" in p.tag for stem in adjective_stems(name) for p in morph().parse(stem + "ий") if p.is_known)


def _adjective_stem(name: str) -> tuple[str, ...]:
    """The stem of a region's or a place's adjective first word ("курск" of "Курская область"), if it has one."""
    first = phrase_key(name.split()[0]) if name.split() else ""
    return (first[:-2],) if first.endswith(("ский", "цкий", "ская", "цкая", "ской", "цкой")) else ()


def _place_names(b) -> dict[int, set[str]]:
    """municipality → the keys of its own places' names."""
    out: dict[int, set[str]] = defaultdict(set)
    for entry in b.entries:
        if entry["kind"] != "region" and entry["mun"] >= 0:
            out[entry["mun"]].add(phrase_key(str(entry["name"])))
    return out


def _settlement_stems(b) -> dict[str, dict[str, set[int]]]:
    """region → adjective stem (``town_words.adjective_stems``) → the municipalities of the settlements it is made of;
    a municipality named as a noun (a town's own городской округ, "Пермь") counts as its settlement does; a town of
    ``lexicon.IRREGULAR_TOWN_ADJECTIVES`` makes its adjective's stem too (session 66: Россошь, Россошанский район's
    «россошанские» a place's adjective, as Лиски's «лискинские» is)."""
    irregular = {(normalize_word(name), region): phrase_key(adjective[:-2])
                 for adjective, name, region in IRREGULAR_TOWN_ADJECTIVES}
    out: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for entry in b.entries:
        if entry["kind"] == "region" or "alias_of" in entry or entry["mun"] < 0:
            continue
        name = str(entry["name"])
        made = irregular.get((normalize_word(name), str(entry["region_code"])))
        if made:  # written down as the town's: a surname's too (Балашов, Пугачёв)
            out[str(entry["region_code"])][made].add(entry["mun"])
        if (entry["kind"] == "municipality" and _adjective_stem(name)) or person_named(name):
            continue
        for stem in adjective_stems(name) | _compound_stem(b, entry):
            out[str(entry["region_code"])][stem].add(entry["mun"])
    return out


def _compound_stem(b, entry: dict) -> frozenset[str]:
    """The stem of the hyphenated adjective a two-word town's municipality is named by, where it is the centre and the
    adjective's parts begin as the town's words (session 61: "Сергиев Посад" of Сергиево-Посадский, "Павловский Посад"
    of Павлово-Посадский, "Гаврилов Посад" of Гаврилово-Посадский район), which no rule makes of the name."""
    words = phrase_key(str(entry["name"])).split()
    if entry["kind"] != "settlement" or not entry.get("centre") or len(words) != 2:
        return frozenset()
    first = normalize_word(str(b.entries[entry["mun"]]["name"])).split()[:1]
    parts = first[0].split("-") if first and first[0].endswith(("ский", "цкий")) else []
    if len(parts) != 2 or any(p[:COMPOUND_PREFIX] != w[:COMPOUND_PREFIX] for p, w in zip(parts, words)):
        return frozenset()
    return frozenset((phrase_key(first[0])[:-2],))


def place_adjective(
    b, eid: int, stem: str, stems: dict, names: dict, region_stems: set[str], besides: frozenset | set = frozenset()
) -> bool:
    """The district ``eid``'s adjective stem ``stem`` ("лысьвенск") is made of the name of a settlement of its own
    (Лысьва), of none elsewhere in its region (``stems``: "пермск" is Пермь's, a городской округ of its own, too), and
    is no region's ("курск"), no other place's name ("пролетарский": villages Пролетарский of 31 and 50; but
    ``besides``), no river's, sea's or land's the dictionary knows (``_geographic``) nor a qualitative adjective's
    ("новый")."""
    made_of = stems.get(str(b.entries[eid]["region_code"]), {}).get(stem, set())
    if made_of != {eid} or stem in region_stems:
        return False
    named = (e for key in skiy_keys(stem) for e in b.index.get(key, ()))
    if any(b.entries[e]["mun"] != eid and e not in besides for e in named):
        return False
    own = names.get(eid, set())
    if any(_geographic(root, own) for root in stem_roots(stem) if _made_here(root, stem, own)):
        return False  # "ангарск": the Ангара's as well, "заволжск": Заволжье's, "балтийск": the Baltic's
    masculine = stem.replace(" ", "-") + "ий"
    return not any(p.tag.POS in ADJECTIVE_TAGS and "Qual" in p.tag for p in morph().parse(masculine))


def _made_here(root: str, stem: str, own: set[str]) -> bool:
    """The adjective stem ``stem`` may be made of ``root``: not where one of the district's own places spells the
    stem's whole base and ``root`` is made by cutting a link off it (session 68: "рузаевск" is Рузаевка's, not the
    river Руза's, whose adjective is «рузский»; "заринск" Заринск's, not Зара's; "ахтубинск" Ахтубинск's), nor where
    that base is a surname («ленинский» is Lenin's first, not Ленинск's).

    >>> _made_here("руза", "рузаевск", {"рузаевка"}), _made_here("ангара", "ангарск", {"ангарск"})
    (False, True)
    >>> _made_here("тура", "туринск", {"верхотурье"}), _made_here("лена", "ленинск", {"ленинск"})
    (True, True)
    >>> _made_here("балтия", "балтийск", {"балтийск"})
    True
    """
    base = stem.removesuffix("ск")
    if root.startswith(base.removesuffix("й")):  # "балтийск": балтия, its «й» turned «я», no link cut
        return True
    return surname(base) or not any(name.startswith(base) for name in own)


def _geographic(root: str, own: set[str]) -> bool:
    """pymorphy3 knows ``root`` as the nominative of a river, a sea or a land (a place name it has in the singular
    only) named none of ``own`` (the district's places' names): "ангара", "балтия", "заволжье", "сибирь"; not
    "кстово", "кстов" (a guess of no such place)."""
    return any(
        p.is_known and {"Geox", "Sgtm"} <= p.tag.grammemes and p.tag.case == "nomn"
        and phrase_key(p.normal_form) not in own
        and not (p.normal_form.endswith("о") and phrase_key(p.normal_form)[:-1] in own)  # "реутово": Реутов's
        for p in morph().parse(root)
    )


# A district's adjective alone after these, in the case each takes, is the district with «район» left out ("в
# Иглинском", "из Иглинского"; session 41)
BARE_DISTRICT_ENDINGS = {"в": ("ском", "цком"), "во": ("ском", "цком"), "из": ("ского", "цкого")}


def bare_district(ctx, i: int, j: int) -> bool:
    """A district's adjective of one word alone after «в», «во» or «из», in the masculine locative or genitive, not
    lower case in a cased text, before no word it agrees with: the district with its noun left out, as its people
    say it ("у нас в Иглинском опять нет света", "из Иглинского пишу"; session 41). WEAK: it counts in the caller's
    region or a region the text names only (a caller of another region has a namesake district's village as likely;
    "в Уфимском кафе", "в Иглинском районе" are the café's and the longer name's).

    >>> from mcu_nlp.geo.context import TextContext
    >>> ctx = TextContext.of("В Иглинском нет света, в Уфимском кафе, в иглинском")
    >>> bare_district(ctx, 1, 2), bare_district(ctx, 6, 7), bare_district(ctx, 9, 10)
    (True, False, False)
    """
    ends = BARE_DISTRICT_ENDINGS.get(ctx.preposition(i) or "")
    if not ends or j - i != 1 or not ctx.keys[i].endswith(ends) or ctx.capital(i) is False:
        return False
    return j >= len(ctx.keys) or not ctx.agrees_next(j)


def adjective_verdict(ctx, i: int, j: int) -> int:
    """STRONG for a capitalised district adjective right before one of its objects that it agrees with ("Коношский
    вокзал", "на Вельской трассе", "Вельская ЦРБ"), WEAK for one where letter case says nothing, else REJECT; WEAK
    alone after «в», «из» (``bare_district``)."""
    if bare_district(ctx, i, j):
        return WEAK
    if j >= len(ctx.keys) or ctx.keys[j] not in DISTRICT_OBJECTS | ABBREVIATED_OBJECTS:
        return REJECT
    if ctx.keys[j] in DISTRICT_OBJECTS and not ctx.agrees_next(j):
        return REJECT
    capital = ctx.capital(i)
    return STRONG if capital else WEAK if capital is None else REJECT


# A district's noun of two words, an adjective and its noun ("городской округ", "муниципального района"): a town's
# adjective before it agrees with its second word (session 59: "Мытищинский городской округ", as "Мытищинский г.о.")
DISTRICT_PHRASES = frozenset(tuple(form.split()) for nouns in DISTRICT_NOUNS.values() for form in nouns if " " in form)


def place_adjective_verdict(ctx, level: int, i: int, j: int) -> int:
    """STRONG for a settlement's adjective (``PLACE_ADJECTIVE``, ``TOWN_ADJECTIVE``) right before a noun it agrees
    with, in any letter case (such adjectives are written in lower case: "лысьвенские дороги", "в кунгурской
    больнице", "Турочакские сёла"), or, a district's, where its adjective counts (``adjective_verdict``); REJECT after
    a street word, before a street's or a far object's word (``FAR_LEMMAS``), a product's (``PRODUCT_LEMMAS``:
    "Кяхтинский чай"), a first name or a patronymic ("Кунгурский Иван": a person)."""
    if level == PLACE_ADJECTIVE and bare_district(ctx, i, j):  # "в Иглинском нет света" (session 41)
        return WEAK
    if (i and ctx.keys[i - 1] in STREET_BEFORE) or j >= len(ctx.keys) or metro_before(ctx.keys, i):
        return REJECT  # "ул. Кунгурская", "у метро Новочеркасская"
    if people_adjective(ctx.keys[i]):  # "Армянские беженцы"; "Армянская больница" only in the caller's region
        return WEAK if adjective_verdict(ctx, i, j) != REJECT else REJECT
    if level == PLACE_ADJECTIVE and adjective_verdict(ctx, i, j) == STRONG:  # "Коношский вокзал"
        return STRONG
    if own_object_in_lower_case(ctx, level, i, j):  # "на рузаевском вокзале", "у угличской набережной" (session 71)
        return STRONG
    if addresses_people(ctx, i, j):  # "трубчевские, кто знает график вывоза мусора?"
        return STRONG
    if ctx.keys[j] in STREET_AFTER | OBJECT_AFTER:  # "Хасанского рынка", "Балтийский вокзал"
        return REJECT
    if ctx.keys[j] in HOUSE_WORDS and ctx.keys[j + 1 : j + 2] and ctx.keys[j + 1][:1].isdigit():
        return REJECT  # "Новочеркасский дом 12": a street's name before a house's number (session 31)
    if ctx.keys[j] in ABBREVIATED_OBJECTS:  # "Кизлярская ЦРБ", "в Дербентской ЦГБ" (session 31)
        return STRONG
    if tuple(ctx.keys[j : j + 2]) in DISTRICT_PHRASES and not ctx.gap(j).strip():  # "Мытищинский городской округ"
        return STRONG if agree(ctx.keys[j - 1], ctx.keys[j + 1]) else REJECT
    noun = ctx.keys[j] if ctx.keys[j] in FAR_LEMMAS else lemma(ctx.keys[j])  # "ш", "туп": no lemma of their own
    if (noun in FAR_LEMMAS and not (noun in ROADS and ctx.keys[j - 1].endswith(PLURAL_ENDINGS))) or not (
        ctx.agrees_next(j)
    ):
        return REJECT
    if noun in PRODUCT_LEMMAS:  # "Кяхтинский чай": a product, sold anywhere
        return REJECT
    a, b = ctx.spans[j]
    return REJECT if ctx.capital(j) and {"N", "n", "P"} & name_kinds(ctx.text[a:b]) else STRONG


def own_object_in_lower_case(ctx, level: int, i: int, j: int) -> bool:
    """A district's adjective that is its settlement's too (``PLACE_ADJECTIVE``: Рузаевка's, Углич's) or a town's, in
    lower case (or a text of none), before one of the district's objects but a road (``DISTRICT_OBJECTS``: "на
    рузаевском вокзале"; "вельская трасса" may be named after where it leads) or before «набережная» ("у угличской
    набережной") it agrees with: the town's own, as its adjective is written in
    lower case before its other nouns ("в угличской больнице"); a far place's station or a street named after a town
    is a proper name, capitalised ("Казанский вокзал", "Угличская набережная" of another town stay none). Session 71,
    blind72.

    >>> from mcu_nlp.geo.context import TextContext
    >>> [own_object_in_lower_case(TextContext.of(t), PLACE_ADJECTIVE, 1, 2) for t in (
    ...     "на рузаевском вокзале темно", "у угличской набережной размыло", "На Рузаевском вокзале темно")]
    [True, True, False]
    """
    if level not in LOWER_CASE_OBJECT_LEVELS or ctx.capital(i) or j >= len(ctx.keys):
        return False
    noun = ctx.keys[j]
    own = (noun in DISTRICT_OBJECTS - ROAD_OBJECTS and level == PLACE_ADJECTIVE) or noun in EMBANKMENTS
    return own and ctx.agrees_next(j)


def metro_before(keys, i: int) -> bool:
    """Word ``i`` follows a metro station's word (``METRO_WORDS``) or «ст. м.»: the adjective there names the station.

    >>> metro_before(["у", "метро", "новочеркасская"], 2), metro_before(["ст", "м", "щелковская"], 2)
    (True, True)
    >>> metro_before(["в", "новочеркасской"], 1)
    False
    """
    return i > 0 and (keys[i - 1] in METRO_WORDS or (i > 1 and tuple(keys[i - 2 : i]) == ("ст", "м")))


def names_product(ctx, j: int) -> bool:
    """The name ending before word ``j`` is an adjective before a product's noun it agrees with (``PRODUCT_LEMMAS``),
    so it names the product, sold anywhere, whatever the name's level: a municipality whose own name is an adjective
    ("павловопосадский платок", "Гусь-Хрустальный хрусталь"), ЯНАО's district adjectives ("ямальская оленина"), as a
    district's or a town's adjective does ("Кяхтинский чай"; session 29)."""
    if j >= len(ctx.keys) or not adjective_form(ctx.keys[j - 1]) or not ctx.agrees_next(j):
        return False
    return lemma(ctx.keys[j]) in PRODUCT_LEMMAS


def names_object(ctx, i: int, j: int) -> bool:
    """The name at ``i:j`` is an adjective's form before an object's noun it agrees with (``OBJECT_LEMMAS``), so it
    names the object, which may be far from the place: "Волжская ГЭС", "на Рыбинском водохранилище" (session 64). Not a
    noun's form ("в Надыме вода": no adjective), nor words that do not agree ("в Мирном
    вода отключена": the place, a locative before a nominative), nor after «в», «на» a noun that is no locative ("в
    Зеленчукской воды нет"), nor a name after its type word ("в ст. Зеленчукской"), nor a plural adjective, which
    tells the place's objects, as the place's roads ("кстовские заводы", as "лысьвенские дороги").

    >>> from mcu_nlp.geo.context import TextContext
    >>> names_object(TextContext.of("на Рыбинском водохранилище цветёт вода"), 1, 2)
    True
    >>> [names_object(TextContext.of(t), 1, 2) for t in ("в Мирном вода отключена", "в Рыбинске вода")]
    [False, False]
    >>> names_object(TextContext.of("в Зеленчукской воды нет"), 1, 2)
    False
    """
    if j >= len(ctx.keys) or not adjective_form(ctx.keys[j - 1]) or ctx.keys[j - 1].endswith(PLURAL_ENDINGS):
        return False
    if ctx.type_before(i) or not ctx.agrees_next(j):
        return False
    if ctx.preposition(i) in OBJECT_LOCATIVE_PREPOSITIONS and not _locative(ctx.keys[j]):
        return False
    return ctx.keys[j] in OBJECT_LEMMAS or lemma(ctx.keys[j]) in OBJECT_LEMMAS


def _locative(word: str) -> bool:
    """pymorphy3 reads ``word`` as a locative ("водохранилище", "гэс"; not "воды"), by the runtime analyser's cached
    grammemes (:func:`mcu_nlp.morphology.grammemes`).

    >>> _locative("водохранилище"), _locative("гэс"), _locative("воды")
    (True, True, False)
    """
    return not grammemes(word).isdisjoint(LOCATIVE_CASES)


def addresses_people(ctx, i: int, j: int) -> bool:
    """The plural adjective at ``i:j`` opens a sentence and calls the place's people, a comma and ``ADDRESS_WORDS`` or
    «у кого» after it: "ярцевские, у кого тоже нет интернета?" (not "ярцевские дороги, кто ..." : a noun follows)."""
    if not ctx.keys[j - 1].endswith("ие") or not ctx.sentence_start(i):
        return False
    if ctx.gap(j).strip() != ",":
        return False
    return ctx.keys[j] in ADDRESS_WORDS or (ctx.keys[j] == "у" and ctx.keys[j + 1 : j + 2] == ["кого"])


def people_adjective(key: str) -> bool:
    """``key`` is a form of an adjective of ``PEOPLE_STEMS`` ("армянские", "татарской"; not "буйские").

    >>> people_adjective("армянские"), people_adjective("татарской"), people_adjective("буйские")
    (True, True, False)
    """
    return any(key.endswith(ending) and key[: -len(ending)] in PEOPLE_STEMS for ending in SKIY_ENDINGS)
