"""Administrative districts of big towns («Орджоникидзевский район» of Екатеринбург, «Карасунский округ» of
Краснодар), from census 2021 table 5 (build time).

The census lists the districts of 51 towns besides the federal cities' (``settlements`` adds those) under
«внутригородские районы» (it has no Академический район of Екатеринбург, made later), and those of 10 more towns
(Краснодар, Курск, Липецк, Белгород, Архангельск, Омск, Тюмень, Иркутск, Братск, Назрань) under «внутригородские округа»
(«Карасунский округ»; «Ленинский административный округ», also read without «административный»; Архангельск's «округ
Майская Горка», named by no adjective, is left out); an «округ» is also written with «район», as most of these were
called until the 1990s-2000s and their people still say (session 48: "в Свердловском районе" with 38 is Иркутск's
Свердловский округ), where no town of the region has a «район» of that name. Each becomes a part of its town's okrug
(kind "settlement", as a federal city's district is), whose forms («в Орджоникидзевском районе», «Кировский р-н», «в
Карасунском округе») count in the town's region only (``forms.LOCAL_NAME``); «в Ленинском районе Екатеринбурга» names
the town itself. A form that already names a place of that region stays that place's (a municipal district of the region
keeps its name). Session 64: a name two or more towns of one region share (by the same noun) is each town's district
(Центральный of Кемерово, Новокузнецк and Прокопьевск; Ленинский of Екатеринбург and Нижний Тагил), and the resolver
picks among them below 0.6 unless the text names one of the towns (``choice.towns_alike``); until then only a district
of twice the other's people was added, and Рудничный of Кемерово and Прокопьевск, Заводский of Кемерово and
Новокузнецк none. A listed row of an adjective alone is a «район» (Новокузнецк's "Орджоникидзевский", Ставрополь's
three), and rows named by no adjective ("район Кайеркан", "г.Сыктывкар без Эжвинского района") no longer end the list:
Новокузнецк's Центральный, Норильск's Центральный and Сыктывкар's Эжвинский were lost to them. A town whose
districts the census does not list is not known to have any: the names a region's towns share are known only as far
as the census lists them, and data/geo/town_districts_extra.csv (session 66, by hand) adds 7 towns it lists none of
(Воронеж, Мурманск, Смоленск, Чита, Калуга, Комсомольск-на-Амуре, Набережные Челны). Population 0: such a district
never outranks its namesakes elsewhere for a caller of another region; nor does it make a municipal district's bare
adjective («в Заволжском») ambiguous (``adjectives.add_district_adjectives`` skips it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from mcu_nlp.geo import forms, sources
from mcu_nlp.geo.index import Builder, adjective_phrase_forms
from mcu_nlp.geo.lexicon import DISTRICT_ABBREVIATIONS, DISTRICT_NOUNS
from mcu_nlp.geo.tokens import normalize_word

LIST_HEADINGS = ("внутригородские районы", "внутригородские округа")
TOWN_ROW = re.compile(r"(?:^|\s)г\.\s*([А-ЯЁ][А-Яа-яЁё -]+?)\s*$")
# "Верх-Исетский район", "Карасунский округ", "Насыр-Кортский административный округ"
DISTRICT_ROW = re.compile(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*) (район|округ|административный округ)$")
# «внутригородской» in the official name ("Прикубанский внутригородской округ"), read as «административный» is
INNER = adjective_phrase_forms("внутригородской")
# A listed row of an adjective alone is a «район» (Новокузнецк's "Орджоникидзевский", Ставрополь's "Ленинский",
# "Октябрьский", "Промышленный"); before session 64 it ended the list, and the districts after it were lost
BARE_DISTRICT_ROW = re.compile(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:ий|ый|ой))\s*$")
# Rows of a list named by no adjective: "округ Майская Горка" (Архангельск), "район Кайеркан" (Норильск, a town's part
# of ``town_parts``), "г.Сыктывкар без Эжвинского района"; the list goes on after them
SKIPPED_ROW = re.compile(r"^(?:округ|район) |^г\.\s*[А-ЯЁ][а-яё-]+ без ")
FEDERAL = frozenset({"77", "78", "92"})


def town_district_rows(path: Path, region_names: dict[str, str]) -> Iterator[tuple[str, str, str, int, str]]:
    """("Орджоникидзевский", "66", "Екатеринбург", 263820, "район"): a district listed under «внутригородские районы»
    or «... округа», the town the last «г. X» row before the list names, the district's population and its noun."""
    region, town, listing = "", "", False
    for row in sources.read_csv(path):
        name = row["Объект"].strip()
        low = name.lower().replace("ё", "е")
        code = next((c for prefix, c in region_names.items() if low.startswith(prefix)), None)
        if code is not None and not sources.MUNICIPALITY_ROW.search(name):
            region, town, listing = code, "", False
            continue
        if low in LIST_HEADINGS:
            listing = True
            continue
        match = DISTRICT_ROW.match(name) or (listing and BARE_DISTRICT_ROW.match(name))
        if listing and SKIPPED_ROW.match(name):  # "округ Майская Горка", "район Талнах": the list goes on
            continue
        if listing and match:
            noun = match.group(2) if match.re is DISTRICT_ROW else "район"  # "Орджоникидзевский" of Новокузнецк
            if region not in FEDERAL and town:
                yield match.group(1), region, town, sources.population(row["Мужчины и женщины"]), noun
            continue
        listing = False
        found = TOWN_ROW.search(name)
        if found:
            town = found.group(1)


