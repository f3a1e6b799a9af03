"""Topic classifier vs a plain TF-IDF + LogisticRegression baseline on held-out real appeals.

Run: python benchmarks/topic.py [--folds 5] [--jobs N] [--save]
     python benchmarks/topic.py --unseen        (only the unseen-region proxy below, two fits)
     python benchmarks/topic.py --fold-seeds 0 1 2 [--jobs N]   (only the Kursk folds, redrawn with each split seed)
     python benchmarks/topic.py --calibration   (reliability of the shipped model on the SPb test split, seconds)
     python benchmarks/topic.py --speed         (the shipped model's single-core throughput in this fresh process:
                                                cold, warm, and a stream of texts never predicted before)

SPb: train on the SPb train split + all of Kursk, score on the SPb test split (grouped by normalised text).
Kursk: 5 grouped folds; each fold is scored by a model trained on SPb train + the other Kursk folds. One split
moves the figures by about a point (benchmarks/RESULTS.md, session 14), so ``--fold-seeds`` redraws the split with
each seed (data/topic/build.py's ``fold_numbers``; seed 0 is the data's own split) and prints each split's figures
with their mean and sd.
Unseen region: all of Kursk scored by a model trained WITHOUT any Kursk text (SPb train, + the hand-written rows for
the TopicClassifier): the proxy of another region's portal, whose texts and topic mix the model never saw (macro-F1
over the codes with >= 10 Kursk texts).
The TopicClassifier is run with the hand-written rows (as shipped: seed phrases of thin topics, off-topic chit-chat
labelled "other", and the region rows of the blind sets ``mcu_nlp.topic.training.REGION_SETS`` at their weights) and
without them, to measure their effect. "predicted_other" is the share of real
appeals sent to "other" (all wrong: no test text is "other"); "offtopic_*" are scored on the held-out hand-written
off-topic phrases (data/topic/offtopic_heldout.csv, never trained on).
Prints accuracy, macro-F1 (classes with >= 20 test texts, and all classes), per-class F1, the expected calibration
error of the top probability (and, for the TopicClassifier, its reliability by bin), a confusion matrix (also
benchmarks/out/topic_confusion_*.png), fit time and single-core predict throughput; the figures and their tables
are ``topic_scores.py``'s.
``--save`` writes the shipped model (SPb train + all Kursk + the hand-written rows) with these figures in its
manifest: the SPb test split's, the Kursk folds' (all 5) and the unseen-region proxy's. It is refused beside an option
that leaves one of them out (``--unseen``, ``--fold-seeds``, ``--calibration``, ``--speed``, ``--folds`` < 5), before
any fit: those returned early without saving, and ``--folds 2`` would have saved 2 folds' figures as the Kursk ones. A
model refitted another way (``train_default``, ``mcu-nlp train topic``) carries only the SPb test figures, which is how
the manifest lost its Kursk figures in sessions 11 and 15. With ``--save`` the ablation without the hand-written rows
is not fitted (5 fold fits the manifest does not need), and with ``--jobs N`` every fit (SPb, folds, unseen region)
is queued on the N workers at once, the long ones first: at load 30-40 on two cores a run one fit after another did
not end within a session.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from mcu_nlp.corpora import load_offtopic, load_topic_data
from mcu_nlp.topic import DEFAULT_MODEL, TopicClassifier
from mcu_nlp.topic.training import CHECK_SETS, REGION_SETS, default_classifier, hand_written

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topic_scores import (  # the figures and tables: benchmarks/topic_scores.py
    confusion_png,
    figures,
    print_confusion,
    print_reliability,
    seeds_table,
    table,
)

BUILD = Path(__file__).resolve().parents[1] / "data" / "topic" / "build.py"
OFFTOPIC_S58 = BUILD.parent / "offtopic_heldout_s58.csv"
#: Codes with fewer Kursk texts are left out of the unseen-region proxy's macro-F1 (17 of Kursk's 22 codes have 10+)
UNSEEN_MIN_SUPPORT = 10


def baseline() -> object:
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))


def topic_model() -> TopicClassifier:
    """The shipped model's settings (``mcu_nlp.topic.training.SHIPPED_PARAMS``), seed 0."""
    return default_classifier(seed=0)


