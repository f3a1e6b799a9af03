"""Settlements of all Russia with their expected current municipality, read from the raw geo sources.

Used by ``benchmarks/geo_recall.py``. Written apart from ``mcu_nlp.geo`` (it imports nothing from it), so the
gazetteer's own build is not graded against itself: census 2021 table 5 gives settlements (all urban ones and
rural ones of 3,000+ people) under the heading of their 2021 upper-level municipality; ОКТМО 2019 gives villages
that a поселение is named after ("Сельское поселение" rows named "село X"), with the поселение's code. A heading
is matched to SberIndex by its name (adjective stems compared, the heading's kind preferred), a code to its
SberIndex row, and either to today's municipality: the same ``territory_id`` if still current, else the one new
territory of the region that started the year the old one ended with the same centre. Anything else is skipped
and counted: no match, several matches, a territory with no single heir, and a name that one subject's sources
put in two municipalities.
"""

from __future__ import annotations

import csv
import gzip
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "data" / "geo"
FEDERAL = {"77": "45", "78": "40", "92": "67"}  # a federal city's ОКТМО prefix: any of its municipalities counts
TYPES = {  # source type word → (type, abbreviation, type noun in the genitive)
    "г.": ("город", "г.", "города"),
    "город": ("город", "г.", "города"),
    "пгт": ("пгт", "пгт", "посёлка"),
    "пгт.": ("пгт", "пгт", "посёлка"),
    "рп": ("пгт", "рп", "посёлка"),
    "рабочий поселок": ("пгт", "рп", "посёлка"),
    "село": ("село", "с.", "села"),
    "деревня": ("деревня", "д.", "деревни"),
    "поселок": ("посёлок", "п.", "посёлка"),
    "станица": ("станица", "ст-ца", "станицы"),
    "аул": ("аул", "а.", "аула"),
    "хутор": ("хутор", "х.", "хутора"),
    "слобода": ("слобода", "сл.", "слободы"),
}
TYPE_WORD = "|".join(sorted((re.escape(t) for t in TYPES), key=len, reverse=True))
CENSUS_PLACE = re.compile(rf"(?:^|- )({TYPE_WORD}) ([А-ЯЁ](?:(?! - )[^,()\d])*?)(?: [рдкг]п)?$")
OKTMO_PLACE = re.compile(rf"^({TYPE_WORD}) ([А-ЯЁ][^,()\d/]*?)/?$")
UPPER = re.compile(r"городской округ|муниципальный (?:район|округ)|муниципальное образование|^город ", re.I)
KIND = (
    ("городской округ", r"городской округ|городское муниципальное|^город "),
    ("муниципальный район", r"район"),
    ("муниципальный округ", r"муниципальный округ"),
)
BANDS = ((100_000, "100k+"), (10_000, "10k-100k"), (3_000, "3k-10k"), (0, "<3k"))


def norm(text: str) -> str:
    return " ".join(re.sub(r"[\"«»()]|-", " ", text.lower().replace("ё", "е")).split())


def stem(word: str) -> str:
    """Adjectives agree with their noun (Ангарское образование, Ангарский округ): compare without the ending."""
    return word[:-2] if len(word) > 5 and word[-2:] in {"ий", "ый", "ой", "ое", "ая", "ые", "ей"} else word


def stems(text: str) -> list[str]:
    return [stem(w) for w in norm(re.sub(r"\s+-\s+(?:городское|сельское) население.*$", "", text, flags=re.I)).split()]


def related(a: str, b: str) -> bool:
    """A town and its adjective: "чебоксары" and "чебоксарск" share all but their last two letters."""
    n = min(len(a), len(b)) - 2
    return n >= 4 and a[:n] == b[:n]


def read(name: str) -> list[dict[str, str]]:
    path = SRC / name
    with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def band(people: int) -> str:
    return next(name for low, name in BANDS if people >= low)


class Municipalities:
    """SberIndex versions → today's municipality, and census headings → SberIndex."""

    def __init__(self) -> None:
        self.rows = read("sberindex_t_dict_municipal_districts.csv")
        for row in self.rows:
            row["code"], row["region"] = row["oktmo"].replace("-", "")[:8], row["region_code"].zfill(2)
        self.current = {row["territory_id"]: row for row in self.rows if row["year_to"] == "9999"}
        self.by_code = defaultdict(list)
        self.by_region = defaultdict(list)
        for row in self.rows:
            self.by_code[row["code"]].append(row)
            self.by_region[row["region"]].append(row)

    def today(self, row: dict[str, str]) -> str | None:
        if row["territory_id"] in self.current:
            return self.current[row["territory_id"]]["code"]
        heirs = {
            r["code"]
            for r in self.by_region[row["region"]]
            if r["year_to"] == "9999"
            and r["year_from"] == row["year_to"]
            and r["municipal_district_center"] == row["municipal_district_center"]
        }
        return heirs.pop() if len(heirs) == 1 else None

    def of_code(self, code8: str) -> tuple[str, set[str | None]]:
        rows = self.by_code.get(code8, [])
        return (rows[0]["region"] if rows else ""), {self.today(r) for r in rows}

    def of_heading(self, region: str, heading: str) -> set[str | None]:
        """A heading's municipality: its names (and the town after "- г."), its kind first; a городской округ
        written as an adjective ("Чебоксарский городской округ") also by a town of that stem (Чебоксары)."""
        town = re.search(r"население - г\. (.+)$", heading)
        words = stems(heading) + (stems(town.group(1)) if town else [])
        kind = next((k for k, pattern in KIND if re.search(pattern, heading, re.I)), "")
        hits = []
        for row in self.by_region[region]:
            short = stems(row["municipal_district_name_short"])
            if short and any(words[i : i + len(short)] == short for i in range(len(words))):
                hits.append(row)
        same_kind = [r for r in hits if r["municipal_district_type"] == kind]
        if kind == "городской округ" and not same_kind:
            same_kind = [
                r
                for r in self.by_region[region]
                if r["municipal_district_type"] == kind
                and any(related(norm(r["municipal_district_name_short"]), w) for w in words)
            ]
        return {self.today(r) for r in (same_kind or hits)}

    def district(self, code: str) -> tuple[str, str]:
        """The current municipality's short name and type, for a frame naming the district."""
        row = next(r for r in self.current.values() if r["code"] == code)
        return row["municipal_district_name_short"], row["municipal_district_type"]


