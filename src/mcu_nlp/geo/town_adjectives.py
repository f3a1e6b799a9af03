"""A town's adjective before any noun it agrees with names the town ("буйские пенсионеры", "махачкалинские дороги",
"в коломенской больнице"): which towns' adjectives the gazetteer holds, and at which level (build time).

Session 18 (``add_town_adjectives``): a small town's that is a municipality of its own under its noun name; session 31:
a big town's where nothing else makes it; session 60: a town that is its okrug's centre under another name, and one
other regions' places make too, in the caller's region only (``forms.LOCAL_TOWN_ADJECTIVE``). The resolve-time rules
are ``adjectives.place_adjective_verdict``'s.
"""

from __future__ import annotations

from collections import defaultdict

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.geo.adjectives import (
    PEOPLE_STEMS,
    _adjective_stem,
    _place_names,
    _settlement_stems,
    person_named,
    place_adjective,
)
from mcu_nlp.geo.declension import morph
from mcu_nlp.geo.forms import DISTRICT_ADJECTIVE, LOCAL_TOWN_ADJECTIVE, PERSON_TAGS, TOWN_ADJECTIVE, surname
from mcu_nlp.geo.gazetteer import BIG_TOWN
from mcu_nlp.geo.lexicon import IRREGULAR_TOWN_ADJECTIVES, skiy_keys, words
from mcu_nlp.geo.tokens import normalize_word, phrase_key
from mcu_nlp.geo.town_words import adjective_stems

# Stems whose adjective names a landmark before the big town it is made from: Жигулёвск's «жигулевский» is first the
# Жигули hills' ("Жигулевские горы", "Жигулевское море", "жигулевское пиво"; session 31 review)
LANDMARK_STEMS = frozenset(words("жигулевск"))


def add_town_adjectives(b) -> None:
    """Session 18: post at ``TOWN_ADJECTIVE`` the adjective of a town that is a municipality of its own under its
    noun name ("Буй": буйские, "Канаш": канашские, the town's, as "курский" is Курск's rather than Курский район's),
    where ``place_adjective`` allows it; beside a district's that is only a capital's before its objects
    (``DISTRICT_ADJECTIVE``: "тейковские" of Тейковский район and of the town Тейково). A town of ``BIG_TOWN`` people
    or more (session 31: "махачкалинские дороги", "в Дербентской ЦГБ") only where no people is named by it ("якутский
    язык") and no word («кузнец»: "Кузнецкий мост"; ``_word_adjective``), and in forms no place of its region has
    ("Анапская", a станица); ``place_adjective`` leaves out a region's ("тульский", "курский"), a sea's or a river's
    ("каспийский"), and far objects are rejected in the text ("Казанский собор", "Казанский вокзал", streets
    everywhere, produce: ``place_adjective_verdict``).
    Session 60: a town that is its okrug's centre under another name counts too ("ногинские": Ногинск of Богородский
    городской округ), not where the stem is a surname's ("пушкинские": Пушкин's, not Пушкино's); an adjective other
    regions' places make as well ("ступинские": a village Ступино of Астраханская область, "красногорские",
    "каширское", a village of Воронежская область) counts in the caller's region only (``LOCAL_TOWN_ADJECTIVE``), and
    where the dictionary knows some of a town's candidate adjectives only those are posted ("коломенские", not
    "коломнинские")"""
    stems, names = _settlement_stems(b), _place_names(b)
    region_stems = {s for e in b.entries if e["kind"] == "region" for s in _adjective_stem(str(e["name"]))}
    anywhere: dict[str, set[int]] = defaultdict(set)  # stem → the municipalities of its settlements, any region
    for region in stems.values():
        for stem, muns in region.items():
            anywhere[stem] |= muns
    chosen = []  # (town, its municipality, stem, level), posted once all are known: no town's form hides another's
    for eid, entry in enumerate(b.entries):
        mun = _adjective_town(b, eid, entry)
        big = mun >= 0 and int(entry["population"]) >= BIG_TOWN
        for stem in _town_stems(b, eid, mun):
            if big and (stem in PEOPLE_STEMS | LANDMARK_STEMS or _word_adjective(stem)):
                continue  # "якутский язык", "Кузнецкий мост"
            keys = skiy_keys(stem)
            districts = {e for key in keys for e, level in b.index.get(key, {}).items() if level == DISTRICT_ADJECTIVE
                         and b.entries[e]["region_code"] == entry["region_code"]}
            level = town_adjective_level(b, mun, stem, stems, names, region_stems, districts)
            if level is not None:
                chosen.append((eid, mun, stem, LOCAL_TOWN_ADJECTIVE if big and anywhere[stem] != {mun} else level))
    regions = defaultdict(set)  # stem → the regions of the towns it is chosen for
    for _, mun, stem, _ in chosen:
        regions[stem].add(b.entries[mun]["region_code"])
    for eid, mun, stem, level in chosen:
        level = LOCAL_TOWN_ADJECTIVE if len(regions[stem]) > 1 else level
        if level == LOCAL_TOWN_ADJECTIVE and (_word_or_surname(stem) or not known_adjective(stem + "ий")):
            continue  # "советские", "воскресенские"; "михайловкинские", a form no one writes
        big = int(b.entries[eid]["population"]) >= BIG_TOWN
        for key in skiy_keys(stem):
            if not (big and _own_name_in_region(b, key, mun)):  # "в Анапской" stays the станица's, of Анапа
                b.post(key, eid, level)