MODELS = {"plain tfidf+logreg": (baseline, False), "TopicClassifier": (topic_model, True),
          "TopicClassifier, no hand-written": (topic_model, False)}


def offtopic_figures(model: object) -> dict:
    """Share of held-out off-topic phrases answered "other" with a top score < 0.35, and their mean top score: the 20
    of offtopic_heldout.csv, and ("offtopic_s58_*") the 157 another hand wrote in session 58."""
    figures = {}
    for name, texts in (("offtopic", load_offtopic(heldout=True)["text"].tolist()),
                        ("offtopic_s58", pd.read_csv(OFFTOPIC_S58, comment="#")["text"].tolist())):
        proba = model.predict_proba(texts)
        answer = np.asarray(model.classes_)[proba.argmax(axis=1)]
        low = (answer == "other") & (proba.max(axis=1) < 0.35)
        figures |= {f"{name}_other_low_score": round(float(low.mean()), 3),
                    f"{name}_mean_top_score": round(float(proba.max(axis=1).mean()), 3)}
    return figures


def fit(name: str, texts: list[str], topics: list[str]) -> tuple[object, float]:
    """Model ``name`` fitted on ``texts`` (weight 1 each) and, for the shipped model's route, the hand-written rows
    at their weights (seeds and off-topic rows 1, region rows ``REGION_WEIGHT`` / ``REGION_HOUSE_WEIGHT``)."""
    make, with_seeds = MODELS[name]
    weights = None
    if with_seeds:
        extra = hand_written()
        weights = np.concatenate([np.ones(len(texts)), extra["weight"].to_numpy(dtype=float)])
        texts, topics = texts + extra["text"].tolist(), topics + extra["topic"].tolist()
    started = time.perf_counter()
    model = make().fit(texts, topics) if weights is None else make().fit(texts, topics, sample_weight=weights)
    return model, time.perf_counter() - started


def answers(model: object, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each text's answer and its probability (the top of ``predict_proba``, as ``predict`` answers)."""
    proba = model.predict_proba(texts)
    return np.asarray(model.classes_)[proba.argmax(axis=1)], proba.max(axis=1)


def throughput(model: object, texts: list[str]) -> float:
    """Texts per CPU-second of this (single-threaded) process: fairer than wall time on a shared machine."""
    started = time.process_time()
    model.predict(texts)
    return len(texts) / (time.process_time() - started)


def spb_answers(name: str, spb: pd.DataFrame, kursk: pd.DataFrame) -> dict:
    """Model ``name`` trained on the SPb train split + all Kursk: the model, its fit time, single-core speed, and
    its answers and their probabilities on the SPb test split (run in the caller or in a pool's worker)."""
    train, test = spb[spb["split"] == "train"], spb[spb["split"] == "test"]
    model, seconds = fit(name, train["text"].tolist() + kursk["text"].tolist(),
                         train["topic"].tolist() + kursk["topic"].tolist())
    speed = throughput(model, test["text"].tolist()[-5000:])  # first sight of these texts: cold caches
    predicted, confidence = answers(model, test["text"].tolist())
    return {"model": model, "seconds": seconds, "speed": speed, "predicted": predicted, "confidence": confidence,
            "offtopic": offtopic_figures(model), "texts": len(train) + len(kursk)}


def spb_run(names: list[str], spb: pd.DataFrame, kursk: pd.DataFrame, tasks: dict | None = None) -> dict:
    test = spb[spb["split"] == "test"]
    results = {}
    for name in names:
        task = (tasks or {}).get(("spb", name))
        run = task.result() if task else spb_answers(name, spb, kursk)
        predicted, confidence, seconds, speed = run["predicted"], run["confidence"], run["seconds"], run["speed"]
        results[name] = {**figures(test["topic"], predicted, confidence), **run["offtopic"],
                         "fit_s": round(seconds, 1), "predict_texts_per_cpu_s": round(speed)}
        print(f"\n== SPb test, {name}: fit {seconds:.0f}s on {run['texts']} texts, {speed:.0f} texts per CPU-s")
        print_confusion(test["topic"], predicted)
        print_reliability(confidence, predicted == test["topic"].to_numpy())
        confusion_png(name, test["topic"], predicted, "spb")
        results[name]["model"] = run["model"]
    return results


def fold_answers(name: str, train: pd.DataFrame, kursk: pd.DataFrame, fold: int) -> tuple:
    """Kursk fold ``fold`` answered by model ``name`` trained on SPb ``train`` and the other folds: the fold's
    index, answers and their probabilities."""
    rest, held = kursk[kursk["fold"] != fold], kursk[kursk["fold"] == fold]
    model, _ = fit(name, train["text"].tolist() + rest["text"].tolist(),
                   train["topic"].tolist() + rest["topic"].tolist())
    return (held.index, *answers(model, held["text"].tolist()))


def worker_pool(jobs: int) -> object | None:
    """``jobs`` worker processes for the fits (forked: they share the loaded data), None for 0."""
    if not jobs:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))


