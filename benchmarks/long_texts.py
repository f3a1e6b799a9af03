"""CPU seconds of ``analyze`` for one long text, by kind of text and length: what a row near the 1,000,000-character
limit costs a batch job (a pasted log, spam, a file read as text).

Each cell is one call of ``mcu_nlp.analyze`` (normalise, topic, urgency, places, redaction) on one text, in this
process, after a warm-up call that loads the models; the figure is the process's CPU seconds, so a loaded machine
moves it less than the wall clock. Kinds: words of appeals drawn at random (marks attached), one appeal sentence
repeated, Cyrillic and Latin gibberish (random letters in words of 2-12), one word repeated («ааааааа »).
Cyrillic gibberish is the slow kind: every unknown word is parsed by pymorphy3 (lemmas, names), ~50 µs a character
in session 58.

Run: .venv/bin/python benchmarks/long_texts.py [--sizes 10000 100000] [--kinds appeal sentence cyrillic latin word]
     (1,000,000 characters of every kind: ~5-10 minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import random
import time

APPEAL = (
    "Третий день нет отопления в доме, дети мерзнут. Пахнет газом в подъезде! Когда починят? Балашиха, ул. Ленина "
    "д. 5 — открытый люк во дворе; свет дали, а воды нет. Просим помочь: Мытищи, яма на дороге, +14 в квартире."
)
LETTERS = {"cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "latin": "abcdefghijklmnopqrstuvwxyz"}


def make_text(kind: str, size: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    words = APPEAL.split()
    while length < size:
        if kind == "appeal":
            part = rng.choice(words)
        elif kind == "sentence":
            part = APPEAL
        elif kind == "word":
            part = "ааааааа"
        else:
            part = "".join(rng.choice(LETTERS[kind]) for _ in range(rng.randint(2, 12)))
        parts.append(part)
        length += len(part) + 1
    return " ".join(parts)[:size]


def cpu_seconds(text: str) -> float:
    from mcu_nlp import analyze

    start = time.process_time()
    analyze(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--kinds", nargs="+", default=["appeal", "sentence", "cyrillic", "latin", "word"],
                        choices=["appeal", "sentence", "cyrillic", "latin", "word"])
    args = parser.parse_args(argv)
    from mcu_nlp import analyze

    analyze("Нет света на улице Ленина")  # loads the models
    print("| kind | characters | CPU s | µs a character |")
    print("|---|---|---|---|")
    for kind in args.kinds:
        for size in args.sizes:
            seconds = cpu_seconds(make_text(kind, size))
            print(f"| {kind} | {size} | {seconds:.2f} | {seconds / size * 1e6:.1f} |", flush=True)


if __name__ == "__main__":
    main()