def add_irregular_town_adjectives(b) -> None:
    """Post ``lexicon.IRREGULAR_TOWN_ADJECTIVES`` (session 61: "раменские дороги", "Видновская больница", "Серебряно-
    Прудский район") to their towns: at ``TOWN_ADJECTIVE``, or ``LOCAL_TOWN_ADJECTIVE`` where a place of another
    region has one of the forms ("раменский", a village of Калужская область); a form of a place of the town's own
    region stays its ("в Раменском" is the town Раменское's own name)."""
    for adjective, name, region in IRREGULAR_TOWN_ADJECTIVES:
        ids = [e for e in b.by_name.get((normalize_word(name), region), ()) if "alias_of" not in b.entries[e]]
        if not ids:
            raise InputError(expected("a gazetteer town", Shown(f"{name} ({region})"), "fix IRREGULAR_TOWN_ADJECTIVES"))
        eid = ids[0]
        mun = eid if b.entries[eid]["kind"] == "municipality" else b.entries[eid]["mun"]
        keys = skiy_keys(adjective[:-2])
        elsewhere = any(b.entries[e]["region_code"] != region for key in keys for e in b.index.get(key, {}))
        for key in keys:
            if not _own_name_in_region(b, key, mun):
                b.post(key, eid, LOCAL_TOWN_ADJECTIVE if elsewhere else TOWN_ADJECTIVE)


def _adjective_town(b, eid: int, entry: dict) -> int:
    """The municipality a town's adjective names: the town's own (``eid``) for a municipality under its noun name, its
    okrug for a town that is the centre of one named otherwise (Ногинск of Богородский); -1 for other entries."""
    name = str(entry["name"])
    if entry.get("internal") or " " in phrase_key(name) or _adjective_stem(name):
        return -1
    if person_named(name):
        return -1  # "Семёнов": "Семёновский полк" is the person's; "реутовский" is Реутов's (session 60)
    if entry["kind"] == "municipality":
        return eid
    return entry["mun"] if entry["kind"] == "settlement" and entry.get("town") and entry.get("centre") else -1


