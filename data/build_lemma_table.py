"""Build src/mcu_nlp/data/lemma_table.tsv.gz: the lemmas of the word forms the training corpora use most.

The topic model's cold predict spends about a quarter of its time on first sight of words: a pymorphy3 parse per new
form (issue #3 speed). ``mcu_nlp.morphology.lemma`` looks a form up in this table before it parses, so the frequent
forms cost a dict lookup from the first text on. The table holds what ``lemma`` returns today, computed here with an
empty cache per form, for every Cyrillic form (as ``normalization`` tokenises a cleaned text) seen at least
:data:`MIN_COUNT` times in the SPb train split and the Kursk corpus (``data/topic``; the SPb test split, which the
speed benchmark reads, is left out). A line is ``form<TAB>lemma``, or ``form`` alone when the form is its own lemma.
The first line records the pymorphy3 and pymorphy3-dicts-ru versions; with others installed ``morphology`` warns and
ignores the table.

Run: ``.venv/bin/python data/build_lemma_table.py`` (about a CPU-minute)
"""

from __future__ import annotations

import gzip
from collections import Counter
from importlib.metadata import version
from pathlib import Path

from mcu_nlp import morphology
from mcu_nlp.cleaning import clean
from mcu_nlp.corpora import load_topic_data
from mcu_nlp.normalization import ABBREVIATIONS, CYRILLIC_WORD
from mcu_nlp.tokens import WORD

OUT = Path(__file__).resolve().parents[1] / "src" / "mcu_nlp" / "data" / "lemma_table.tsv.gz"
#: Fewest uses of a form in the corpora for it to be in the table
MIN_COUNT = 3


def corpus_forms() -> Counter[str]:
    spb, kursk = load_topic_data()
    texts = spb.loc[spb["split"] == "train", "text"].tolist() + kursk["text"].tolist()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(f for f in WORD.findall(clean(text)) if CYRILLIC_WORD.fullmatch(f) and f not in ABBREVIATIONS)
    return counts


def main() -> None:
    morphology.use_lemma_table(False)
    counts = corpus_forms()
    forms = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    lines = [f"# pymorphy3\t{version('pymorphy3')}\tpymorphy3-dicts-ru\t{version('pymorphy3-dicts-ru')}"]
    for form in forms:
        morphology._LEMMAS.clear()  # what lemma() returns with nothing seen before
        found = morphology.lemma(form)
        lines.append(form if found == form else f"{form}\t{found}")
    morphology._LEMMAS.clear()
    body = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))  # mtime 0: the same bytes at each build
    print(f"{len(counts)} distinct forms, {len(forms)} seen >= {MIN_COUNT} times -> {OUT}")


if __name__ == "__main__":
    main()
