"""Does the checkout rebuild its shipped model files? Refits a default model the way ``mcu-nlp train`` does (fixed
seeds, from this checkout's ``data/``) into a temporary folder and compares its answers and probabilities with the
shipped file's over every labelled text (the urgency annotations and the blind sets for urgency; the SPb test split,
Kursk and the blind sets for topic). A shipped file its commit does not rebuild is a defect: session 57's urgency file
had been fitted in a tree with uncommitted edits (17 answers of 18,545 differed, benchmarks/RESULTS.md, session 58).

On the machine (and BLAS kernel) that fitted the file the refit is equal to the bit. Elsewhere it is equal within
floating-point tolerance only: OpenBLAS picks its kernels by the CPU, the solvers' sums then differ in the last bits
and each fit stops at its tolerance a little elsewhere. The same code and data refitted on one machine with
``OPENBLAS_CORETYPE=Sandybridge`` instead of its own Haswell kernels moved the topic model's coefficients by up to
0.008: 1 answer of 24,289 and probabilities by 0.0022 at most; the shipped file, fitted on session 59's machine,
differs from this machine's refit by as much (1 answer, 0.0030; benchmarks/RESULTS.md, session 61). So a rebuild
passes when at most 1 answer in 10,000 differs (:data:`ANSWERS_PER_10K`) and no probability by more than
:data:`MAX_PROBABILITY_GAP`; session 57's stale file (9 in 10,000) fails.

Run: python benchmarks/reproduce.py [--model urgency|topic|both]   (urgency ~3-5 min, topic ~3-5 min on 2 cores)
Prints one table row per model: texts compared, answers that differ, the largest probability difference, the verdict;
exits 1 when a model is outside the tolerance.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from mcu_nlp.corpora import load_topic_data
from mcu_nlp.persistence import load

ROOT = Path(__file__).resolve().parents[1]
#: Answers that may differ, per 10,000 labelled texts, for a refit on another machine to count as the same model.
ANSWERS_PER_10K = 1.0
#: The largest probability difference a refit on another machine may show.
MAX_PROBABILITY_GAP = 0.01


def blind_texts() -> list[str]:
    return [text for path in sorted((ROOT / "data/topic").glob("blind*.csv"))
            for text in pd.read_csv(path, dtype=str, keep_default_na=False)["text"]]


def labelled_texts(model: str) -> list[str]:
    if model == "urgency":
        annotated = pd.read_csv(ROOT / "data/urgency/annotations.csv", dtype=str, keep_default_na=False)["text"]
        return list(dict.fromkeys([*annotated, *blind_texts()]))
    spb, kursk = load_topic_data()
    return list(dict.fromkeys([*spb.loc[spb["split"] == "test", "text"], *kursk["text"], *blind_texts()]))


def refit(model: str, folder: Path) -> Path:
    path = folder / f"{model}.joblib"
    if model == "urgency":
        from mcu_nlp.urgency.training import train_default
    else:
        from mcu_nlp.topic.training import train_default
    train_default(path)
    return path


def compare(model: str) -> tuple[int, int, float]:
    from mcu_nlp.defaults import MODELS

    texts = labelled_texts(model)
    shipped = load(MODELS / f"{model}.joblib")
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = load(refit(model, Path(folder)))
        answers = shipped.predict(texts) != rebuilt.predict(texts)
        gap = np.abs(shipped.predict_proba(texts) - rebuilt.predict_proba(texts)).max()
    return len(texts), int(answers.sum()), float(gap)


def verdict(texts: int, differ: int, gap: float) -> str:
    """«equal» (to the bit), «within tolerance» (another machine's floating point) or «DIFFERENT».

    >>> verdict(24289, 0, 0.0), verdict(24289, 1, 3.03e-3), verdict(18545, 17, 0.2), verdict(24289, 0, 0.02)
    ('equal', 'within tolerance', 'DIFFERENT', 'DIFFERENT')
    """
    if differ == 0 and gap == 0.0:
        return "equal"
    if differ * 10_000 <= ANSWERS_PER_10K * texts and gap <= MAX_PROBABILITY_GAP:
        return "within tolerance"
    return "DIFFERENT"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("urgency", "topic", "both"), default="both")
    args = parser.parse_args()
    print("| model | texts | answers that differ | max |ΔP| | verdict |\n|---|---|---|---|---|")
    failed = False
    for model in ("urgency", "topic") if args.model == "both" else (args.model,):
        texts, differ, gap = compare(model)
        result = verdict(texts, differ, gap)
        failed |= result == "DIFFERENT"
        print(f"| {model} | {texts} | {differ} | {gap:.2e} | {result} |", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
