"""The rows of the urgency lexicon (``data/urgency_lexicon.csv``) read into rules: :class:`Rule` and :class:`Slot`.

A row names a signal, the level it signals, its group, a pattern of slots of lemma alternatives, a window and the
``unless`` words that cancel it; ``@name`` rows of level ``macro`` are lists of alternatives other rows may name.
The CSV header documents the columns; :mod:`mcu_nlp.lexicon` matches the rules against texts.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).parent / "data" / "urgency_lexicon.csv"
LEVELS = ("critical", "high", "normal")
#: Words of absence: a rule with one of them in a slot speaks of absence itself ("нет воды").
NEGATORS = frozenset({"нет", "нету", "без"})


@dataclass(frozen=True)
class Slot:
    """Alternatives one place of a pattern accepts: lemmas, surface forms ("=дали") and lemma prefixes ("провод*")."""

    lemmas: frozenset[str]
    forms: frozenset[str]
    prefixes: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """One row of the lexicon: all ``slots`` within ``window`` tokens of one sentence signal ``level``."""

    name: str
    level: str
    group: str
    slots: tuple[Slot, ...]
    window: int
    unless: frozenset[str]
    speaks_of_absence: bool


def _expand(alternatives: list[str], macros: dict[str, list[str]]) -> list[str]:
    """``alternatives`` with each @macro replaced by its list."""
    expanded: list[str] = []
    for item in alternatives:
        expanded.extend(macros[item] if item.startswith("@") else [item])
    return expanded


def _slot(alternatives: list[str], macros: dict[str, list[str]]) -> Slot:
    expanded = _expand(alternatives, macros)
    return Slot(
        lemmas=frozenset(a for a in expanded if not a.startswith("=") and not a.endswith("*")),
        forms=frozenset(a[1:] for a in expanded if a.startswith("=")),
        prefixes=tuple(a[:-1] for a in expanded if a.endswith("*")),
    )


def parse_rules(lines: Iterable[str]) -> tuple[Rule, ...]:
    """Read lexicon rows (CSV with a header; "#" lines are comments) into rules.

    >>> rows = ["name,level,group,pattern,window,unless", "no water,critical,water,нет|без вода,3,горячий"]
    >>> rule = parse_rules(rows)[0]
    >>> rule.name, rule.window, sorted(rule.slots[0].lemmas), rule.speaks_of_absence
    ('no water', 3, ['без', 'нет'], True)
    """
    rows = list(csv.DictReader(line for line in lines if line.strip() and not line.startswith("#")))
    macros = {r["name"]: r["pattern"].replace("ё", "е").split("|") for r in rows if r["level"] == "macro"}
    rules = []
    for row in rows:
        if row["level"] == "macro":
            continue
        if row["level"] not in ("critical", "high", "fixed", "hedge", "present"):
            raise ValueError(f"expected level critical, high, fixed, hedge, present or macro, got {row['level']!r} "
                             f"in {row['name']!r}")
        slots = tuple(_slot(part.split("|"), macros) for part in row["pattern"].replace("ё", "е").split())
        rules.append(Rule(
            name=row["name"], level=row["level"], group=row["group"] or "", slots=slots,
            window=int(row["window"] or 1),
            unless=frozenset(_expand((row["unless"] or "").replace("ё", "е").split("|"), macros)) - {""},
            speaks_of_absence=any(slot.lemmas & NEGATORS for slot in slots),
        ))
    return tuple(rules)


@lru_cache(maxsize=4)
def load_rules(path: Path = LEXICON_PATH) -> tuple[Rule, ...]:
    """The rules of a lexicon file (cached).

    >>> any(rule.name == "gas smell" and rule.level == "critical" for rule in load_rules())
    True
    """
    return parse_rules(Path(path).read_text(encoding="utf-8").splitlines())
