"""Gates: what a change does to every answer the library gives on the texts in ``data/``, before it lands.

A rule written for one miss must not move other answers unseen. ``snapshot`` records this checkout's answers (its
``src/`` and ``data/``), ``compare`` tells two snapshots apart: how many answers changed, and, where a text is
labelled, how many moved toward their label and how many away. Four kinds of answers:

- ``geo``: the places of every geo evaluation sentence (``data/geo/other_regions_*.csv``, ``ynao_sentences.csv``) with
  no region and with its caller's, of every blind appeal with its region, and of the SPb and Kursk corpora with none;
  the best municipality's ОКТМО is scored against the sentence's label;
- ``lexicon``: the urgency lexicon's signals of every annotated, candidate and blind text and both corpora;
- ``urgency``: the shipped (or ``$MCU_NLP_MODELS``) urgency model's level of every labelled text (the annotations and
  the blind sets), scored against its label;
- ``redact``: :func:`mcu_nlp.redact` of the lexicon's texts and the Kursk corpus.

Run (each in its own checkout; ~1 minute a kind on 2 cores; a start's checkout may read the end's data with ``--data``):
    PYTHONPATH=src python benchmarks/gates.py snapshot /tmp/start.pkl [--only geo,urgency] [--data DIR] [--limit N]
    python benchmarks/gates.py compare /tmp/start.pkl /tmp/end.pkl [-v]
``compare`` prints a table (kind, answers in both, changed, toward their label, away, labelled changes neither way)
and with ``-v`` each changed answer. Sessions 68-71 ran these as scripts outside the repository (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import pickle
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from mcu_nlp.corpora import load_topic_data
from mcu_nlp.urgency.training import read_annotations

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("geo", "lexicon", "urgency", "redact")
RANK = {"normal": 0, "high": 1, "critical": 2}


def _rows(path: Path) -> Iterator[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _blind(data: Path, limit: int | None) -> Iterator[tuple[str, dict[str, str]]]:
    for path in sorted((data / "topic").glob("blind*.csv")):
        for n, row in enumerate(_rows(path)):
            if limit is not None and n >= limit:
                break
            yield path.name, row


@lru_cache(maxsize=2)
def _corpora(data: Path) -> dict[str, list[str]]:
    """The texts of the built SPb and Kursk data (:func:`mcu_nlp.corpora.load_topic_data`), read once a run."""
    spb, kursk = load_topic_data(data)
    return {"spb": spb["text"].tolist(), "kursk": kursk["text"].tolist()}


def _corpus(data: Path, name: str, limit: int | None) -> list[str]:
    texts = _corpora(data)[name]
    return texts[:limit] if limit is not None else texts


def _annotations(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """(uid, text, label) of the urgency annotations (:func:`mcu_nlp.urgency.training.read_annotations`)."""
    frame = read_annotations(data / "urgency" / "annotations.csv")
    rows = list(zip(frame["uid"], frame["text"], frame["label"], strict=True))
    return rows[:limit] if limit is not None else rows


def _lexicon_texts(data: Path, limit: int | None) -> list[str]:
    seen = dict.fromkeys(text for _, text, _ in _annotations(data, limit))
    for path in sorted((data / "urgency").glob("candidates*.csv")):
        for n, row in enumerate(_rows(path)):
            if limit is not None and n >= limit:
                break
            seen.setdefault(row["text"], None)
    for _, row in _blind(data, limit):
        seen.setdefault(row["text"], None)
    for name in ("spb", "kursk"):
        seen.update(dict.fromkeys(_corpus(data, name, limit)))
    return list(seen)


def snapshot_geo(data: Path, limit: int | None) -> dict[Any, tuple[Any, str | None]]:
    """Key -> (places as (kind, ОКТМО, municipality's ОКТМО, start, stop), the label's ОКТМО or None)."""
    from mcu_nlp import GeoResolver

    groups: dict[str | None, list[tuple[Any, str, str | None]]] = defaultdict(list)
    for path in [*sorted((data / "geo").glob("other_regions_*.csv")), data / "geo" / "ynao_sentences.csv"]:
        for n, row in enumerate(_rows(path)):
            if limit is not None and n >= limit:
                break
            caller = (row.get("caller_region") or "").strip() or None
            label = (row.get("municipality_oktmo") or "").strip() or None
            groups[None].append(((path.name, n, None), row["text"], label))
            if caller:
                groups[caller].append(((path.name, n, caller), row["text"], label))
    for name, row in _blind(data, limit):
        groups[row["region_code"].zfill(2)].append(((name, row["id"], "own"), row["text"], None))
    for name in ("spb", "kursk"):
        groups[None] += [((name, n, None), text, None) for n, text in enumerate(_corpus(data, name, limit))]
    out = {}
    for caller, items in groups.items():
        found = GeoResolver(region=caller).resolve_batch([text for _, text, _ in items])
        for (key, _, label), places in zip(items, found, strict=True):
            out[key] = (tuple((p.kind, p.oktmo, p.municipality_oktmo, p.start, p.stop) for p in places), label)
    return out


def snapshot_lexicon(data: Path, limit: int | None) -> dict[Any, tuple[Any, str | None]]:
    from mcu_nlp.lexicon import find_signals

    return {text: (tuple((s.name, s.level, s.start, s.stop) for s in find_signals(text)), None)
            for text in _lexicon_texts(data, limit)}


def snapshot_urgency(data: Path, limit: int | None) -> dict[Any, tuple[Any, str | None]]:
    from mcu_nlp import default_models

    rows = _annotations(data, limit)
    rows += [(row["id"], row["text"], row["urgency"]) for _, row in _blind(data, limit) if row.get("urgency")]
    levels = default_models().urgency.predict([text for _, text, _ in rows])
    return {key: (str(level), label) for (key, _, label), level in zip(rows, levels, strict=True)}


def snapshot_redact(data: Path, limit: int | None) -> dict[Any, tuple[Any, str | None]]:
    from mcu_nlp import redact

    texts = dict.fromkeys([*_lexicon_texts(data, limit), *_corpus(data, "kursk", limit)])
    return {text: (redact(text), None) for text in texts}


SNAPSHOTS: dict[str, Callable[[Path, int | None], dict[Any, tuple[Any, str | None]]]] = {
    "geo": snapshot_geo, "lexicon": snapshot_lexicon, "urgency": snapshot_urgency, "redact": snapshot_redact,
}


def _best(places: tuple) -> str | None:
    """The first municipality-level ОКТМО of a geo answer, as the benchmark scores it."""
    return next((mun for _, _, mun, _, _ in places if mun), None)


def _direction(kind: str, old: Any, new: Any, label: str | None) -> int:
    """-1 toward the label, 1 away, 0 neither or unlabelled."""
    if label is None:
        return 0
    if kind == "urgency":
        return (abs(RANK[new] - RANK[label]) > abs(RANK[old] - RANK[label])) - (
            abs(RANK[new] - RANK[label]) < abs(RANK[old] - RANK[label]))
    old_ok, new_ok = _best(old) == label, _best(new) == label
    return int(old_ok and not new_ok) - int(new_ok and not old_ok)


def compare(a: dict[str, dict], b: dict[str, dict], verbose: bool = False) -> list[tuple]:
    """Rows (kind, answers in both, changed, toward, away, labelled changed neither way) of two snapshots."""
    table = []
    for kind in KINDS:
        if kind not in a or kind not in b:
            continue
        old, new = a[kind], b[kind]
        keys = [key for key in old if key in new]
        changed = [key for key in keys if old[key][0] != new[key][0]]
        moves = [_direction(kind, old[key][0], new[key][0], old[key][1]) for key in changed]
        labelled = sum(old[key][1] is not None for key in changed)
        table.append((kind, len(keys), len(changed), moves.count(-1), moves.count(1), labelled - moves.count(-1)
                      - moves.count(1)))
        if verbose:
            for key, move in zip(changed, moves, strict=True):
                shown = key if not isinstance(key, str) else key[:160].replace("\n", " ")
                print(f"[{kind}] {'toward' if move < 0 else 'away' if move > 0 else ''} {shown!r}\n"
                      f"    {old[key][0]!r}\n -> {new[key][0]!r}")
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    snap = commands.add_parser("snapshot", help="record this checkout's answers")
    snap.add_argument("out", type=Path)
    snap.add_argument("--only", default=",".join(KINDS), help="kinds, comma-separated: " + ", ".join(KINDS))
    snap.add_argument("--data", type=Path, default=ROOT / "data", help="the data folder to read texts from")
    snap.add_argument("--limit", type=int, default=None, help="at most this many texts of each file (a quick look)")
    comp = commands.add_parser("compare", help="tell two snapshots apart")
    comp.add_argument("a", type=Path)
    comp.add_argument("b", type=Path)
    comp.add_argument("-v", "--verbose", action="store_true", help="print each changed answer")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        kinds = [kind.strip() for kind in args.only.split(",") if kind.strip()]
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown:
            parser.error(f"unknown kinds {unknown}; expected some of {list(KINDS)}")
        snapshot = {kind: SNAPSHOTS[kind](args.data, args.limit) for kind in kinds}
        args.out.write_bytes(pickle.dumps(snapshot))
        print(" | ".join(f"{kind} {len(answers)}" for kind, answers in snapshot.items()))
        return 0
    a, b = (pickle.loads(path.read_bytes()) for path in (args.a, args.b))
    print("| kind | answers in both | changed | toward label | away | labelled, neither |")
    print("|---|---|---|---|---|---|")
    for row in compare(a, b, args.verbose):
        print("| " + " | ".join(map(str, row)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