def fold_tasks(names: list[str], spb: pd.DataFrame, kursk: pd.DataFrame, folds: int, pool: object | None) -> dict:
    """Each (model, fold)'s :func:`fold_answers`, as futures of the ``pool``'s workers that run while the
    caller goes on (the SPb fits); {} without a pool: the folds are then fitted one by one by :func:`kursk_run`."""
    if pool is None:
        return {}
    train = spb[spb["split"] == "train"]
    return {(name, fold): pool.submit(fold_answers, name, train, kursk, fold)
            for name in names for fold in range(folds)}


def kursk_run(names: list[str], spb: pd.DataFrame, kursk: pd.DataFrame, folds: int, tasks: dict | None = None) -> dict:
    train = spb[spb["split"] == "train"]
    results = {}
    for name in names:
        predicted = pd.Series("", index=kursk.index, dtype=object)
        confidence = pd.Series(0.0, index=kursk.index)
        for fold in range(folds):
            task = (tasks or {}).get((name, fold))
            index, *answered = task.result() if task else fold_answers(name, train, kursk, fold)
            predicted[index], confidence[index] = answered
        scored = kursk[kursk["fold"] < folds]
        results[name] = figures(scored["topic"], predicted[scored.index].to_numpy(),
                                confidence[scored.index].to_numpy())
        print(f"\n== Kursk held-out folds ({folds}), {name}")
        print_confusion(scored["topic"], predicted[scored.index].to_numpy())
        print_reliability(confidence[scored.index].to_numpy(), (predicted == kursk["topic"])[scored.index].to_numpy())
        confusion_png(name, scored["topic"], predicted[scored.index].to_numpy(), "kursk")
    return results