def town_okrug(b: Builder, town: str, region: str) -> int:
    """The municipality of the town ``town`` of ``region`` (its okrug), or -1."""
    for eid in b.by_name.get((normalize_word(town), region), []):
        entry = b.entries[eid]
        if entry["kind"] == "municipality":
            return eid
        if entry.get("urban") and int(entry["mun"]) >= 0:
            return int(entry["mun"])
    return -1


def extra_district_rows(path: Path, listed: set[tuple[str, str]]) -> Iterator[tuple[str, str, str, int, str]]:
    """The rows of data/geo/town_districts_extra.csv, written by hand (session 66), as ``town_district_rows`` gives
    them: the districts of towns whose districts the census does not list (Воронеж, Мурманск, Смоленск, Чита ...).
    A town the census lists (``listed``: (town, region)) is refused, and so is a noun the forms cannot make."""
    for row in sources.read_csv(path):
        town, region, noun = row["town"], row["region_code"], row["noun"]
        if (town, region) in listed:
            raise ValueError(f"town_districts_extra.csv: {town} ({region}): census 2021 lists its districts already")
        if noun.split()[-1] not in DISTRICT_NOUNS or not DISTRICT_ROW.match(f"{row['district']} {noun}"):
            raise ValueError(f"town_districts_extra.csv: {row['district']} {noun}: not «<adjective> район / округ»")
        yield row["district"], region, town, 0, noun


def add_town_districts(b: Builder, src: Path, region_names: dict[str, str]) -> None:
    """Add the districts of ``town_district_rows`` and ``extra_district_rows`` as parts of their towns' okrugs (see
    the module)."""
    rows = list(town_district_rows(src / "vpn2020_tab5.csv.gz", region_names))
    listed = {(town, region) for _, region, town, _, _ in rows}
    extra = list(extra_district_rows(src / "town_districts_extra.csv", listed))
    extra_towns = {(town, region) for _, region, town, _, _ in extra}
    rows += extra
    people = defaultdict(list)
    for adjective, region, town, pop, noun in rows:
        people[(adjective, noun.split()[-1], region)].append((town, pop))
    for adjective, region, town, _, noun in rows:
        mun = town_okrug(b, town, region)
        if mun < 0 and (town, region) in extra_towns:
            raise ValueError(f"town_districts_extra.csv: {town} ({region}) is no town of the gazetteer")
        if mun < 0:
            continue
        eid = b.add(name=f"{adjective} {noun}", kind="settlement", oktmo="", mun=mun, region_code=region, population=0)
        b.entries[eid]["town_district"] = True
        keys = district_keys(adjective, noun)
        if noun != "район" and (adjective, "район", region) not in people:  # «в Свердловском районе» of Иркутск
            keys += district_keys(adjective, "район")
        for key in keys:  # another town's district of the name is a namesake (Центральный of Кемерово, Новокузнецк)
            others = [e for e in b.index.get(key, ()) if e != eid and not b.entries[e].get("town_district")]
            if all(str(b.entries[e]["region_code"]) != region for e in others):
                b.post(key, eid, forms.LOCAL_NAME)


def district_keys(adjective: str, noun: str) -> list[str]:
    """The forms of a town's district: "кировский район", "кировском р не", "р н кировский"; "карасунском округе",
    "округ карасунский"; "ленинском административном округе" and "ленинском округе"; the official «внутригородской»
    form of each too ("прикубанском внутригородском округе", session 24).

    >>> district_keys("Карасунский", "округ")[5], district_keys("Ленинский", "административный округ")[5]
    ('карасунском округе', 'ленинском административном округе')
    >>> "прикубанском внутригородском округе" in district_keys("Прикубанский", "округ")
    True
    """
    cases = adjective_phrase_forms(adjective)
    base = noun.split()[-1]
    keys = [f"{adj} {word}" for adj, word in zip(cases, DISTRICT_NOUNS[base], strict=False)]
    keys += [f"{adj} {a} {word}" for adj, a, word in zip(cases, INNER, DISTRICT_NOUNS[base], strict=False)]
    if noun != base:  # "Ленинский административный округ": with and without «административный»
        middle = adjective_phrase_forms(noun.split()[0])
        keys = [f"{adj} {a} {word}" for adj, a, word in zip(cases, middle, DISTRICT_NOUNS[base], strict=False)]
        keys += [f"{adj} {word}" for adj, word in zip(cases, DISTRICT_NOUNS[base], strict=False)]
    if base == "район":
        keys += [f"{adj} {abbr}" for adj in cases for abbr in DISTRICT_ABBREVIATIONS]
        keys += [f"{abbr} {cases[0]}" for abbr in DISTRICT_ABBREVIATIONS]
    return [*keys, f"{base} {cases[0]}"]
