"""Latin look-alike letters in Russian words: do the readers of raw text answer as for the text as written?

Run: ``.venv/bin/python benchmarks/lookalikes.py [--texts 3000] [--share 0.2] [--seed 0]`` (about 2 minutes).

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

from mcu_nlp import default_models
from mcu_nlp.corpora import load_kursk, load_spb
from mcu_nlp.geo import GeoResolver
from mcu_nlp.lexicon import find_signals
from mcu_nlp.redaction import find_personal_data

CYRILLIC, LATIN = "АаВСсЕеНКкМмОоРрТХхУу", "AaBCcEeHKkMmOoPpTXxYy"


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
    args = parser.parse_args()
    corpus = list(dict.fromkeys(t for t in [*load_spb()["text"], *load_kursk()["text"]] if isinstance(t, str)))
    rng = random.Random(args.seed)
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


if __name__ == "__main__":
    main()