def resplit(kursk: pd.DataFrame, seed: int) -> pd.DataFrame:
    """``kursk`` with its folds redrawn by data/topic/build.py's ``fold_numbers`` with ``seed`` (0: as written)."""
    spec = importlib.util.spec_from_file_location("topic_data_build", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return kursk.assign(fold=build.fold_numbers(kursk.reset_index(drop=True), seed))


def fold_seeds_run(names: list[str], spb: pd.DataFrame, kursk: pd.DataFrame, seeds: list[int], folds: int,
                   jobs: int) -> dict:
    """:func:`kursk_run` over the fold splits of each seed in ``seeds``: {seed: {model name: figures}}. All the
    splits' fits are queued on one pool of ``jobs`` workers first."""
    splits = {seed: resplit(kursk, seed) for seed in seeds}
    pool = worker_pool(jobs)
    tasks = {seed: fold_tasks(names, spb, frame, folds, pool) for seed, frame in splits.items()}
    results = {}
    for seed, frame in splits.items():
        print(f"\n#### fold split seed {seed}")
        results[seed] = kursk_run(names, spb, frame, folds, tasks[seed])
    return results


def unseen_answers(name: str, spb: pd.DataFrame, kursk: pd.DataFrame) -> tuple:
    """All of Kursk answered by model ``name`` trained without any Kursk text: fit time, answers, probabilities."""
    train = spb[spb["split"] == "train"]
    model, seconds = fit(name, train["text"].tolist(), train["topic"].tolist())
    return (seconds, *answers(model, kursk["text"].tolist()))


def run_tasks(pool: object | None, spb_names: list[str], unseen: list[str], spb: pd.DataFrame,
              kursk: pd.DataFrame) -> dict:
    """The SPb and unseen-region fits as futures of the ``pool``'s workers ({} without a pool: the caller fits
    them one by one), keyed ("spb", name) and ("unseen", name)."""
    if pool is None:
        return {}
    tasks = {("spb", name): pool.submit(spb_answers, name, spb, kursk) for name in spb_names}
    tasks.update({("unseen", name): pool.submit(unseen_answers, name, spb, kursk) for name in unseen})
    return tasks


def unseen_run(names: list[str], spb: pd.DataFrame, kursk: pd.DataFrame, tasks: dict | None = None) -> dict:
    """All of Kursk answered by each model ``names`` trained without any Kursk text (SPb train, and the hand-written
    rows where the model has them): another region's portal, never seen."""
    results = {}
    for name in names:
        task = (tasks or {}).get(("unseen", name))
        seconds, predicted, confidence = task.result() if task else unseen_answers(name, spb, kursk)
        results[name] = figures(kursk["topic"], predicted, confidence, UNSEEN_MIN_SUPPORT)
        print(f"\n== Kursk, trained without Kursk, {name}: fit {seconds:.0f}s")
        print_confusion(kursk["topic"], predicted)
    return results


def calibration(spb: pd.DataFrame) -> None:
    """The shipped model's reliability table on the SPb test split."""
    from mcu_nlp.topic import load_default

    model, test = load_default(), spb[spb["split"] == "test"]
    predicted, confidence = answers(model, test["text"].tolist())
    print_reliability(confidence, predicted == test["topic"].to_numpy())


#: The text ``--speed`` predicts before any timed pass (loads the dictionaries, a one-off cost)
WARM_UP = "Яма на дороге"


def stream_texts(spb: pd.DataFrame, kursk: pd.DataFrame, seen: list[str]) -> list[str]:
    """Every corpus text not in ``seen``, once each: the SPb rows (both splits), then all Kursk rows, deduplicated.

    >>> spb = pd.DataFrame({"text": ["a", "b", "c", "b"]})
    >>> stream_texts(spb, pd.DataFrame({"text": ["d", "a", "e", "d"]}), ["c", "e"])
    ['a', 'b', 'd']
    """
    seen = set(seen)
    return [text for text in dict.fromkeys([*spb["text"], *kursk["text"]]) if text not in seen]


def speed(spb: pd.DataFrame, kursk: pd.DataFrame) -> None:
    """The shipped model in a fresh process: cold (no word seen yet) then warm, on 5,000 SPb test texts; then the
    stream, one pass over every other corpus text (SPb's other rows and all Kursk's, each once), none predicted
    before in this process: what a batch job over a large file sees once the word caches fill."""
    from mcu_nlp.topic import load_default

    texts = spb.loc[spb["split"] == "test", "text"].tolist()[-5000:]
    model = load_default()
    model.predict([WARM_UP])
    for state in ("cold", "warm"):
        print(f"{state}: {throughput(model, texts):.0f} texts per CPU-s")
    stream = stream_texts(spb, kursk, [WARM_UP, *texts])
    print(f"stream: {throughput(model, stream):.0f} texts per CPU-s ({len(stream):,} texts never predicted before)")


#: The options that leave a figure of the manifest out: ``--save`` refuses them (its manifest has every figure)
PARTIAL_RUNS = ("unseen", "fold_seeds", "calibration", "speed")
#: The manifest's blocks, each from its own evaluation
MANIFEST_BLOCKS = ("spb_test", "kursk_cv", "kursk_unseen")


def check_full_run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse ``--save`` with an option that would leave one of the manifest's figures out, before any fit."""
    partial = [f"--{name.replace('_', '-')}" for name in PARTIAL_RUNS if getattr(args, name)]
    if args.folds != 5:
        partial.append(f"--folds {args.folds}")
    if partial:
        parser.error(f"--save writes the full figures (SPb test, all 5 Kursk folds, unseen region): "
                     f"run it without {', '.join(partial)}")


def manifest_metrics(spb: dict, kursk_cv: dict, unseen: dict) -> dict:
    """The shipped model's manifest metrics: the SPb test split's, the Kursk folds' and the unseen-region proxy's
    figures (each without its support counts; the SPb block without the fitted model)."""
    metrics = {block: {k: v for k, v in figures.items() if k not in ("model", "support")}
               for block, figures in zip(MANIFEST_BLOCKS, (spb, kursk_cv, unseen))}
    missing = [block for block, figures in metrics.items() if "accuracy" not in figures]
    if missing:
        raise ValueError(f"expected every manifest block with its figures, got none for {', '.join(missing)}")
    return metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="Kursk folds to score (1..5)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes for the fits, all queued at once "
                        "(0: one by one in this process; the figures are the same)")
    parser.add_argument("--save", action="store_true", help=f"write the shipped model to {DEFAULT_MODEL}")
    parser.add_argument("--calibration", action="store_true", help="only the shipped model's reliability table")
    parser.add_argument("--speed", action="store_true", help="only the shipped model's throughput, fresh process")
    parser.add_argument("--unseen", action="store_true", help="only the unseen-region proxy (Kursk, trained without)")
    parser.add_argument("--fold-seeds", type=int, nargs="+", metavar="SEED",
                        help="only the Kursk folds, the split redrawn with each seed (0: the data's); mean ± sd")
    args = parser.parse_args()
    if args.save:
        check_full_run(parser, args)
    spb, kursk = load_topic_data()
    if args.calibration:
        calibration(spb)
        return
    if args.speed:
        speed(spb, kursk)
        return
    unseen_names = ["plain tfidf+logreg", "TopicClassifier"]
    if args.unseen:
        table("Kursk, trained without Kursk", unseen_run(unseen_names, spb, kursk), UNSEEN_MIN_SUPPORT)
        return
    if args.fold_seeds:
        seeds_table(fold_seeds_run(unseen_names, spb, kursk, args.fold_seeds, args.folds, args.jobs))
        return
    fold_names = unseen_names if args.save else list(MODELS)
    pool = worker_pool(args.jobs)
    # the long fits first: the pool runs its tasks in the order they were queued
    spb_names = ["TopicClassifier", "plain tfidf+logreg"]
    tasks = {**run_tasks(pool, spb_names[:1], unseen_names[1:], spb, kursk),
             **fold_tasks(fold_names[::-1], spb, kursk, args.folds, pool),
             **run_tasks(pool, spb_names[1:], unseen_names[:1], spb, kursk)}
    spb_results = spb_run(spb_names[::-1], spb, kursk, tasks)
    kursk_results = kursk_run(fold_names, spb, kursk, args.folds, tasks)
    unseen_results = unseen_run(unseen_names, spb, kursk, tasks)
    table("SPb test split", {k: {x: y for x, y in v.items() if x != "model"} for k, v in spb_results.items()})
    table(f"Kursk, {args.folds} held-out folds", kursk_results)
    table("Kursk, trained without Kursk", unseen_results, UNSEEN_MIN_SUPPORT)
    if args.save:
        from mcu_nlp.persistence import save

        shipped = spb_results["TopicClassifier"]  # trained on SPb train + all Kursk + the hand-written rows
        metrics = manifest_metrics(shipped, kursk_results["TopicClassifier"], unseen_results["TopicClassifier"])
        notes = ("python benchmarks/topic.py --save (SPb train + all Kursk + seeds.csv + offtopic.csv + the region "
                 f"rows of blind{REGION_SETS[0]}..{REGION_SETS[-1]}, not {CHECK_SETS[0]}..{CHECK_SETS[-1]})")
        print("saved", save(shipped["model"], DEFAULT_MODEL, metrics=metrics, notes=notes))


if __name__ == "__main__":
    main()
