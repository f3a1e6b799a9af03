"""Geo resolution benchmark: municipality accuracy, false places and speed, next to natasha NER.

Usage: python benchmarks/geo.py [--sample 20000] [--natasha-sample 300] [--seed 0]
       [--other-regions dev|test|blind10|blind11|...]

Sets (all held out: nothing here was used to build the gazetteer):
  (a) data/geo/ynao_sentences.csv — hand-written ЯНАО sentences with the expected municipality ОКТМО;
  (b) Kursk appeals whose responsible body (`Ответственное лицо`) names a municipality; the expected
      municipality is that body's, resolved from the body name (the mapping is printed for audit);
  (c) SPb `full_address` values: correct when the best municipality is in Санкт-Петербург (78);
  false places: SPb appeal texts (no address column) — share of texts with any place found.
--other-regions <set>: only data/geo/other_regions_<set>.csv (any such file: dev, test, blind10, blind11, ...)
(hand-written sentences from regions other than ЯНАО/СПб/Курская; blind11 has СПб and Курская too; see data/README.md),
with region=None and region=<each row's expected code>; for a set with a `caller_region` column (blind10 on)
also with the region its row gives the caller (empty: None).
Letter case: (a) and the SPb texts again lower-cased and in ALL CAPS (with an emoji before and "!!!" after, as in
social posts), since such texts carry no capitalisation evidence; for (a) also place precision and recall.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
MUNICIPAL_BODY = re.compile(r"Администрация (?:города|г\.) |Администрация \w+ (?:района|округа)")
#: The hand-written other-region sets, by the <set> of their file name data/geo/other_regions_<set>.csv.
OTHER_REGION_SETS = sorted(path.stem.removeprefix("other_regions_")
                           for path in (ROOT / "data/geo").glob("other_regions_*.csv"))
Resolve = Callable[[str], str | None]  # text → municipality ОКТМО (or a region code for "78")


def ours(region: str | None) -> tuple[Resolve, Callable[[str], list]]:
    geo = GeoResolver(region=region)

    def municipality(text: str) -> str | None:
        best = best_municipality(geo.resolve(text), text)
        return best.oktmo if best else None

    return municipality, geo.resolve


def natasha_baseline(region: str | None) -> tuple[Resolve, Callable[[str], list]]:
    """natasha NER LOC spans, normalised, looked up as nominative names in the same gazetteer."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, morph_vocab = Segmenter(), MorphVocab()
    tagger = NewsNERTagger(NewsEmbedding())
    g = load_gazetteer()

    def spans(text: str) -> list:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        found = []
        for span in doc.spans:
            if span.type == "LOC":
                span.normalize(morph_vocab)
                found.append(span)
        return found

    def municipality(text: str) -> str | None:
        for span in spans(text):
            postings = g.index.get(" ".join(re.findall(r"[^\W\d_]+", span.normal.lower().replace("ё", "е"))))
            if not postings:
                continue
            best = max((e for e, _ in postings), key=lambda e: (g.region_code[e] == region, g.weight[e]))
            if g.kind[best] == "region":
                if g.region_code[best] in {"77", "78", "92"}:
                    return g.oktmo[best]
                continue
            return g.oktmo[g.mun[best]] if g.mun[best] >= 0 else None
        return None

    return municipality, spans


def accuracy(resolve: Resolve, texts: list[str], expected: list[str], check=None) -> tuple[float, float, float]:
    """(accuracy over all, share with an answer, accuracy among answered)."""
    got = [resolve(t) for t in texts]
    ok = [check(g, e) if check else g == e for g, e in zip(got, expected, strict=True)]
    answered = [g is not None for g in got]
    n_answered = sum(answered)
    hit = sum(o for o, a in zip(ok, answered, strict=True) if a)
    return sum(ok) / len(texts), n_answered / len(texts), hit / max(n_answered, 1)


CASE_VARIANTS = {
    "as written": lambda text: text,
    "lower case": str.lower,
    "ALL CAPS, emoji, !!!": lambda text: f"\N{POUTING FACE} {text.upper()}!!!",
}


def place_scores(find: Callable[[str], list], texts: list[str], expected: list[str]) -> tuple[float, float, float]:
    """(municipality accuracy, place precision, place recall) over ЯНАО sentences, some with no place.

    A found place is right when it is in ЯНАО and its sentence names a place; recall is the share of sentences
    with a place whose expected municipality is among the municipalities of the found places.
    """
    right = found = hit = hit_mun = 0
    for text, want in zip(texts, expected, strict=True):
        places = find(text)
        found += len(places)
        right += sum(p.region_code == "89" for p in places) if want else 0
        hit += want in {p.oktmo if p.kind == "municipality" else p.municipality_oktmo for p in places}
        best = best_municipality(places, text)
        hit_mun += (best.oktmo if best else "") == want
    with_place = sum(map(bool, expected))
    return hit_mun / len(texts), right / max(found, 1), hit / max(with_place, 1)


