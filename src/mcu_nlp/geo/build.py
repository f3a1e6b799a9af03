"""Build the shipped gazetteer from the reference files in ``data/geo``.

Run ``python -m mcu_nlp.geo.build [--source data/geo] [--output src/mcu_nlp/data/gazetteer.pkl.gz]``.
pymorphy3 generates every case form here, so the resolver never needs it.
"""

from __future__ import annotations

import argparse
import gzip
import math
import pickle
from collections import Counter, defaultdict
from pathlib import Path

from mcu_nlp.geo import census, forms, sources, succession
from mcu_nlp.geo.gazetteer import GAZETTEER_PATH, pack
from mcu_nlp.geo.index import (
    Builder,
    add_district_forms,
    add_internal_forms,
    add_local_short_names,
    add_region_forms,
    canonical_municipality,
    is_adjective,
    relax_big_towns,
)
from mcu_nlp.geo.lexicon import (
    AMBIGUOUS_TOWN_ADJECTIVES,
    CITY_ALIASES,
    DEMONYMS,
    EXACT_CASE,
    REGION_ALIASES,
    SKIY_ENDINGS,
    TOWN_ADJECTIVES,
)
from mcu_nlp.geo.tokens import normalize_word, phrase_key

SOURCE_DIR = Path(__file__).resolve().parents[3] / "data" / "geo"
FEDERAL_CITIES = ("77", "78", "92")
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
            for key in {phrase_key(alias)} if level is not None else forms.case_forms(alias):
                b.post(key, region_ids[code], level)
    return region_ids


def add_municipalities(b: Builder, src: Path) -> None:
    rows = sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv")
    current = [r for r in rows if r["year_to"] == "9999"]
    for row in current:
        code, region = sources.digits(row["oktmo"], 8), sources.digits(row["region_code"], 2)
        internal = "внутригород" in row["municipal_district_type"]
        name, adjective = canonical_municipality(
            row["municipal_district_name_short"], row["municipal_district_name"], row["municipal_district_type"]
        )
        eid = b.add(name=name, kind="municipality", oktmo=code, mun=-1, region_code=region, population=0)
        b.entries[eid]["mun"] = eid
        b.entries[eid]["short"] = row["municipal_district_name_short"].split(" и ")[0].strip()
        b.old_to_new[code] = code
        if internal:  # by bare name only when a town of that name is known (Колпино, Зеленоград)
            b.entries[eid]["internal"] = True
            add_internal_forms(b, row["municipal_district_name_short"], row["municipal_district_name"], eid)
            continue
        if adjective:
            add_district_forms(b, b.entries[eid]["short"], eid)
        else:
            b.post_forms(name, eid)
    for old, new in succession.successors(rows).items():  # renamed, or merged into a neighbour (Ржев → Ржевский)
        b.old_to_new.setdefault(old, new)
    add_former_districts(b, [r for r in rows if r["year_to"] != "9999"])
    for row in sources.read_csv(src / "ynao_mo_current.csv"):
        if row["previous_oktmo8"]:
            b.old_to_new[row["previous_oktmo8"]] = row["oktmo8"]


def add_former_districts(b: Builder, former: list[dict[str, str]]) -> None:
    """A district still called by its name before a merger ("Ногинский район" → Богородский городской округ).

    Only a name that no current municipality of the region uses, and only with a district word, as current ones.
    """
    for row in former:
        short = row["municipal_district_name_short"].split(" и ")[0].strip()
        mun = current_municipality(b, sources.digits(row["oktmo"], 8))
        if mun >= 0 and is_adjective(short) and not b.index.get(f"{phrase_key(short)} район"):
            add_district_forms(b, short, mun)


def current_municipality(b: Builder, code: str) -> int:
    """Entry id of the current upper-level municipality for any (possibly old) ОКТМО code."""
    for candidate in (code[:8], code[:5] + "000"):
        new = b.old_to_new.get(candidate)
        if new in b.by_oktmo:
            return b.by_oktmo[new]
    return -1


def add_settlement(b: Builder, name: str, region: str, mun: int, oktmo: str = "", pop: int = 0) -> int:
    """Add a settlement, or merge it into the same-named one already in that municipality."""
    name = " ".join(name.split())
    if not name:
        return -1
    for eid in b.by_name.get((normalize_word(name), region), []):
        entry = b.entries[eid]
        if entry.get("internal") and not entry.get("indexed"):
            entry["indexed"] = True
            b.post_forms(name, eid)
            return eid
        if entry["kind"] != "region" and (entry["mun"] in (mun, -1) or mun == -1 or entry.get("internal")):
            entry["oktmo"] = entry["oktmo"] if entry["kind"] == "municipality" else (oktmo or entry["oktmo"])
            entry["population"] = max(int(entry["population"]), pop)
            if entry["mun"] == -1:
                entry["mun"] = mun
            return eid
    eid = b.add(name=name, kind="settlement", oktmo=oktmo, mun=mun, region_code=region, population=pop)
    b.post_forms(name, eid)
    return eid


