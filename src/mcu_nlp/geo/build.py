"""Build the shipped gazetteer from the reference files in ``data/geo``.

Run ``python -m mcu_nlp.geo.build [--source data/geo] [--output src/mcu_nlp/data/gazetteer.pkl.gz]``.
pymorphy3 generates every case form here, so the resolver never needs it.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
from collections import Counter, defaultdict
from pathlib import Path

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.geo import declension, forms, sources, succession
from mcu_nlp.geo.adjectives import add_district_adjectives
from mcu_nlp.geo.demonyms import DEMONYMS
from mcu_nlp.geo.gazetteer import GAZETTEER_PATH, pack, population_weight
from mcu_nlp.geo.index import (
    Builder,
    add_cut_town_names,
    add_district_forms,
    add_hyphen_initials,
    add_local_short_names,
    add_region_cuts,
    add_region_forms,
    add_river_initials,
    add_short_town_names,
    canonical_municipality,
    is_adjective,
    relax_big_towns,
    split_district_nouns,
)
from mcu_nlp.geo.internal import (
    FEDERAL_TERRITORY,
    add_city_district_forms,
    add_internal_forms,
    add_internal_names,
    add_poselenie_forms,
    internal_name,
)
from mcu_nlp.geo.lexicon import (
    AMBIGUOUS_TOWN_ADJECTIVES,
    CITY_ALIASES,
    EXACT_CASE,
    REGION_ALIASES,
    TOWN_ADJECTIVES,
    skiy_keys,
)
from mcu_nlp.geo.numbered_towns import add_numbered_towns
from mcu_nlp.geo.poselenie import village_stems
from mcu_nlp.geo.settlements import (
    STALE_DISTRICT_TAIL,
    add_bare_centres,
    add_extra_settlements,
    add_settlements,
    add_urban_type_forms,
    add_working_settlement_forms,
    add_ynao,
    attach_federal_cities,
    census_prefixes,
    current_municipality,
    drop_stale_codes,
    promote_city_cores,
)
from mcu_nlp.geo.sounded import add_sounded_spellings
from mcu_nlp.geo.tokens import normalize_word, phrase_key
from mcu_nlp.geo.town_adjectives import add_irregular_town_adjectives, add_town_adjectives, known_adjective
from mcu_nlp.geo.town_districts import add_town_districts
from mcu_nlp.geo.town_parts import add_town_parts
from mcu_nlp.geo.town_words import add_derived_demonyms, adjective_stems

SOURCE_DIR = Path(__file__).resolve().parents[3] / "data" / "geo"
NESTED_OKRUGS = ("83", "86", "89")


def add_regions(b: Builder, src: Path) -> dict[str, int]:
    vnau = {sources.digits(r["code"], 2): r for r in sources.read_csv(src / "vnau_russia_regions.csv")}
    region_ids = {}
    for row in sources.read_csv(src / "regions.csv"):
        code, name, prefix = row["region_code"], row["region_name"], row["oktmo_prefix"]
        oktmo = (prefix if code in NESTED_OKRUGS else prefix[:2]).ljust(8, "0")
        eid = b.add(name=name, kind="region", oktmo=oktmo, mun=-1, region_code=code, population=0)
        region_ids[code] = eid
        names = {name, name.split(" — ")[0], name.split(" (")[0], name.split(" - ")[0]}
        for suffix in ("", "_gent", "_datv", "_accs", "_ablt", "_loct"):
            alt = vnau.get(code, {}).get(f"title_ru{suffix}", "")
            if alt:
                b.post(phrase_key(alt), eid, forms.FREE)
        for alt in names:
            add_region_forms(b, alt, eid)
    for code, aliases in REGION_ALIASES.items():
        for alias in aliases:
            level = forms.abbreviation_level(alias) if alias in EXACT_CASE else None
            for key in {phrase_key(alias)} if level is not None else declension.case_forms(alias):
                b.post(key, region_ids[code], level)
    add_region_cuts(b, region_ids)
    return region_ids


def add_municipalities(b: Builder, src: Path) -> None:
    rows = sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv")
    current = [r for r in rows if r["year_to"] == "9999"]
    for row in current:
        code, region = sources.digits(row["oktmo"], 8), sources.digits(row["region_code"], 2)
        internal = "внутригород" in row["municipal_district_type"]
        short, official = row["municipal_district_name_short"], row["municipal_district_name"]
        name, adjective = canonical_municipality(short, official, row["municipal_district_type"])
        if internal:  # "Балаклавский муниципальный округ", not "Балаклавский" + its type of territory
            name = internal_name(short, official)
        eid = b.add(name=name, kind="municipality", oktmo=code, mun=-1, region_code=region, population=0)
        b.entries[eid]["mun"] = eid
        b.entries[eid]["short"] = row["municipal_district_name_short"].split(" и ")[0].strip()
        b.old_to_new[code] = code
        if internal:  # its bare name: add_internal_names, once the towns are known (Колпино)
            b.entries[eid]["internal"] = True
            b.entries[eid]["official"] = official.removeprefix(FEDERAL_TERRITORY).strip()
            add_internal_forms(b, row["municipal_district_name_short"], row["municipal_district_name"], eid)
            continue
        if adjective:
            add_district_forms(b, b.entries[eid]["short"], eid)
            if "-" in short and not is_adjective(short):  # the bare "в Сулейман-Стальском" too: a unique name, as
                b.post_forms(b.entries[eid]["short"], eid)  # before session 31 (canonical_municipality)
        else:
            b.post_forms(name, eid)
    for old, new in succession.successors(rows).items():  # renamed, or merged into a neighbour (Ржев → Ржевский)
        b.old_to_new.setdefault(old, new)
    add_former_districts(b, [r for r in rows if r["year_to"] != "9999"])
    for row in sources.read_csv(src / "ynao_mo_current.csv"):
        if row["previous_oktmo8"]:
            b.old_to_new[row["previous_oktmo8"]] = row["oktmo8"]


# A closed town (ЗАТО) is named with its status: "ЗАТО Железногорск" (Красноярский край's, not Курская's bigger town),
# "в ЗАТО г. Северск", "ЗАТО Александровск" (Мурманская's, not Пермский край's town); a type word may come between
ZATO_TYPE_WORDS = ("", "г ", "город ", "п ", "пос ", "поселок ", "пгт ", "рп ")


def add_closed_towns(b: Builder, src: Path) -> None:
    """ "ЗАТО" and a closed town's forms (a SberIndex municipality of status «ЗАТО», 41: its short name unless it is an
    adjective, «Озерский», and its centre's name, «Озерск», «Полярный» of ЗАТО Александровск) → that municipality, in
    any letter case: the status names which of the namesakes is meant (session 32)."""
    rows = sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv")
    zato = [r for r in rows if r["year_to"] == "9999" and r["municipal_district_status"] == "ЗАТО"]
    centres = dict((code, name) for name, code in sources.municipality_centres(zato))
    for row in zato:
        code = sources.digits(row["oktmo"], 8)
        short = row["municipal_district_name_short"]
        names = {centres.get(code, short)} | (set() if is_adjective(short) else {short})
        for key in sorted({key for name in names for key in declension.case_forms(name)}):  # sorted: the same bytes
            for type_word in ZATO_TYPE_WORDS:
                b.post(f"зато {type_word}{key}", b.by_oktmo[code], forms.FREE)


def add_stale_districts(b: Builder, districts: list[tuple[str, str]]) -> None:
    """A муниципальный район ОКТМО 2019 still lists under a code no source maps to a current municipality, named by the
    adjective of the town whose городской округ replaced it, one of its region's (session 59: "Ступинский район" is
    Ступино, "в Чеховском районе" Чехов; ОКТМО 2019 keeps 46653000, 46656000 of 2015), as a former district
    (``add_former_districts``): 4 districts of Московская область in all.
    """
    towns = defaultdict(list)  # (ОКТМО's first two digits, adjective stem) → current municipalities
    for eid, entry in enumerate(b.entries):
        if entry["kind"] == "municipality" and not entry.get("internal") and entry["oktmo"]:
            for stem in adjective_stems(str(entry["name"])):
                towns[(str(entry["oktmo"])[:2], stem)].append(eid)
    for name, code in districts:
        short = name.removesuffix(STALE_DISTRICT_TAIL)
        key = phrase_key(short)
        if short == name or code in b.by_oktmo or current_municipality(b, code) >= 0 or not key.endswith("ский"):
            continue
        muns = towns.get((code[:2], key[:-2]), [])
        if len(muns) == 1:
            _add_former_district(b, short, muns[0])


def add_former_districts(b: Builder, former: list[dict[str, str]]) -> None:
    """A district still called by its name before a merger ("Ногинский район" → Богородский городской округ).

    Only a name that no current municipality of the region uses, and only with a district word, as current ones. A
    name a district of another region holds goes to every form at ``forms.FORMER_DISTRICT``, beside that district's
    (session 59: "Воскресенский район" with 50 is Воскресенск, Воскресенский муниципальный район until 2019, with no
    region still Саратовская's or Нижегородская's; so are Сунженский of Чечня, Усольский of Пермский край, Губкинский
    of ЯНАО).
    """
    for row in former:
        short = row["municipal_district_name_short"].split(" и ")[0].strip()
        mun = current_municipality(b, sources.digits(row["oktmo"], 8))
        if mun >= 0 and is_adjective(short):
            _add_former_district(b, short, mun)


def add_town_okrug_names(b: Builder) -> None:
    """A town's own okrug called by its town's adjective and a district's noun, as the district it replaced was
    (session 60: "Каширский район", "Егорьевский г.о." are городские округа Кашира, Егорьевск), where a district of
    another region has that name: the town's adjective (``town_adjectives.add_town_adjectives``) is read before a
    district's noun anyway ("Люберецкий г.о."), but the other district's longer name beat it. As a former district's
    name, it counts in the caller's region only ("Каширский район" with 36 or none stays Воронежская's).
    """
    levels = (forms.TOWN_ADJECTIVE, forms.LOCAL_TOWN_ADJECTIVE)
    names = set()
    for key, postings in b.index.items():
        if " " in key or not key.endswith("ий") or f"{key} район" not in b.index or not known_adjective(key):
            continue
        names |= {(key, e) for e, lv in postings.items() if lv in levels and b.entries[e]["kind"] == "municipality"}
    for key, eid in sorted(names):
        _add_former_district(b, key, eid)


def _add_former_district(b: Builder, short: str, mun: int) -> None:
    holders = b.index.get(f"{phrase_key(short)} район", {})
    if not holders:
        add_district_forms(b, short, mun)
    elif all(b.entries[e]["region_code"] != b.entries[mun]["region_code"] for e in holders):
        scratch = Builder()  # the forms alone, then each at the level that needs a region
        scratch.entries = b.entries
        add_district_forms(scratch, short, mun)
        for key in scratch.index:
            b.post(key, mun, forms.FORMER_DISTRICT)


def export_index(b: Builder) -> dict[str, list[tuple[int, int]]]:
    index = {}
    for key in sorted(b.index):
        postings: dict[int, int] = {}
        for eid, level in b.index[key].items():
            target = eid
            while "alias_of" in b.entries[target]:
                target = b.entries[target]["alias_of"]
            postings[target] = min(level, postings.get(target, level))
        index[key] = sorted(postings.items())
    return index


# data/geo/colloquial_names.csv: how much context a form needs, by its ``letter_case`` column (None: pymorphy3 decides)
COLLOQUIAL_LEVELS = {
    "any": forms.FREE,
    "any; capitals after в, из": forms.SHORTHAND,
    "after в, из": forms.NICKNAME,
    "capital after на, по, с, в, из": forms.REGION_NICKNAME,
    "by dictionary": None,
    # a town's former name no current place has ("Ставрополь-на-Волге", Тольятти's until 1964; session 39): as ``any``,
    # but no short name of the town, whose residents' word it would make ("ставропольцы" are Ставрополь's)
    "former name": forms.FREE,
    # a town's name in its republic's other language, in Russian letters ("Чаллы", "Альмэт"; session 57): as ``any``,
    # but no residents' word either (Russian suffixes on a Tatar name make no word anyone writes: "чаллане")
    "other language": forms.FREE,
    # a nickname that is no word but makes no residents' word either ("Новокуз": «новокузцы» is nobody's; the town's
    # people are новокузнечане), or another spelling of the town's name ("Кизил-Юрт" of Кизилюрт; session 61)
    "any; no residents' word": forms.FREE,
}


def add_colloquial_names(b: Builder, src: Path) -> None:
    """Colloquial names of big towns ("в Ёбурге", "Екб", "во Владике") → the gazetteer's place of that name and region.

    The place is looked up, never coded in the table, and must exist: a renamed source fails the build.
    """
    for row in sources.read_csv(src / "colloquial_names.csv"):
        ids = [
            e
            for e in b.by_name.get((normalize_word(row["place"]), row["region_code"]), ())
            if "alias_of" not in b.entries[e]
        ]
        if not ids or row["letter_case"] not in COLLOQUIAL_LEVELS:
            got = f"{row['place']} ({row['region_code']}), letter case {row['letter_case']!r}"
            raise InputError(
                expected(
                    "a gazetteer place and one of " + ", ".join(COLLOQUIAL_LEVELS),
                    Shown(got),
                    "fix colloquial_names.csv",
                )
            )
        for form in row["forms"].split():
            b.post(phrase_key(form), ids[0], COLLOQUIAL_LEVELS[row["letter_case"]])
        if row["letter_case"] == "any" and " " not in row["forms"].split()[0]:
            # a place-only short name makes its people's word as a name does ("Устюг" → устюжане; ``town_words``)
            b.entries[ids[0]].setdefault("short_names", []).append(row["forms"].split()[0])


def add_aliases(b: Builder, region_ids: dict[str, int]) -> None:
    def target(name: str, region: str) -> int:
        ids = [e for e in b.by_name.get((normalize_word(name), region), []) if "alias_of" not in b.entries[e]]
        return ids[0] if ids else region_ids[region]

    for alias, name, region in CITY_ALIASES:
        key = phrase_key(alias)
        # a two-word name ("Ростов Великий") needs a capital, not a region: it counts with any caller's region
        level = forms.CAPITALISED if " " in alias else None  # (review of 4d0cf7f: with 61, 02, 77 it was dropped)
        b.post(key, target(name, region), forms.abbreviation_level(alias) if alias in EXACT_CASE else level)
    for adjective, name, region in TOWN_ADJECTIVES:
        level = forms.ADJECTIVE_NAME if adjective in AMBIGUOUS_TOWN_ADJECTIVES else forms.CAPITALISED
        for key in skiy_keys(adjective[:-2]):
            b.post(key, target(name, region), level)
    for demonym, name, region in DEMONYMS:
        for key in declension.plural_noun_forms(demonym):  # a curated list: never an ordinary word, but a form may
            b.post(key, target(name, region), forms.PERSON_NAME if forms.surname(key) else forms.FREE)  # "Казанцев"


def postal_regions(src: Path) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for row in sources.read_csv(src / "vnau_russia_cities.csv"):
        zip_code = sources.digits(row["zip"], 6)
        if len(zip_code) == 6:
            votes[zip_code[:3]][sources.digits(row["region_code"], 2)] += 1
    return {prefix: counts.most_common(1)[0][0] for prefix, counts in votes.items()}


def build(src: Path = SOURCE_DIR) -> dict:
    """Assemble the gazetteer in its on-disk form (see ``gazetteer.pack``)."""
    b = Builder()
    region_ids = add_regions(b, src)
    add_municipalities(b, src)
    add_closed_towns(b, src)
    bare_names, oktmo_names = add_settlements(b, src)  # ОКТМО 2019's bare поселение names: added last
    poselenia = [(name, code) for name, code in oktmo_names if code[5:] != "000"]
    add_stale_districts(b, [(name, code) for name, code in oktmo_names if code[5:] == "000"])
    add_poselenie_forms(b, poselenia)  # "поселение Сосенское": Москва's, unless other regions' поселения share it
    add_ynao(b, src)
    add_extra_settlements(b, src)
    add_internal_names(b)
    attach_federal_cities(b, region_ids)
    drop_stale_codes(b)
    promote_city_cores(b)
    add_aliases(b, region_ids)
    add_colloquial_names(b, src)
    add_local_short_names(b, region_ids)
    add_town_districts(b, src, census_prefixes(src))
    add_district_adjectives(b)
    add_town_adjectives(b)  # "буйские", "коломенские": after the districts' (session 60: a module of its own)
    add_irregular_town_adjectives(b)  # "раменские", "видновские" (session 61)
    add_town_okrug_names(b)  # "Каширский район": a town's adjective its okrug's
    add_short_town_names(b)
    add_cut_town_names(b)  # "Гор. Ключ"
    add_hyphen_initials(b)
    add_river_initials(b)
    add_derived_demonyms(b, forms.DERIVED_DEMONYM)
    shared_parts = add_town_parts(b, src)
    add_numbered_towns(b, src)  # "Красноярск-26" is Железногорск
    add_bare_centres(b, bare_names, shared_parts)  # last: a village of a name no form has yet
    add_urban_type_forms(b)  # after every namesake is in
    add_working_settlement_forms(b)  # after the «пгт», «рп» forms of a town's namesakes
    add_city_district_forms(b)  # keys no other place has
    add_sounded_spellings(b)  # "в иркуцке": every form is in
    split_district_nouns(b)
    relax_big_towns(b)
    columns = ("name", "kind", "oktmo", "mun", "region_code", "population")
    table = {c: [e[c] for e in b.entries] for c in columns}
    table["region"] = [region_ids.get(str(e["region_code"]), -1) for e in b.entries]
    table["weight"] = [population_weight(int(e["population"])) for e in b.entries]
    table["urban"] = [e.get("urban", False) for e in b.entries]
    sources.check_codes(table)
    return pack(table, export_index(b), b.old_to_new, postal_regions(src), poselenie_stems(b, poselenia))


def poselenie_stems(b: Builder, poselenia: list[tuple[str, str]]) -> dict[str, tuple[int, ...]]:
    """The stems of ОКТМО 2019's поселения (name, code) named by an adjective, with their current municipalities
    (``poselenie``)."""
    return village_stems(poselenia, lambda code: current_municipality(b, code))  # a municipality: never an alias


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=SOURCE_DIR)
    parser.add_argument("--output", type=Path, default=GAZETTEER_PATH)
    args = parser.parse_args(argv)
    data = build(args.source)
    with open(args.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as handle:
        pickle.dump(data, handle, protocol=5)  # mtime=0: the same sources give the same bytes
    print(
        f"{args.output}: {dict(Counter(data['kind']))}, {len(data['index'])} keys, {args.output.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main()
