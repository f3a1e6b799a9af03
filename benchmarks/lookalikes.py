"""Latin look-alike letters in Russian words: do the readers of raw text answer as for the text as written?

Run: ``.venv/bin/python benchmarks/lookalikes.py [--texts 3000] [--share 0.2] [--seed 0]`` (about 2 minutes);
``--capitals``: Russian words typed whole in Latin capitals among Russian capitals (:func:`capitals`).

Copy-pasted, spam and OCR'd posts put Latin letters that look Cyrillic ("a", "o", "p", "H", "m") into Russian words.
This samples SPb and Kursk corpus texts, makes a ``--share`` of their look-alike letters Latin (seeded), and counts
the texts whose personal-data spans, lexicon signals, urgency level (the shipped model), topic (the shipped model) and
places (GeoResolver, no region) are those of the text as written, offsets included. A word that comes out all in
Latin letters ("He" for "Не", a one-letter "c") is left as written by :func:`mcu_nlp.cleaning.fold_lookalikes` on
purpose (it may be a Latin word), so 1.0 is not expected.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter

from mcu_nlp import default_models
from mcu_nlp.cleaning import fold_lookalikes
from mcu_nlp.corpora import load_kursk, load_spb
from mcu_nlp.geo import GeoResolver
from mcu_nlp.lexicon import find_signals
from mcu_nlp.normalization import normalize
from mcu_nlp.redaction import find_personal_data

CYRILLIC, LATIN = "АаВСсЕеНКкМмОоРрТХхУу", "AaBCcEeHKkMmOoPpTXxYy"
WORD, LATIN_WORD = re.compile(r"[^\W\d_]+"), re.compile("[A-Za-z]+")


def outputs(texts: list[str]) -> dict[str, list]:
    models = default_models()
    return {
        "personal-data spans": [[(s.start, s.stop, s.kind) for s in find_personal_data(t)] for t in texts],
        "lexicon signals": [[(s.name, s.level, s.start, s.stop) for s in find_signals(t)] for t in texts],
        "urgency level": list(models.urgency.predict(texts)),
        "topic": list(models.topic.predict(texts)),
        "places": [[(p.oktmo, p.start, p.stop) for p in ps] for ps in GeoResolver().resolve_batch(texts)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=3000)
    parser.add_argument("--share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--capitals", action="store_true", help="whole words in Latin capitals among Russian ones")
    args = parser.parse_args()
    corpus = list(dict.fromkeys(t for t in [*load_spb()["text"], *load_kursk()["text"]] if isinstance(t, str)))
    rng = random.Random(args.seed)
    if args.capitals:
        return capitals(corpus, rng, args.texts)
    texts = rng.sample(corpus, args.texts)
    latin = dict(zip(CYRILLIC, LATIN, strict=True))
    typed = ["".join(latin[c] if c in latin and rng.random() < args.share else c for c in t) for t in texts]
    print(f"{len(texts)} texts, {sum(a != b for a, b in zip(texts, typed))} with a letter made Latin "
          f"(share {args.share}, seed {args.seed})")
    written, changed = outputs(texts), outputs(typed)
    for name, rows in written.items():
        same = sum(a == b for a, b in zip(rows, changed[name]))
        held = [(a, b) for a, b in zip(rows, changed[name]) if isinstance(a, list) and a]
        extra = f"; of the {len(held)} with any as written: {sum(a == b for a, b in held)}" if held else ""
        print(f"  {name}: as for the text as written {same} / {len(texts)}{extra}")


def capitals(corpus: list[str], rng: random.Random, n: int) -> None:
    """Every corpus text in capitals: how many of its Latin words (a brand, «WiFi», a section «B») the fold makes
    Cyrillic; and ``n`` of them with half their words made only of look-alike letters typed in Latin: how many
    normalize as the capitals as written (the fold of :mod:`mcu_nlp.lookalike_words`)."""
    folded: Counter[str] = Counter()
    latin_words = 0
    for text in corpus:
        upper = text.upper()
        fold = fold_lookalikes(upper)
        for word in WORD.finditer(upper):
            if LATIN_WORD.fullmatch(word.group()):
                latin_words += 1
                if fold[word.start() : word.end()] != word.group():
                    folded[word.group()] += 1
    print(f"{len(corpus)} texts in capitals: {latin_words} Latin words, {sum(folded.values())} folded: "
          f"{folded.most_common(10)}")
    to_latin = str.maketrans(CYRILLIC, LATIN)
    look = {c for c in CYRILLIC if c.isupper()}
    typed = 0
    same = 0
    for text in rng.sample(corpus, n):
        upper = text.upper()
        latin = WORD.sub(lambda m: m[0].translate(to_latin) if set(m[0]) <= look and rng.random() < 0.5 else m[0],
                         upper)
        if latin != upper:
            typed += 1
            same += normalize(latin) == normalize(upper)
    print(f"{n} texts in capitals, {typed} with a word made Latin: normalize as the capitals as written {same}")


if __name__ == "__main__":
    main()