def region_key(name: str) -> str:
    """A subject's first two words: "Республика Северная Осетия-Алания" and "… Осетия — Алания" agree."""
    return " ".join(re.findall(r"[а-я.]+", norm(name))[:2])


def region_headings() -> dict[str, str]:
    names = {region_key(r["region_name"]): r["region_code"] for r in read("regions.csv")}
    names.update({"г. москва": "77", "г. санкт": "78", "г. севастополь": "92"})
    return names


def census_places(mos: Municipalities) -> list[dict]:
    regions, region, heading, out = region_headings(), "", "", []
    for row in read("vpn2020_tab5.csv.gz"):
        name = " ".join(row["Объект"].split())
        if region_key(name) in regions and not UPPER.search(name):
            region, heading = regions[region_key(name)], ""
            continue
        if UPPER.search(name) and "поселени" not in name.lower():
            heading = name
        match = CENSUS_PLACE.search(name)
        if not match or not region or re.search(r"население$", name):
            continue
        codes = {FEDERAL[region]} if region in FEDERAL else mos.of_heading(region, heading)
        people = int(re.sub(r"\D", "", row["Мужчины и женщины"]) or 0)
        out.append(
            {
                "name": match.group(2).strip(),
                "source_type": match.group(1),
                "region": region,
                "codes": codes,
                "people": people,
                "source": "census",
            }
        )
    return out


def oktmo_places(mos: Municipalities) -> list[dict]:
    out = []
    for row in read("oktmo2019_koo2018_mreg.csv.gz"):
        match = OKTMO_PLACE.match(" ".join(row["name"].split()))
        if match and row["oktmo8"][5:] != "000":
            region, codes = mos.of_code(row["oktmo8"][:5] + "000")
            if region:
                codes = {FEDERAL[region]} if region in FEDERAL else codes
                out.append(
                    {
                        "name": match.group(2).strip(),
                        "source_type": match.group(1),
                        "region": region,
                        "codes": codes,
                        "people": 0,
                        "source": "oktmo2019",
                    }
                )
    return out


def settlements(skipped: Counter) -> list[dict]:
    """One row per (subject, name) with a single expected municipality; ``skipped`` counts the others by reason."""
    mos = Municipalities()
    census = census_places(mos)
    in_census = {(p["region"], norm(p["name"])) for p in census}
    rows = census + [p for p in oktmo_places(mos) if (p["region"], norm(p["name"])) not in in_census]
    groups = defaultdict(list)
    for place in rows:
        groups[(place["region"], norm(place["name"]))].append(place)
    regions_of = Counter(name for _, name in groups)
    out = []
    for (region, key), places in groups.items():
        codes = set().union(*(p["codes"] for p in places))
        if not codes or codes == {None}:
            skipped["no municipality matched (heading or code)"] += len(places)
        elif None in codes or len(codes) > 1:
            skipped["several municipalities, or no single heir of a reform"] += len(places)
        else:
            first = max(places, key=lambda p: p["people"])
            kind, abbr, genitive = TYPES[first["source_type"]]
            short, mo_type = ("", "") if region in FEDERAL else mos.district(next(iter(codes)))
            out.append(
                first
                | {
                    "expected": codes.pop(),
                    "type": kind,
                    "abbr": abbr,
                    "type_gent": genitive,
                    "band": band(first["people"]),
                    "regions_with_name": regions_of[key],
                    "district": short,
                    "district_type": mo_type,
                }
            )
    return out


def stratified(rows: list[dict], n: int, seed: int) -> list[dict]:
    """``n`` rows, taken in turn from each (subject, type, population band) stratum, shuffled with ``seed``."""
    rng = random.Random(seed)
    strata = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r["region"], norm(r["name"]))):
        strata[(row["region"], row["type"], row["band"])].append(row)
    for members in strata.values():
        rng.shuffle(members)
    order = sorted(strata)
    rng.shuffle(order)
    picked: list[dict] = []
    while len(picked) < n and any(strata.values()):
        for key in order:
            if strata[key] and len(picked) < n:
                picked.append(strata[key].pop())
    return picked
