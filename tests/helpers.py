"""Helpers shared by test modules (fixtures are in conftest.py): import them as ``from helpers import names``."""

import csv
import json
from pathlib import Path

from mcu_nlp.lexicon import find_signals


def names(text: str) -> set[tuple[str, str]]:
    """The (name, level) pairs of the shipped lexicon's signals in ``text``."""
    return {(s.name, s.level) for s in find_signals(text)}


def written_ids(path: Path) -> list[str]:
    """The id column of an analyze output, CSV or JSONL, as its reader gets it."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return [row["id"] for row in csv.DictReader(file)]
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
