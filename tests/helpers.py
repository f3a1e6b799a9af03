"""Helpers shared by test modules (fixtures are in conftest.py): import them as ``from helpers import names``."""

import csv
import gc
import json
import time
from pathlib import Path

from mcu_nlp.corpora import load_seeds
from mcu_nlp.lexicon import find_signals


def names(text: str) -> set[tuple[str, str]]:
    """The (name, level) pairs of the shipped lexicon's signals in ``text``."""
    return {(s.name, s.level) for s in find_signals(text)}


def critical_names(text: str) -> set[str]:
    """The names of the shipped lexicon's critical signals in ``text``."""
    return {name for name, level in names(text) if level == "critical"}


def written_ids(path: Path) -> list[str]:
    """The id column of an analyze output, CSV or JSONL, as its reader gets it."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return [row["id"] for row in csv.DictReader(file)]
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def seeded(paraphrases: dict[str, list[str]]) -> set[str]:
    """The texts of ``paraphrases`` (topic: texts) that are seed phrases of data/topic/seeds.csv, in lower case: a
    test of the shipped topic model on paraphrases must not test it on its own training seeds."""
    seeds = set(load_seeds()["text"].str.lower())
    return seeds & {text.lower() for texts in paraphrases.values() for text in texts}


def topic_answers(model, paraphrases: dict[str, list[str]]) -> tuple[int, list[tuple[str, str]]]:
    """How many ``paraphrases`` (topic: texts) ``model`` answers with their topic; the (text, answer) of the rest."""
    texts = [text for group in paraphrases.values() for text in group]
    topics = [topic for topic, group in paraphrases.items() for _ in group]
    answers = model.predict(texts).tolist()
    wrong = [(text, answer) for text, answer, topic in zip(texts, answers, topics) if answer != topic]
    return len(texts) - len(wrong), wrong


def best_place(text: str, region: str | None = None, field: str = "oktmo") -> str | None:
    """``field`` of the best municipality a GeoResolver with the caller's ``region`` finds in ``text`` (the text given
    to best_municipality too), None when it finds none: the geo tests' «best municipality, then compare»."""
    from mcu_nlp.geo import GeoResolver, best_municipality

    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return getattr(best, field) if best else None


def grows_linearly(read, unit: str, sizes: tuple[int, int] = (100_000, 400_000), least: float = 0.25) -> bool:
    """Whether ``read`` (e.g. redact) of ``unit`` repeated to the larger of ``sizes`` (4x the smaller) takes less than
    8x the CPU time of the smaller, with a floor of 0.05 s: a square's growth (16x) fails it once the smaller text is
    long enough to take the floor. Timed with the garbage collector off, the faster of two runs each; the larger text
    is read a second time only when its first run fails (the faster of two passes if either does: the same answer,
    in 3/5 of the time when the first passes).

    Both sizes are halved (at most three times) while the smaller text still takes ``least`` (5x the floor): read
    from an eighth of the sizes up, doubling until it does. A slow reader's square shows as well on shorter texts, and
    the suite is not kept waiting (session 70: address-dense units took 2-9 s a text at the sizes their tests ask)."""
    read(unit * 20)
    gc.collect()
    gc.disable()  # a full collection's pause grows with everything else the test process holds, not with the text
    try:
        halvings = 3
        smaller = _cpu_time(read, _repeated(unit, sizes[0] >> halvings))
        while halvings and smaller < least:
            halvings -= 1
            smaller = _cpu_time(read, _repeated(unit, sizes[0] >> halvings))
        # the faster of two: one pause of the machine is no growth (the faster smaller run makes the stricter limit)
        smaller = min(smaller, _cpu_time(read, _repeated(unit, sizes[0] >> halvings)))
        limit = 8 * max(smaller, 0.05)
        large = _repeated(unit, sizes[1] >> halvings)
        return any(_cpu_time(read, large) < limit for _ in range(2))  # any() stops at the first that passes
    finally:
        gc.enable()


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _cpu_time(read, text: str) -> float:
    started = time.process_time()
    read(text)
    return time.process_time() - started


def train_default_fits(tmp_path: Path, monkeypatch, **kwargs) -> list[dict]:
    """What ``mcu_nlp.urgency.training.train_default(**kwargs)`` passes to each ``UrgencyClassifier.fit``, in order
    (the number of texts as ``n``, then the keyword arguments), nothing fitted or saved: each stub fit "tunes" the cuts
    (0.2, 1.1) and answers normal, with the fitted attributes a triage is checked for."""
    import numpy as np

    import mcu_nlp.persistence
    from mcu_nlp.lexicon import LEVELS, load_lexicon
    from mcu_nlp.urgency import UrgencyClassifier, training

    calls: list[dict] = []
    lexicon = load_lexicon()

    def fit(self, X, y, dates=None, **given):  # records what the fit is given, fits nothing
        calls.append({"n": len(list(X)), **given})
        self.critical_threshold_, self.high_weight_, self.critical_cuts_ = 0.2, 1.1, (0.2, 0.2, 0.2)
        self.model_, self.lexicon_, self.classes_, self.triage_ = object(), lexicon, np.array(LEVELS), None
        self.predict = lambda texts, dates=None: ["normal"] * len(list(texts))
        return self

    monkeypatch.setattr(UrgencyClassifier, "fit", fit)
    monkeypatch.setattr(mcu_nlp.persistence, "save", lambda *args, **kw: None)
    training.train_default(tmp_path / "m.joblib", **kwargs)
    return calls
