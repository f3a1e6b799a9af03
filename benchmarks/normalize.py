"""Speed of normalize/redact against plain pymorphy3 and natasha, and name finding against natasha's NER.

Run: ``.venv/bin/python benchmarks/normalize.py`` (one process, one core; about 2-3 minutes).

Speed is the steady state of a batch job: the caches are warmed on 8,000 SPb texts and the next
8,000 are timed. Tokens/s is always "razdel tokens of the timed texts / seconds", so the three
lemmatisers are compared on the same denominator. The slow baselines are timed on a prefix of
the same texts (``--baseline-texts``) and reported per token.

natasha 1.6 builds its ``MorphVocab`` on pymorphy2, whose analyzer calls ``inspect.getargspec``
(removed in Python 3.11). The benchmark restores that name as a thin wrapper over
``inspect.getfullargspec`` before importing natasha; nothing else is patched.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core for every contender

import argparse  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import namedtuple  # noqa: E402
from pathlib import Path  # noqa: E402
from statistics import median  # noqa: E402

import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SPB = ROOT / "data" / "corpora" / "spb" / "spb_appeals.csv.gz"
KURSK = ROOT / "data" / "corpora" / "kursk" / "kursk_train_clean.csv.gz"
NAMES_EVAL = Path(__file__).with_name("names_eval.json")


def load_spb(n: int) -> list[str]:
    texts = pd.read_csv(SPB, usecols=["text"])["text"].dropna().astype(str)
    return texts.iloc[:n].tolist()


def import_seconds(repeats: int = 3) -> float:
    code = "import time; t = time.perf_counter(); import mcu_nlp; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(repeats)]
    return min(runs)


def timed(fn, items) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds of this process (not wall time): the machine is shared, so wall time measures the neighbours."""
    start = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - start


def clear_caches() -> None:
    from mcu_nlp import morphology, names, normalization

    morphology._LEMMAS.clear()
    morphology.grammemes.cache_clear()
    names.name_kinds.cache_clear()
    normalization._TERMS.clear()