def add_settlements(b: Builder, src: Path) -> None:
    vnau = {r["fias"]: r for r in sources.read_csv(src / "vnau_russia_cities.csv") if r["fias"]}
    oktmo_regions = {r["oktmo_prefix"]: r["region_code"] for r in sources.read_csv(src / "regions.csv")}
    for row in sources.read_csv(src / "hflabs_city.csv"):
        extra = vnau.get(row["fias_id"], {})
        name = sources.hflabs_town(row)
        oktmo = sources.oktmo(row["oktmo"])  # 23 towns have only their municipality's 8-digit code
        # vnau lacks Южноуральск; the code's prefix names the region as well
        region = sources.digits(extra.get("region_code", ""), 2) or sources.region_of_oktmo(oktmo, oktmo_regions)
        if not region or (region in FEDERAL_CITIES and name == extra.get("region")):
            continue
        eid = add_settlement(
            b,
            name,
            region,
            current_municipality(b, oktmo),
            oktmo if len(oktmo) == 11 else "",
            sources.population(row["population"]),
        )
        same_town = normalize_word(extra.get("title_ru", "")) == normalize_word(name)  # vnau files Алупка as Ялта
        for suffix in ("_gent", "_datv", "_accs", "_ablt", "_loct"):
            if same_town and extra.get(f"title_ru{suffix}"):
                b.post(phrase_key(extra[f"title_ru{suffix}"]), eid)
                b.post(phrase_key(forms.spoken_form(name, extra[f"title_ru{suffix}"])), eid)
    prefixes = {
        normalize_word(r["region_name"]).split(" (")[0].split(" — ")[0][:14]: r["region_code"]
        for r in sources.read_csv(src / "regions.csv")
    }
    prefixes.update({"г. москва": "77", "г. санкт-петербург": "78", "г. севастополь": "92"})
    # districts of Петербург are not municipalities: parts of the city, like Коротчаево of Новый Уренгой
    for adjective, region, pop in sources.city_districts(src / "vpn2020_tab5.csv.gz", prefixes):
        eid = b.add(name=f"{adjective} район", kind="settlement", oktmo="", mun=-1, region_code=region, population=pop)
        add_district_forms(b, adjective, eid)
    headings = census.HeadingIndex(sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv"), b.old_to_new)
    for row in sources.census_rows(src / "vpn2020_tab5.csv.gz", prefixes):
        region = str(row["region_code"])
        code = headings.municipality(region, str(row["parent"]))
        add_settlement(b, str(row["name"]), region, b.by_oktmo.get(code, -1), pop=int(row["population"]))
    for name, _kind, code in sources.oktmo2019_settlements(src / "oktmo2019_koo2018_mreg.csv.gz"):
        mun = current_municipality(b, code)
        # the oldest source: a name already known in the region is not added a second time
        if mun >= 0 and not b.by_name.get((normalize_word(name), str(b.entries[mun]["region_code"]))):
            add_settlement(b, name, str(b.entries[mun]["region_code"]), mun)
    add_centres(b, src)


def add_centres(b: Builder, src: Path) -> None:
    """A municipality's centre missing from every other source ("с Кумух", "нп Балаклава") is its settlement.

    A centre named like a place already known in the region is left to that place: it may lie outside
    its district, in the city okrug of the same name (Искитимский район, "г Искитим"); so is one named like
    a town of a federal city (Ломоносовский район of Ленинградская область, "г Ломоносов" of Петербург).
    """
    federal = {normalize_word(e["name"]) for e in b.entries if e["region_code"] in FEDERAL_CITIES}
    for name, code in sources.municipality_centres(sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv")):
        mun = b.by_oktmo.get(code, -1)
        region = str(b.entries[mun]["region_code"]) if mun >= 0 else ""
        if region and not b.by_name.get((normalize_word(name), region)) and normalize_word(name) not in federal:
            add_settlement(b, name, region, mun)


def add_ynao(b: Builder, src: Path) -> None:
    """ЯНАО membership after the 2020–2023 reform overrides anything older."""
    seed = sources.read_csv(src / "ynao_settlements_seed.csv")
    extra = sources.read_csv(src / "ynao_settlements_extra.csv")
    for row in seed:  # a 2019 поселение code maps to where its settlement is now (Харп → Лабытнанги)
        if row["oktmo_2019_poselenie"] and row["oktmo_2019_poselenie"] != row["mo_oktmo8"]:
            b.old_to_new[row["oktmo_2019_poselenie"]] = row["mo_oktmo8"]
    for row in seed + extra:
        mun = b.by_oktmo[row["mo_oktmo8"]]
        authoritative = {r["mo_oktmo8"] for r in seed + extra if r["name"] == row["name"]}
        for eid in b.by_name.get((normalize_word(row["name"]), "89"), []):
            entry = b.entries[eid]
            if entry["kind"] == "settlement" and (
                entry["mun"] < 0 or b.entries[entry["mun"]]["oktmo"] not in authoritative
            ):
                entry["mun"] = mun
        pop = sources.population(row.get("pop2021", ""))
        add_settlement(b, row["name"], "89", mun, row.get("oktmo11", ""), pop)
    dedupe(b, "89")


def add_extra_settlements(b: Builder, src: Path) -> None:
    """Places in no source (parts of towns such as Славянка of Петербург), each with its current municipality."""
    for row in sources.read_csv(src / "settlements_extra.csv"):
        mun = b.by_oktmo[row["mo_oktmo8"]]
        add_settlement(b, row["name"], str(b.entries[mun]["region_code"]), mun, row["oktmo11"])


def dedupe(b: Builder, region: str) -> None:
    """Same-named settlements of one municipality collapse into the one with the most data."""
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for eid, entry in enumerate(b.entries):
        if entry["kind"] == "settlement" and entry["region_code"] == region and "alias_of" not in entry:
            groups[(normalize_word(entry["name"]), entry["mun"])].append(eid)
    for ids in groups.values():
        keep = max(ids, key=lambda e: (bool(b.entries[e]["oktmo"]), int(b.entries[e]["population"])))
        for eid in ids:
            if eid != keep:
                b.entries[eid]["alias_of"] = keep


def attach_federal_cities(b: Builder, region_ids: dict[str, int]) -> None:
    """A settlement of Москва/Петербург/Севастополь outside any internal territory belongs to the city."""
    for entry in b.entries:
        if entry["kind"] == "settlement" and entry["mun"] < 0 and entry["region_code"] in FEDERAL_CITIES:
            entry["mun"] = region_ids[entry["region_code"]]


def promote_city_cores(b: Builder) -> None:
    """A town that *is* a городской округ of the same name resolves to the municipality."""
    for entry in b.entries:
        mun = entry["mun"]
        if entry["kind"] == "settlement" and mun >= 0 and b.entries[mun]["name"] == entry["name"]:
            b.entries[mun]["population"] = max(int(b.entries[mun]["population"]), int(entry["population"]))
            entry["alias_of"] = mun


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


def add_aliases(b: Builder, region_ids: dict[str, int]) -> None:
    def target(name: str, region: str) -> int:
        ids = [e for e in b.by_name.get((normalize_word(name), region), []) if "alias_of" not in b.entries[e]]
        return ids[0] if ids else region_ids[region]

    for alias, name, region in CITY_ALIASES:
        key = phrase_key(alias)
        b.post(key, target(name, region), forms.abbreviation_level(alias) if alias in EXACT_CASE else None)
    for adjective, name, region in TOWN_ADJECTIVES:
        level = forms.ADJECTIVE_NAME if adjective in AMBIGUOUS_TOWN_ADJECTIVES else forms.CAPITALISED
        for ending in SKIY_ENDINGS:
            b.post(phrase_key(adjective[:-2] + ending), target(name, region), level)
    for demonym, name, region in DEMONYMS:
        for key in forms.plural_noun_forms(demonym):  # a curated list: never an ordinary word
            b.post(key, target(name, region), forms.FREE)


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
    add_settlements(b, src)
    add_ynao(b, src)
    add_extra_settlements(b, src)
    attach_federal_cities(b, region_ids)
    promote_city_cores(b)
    add_aliases(b, region_ids)
    add_local_short_names(b, region_ids)
    relax_big_towns(b)
    columns = ("name", "kind", "oktmo", "mun", "region_code", "population")
    table = {c: [e[c] for e in b.entries] for c in columns}
    table["region"] = [region_ids.get(str(e["region_code"]), -1) for e in b.entries]
    table["weight"] = [round(math.log10(1 + int(e["population"])), 3) for e in b.entries]
    sources.check_codes(table)
    return pack(table, export_index(b), b.old_to_new, postal_regions(src))


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
