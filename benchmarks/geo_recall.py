"""Settlement recall of the geo resolver over all Russia, drawn from the gazetteer's raw sources themselves.

Usage: python benchmarks/geo_recall.py [--n 3000] [--seed 0] [--misses 0]

``geo_recall_sample.py`` reads census 2021 table 5 and ОКТМО 2019 (with SberIndex for today's municipalities)
without the package's code; ``--n`` settlements are taken in turn from every (subject, type, population band)
stratum (fixed ``--seed``). Each name goes into the FRAMES below, in the nominative and oblique cases, with and
without its type word and district, inflected by pymorphy3 word by word (a hyphenated name's last part only,
nothing after a lower-case word), never by the resolver's own declension. Each text is resolved with
region=None and with region=<its subject>; ``best_municipality`` is scored: correct municipality, wrong one
(a namesake, or the wrong municipality of the right place), nothing. A federal city counts when any of its
municipalities is given. Then the misses with the region given are sorted into kinds (``diagnose``).
``--misses N`` prints N missed texts per kind, for reading.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pymorphy3

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geo_recall_sample import settlements, stratified

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.gazetteer import load_gazetteer
from mcu_nlp.geo.tokens import phrase_key

MORPH = pymorphy3.MorphAnalyzer()
FRAMES = {  # frame → (template, case of {name})
    "в <abbr> Nom": ("в {abbr} {nomn} нет воды", "nomn"),
    "из <type> Gen": ("из {type_gent} {gent} не ходит автобус", "gent"),
    "Nom, ул. Мира 5": ("{nomn}, ул. Мира 5 — яма на дороге", "nomn"),
    "в <district>, <abbr> Nom": ("в {district}, {abbr} {nomn} — не вывозят мусор", "nomn"),
    "в Loc (no type)": ("Сколько можно, в {loct} опять отключили свет", "loct"),
}
OUTCOMES = ("correct", "wrong", "none")


ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ие", "ые", "ья", "ье")
NEUTER_O = {"gent": "а", "loct": "е"}  # Рогнедино, a word pymorphy3 does not know: Рогнедина, Рогнедине


def inflect_word(word: str, case: str) -> str:
    parses = [p for p in MORPH.parse(word) if "nomn" in p.tag]
    adjective = word.endswith(ADJECTIVE_ENDINGS)
    ranked = sorted(parses, key=lambda p: ("Geox" not in p.tag, ("ADJF" in p.tag) != adjective))
    if ranked and not ranked[0].is_known and word.endswith("о") and not adjective:
        return word[:-1] + NEUTER_O[case]
    form = ranked[0].inflect({case}) if ranked else None
    if not form:
        return word
    return form.word.capitalize() if word[:1].isupper() else form.word


def inflect(name: str, case: str) -> str:
    """``name`` in ``case``: each word until the first lower-case one; a hyphenated word by its last part
    (Усть-Абакане), or by its first when a lower-case part follows (Ростова-на-Дону)."""
    if case == "nomn":
        return name
    out, frozen = [], False
    for word in name.split():
        frozen = frozen or not word[:1].isupper()
        parts = word.split("-")
        if frozen:
            out.append(word)
        elif any(p[:1].islower() for p in parts):
            out.append("-".join([inflect_word(parts[0], case), *parts[1:]]))
        else:
            out.append("-".join([*parts[:-1], inflect_word(parts[-1], case)]))
    return " ".join(out)


def district_phrase(row: dict) -> str:
    short, kind = row["district"], row["district_type"]
    if short.endswith(("ий", "ый", "ой")):  # Белгородский → в Белгородском районе
        noun = "районе" if kind == "муниципальный район" else "округе"
        return f"{short[:-2]}ом {noun}"
    return f"городском округе {short}" if short else "городе"


def texts(row: dict) -> dict[str, str]:
    slots = {"abbr": row["abbr"], "type_gent": row["type_gent"], "district": district_phrase(row)}
    slots |= {case: inflect(row["name"], case) for case in ("nomn", "gent", "loct")}
    return {frame: template.format(**slots) for frame, (template, _) in FRAMES.items()}


def outcome(text: str, geo: GeoResolver, row: dict) -> str:
    best = best_municipality(geo.resolve(text), text)
    if best is None:
        return "none"
    return "correct" if best.oktmo.startswith(row["expected"]) else "wrong"


def table(title: str, results: list[dict], key) -> None:
    groups = defaultdict(list)
    for r in results:
        groups[key(r)].append(r)
    print(
        f"\n{title:<28}{'texts':>6} | region=None: found correct wrong none | region=subject: found correct wrong none"
    )
    for name in sorted(groups, key=str):
        rows = groups[name]
        cells = []
        for setting in ("none", "subject"):
            count = Counter(r[setting] for r in rows)
            shares = [count[o] / len(rows) for o in OUTCOMES]
            cells.append(f"{1 - shares[2]:.3f} " + " ".join(f"{s:.3f}" for s in shares))
        print(f"{name!s:<28}{len(rows):>6} | {cells[0]:>31} | {cells[1]:>31}")


def in_gazetteer(row: dict, g) -> str:
    """Whether the gazetteer has the name in the subject, and under which municipality."""
    entries = [e for e, _ in g.index.get(phrase_key(row["name"]), ()) if g.region_code[e] == row["region"]]
    entries = [e for e in entries if g.kind[e] != "region"]
    if not entries:
        return "missing"
    munis = {
        g.oktmo[e] if g.kind[e] == "municipality" else (g.oktmo[g.mun[e]] if g.mun[e] >= 0 else "") for e in entries
    }
    return "right municipality" if any(m.startswith(row["expected"]) for m in munis if m) else "other municipality"


def word_like(name: str) -> bool:
    """The name's main word is, first of all, a common word or a person's name for pymorphy3."""
    word = name.split()[-1].split("-")[-1]
    parse = MORPH.parse(word)[0]
    return "Geox" not in parse.tag and ("NOUN" in parse.tag or "ADJF" in parse.tag or "Name" in parse.tag)


def diagnose(results: list[dict], g, setting: str) -> Counter:
    """Kinds of the misses with region ``setting`` ("none" or "subject"), one kind per text, first that applies."""
    nominative_ok = {r["id"] for r in results if r["frame"] == "Nom, ул. Мира 5" and r["subject"] == "correct"}
    kinds = Counter()
    for r in results:
        if r[setting] == "correct":
            continue
        where = in_gazetteer(r, g)
        if where == "missing":
            kind = "name not in the gazetteer for its subject"
        elif where == "other municipality":
            kind = "gazetteer files it under another / no municipality"
        elif r[setting] == "wrong":
            namesakes = "a namesake in another subject" if r["regions_with_name"] > 1 else "no namesake in the sources"
            kind = f"found, another municipality chosen ({namesakes})"
        elif setting == "none" and r["subject"] == "correct":
            kind = f"nothing without the region, found with it ({r['frame']})"
        elif r["id"] in nominative_ok and FRAMES[r["frame"]][1] != "nomn":
            multi = " " in r["name"] or "-" in r["name"]
            kind = f"oblique form not read ({'compound/hyphenated' if multi else 'one word'})"
        elif word_like(r["name"]):
            kind = "nothing: the name is also a common word / person's name"
        else:
            kind = f"nothing: other ({r['frame']})"
        r[f"kind_{setting}"] = kind
        kinds[kind] += 1
    return kinds


def print_kinds(results: list[dict], g, setting: str, misses: int) -> None:
    kinds = diagnose(results, g, setting)
    print(f"\nKinds of the {sum(kinds.values())} misses with region={setting} (texts; settlements):")
    for kind, count in kinds.most_common():
        rows = [r for r in results if r.get(f"kind_{setting}") == kind]
        print(f"  {count:>5} {len({r['id'] for r in rows}):>5}  {kind}")
        for r in rows[:misses]:
            print(f"            {r['region']} {r['type']:<8} {r['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    skipped = Counter()
    pool = settlements(skipped)
    rows = stratified(pool, args.n, args.seed)
    print(
        f"{len(pool)} settlements with one expected municipality in {len({r['region'] for r in pool})} subjects; "
        f"skipped: {dict(skipped)}; sampled {len(rows)} (seed {args.seed})"
    )
    resolvers = {"none": GeoResolver(region=None), "subject": {}}
    started, results = time.process_time(), []
    for i, row in enumerate(rows):
        by_region = resolvers["subject"].setdefault(row["region"], GeoResolver(region=row["region"]))
        for frame, text in texts(row).items():
            results.append(
                row
                | {
                    "id": i,
                    "frame": frame,
                    "text": text,
                    "none": outcome(text, resolvers["none"], row),
                    "subject": outcome(text, by_region, row),
                }
            )
    print(f"{len(results)} texts x 2 region settings in {time.process_time() - started:.0f} CPU s")
    table("all", results, lambda r: "all")
    table("settlement type", results, lambda r: r["type"])
    table("population band", results, lambda r: r["band"])
    table("frame", results, lambda r: r["frame"])
    table("namesakes in other subjects", results, lambda r: "unique name" if r["regions_with_name"] == 1 else "2+")
    table("source", results, lambda r: r["source"])
    table("subject", results, lambda r: r["region"])
    for setting in ("subject", "none"):
        print_kinds(results, load_gazetteer(), setting, args.misses)


if __name__ == "__main__":
    main()
