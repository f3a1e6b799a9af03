"""Does the checkout rebuild its shipped model files? Refits a default model the way ``mcu-nlp train`` does (fixed
seeds, from this checkout's ``data/``) into a temporary folder and compares its answers and probabilities with the
shipped file's over every labelled text (the urgency annotations and the blind sets for urgency; the SPb test split,
Kursk and the blind sets for topic). A shipped file its commit does not rebuild is a defect: session 57's urgency file
had been fitted in a tree with uncommitted edits (17 answers of 18,545 differed, benchmarks/RESULTS.md, session 58).

Run: python benchmarks/reproduce.py [--model urgency|topic|both]   (urgency ~3-5 min, topic ~3-5 min on 2 cores)
Prints one table row per model: texts compared, answers that differ, the largest probability difference.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from mcu_nlp.corpora import load_topic_data
from mcu_nlp.persistence import load

ROOT = Path(__file__).resolve().parents[1]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("urgency", "topic", "both"), default="both")
    args = parser.parse_args()
    print("| model | texts | answers that differ | max |ΔP| |\n|---|---|---|---|")
    for model in ("urgency", "topic") if args.model == "both" else (args.model,):
        texts, differ, gap = compare(model)
        print(f"| {model} | {texts} | {differ} | {gap:.2e} |", flush=True)


if __name__ == "__main__":
    main()
