"""Build src/mcu_nlp/data/lemma_fixes.tsv: dictionary lemmas that are not their own lemma.

``mcu_nlp.morphology.lemma`` follows pymorphy3 normal forms to a fixed point so that
``normalize`` is idempotent. For a normal form that comes from the dictionary, that second parse
can be replaced by a table lookup: this script walks every paradigm's first form in the installed
pymorphy3-dicts-ru (one CPU-minute) and writes the few thousand whose own first parse is another
word ("снимка" -> "снимок"), with their fixed point. Forms not in the table are fixed points.
The first line records the dictionary version; another version makes ``morphology`` ignore the table.

Run: ``.venv/bin/python data/build_lemma_fixes.py``
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from mcu_nlp import morphology

OUT = Path(__file__).resolve().parents[1] / "src" / "mcu_nlp" / "data" / "lemma_fixes.tsv"


def dictionary_lemmas() -> set[str]:
    words = morphology.analyzer().dictionary.words
    return {word.replace("ё", "е") for word, (_, index) in words.iteritems() if index == 0}


def main() -> None:
    morphology.use_lemma_fixes(False)
    lemmas = sorted(dictionary_lemmas())
    fixes = []
    for word in lemmas:
        fixed = morphology.fixed_point(word)
        if fixed != word:
            fixes.append((word, fixed))
    lines = [f"# pymorphy3-dicts-ru\t{version('pymorphy3-dicts-ru')}"] + [f"{a}\t{b}" for a, b in fixes]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lemmas)} dictionary lemmas, {len(fixes)} are not their own lemma -> {OUT}")


if __name__ == "__main__":
    main()