def case_rows(region: str | None, sets: dict) -> list[tuple]:
    """One row per letter-case variant: (a) accuracy, precision, recall; SPb texts with a place outside СПб/ЛО."""
    geo = GeoResolver(region=region)
    ynao_texts, ynao_expected = sets["ynao_all"]
    rows = []
    for variant, change in CASE_VARIANTS.items():
        texts = [change(t) for t in ynao_texts]
        accuracy_, precision, recall = place_scores(geo.resolve, texts, ynao_expected)
        spb = [change(t) for t in sets["spb_text"][0]]
        start = time.process_time()
        outside = sum(any(_region_of(p) not in LOCAL for p in geo.resolve(t)) for t in spb)
        speed = len(spb) / (time.process_time() - start)
        rows.append(
            (
                f"ours, region={region}",
                variant,
                f"{accuracy_:.3f}",
                f"{precision:.3f}",
                f"{recall:.3f}",
                f"{outside / len(spb):.4f}",
                f"{speed:,.0f}",
            )
        )
    return rows


def load_sets(sample: int, seed: int) -> dict[str, tuple[list[str], list[str]]]:
    ynao = pd.read_csv(ROOT / "data/geo/ynao_sentences.csv", dtype=str).fillna("")
    ynao_all = (list(ynao.text), list(ynao.municipality_oktmo))
    ynao = ynao[ynao.municipality_oktmo != ""]
    kursk = pd.read_csv(ROOT / "data/corpora/kursk/kursk_train_clean.csv.gz", dtype=str)
    kursk = kursk[kursk["Ответственное лицо"].str.contains(MUNICIPAL_BODY, na=False)]
    body_geo = GeoResolver(region="46")
    bodies = {}
    for body in sorted(set(kursk["Ответственное лицо"])):
        best = best_municipality(body_geo.resolve(body), body)
        bodies[body] = best.oktmo if best else ""
    print("Kursk body → expected municipality ОКТМО:")
    for body, code in bodies.items():
        print(f"  {body} → {code or '(none)'}")
    kursk = kursk.assign(expected=kursk["Ответственное лицо"].map(bodies))
    kursk = kursk[kursk.expected != ""]
    spb = pd.read_csv(ROOT / "data/corpora/spb/spb_appeals.csv.gz", usecols=["full_address", "text"], dtype=str)
    addresses = spb.full_address.dropna().drop_duplicates().sample(frac=1.0, random_state=seed)[:sample]
    texts = spb.text.dropna().drop_duplicates().sample(frac=1.0, random_state=seed)[:sample]
    return {
        "ynao": (list(ynao.text), list(ynao.municipality_oktmo)),
        "ynao_all": ynao_all,
        "kursk": (list(kursk.text_clean.fillna("")), list(kursk.expected)),
        "spb_addr": (list(addresses), ["78"] * len(addresses)),
        "spb_text": (list(texts), [""] * len(texts)),
    }


def in_spb(got: str | None, _: str) -> bool:
    """Санкт-Петербург itself (40000000) or one of its municipalities: ОКТМО 40…"""
    return got is not None and got.startswith("40")


def evaluate(name: str, method: tuple[Resolve, Callable[[str], list]], sets: dict, limit: int | None) -> list:
    resolve, find = method
    rows = []
    for label, key, check in (
        ("(a) ЯНАО sentences", "ynao", None),
        ("(b) Kursk appeals, body names a municipality", "kursk", None),
        ("(c) SPb full_address → Санкт-Петербург", "spb_addr", in_spb),
    ):
        texts, expected = sets[key]
        texts, expected = (texts[:limit], expected[:limit]) if limit else (texts, expected)
        acc, answered, precision = accuracy(resolve, texts, expected, check)
        rows.append((name, label, len(texts), f"{acc:.3f}", f"{answered:.3f}", f"{precision:.3f}"))
    texts = sets["spb_text"][0][:limit] if limit else sets["spb_text"][0]
    walls, cpus = [], []
    for _ in range(REPEATS if len(texts) > 1000 else 1):  # best of 3: the machine is shared
        wall, cpu = time.perf_counter(), time.process_time()
        found = [find(t) for t in texts]
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    wall, cpu = min(walls), min(cpus)
    outside = sum(any(_region_of(p) not in LOCAL for p in f) for f in found)
    rows.append(
        (name, "false places: SPb texts with a place outside СПб/ЛО", len(texts), f"{outside / len(texts):.4f}", "", "")
    )
    rows.append(
        (
            name,
            "SPb texts with any place (incl. true СПб places)",
            len(texts),
            f"{sum(map(bool, found)) / len(texts):.4f}",
            "",
            "",
        )
    )
    rows.append(
        (
            name,
            "speed on SPb texts, texts/s: wall / per CPU-second",
            len(texts),
            f"{len(texts) / wall:,.0f} / {len(texts) / cpu:,.0f}",
            "",
            "",
        )
    )
    return rows