def steady_state(fn, warm: list[str], texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    clear_caches()
    timed(fn, warm)
    return timed(fn, texts)


def razdel_tokens(texts: list[str]) -> int:
    from razdel import tokenize

    return sum(1 for text in texts for _ in tokenize(text))


def plain_pymorphy(texts: list[str]) -> float:
    import pymorphy3
    from razdel import tokenize

    morph = pymorphy3.MorphAnalyzer()

    def one(text: str) -> list[str]:
        return [morph.parse(t.text)[0].normal_form for t in tokenize(text)]

    return timed(one, texts)


def plain_pymorphy_pure_dawg(texts: list[str], repeats: int) -> float:
    """The same baseline in a fresh process with pymorphy3's pure-Python DAWG reader.

    mcu_nlp depends on ``pymorphy3[fast]`` (the DAWG2 C extension), which speeds up plain pymorphy3 as much as
    it speeds up us; this row shows what a plain ``pip install pymorphy3`` gives instead.
    """
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(texts, handle, ensure_ascii=False)
    code = (
        "import sys, json, statistics; sys.modules['dawg'] = None; "  # pymorphy3 then falls back to dawg_python
        f"sys.path.insert(0, {str(Path(__file__).parent)!r}); import normalize as bench; "
        f"texts = json.load(open({handle.name!r}, encoding='utf-8')); "
        f"print(statistics.median(bench.plain_pymorphy(texts) for _ in range({repeats})))"
    )
    try:
        return float(subprocess.check_output([sys.executable, "-c", code], text=True))
    finally:
        Path(handle.name).unlink()


def natasha_pipeline() -> dict:  # type: ignore[type-arg]
    arg_spec = namedtuple("ArgSpec", "args varargs keywords defaults")
    inspect.getargspec = lambda f: arg_spec(*inspect.getfullargspec(f)[:4])  # type: ignore[attr-defined]
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return {
        "Doc": Doc,
        "segmenter": Segmenter(),
        "morph": NewsMorphTagger(emb),
        "vocab": MorphVocab(),
        "ner": NewsNERTagger(emb),
    }


def natasha_lemmas(nat: dict, texts: list[str]) -> float:  # type: ignore[type-arg]
    def one(text: str) -> list[str]:
        doc = nat["Doc"](text)
        doc.segment(nat["segmenter"])
        doc.tag_morph(nat["morph"])
        for token in doc.tokens:
            token.lemmatize(nat["vocab"])
        return [token.lemma for token in doc.tokens]

    return timed(one, texts)


def natasha_names(nat: dict, text: str) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    doc = nat["Doc"](text)
    doc.segment(nat["segmenter"])
    doc.tag_ner(nat["ner"])
    return [(s.start, s.stop) for s in doc.spans if s.type == "PER"]


def eval_items(part: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Texts and gold name spans of one part ("dev" or "heldout") of names_eval.json."""
    spec = json.loads(NAMES_EVAL.read_text(encoding="utf-8"))[part]
    corpora = {
        "spb": pd.read_csv(SPB, usecols=["id", "text"]).set_index("id")["text"],
        "kursk": pd.read_csv(KURSK).set_index("id")["Текст Сообщения"],
    }
    items = []
    for row in spec["real"]:
        text = str(corpora[row["corpus"]].loc[row["id"]])[row["start"] : row["stop"]]
        items.append((text, [tuple(s) for s in row["names"]]))
    for row in spec["synthetic"]:
        text = row["text"]
        items.append((text, [(text.index(n), text.index(n) + len(n)) for n in row["names"]]))
    return items


def _letters(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in spans for i in range(a, b) if text[i].isalpha()}


def score(items, predict) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Character-level P/R over name letters, and mention-level recall (a gold name touched by a prediction)."""
    hit = pred = gold = touched = mentions = spurious = 0
    for text, spans in items:
        found = predict(text)
        g, p = _letters(text, spans), _letters(text, found)
        hit, pred, gold = hit + len(g & p), pred + len(p), gold + len(g)
        mentions += len(spans)
        touched += sum(any(a < fb and fa < b for fa, fb in found) for a, b in spans)
        spurious += sum(not any(a < gb and ga < b for ga, gb in spans) for a, b in found)
    precision, recall = hit / max(pred, 1), hit / max(gold, 1)
    return {
        "char_P": precision,
        "char_R": recall,
        "char_F1": 2 * precision * recall / max(precision + recall, 1e-9),
        "mention_R": touched / max(mentions, 1),
        "false_spans": spurious,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=8000, help="warm-up texts, then as many timed texts")
    parser.add_argument("--repeats", type=int, default=3, help="rounds per contender; the median is shown")
    parser.add_argument("--baseline-texts", type=int, default=8000, help="texts timed for the slow baselines")
    args = parser.parse_args()

    print(f"import mcu_nlp (fresh subprocess, best of 3): {import_seconds():.3f} s")
    texts = load_spb(2 * args.texts)
    warm, timed_texts = texts[: args.texts], texts[args.texts :]
    base = timed_texts[: args.baseline_texts]
    n_tokens, n_base = razdel_tokens(timed_texts), razdel_tokens(base)

    from mcu_nlp import normalize, redact
    from mcu_nlp.morphology import cache_info

    # Median of --repeats rounds; each round starts from empty caches, warms them, then times.
    t_norm = median(steady_state(normalize, warm, timed_texts) for _ in range(args.repeats))
    t_hot = timed(normalize, timed_texts)  # the same texts again: every form is cached
    cache = cache_info()
    t_redact = median(steady_state(redact, warm, timed_texts) for _ in range(args.repeats))
    t_plain = median(plain_pymorphy(base) for _ in range(args.repeats))
    t_pure = plain_pymorphy_pure_dawg(base, args.repeats)
    nat = natasha_pipeline()
    nat_texts = base[:500]
    t_nat, n_nat = natasha_lemmas(nat, nat_texts), razdel_tokens(nat_texts)

    rate = {
        "mcu_nlp.normalize (steady state)": n_tokens / t_norm,
        "mcu_nlp.normalize (every form cached)": n_tokens / t_hot,
        "razdel + pymorphy3 parse()[0].normal_form": n_base / t_plain,
        "the same, pure-Python DAWG (pip install pymorphy3)": n_base / t_pure,
        "natasha Doc: segment + morph + lemmatize": n_nat / t_nat,
    }
    print(
        f"\nSPb texts: {args.texts} warm-up + {len(timed_texts)} timed ({n_tokens} razdel tokens); one process; "
        f"CPU seconds, median of {args.repeats} rounds (natasha: 1 round)\n"
    )
    print(f"| {'lemmatiser':45} | {'tokens/s':>10} | {'x pymorphy3':>11} | {'texts timed':>11} |")
    print(f"|{'-' * 47}|{'-' * 12}:|{'-' * 12}:|{'-' * 12}:|")
    counts = [len(timed_texts), len(timed_texts), len(base), len(base), len(nat_texts)]
    plain = rate["razdel + pymorphy3 parse()[0].normal_form"]
    for (name, value), count in zip(rate.items(), counts, strict=True):
        print(f"| {name:45} | {value:10,.0f} | {value / plain:10.1f}x | {count:11} |")
    pure = rate["the same, pure-Python DAWG (pip install pymorphy3)"]
    print(f"\nnormalize (steady state) vs plain pymorphy3: {rate['mcu_nlp.normalize (steady state)'] / plain:.1f}x "
          f"with the same C DAWG, {rate['mcu_nlp.normalize (steady state)'] / pure:.1f}x against a default install")
    print(f"\nredact: {len(timed_texts) / t_redact:,.0f} texts/s ({n_tokens / t_redact:,.0f} tokens/s), warm caches")
    print(f"normalize: {len(timed_texts) / t_norm:,.0f} texts/s; lemma cache after the steady state {cache}")

    from mcu_nlp.names import find_names

    print("\nName finding on hand-checked texts (benchmarks/names_eval.json; char = letters inside names)")
    for part in ("dev", "heldout"):
        items = eval_items(part)
        n_names = sum(len(s) for _, s in items)
        print(f"\n{part}: {len(items)} texts, {n_names} names\n")
        print("| finder | char P | char R | char F1 | mention R | false spans | texts/s |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, finder in (("mcu_nlp names", find_names), ("natasha NER (PER)", lambda t: natasha_names(nat, t))):
            s = score(items, finder)
            speed = len(items) / timed(finder, [t for t, _ in items])
            print(
                f"| {name} | {s['char_P']:.3f} | {s['char_R']:.3f} | {s['char_F1']:.3f} | {s['mention_R']:.3f} "
                f"| {s['false_spans']} | {speed:,.0f} |"
            )


if __name__ == "__main__":
    main()
