"""Settlements of the gazetteer under construction and the municipality each belongs to (build time only).

Towns and villages come from hflabs (with vnau's case forms), the 2020 census table 5, ОКТМО 2019 and
SberIndex's municipality centres; ``current_municipality`` maps any old ОКТМО code to today's municipality.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from mcu_nlp.geo import census, declension, forms, sources
from mcu_nlp.geo.index import Builder, add_district_forms
from mcu_nlp.geo.tokens import normalize_word, phrase_key

FEDERAL_CITIES = ("77", "78", "92")
URBAN_TYPES = frozenset({"г.", "пгт", "рп"})  # the census's types of a town and an urban-type settlement


def current_municipality(b: Builder, code: str) -> int:
    """Entry id of the current upper-level municipality for any (possibly old) ОКТМО code."""
    for candidate in (code[:8], code[:5] + "000"):
        new = b.old_to_new.get(candidate)
        if new in b.by_oktmo:
            return b.by_oktmo[new]
    return -1


def add_settlement(
    b: Builder, name: str, region: str, mun: int, oktmo: str = "", pop: int = 0, urban: bool = False
) -> int:
    """Add a settlement, or merge it into the same-named one already in that municipality; ``urban``: a town or an
    urban-type settlement (either source saying so makes it one)."""
    name = " ".join(name.split())
    if not name:
        return -1
    for eid in b.by_name.get((normalize_word(name), region), []):
        entry = b.entries[eid]
        if entry.get("internal") and not entry.get("indexed"):  # a town of a federal city ("г. Пушкин", 107,223)
            entry["indexed"], entry["urban"] = True, urban
            entry["population"] = max(int(entry["population"]), pop)
            b.post_forms(name, eid)
            return eid
        if entry["kind"] != "region" and (entry["mun"] in (mun, -1) or mun == -1 or entry.get("internal")):
            entry["oktmo"] = entry["oktmo"] if entry["kind"] == "municipality" else (oktmo or entry["oktmo"])
            entry["population"] = max(int(entry["population"]), pop)
            entry["urban"] = entry.get("urban", False) or urban
            if entry["mun"] == -1:
                entry["mun"] = mun
            return eid
    eid = b.add(name=name, kind="settlement", oktmo=oktmo, mun=mun, region_code=region, population=pop, urban=urban)
    b.post_forms(name, eid)
    return eid


# ОКТМО 2019's name of a муниципальный район (``build.add_stale_districts``)
STALE_DISTRICT_TAIL = " муниципальный район"


def add_settlements(b: Builder, src: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Towns and villages of every source, with their municipalities; returns the bare names of ОКТМО 2019's
    поселения with their codes (``sources.BARE``: "Териберка", "47605405"), which ``add_bare_centres`` adds last,
    and every поселение's (name, code), for ``build.poselenie_stems``, with every муниципальный район's, for
    ``build.add_stale_districts``, so that the file is read once."""
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
        town = row["city_type"] == "г"  # a город: no «пгт X» (``add_urban_type_forms``)
        eid = add_settlement(
            b,
            name,
            region,
            current_municipality(b, oktmo),
            oktmo if len(oktmo) == 11 else "",
            sources.population(row["population"]),
            urban=town,
        )
        if eid >= 0 and town:
            b.entries[eid]["town"] = True
        same_town = normalize_word(extra.get("title_ru", "")) == normalize_word(name)  # vnau files Алупка as Ялта
        for suffix in ("_gent", "_datv", "_accs", "_ablt", "_loct"):
            if same_town and extra.get(f"title_ru{suffix}"):
                b.post(phrase_key(extra[f"title_ru{suffix}"]), eid)
                b.post(phrase_key(declension.spoken_form(name, extra[f"title_ru{suffix}"])), eid)
    prefixes = census_prefixes(src)
    # districts of Петербург are not municipalities: parts of the city, like Коротчаево of Новый Уренгой
    for adjective, region, pop in sources.city_districts(src / "vpn2020_tab5.csv.gz", prefixes):
        eid = b.add(name=f"{adjective} район", kind="settlement", oktmo="", mun=-1, region_code=region, population=pop)
        add_district_forms(b, adjective, eid)
    headings = census.HeadingIndex(sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv"), b.old_to_new)
    for row in sources.census_rows(src / "vpn2020_tab5.csv.gz", prefixes):
        region = str(row["region_code"])
        code = headings.municipality(region, str(row["parent"]))
        mun, urban = b.by_oktmo.get(code, -1), row["type"] in URBAN_TYPES
        eid = add_settlement(b, str(row["name"]), region, mun, pop=int(row["population"]), urban=urban)
        if eid >= 0 and urban:  # «пгт X» names no город (``add_urban_type_forms``)
            b.entries[eid]["town" if row["type"] == "г." else "urban_type"] = True
            b.entries[eid]["working"] = b.entries[eid].get("working") or row["status"] == WORKING
    bare = []
    oktmo_rows = sources.read_csv(src / "oktmo2019_koo2018_mreg.csv.gz")
    for name, kind, code in sources.oktmo2019_settlements(oktmo_rows):
        if kind == sources.BARE:  # a bare name, last (``add_bare_centres``)
            bare.append((name, code))
            continue
        mun = current_municipality(b, code)
        # the oldest source: a name already known in the region is not added a second time
        if mun >= 0 and not b.by_name.get((normalize_word(name), str(b.entries[mun]["region_code"]))):
            add_settlement(b, name, str(b.entries[mun]["region_code"]), mun)
    add_centres(b, src)
    return bare, [(r["name"], r["oktmo8"]) for r in oktmo_rows if r["oktmo8"][5:] != "000" or r["name"].endswith(
        STALE_DISTRICT_TAIL
    )]


def add_bare_centres(
    b: Builder, bare_names: list[tuple[str, str]], shared_parts: frozenset[tuple[str, int]] = frozenset()
) -> None:
    """The villages ОКТМО 2019 names a поселение after by a bare name (``sources.bare_name``; session 30), each with
    its current municipality, once every other form is in (``build.build``): only a name whose every case form is new
    to the gazetteer and of one region among them (``bare_centre``), so that no place nor form known before changes.
    A village of a name known elsewhere ("Калиновка", "Семёновка", "Лебяжье") would make that name no place without a
    caller's region (session 17); one of a town's part's, a district adjective's or a colloquial name's would take it
    ("Елшанка" of Саратов, "в Намском" of Намский район, "Кубань" of Краснодарский край). ``bare_names``: (name,
    поселение's code) as ``add_settlements`` returns them; each code is mapped to its municipality here, after the
    later sources' own maps (``add_ynao``). ``shared_parts``: (form, town) postings of town parts that villages
    elsewhere may share (``town_parts.add_town_parts``' ``shared`` rows): a form posted so alone is not taken
    (session 31: Садгород of Самарская область beside Владивосток's, Сколково beside Москва's)."""
    bare = [(name, current_municipality(b, code)) for name, code in bare_names]
    taken = {key for key, postings in b.index.items() if any((key, e) not in shared_parts for e in postings)}
    regions = defaultdict(set)
    for name, mun in bare:
        if mun >= 0:
            regions[normalize_word(name)].add(str(b.entries[mun]["region_code"]))
    added = set()
    for name, mun in bare:
        if mun < 0 or len(regions[normalize_word(name)]) > 1:
            continue
        if bare_centre(name) and not declension.case_forms(name) & taken:
            eid = add_settlement(b, name, str(b.entries[mun]["region_code"]), mun)
            if "-" not in name:
                added.add(eid)
    # a word the dictionary lacks is FREE, a place in lower case too: for these villages of the weakest source only
    # with a capital, a preposition or a type word («Купила шапку бейни», «мужичи во дворе пьют» named Ингушетия's
    # Бейни and Мужичи; second review of session 30); a hyphenated name stays FREE («ура-губа» is no phrase)
    for key in set(b.index) - taken:  # a new form, or one a shared town part had (its town's level stays)
        for eid, level in b.index[key].items():
            if eid in added and level == forms.FREE:
                b.index[key][eid] = forms.CAPITALISED


# An urban-type settlement's type word, which names it among namesakes that are towns ("пгт Ревда" is Мурманская's, not
# Свердловская's town; "рп", "п.г.т." read as «пгт» by the resolver)
URBAN_TYPE_WORDS = ("пгт", "рп", "поселок городского типа", "рабочий поселок")
WORKING = "рп"  # the census's mark of a рабочий посёлок after its name ("пгт Знаменка рп")
WORKING_TYPE_WORDS = ("рп", "рабочий поселок", "р п")  # "р.п." is split to «р п»
NAME_LEVELS = frozenset({forms.FREE, forms.CAPITALISED, forms.COMMON_WORD, forms.PERSON_NAME, forms.ADJECTIVE_NAME})


def add_urban_type_forms(b: Builder) -> None:
    """«пгт», «рп» and a name form that a town (a город of hflabs or the census) and a census urban-type settlement
    share → every namesake but the towns, at FREE: the type word names no город (session 32: "пгт Ревда, отопление" is
    Ловозерский район's, not the bigger town Ревда of Свердловская область); among the rest the type word ranks as
    before (``namesake_rank.URBAN_BONUS``, below the caller's region)."""
    entries = b.entries
    for key, postings in list(b.index.items()):
        if len(postings) < 2 or " " in key:
            continue
        towns = {e for e in postings if entries[e].get("town")}
        if not towns or not any(entries[e].get("urban_type") and e not in towns for e in postings):
            continue
        for eid, level in postings.items():
            if eid not in towns and level in NAME_LEVELS:
                for word in URBAN_TYPE_WORDS:
                    b.post(f"{word} {key}", eid, forms.FREE)


def add_working_settlement_forms(b: Builder) -> None:
    """«рп», «рабочий посёлок» and a name form that a рабочий посёлок (the census's "пгт Знаменка рп") and an urban
    namesake of no such status share → the рабочие посёлки at FREE, the others at ``forms.OTHER_URBAN_TYPE`` (the
    caller's region or one the text names only: many write «рп» for a пгт of their own), session 71, blind72: "рп
    Знаменка" is Тамбовская's рабочий посёлок, not Орловская's bigger пгт Знаменка, which «пгт» still names with it;
    "рп Майна" with 19 stays Хакасия's. Not where ``add_urban_type_forms`` posted the form already (a город shares the
    name: every urban-type namesake keeps it)."""
    entries = b.entries
    for key, postings in list(b.index.items()):
        if len(postings) < 2 or " " in key:
            continue
        working = {e for e, level in postings.items() if entries[e].get("working") and level in NAME_LEVELS}
        others = [e for e in postings if e not in working and (entries[e].get("urban_type") or entries[e].get("town"))]
        if not working or not others:
            continue
        for word in WORKING_TYPE_WORDS:
            if f"{word} {key}" not in b.index:
                for eid in sorted(working):
                    b.post(f"{word} {key}", eid, forms.FREE)
                for eid in others:
                    b.post(f"{word} {key}", eid, forms.OTHER_URBAN_TYPE)


# Words of everyday speech pymorphy3's dictionary lacks, so a village of the name would be a place in any context
# (``forms.word_level``: an unknown word is FREE): "мусорка у дома" (45 texts of the SPb and Kursk corpora named the
# village Мусорка of Самарская область in session 30's first build), "домашка", "жигули" (the car)
ORDINARY_WORDS = frozenset({"мусорка", "домашка", "жигули"})


def bare_centre(name: str) -> bool:
    """A поселение's bare name (``sources.bare_name``) is a village to add (session 30: "Териберка", "Ура-Губа",
    "Верхний Баксан", "Амитхаша"): not an adjective ("Береговой", a masculine поселение's "Глушицкий";
    ``bare_adjective``) and not a name pymorphy3
    reads as an ordinary word or a person's (``forms.COMMON_WORD``, ``forms.PERSON_NAME``: "Караул", "Прибой",
    "Победа", "Авангард", "Мосты", "Черная Речка", "Эми", "Чим", "Руч") nor one of ``ORDINARY_WORDS``. Such a name
    at its usual level counts capitalised mid-sentence, as a street's ("проспект Победы", "парк Победы"), a bank's
    ("банк Авангард"), a stop's ("остановка «Мосты»") or a metro station's ("метро Черная речка") name does: each
    of them a false place of a village of another region in session 30's first build; the weakest source's
    villages (no population, no type) are left out there. An adjective-like name ("Казачье", "Ольгино": ``forms.
    ADJECTIVE_NAME``) needs a type word or its region, and stays; so does a hyphenated one, never an ordinary
    phrase ("Ура-Губа", "Аки-Юрт")."""
    key = phrase_key(name)
    level = forms.FREE if "-" in name else forms.ambiguity(key)  # "Ура-Губа": ``Builder.post_forms``'s level
    return not (bare_adjective(name) or key in ORDINARY_WORDS or level in (forms.COMMON_WORD, forms.PERSON_NAME))


BARE_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ие", "ые")
ADJECTIVE_READING = 0.3  # pymorphy3's score of a last word's adjective readings from which the name is an adjective


def bare_adjective(name: str) -> bool:
    """A поселение's bare name is an adjective: its last word (or hyphenated part) ends in -ский, -цкий, -ской, -цкой
    (Tyva's сумоны, "Кызыл-Дагский", which ``is_adjective`` reads as a town's name after "Кызыл"), or in an
    adjective's ending and pymorphy3 reads it as one ("Береговой", "Пушной", "Усть-Белая"); not "Прибой", "Инаркой",
    "Хамидие", nor the villages in -ино, -ово ("Натальино", which pymorphy3 guesses as a possessive adjective) and
    in -ье ("Казачье", the village's own name).

    >>> [bare_adjective(n) for n in ("Кызыл-Дагский", "Береговой", "Пушной", "Прибой", "Инаркой", "Натальино")]
    [True, True, True, False, False, False]
    """
    last = normalize_word(name.split()[-1]).split("-")[-1]
    if last.endswith(("ский", "цкий", "ской", "цкой")):
        return True
    adjective = sum(p.score for p in declension.morph().parse(last) if p.tag.POS in declension.ADJECTIVES)
    return last.endswith(BARE_ADJECTIVE_ENDINGS) and adjective >= ADJECTIVE_READING


def census_prefixes(src: Path) -> dict[str, str]:
    """The lower-case starts of census table 5's region headings, by subject code ("курская область": "46")."""
    prefixes = {
        normalize_word(r["region_name"]).split(" (")[0].split(" — ")[0][:14]: r["region_code"]
        for r in sources.read_csv(src / "regions.csv")
    }
    prefixes.update({"г. москва": "77", "г. санкт-петербург": "78", "г. севастополь": "92"})
    return prefixes


def add_centres(b: Builder, src: Path) -> None:
    """A municipality's centre missing from every other source ("с Кумух", "нп Балаклава") is its settlement.

    A centre named like a place already known in the region is left to that place (and gives it its municipality
    if it had none: the census files «пгт Провидения» under «Городской округ Провидения», a heading no ОКТМО row
    names so; 1 of 7,473 places): it may lie outside its district, in the city okrug of the same name
    (Искитимский район, "г Искитим"); so is one named like a town of a federal city (Ломоносовский район of
    Ленинградская область, "г Ломоносов" of Петербург). Not where each such place is a village of another
    municipality (``_village_elsewhere``; session 31): Тлярата, the centre of Тляратинский район, had been left to
    Гумбетовский район's village Тлярата of 583 people, the one centre of 2,594 lost so (147 others are towns).

    A centre's name in -ово, -ино gets its literary locative though it is a surname's form too ("в Варнавине", "в
    Медведеве"; ``declension.centre_locatives``, session 28), for the centre alone and in its own region only
    (``forms.LOCAL_NAME``: capitalised after a preposition of place, or in lower case after «в», «во», «из»; "в
    Медведеве" with region 12 is Медведево; with no region or another, nothing: "разочаровался в Медведеве" is a
    person; review of de9ef3f): its namesakes that head nothing stay without it ("в Захарове" is no village of
    Калужская область, "в Сусанине" no Сусанино of Ленинградская), as do a centre's other cases ("у Медведева" is a
    person far more often) and a form another place already has ("в Корсакове" is the town Корсаков, not Орловская's
    Корсаково).
    """
    federal = {normalize_word(e["name"]) for e in b.entries if e["region_code"] in FEDERAL_CITIES}
    taken = set(b.index)  # the forms of the places known so far; not the centres' own, which namesakes share (Мишкино)
    for name, code in sources.municipality_centres(sources.read_csv(src / "sberindex_t_dict_municipal_districts.csv")):
        mun = b.by_oktmo.get(code, -1)
        region = str(b.entries[mun]["region_code"]) if mun >= 0 else ""
        known = b.by_name.get((normalize_word(name), region), []) if region else []
        if known and all(_village_elsewhere(b.entries[e], mun) for e in known):
            known = []  # Тлярата of Тляратинский район, not Гумбетовский's village of the name (session 31)
        if region and not known and normalize_word(name) not in federal:
            known = [add_settlement(b, name, region, mun)]
            if name.startswith("имени "):  # "с. им. Бабушкина": its short spelling too (session 25)
                b.post_forms(name.replace("имени ", "им ", 1), known[0])
        for eid in (e for e in known if e >= 0):  # its residents' name is made of it (``town_words``)
            b.entries[eid]["centre"] = b.entries[eid]["kind"] == "settlement"
            for key in map(phrase_key, declension.centre_locatives(name) if b.entries[eid]["centre"] else ()):
                # "в Варнавине", a surname's form too: the centre's alone, in its region only (not a village namesake
                # of another region, "в Захарове", nor a person, "разочаровался в Медведеве", for other callers);
                # not another town's own form ("в Корсакове" stays Корсаков's, not Корсаково's)
                if key not in taken:
                    b.post(key, eid, forms.LOCAL_NAME)
            if b.entries[eid]["centre"] and b.entries[eid]["mun"] < 0 and mun >= 0:
                b.entries[eid]["mun"] = mun  # the census filed it under a heading no code matched («Провидения»)
    add_urban_locatives(b)


def add_urban_locatives(b: Builder) -> None:
    """A town's or an urban-type settlement's literary locative that ``add_centres`` gives a centre (session 60: "в
    Быкове" is Быково of Раменский городской округ, a рабочий посёлок), at ``forms.LOCAL_NAME`` too, where no town
    and no place of its own region has the form: a village of another region's alone does not keep it (Быков of
    Сахалинская область: "в Быкове" with 65 stays Быков), a town does ("в Корсакове" is Корсаков)."""
    for eid, entry in enumerate(b.entries):
        if entry["kind"] != "settlement" or not entry.get("urban") or entry.get("centre"):
            continue
        for key in map(phrase_key, declension.centre_locatives(str(entry["name"]))):
            holders = [b.entries[e] for e in b.index.get(key, {})]
            if not any(h.get("town") or h["region_code"] == entry["region_code"] for h in holders):
                b.post(key, eid, forms.LOCAL_NAME)


def _village_elsewhere(entry: dict, mun: int) -> bool:
    """A known place is a village of another municipality than ``mun``'s, so no centre of ``mun`` of its name: not a
    town, which may centre the district around it (Искитим of Искитимский район, a городской округ of its own)."""
    return entry["kind"] == "settlement" and not entry.get("urban") and entry["mun"] not in (mun, -1)


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
        region, urban = str(b.entries[mun]["region_code"]), row["type"] == "город"
        add_settlement(b, row["name"], region, mun, row["oktmo11"], urban=urban)


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
    """A settlement of Москва/Петербург/Севастополь with no municipality belongs to the internal territory of its name,
    else to the city (session 49: Петербург's посёлки Песочный, Солнечное, Понтонный, Саперный, Молодежное,
    Александровская, whose territories, «поселок Песочный» 40366000, an adjective's name keeps out of the index, were
    the city's, 40000000)."""
    own = {
        (normalize_word(entry.get("short", "")), entry["region_code"]): eid
        for eid, entry in enumerate(b.entries)
        if entry.get("internal")
    }
    for entry in b.entries:
        if entry["kind"] == "settlement" and entry["mun"] < 0 and entry["region_code"] in FEDERAL_CITIES:
            city = region_ids[entry["region_code"]]
            entry["mun"] = own.get((normalize_word(entry["name"]), entry["region_code"]), city)


def under_municipality(code: str, municipality_code: str) -> bool:
    """An 11-digit settlement code lies under the 8-digit code of an upper-level municipality: its first five digits
    are the municipality's (digits 6-8 are a поселение of a муниципальный район, or 000).

    >>> under_municipality("19628101001", "19628000"), under_municipality("19628101001", "19528000")
    (True, False)
    """
    return len(code) == 11 and code[:5] + "000" == municipality_code


def drop_stale_codes(b: Builder) -> None:
    """A settlement code that is not under its current municipality's is emptied: hflabs files 101 towns under the
    district a 2020-2023 reform replaced (Кириллов 19628101001; its municipality is now Кирилловский муниципальный
    округ, 19528000). No source has today's code (ОКТМО section 2 is not shipped), and a stale one would group a
    town apart from its municipality's other settlements; its ``municipality_oktmo`` stays right."""
    for entry in b.entries:
        mun, code = entry["mun"], entry["oktmo"]
        stale = code and mun >= 0 and not under_municipality(code, b.entries[mun]["oktmo"])
        if entry["kind"] == "settlement" and stale:
            entry["oktmo"] = ""


def promote_city_cores(b: Builder) -> None:
    """A town that *is* a городской округ of the same name resolves to the municipality."""
    for entry in b.entries:
        mun = entry["mun"]
        if entry["kind"] == "settlement" and mun >= 0 and b.entries[mun]["name"] == entry["name"]:
            b.entries[mun]["population"] = max(int(b.entries[mun]["population"]), int(entry["population"]))
            entry["alias_of"] = mun