LOCAL = {"78", "47", None}
REPEATS = 3


def _region_of(place: object) -> str | None:
    """Region code of our Place, or of the gazetteer entry a natasha span normalises to."""
    if hasattr(place, "region_code"):
        return place.region_code  # type: ignore[attr-defined]
    g = load_gazetteer()
    postings = g.index.get(" ".join(re.findall(r"[^\W\d_]+", place.normal.lower().replace("ё", "е"))))  # type: ignore[attr-defined]
    return g.region_code[max((e for e, _ in postings), key=lambda e: g.weight[e])] if postings else None


def federal_or_same(got: str | None, want: str) -> bool:
    """Exact ОКТМО; a federal city as a whole (45000000, 67000000) also matches any municipality inside it."""
    if not want:
        return got is None
    return got is not None and (got == want or (want.endswith("000000") and got[:2] == want[:2]))


def other_region_rows(split: str) -> list[tuple]:
    """Rows of the table for data/geo/other_regions_<split>.csv; each miss is printed for reading."""
    frame = pd.read_csv(ROOT / f"data/geo/other_regions_{split}.csv", dtype=str).fillna("")
    rows = []
    methods = (("ours", ours), ("natasha NER + lookup", natasha_baseline))
    hints = ("None", "expected", "caller") if "caller_region" in frame else ("None", "expected")
    for (name, method), hint in ((m, h) for m in methods for h in hints):
        given = frame.caller_region if hint == "caller" else frame.region_code
        by_region = {code: method(None if hint == "None" else code or None) for code in set(given)}
        got, right, found = [], 0, 0
        for text, code, key, want in zip(frame.text, frame.region_code, given, frame.municipality_oktmo, strict=True):
            resolve, find = by_region[key]
            got.append(resolve(text))
            places = find(text)
            found += len(places)
            right += sum(_region_of(p) == code for p in places) if want else 0
            if name == "ours" and not federal_or_same(got[-1], want):
                print(f"  miss ({name}, region={hint}): {text!r} want {want or None} got {got[-1]}")
        ok = [federal_or_same(g, w) for g, w in zip(got, frame.municipality_oktmo, strict=True)]
        answered = [g is not None for g in got]
        hit = sum(o for o, a in zip(ok, answered, strict=True) if a)
        rows.append(
            (
                f"{name}, region={hint}",
                len(frame),
                f"{sum(ok) / len(frame):.3f}",
                f"{sum(answered) / len(frame):.3f}",
                f"{hit / max(sum(answered), 1):.3f}",
                f"{right / max(found, 1):.3f}",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=20000)
    parser.add_argument("--natasha-sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--other-regions", choices=OTHER_REGION_SETS)
    args = parser.parse_args()
    if args.other_regions:
        rows = other_region_rows(args.other_regions)
        print("\n| method | n | municipality accuracy | answered | accuracy when answered | place precision |")
        print("|---|---|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(str(c) for c in row) + " |")
        return
    start = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer load: {time.perf_counter() - start:.2f} s")
    sets = load_sets(args.sample, args.seed)
    rows = evaluate("ours, region=89", ours("89"), sets, None)
    rows += [r for r in evaluate("ours, region=None", ours(None), sets, None) if "Kursk" not in r[1]]
    rows += [r for r in evaluate("ours, region=78", ours("78"), sets, None) if "SPb" in r[1] and "speed" not in r[1]]
    resolve_46, _ = ours("46")
    acc, answered, precision = accuracy(resolve_46, *sets["kursk"])
    rows.append(
        (
            "ours, region=46",
            "(b) Kursk appeals",
            len(sets["kursk"][0]),
            f"{acc:.3f}",
            f"{answered:.3f}",
            f"{precision:.3f}",
        )
    )
    rows += evaluate("natasha NER + lookup, region=89", natasha_baseline("89"), sets, args.natasha_sample)
    print("\n| method | set | n | accuracy / rate | answered | accuracy when answered |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")
    n_ynao, n_spb = len(sets["ynao_all"][0]), len(sets["spb_text"][0])
    print(f"\nLetter case: (a) all {n_ynao} ЯНАО sentences (incl. the no-place ones), {n_spb} SPb texts")
    print(
        "| method | letter case | (a) municipality accuracy | (a) place precision | (a) place recall "
        "| SPb texts with a place outside СПб/ЛО | texts/s per CPU-second |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in case_rows("89", sets) + case_rows(None, sets):
        print("| " + " | ".join(str(c) for c in row) + " |")


if __name__ == "__main__":
    main()