def _town_stems(b, eid: int, mun: int) -> list[str]:
    """The adjective stems to try for the town ``eid`` of the municipality ``mun`` (``_adjective_town``): those the
    dictionary knows first (``_known_first``); for a town that is its okrug's centre under another name only those,
    none where its okrug has one already ("одинцовские": Одинцовский городской округ's) or made of a surname
    ("пушкинск" of Пушкино: Пушкин's)."""
    if mun < 0:
        return []
    name = str(b.entries[eid]["name"])
    stems = adjective_stems(name)
    if mun == eid:
        return _known_first(stems)
    if any(mun in b.index.get(key, {}) for stem in stems for key in skiy_keys(stem)):
        return []
    return [s for s in sorted(stems) if known_adjective(s + "ий") and (s == phrase_key(name) or not surname(s[:-2]))]


def _word_or_surname(stem: str) -> bool:
    """The «-ский» adjective of ``stem`` is a surname's ("воскресенский", "покровский", "жуковский") or made of an
    ordinary noun ("советский": «совет», "братский", "комсомольский"): for a town whose adjective places of other
    regions make too, rather the word's or the person's.

    >>> _word_or_surname("советск"), _word_or_surname("воскресенск"), _word_or_surname("красногорск")
    (True, True, False)
    """
    if surname(stem + "ий"):
        return True
    bases = {stem[:-2], stem[:-2].removesuffix("ь")}  # "комсомольск": «комсомол»; "октябрьск": «октябрь»
    return any(
        p.is_known and p.tag.POS == "NOUN" and p.normal_form in bases and not (PERSON_TAGS | {"Geox"}) & p.tag.grammemes
        for base in bases for p in morph().parse(base)
    )


def _known_first(stems: frozenset[str]) -> list[str]:
    """The stems whose «-ский» adjective the dictionary knows, or all where it knows none ("электростальск")."""
    return [s for s in sorted(stems) if known_adjective(s + "ий")] or sorted(stems)


def known_adjective(word: str) -> bool:
    """pymorphy3 knows ``word`` as an adjective.

    >>> known_adjective("коломенский"), known_adjective("коломнинский")
    (True, False)
    """
    return any(p.is_known and p.tag.POS == "ADJF" for p in morph().parse(word))


def _own_name_in_region(b, key: str, mun: int) -> bool:
    """``key`` is a form of a place of ``mun``'s region other than an adjective posted for a town."""
    region = b.entries[mun]["region_code"]
    return any(b.entries[e]["region_code"] == region and level not in (TOWN_ADJECTIVE, LOCAL_TOWN_ADJECTIVE)
               for e, level in b.index.get(key, {}).items())


def town_adjective_level(b, mun: int, stem: str, stems: dict, names: dict, region_stems: set[str],
                         besides: set) -> int | None:
    """``TOWN_ADJECTIVE`` where ``place_adjective`` allows the stem; ``LOCAL_TOWN_ADJECTIVE`` where only places of
    other regions have its forms ("каширское": a village of Воронежская область); else None."""
    named = {e for key in skiy_keys(stem) for e in b.index.get(key, ())}
    elsewhere = {e for e in named if b.entries[e]["mun"] != mun and e not in besides
                 and b.entries[e]["region_code"] != b.entries[mun]["region_code"]}
    if not place_adjective(b, mun, stem, stems, names, region_stems, besides | elsewhere):
        return None
    return LOCAL_TOWN_ADJECTIVE if elsewhere else TOWN_ADJECTIVE


def _word_adjective(stem: str) -> bool:
    """A «-цкий» adjective stem is also a dictionary noun's in «-ец» ("донецк": the river Донец, "Донецкий кряж";
    "кузнецк": «кузнец», "Кузнецкий мост", "Кузнецкий бассейн"), which a big town's adjective is not taken for.

    >>> _word_adjective("донецк"), _word_adjective("кузнецк"), _word_adjective("дербентск"), _word_adjective("люберецк")
    (True, True, False, False)
    """
    return stem.endswith("цк") and any(  # not the town's own form: "люберец", the genitive of Люберцы (session 60)
        p.is_known and p.tag.POS == "NOUN" and "Geox" not in p.tag for p in morph().parse(stem[:-1])
    )
