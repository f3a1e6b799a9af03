"""The rows of the urgency lexicon (``data/urgency_lexicon.csv``) read into rules: :class:`Rule` and :class:`Slot`.

A row names a signal, the level it signals, its group, a pattern of slots of lemma alternatives, a window, the
``unless`` words that cancel it, the ``past`` words that cancel it unless a cue says it still goes on, and the
``place`` words that say, anywhere in the text, that it is somewhere else unless its sentence names a home
(:mod:`mcu_nlp.lexicon_places`); ``@name`` rows of level ``macro`` are lists of alternatives other rows may name
(and macros below them: ``@what_if`` is ``@what_if_now`` and «после»).
The CSV header documents the columns; :mod:`mcu_nlp.lexicon` matches the rules against texts.

Rows are folded as texts are (:func:`mcu_nlp.cleaning.fold_lookalikes`): a user's pattern typed with a Latin look-alike
in a Russian word ("гaз" with a Latin "a") matches "газ" as the text reader folds it, instead of never matching.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mcu_nlp.cleaning import fold_lookalikes
from mcu_nlp.errors import InputError, McuNlpWarning, outside_level

LEXICON_PATH = Path(__file__).parent / "data" / "urgency_lexicon.csv"
LEVELS = ("critical", "high", "normal")
#: Levels a lexicon row may have besides ``macro`` (see the header of the CSV).
RULE_LEVELS = ("critical", "high", "fixed", "back", "hedge", "threat", "present", "question", "thanks", "denied")
#: The level of a danger the text itself denies («провода висят низко, но не искрят»): shown as "high"
#: (:mod:`mcu_nlp.lexicon`, :meth:`~mcu_nlp.lexicon.Lexicon.dated`).
DENIED = "denied"
#: The level of a danger said to come («еще дождь и затопит дома», «может затопить дома»): no signal itself, it makes a
#: critical signal of its group that starts at it or after it in its clause high (:mod:`mcu_nlp.lexicon`).
THREAT = "threat"
#: Words of absence: a rule with one of them in a slot speaks of absence itself ("нет воды").
NEGATORS = frozenset({"нет", "нету", "без"})
#: Columns the header must name; ``past`` and ``place`` may be left out, and a row may leave its last columns out.
COLUMNS = ("name", "level", "group", "pattern", "window", "unless")
#: What separates the alternatives and slots of the pattern, unless and past columns.
SEPARATORS = re.compile(r"[\s|]+")


@dataclass(frozen=True)
class Slot:
    """Alternatives one place of a pattern accepts: lemmas, surface forms ("=дали") and lemma prefixes ("провод*")."""

    lemmas: frozenset[str]
    forms: frozenset[str]
    prefixes: tuple[str, ...]

    def __contains__(self, word: object) -> bool:
        """Whether a word (anything with ``term`` and ``form``, as :class:`mcu_nlp.lexicon.Word`) fills the slot."""
        term, form = word.term, word.form  # type: ignore[attr-defined]
        return term in self.lemmas or form in self.forms or term.startswith(self.prefixes)


@dataclass(frozen=True)
class Rule:
    """One row of the lexicon: all ``slots`` within ``window`` tokens of one sentence signal ``level``.

    ``past`` words near a match date it in the past and cancel it, as ``unless`` words do, unless the same or the
    next sentence has a word of ``ongoing``: "затопили два дня назад, вода течёт" still floods now. A word of
    ``elsewhere`` anywhere in the text cancels a match whose sentence has no word of ``homes``: "Парадная 2. Нет
    света." is stairwell lighting, "Парадная 2. В квартирах нет света" a power cut.
    """

    name: str
    level: str
    group: str
    slots: tuple[Slot, ...]
    window: int
    unless: frozenset[str]
    speaks_of_absence: bool
    past: Slot = Slot(frozenset(), frozenset(), ())  # defaults: rules pickled before the column existed
    ongoing: Slot = Slot(frozenset(), frozenset(), ())
    elsewhere: Slot = Slot(frozenset(), frozenset(), ())  # the ``place`` column (mcu_nlp.lexicon_places)
    homes: Slot = Slot(frozenset(), frozenset(), ())
    near: frozenset[str] = frozenset()  # ``unless`` words written "^word": they cancel only in the match's clause


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


#: What the two slots of each two-slot column are, for the message of a column with more.
TWO_SLOTS = {"past": "past words, then ongoing cues", "place": "places elsewhere, then homes"}


def _two_slots(row: dict[str | None, str | None], column: str, macros: dict[str, list[str]]) -> tuple[Slot, Slot]:
    """A column of two slots separated by a space, either of which may be empty: ``past`` (words that date a match in
    the past, then the cues that it still goes on) or ``place`` (places that put it elsewhere, then homes)."""
    value = row.get(column)
    parts = (value or "").replace("ё", "е").split()
    if len(parts) > 2:
        raise InputError(f"expected a {column} column of at most two slots ({TWO_SLOTS[column]}), got "
                         f"{value!r} in {row['name']!r}; separate alternatives with '|', not spaces")
    first, second = [*parts, "", ""][:2]
    return _slot(first.split("|") if first else [], macros), _slot(second.split("|") if second else [], macros)


def parse_rules(lines: Iterable[str]) -> tuple[Rule, ...]:
    """Read lexicon rows (CSV with a header; "#" lines are comments) into rules.

    >>> rows = ["name,level,group,pattern,window,unless,past",
    ...         "no water,critical,water,нет|без вода,3,горячий,назад =течет"]
    >>> rule = parse_rules(rows)[0]
    >>> rule.name, rule.window, sorted(rule.slots[0].lemmas), rule.speaks_of_absence
    ('no water', 3, ['без', 'нет'], True)
    >>> sorted(rule.past.lemmas), sorted(rule.ongoing.forms)
    (['назад'], ['течет'])
    """
    reader = csv.DictReader(fold_lookalikes(line) for line in lines if line.strip() and not line.startswith("#"))
    rows = list(reader)
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or COLUMNS)]
    if missing:
        raise InputError(f"expected a lexicon header naming {', '.join(COLUMNS)} (and past), got one without "
                         f"{', '.join(missing)}; fix the header line")
    for row in rows:
        _check_row(row)
    _drop_unless_forms(rows)
    macros: dict[str, list[str]] = {}
    for r in rows:  # a macro may name one defined above it («@what_if» is «@what_if_now» and «после»)
        if r["level"] == "macro":
            unknown = sorted(_macros_named(r) - macros.keys())
            if unknown:
                raise InputError(f"expected macros defined by rows of level macro above the macro that names them, "
                                 f"got {', '.join(unknown)} in {r['name']!r}; move those rows up or fix the names")
            macros[r["name"].replace("ё", "е")] = _expand(r["pattern"].replace("ё", "е").split("|"), macros)
    return tuple(_rule(row, macros) for row in rows if row["level"] != "macro")


def _rule(row: dict[str | None, str | None], macros: dict[str, list[str]]) -> Rule:
    """The rule of a checked row that is no macro."""
    unknown = sorted(_macros_named(row) - macros.keys())
    if unknown:
        raise InputError(f"expected macros defined by rows of level macro, got {', '.join(unknown)} in "
                         f"{row['name']!r}; add those rows or fix the names")
    slots = tuple(_slot(part.split("|"), macros) for part in row["pattern"].replace("ё", "е").split())
    past, ongoing = _two_slots(row, "past", macros)
    unless = (row["unless"] or "").replace("ё", "е").split("|")
    elsewhere, homes = _two_slots(row, "place", macros)
    return Rule(
        name=row["name"], level=row["level"], group=row["group"] or "", slots=slots, window=_window(row),
        unless=_lemmas(_expand([a for a in unless if not a.startswith("^")], macros)),
        near=_lemmas(_expand([a[1:] for a in unless if a.startswith("^")], macros)),
        speaks_of_absence=any(slot.lemmas & NEGATORS for slot in slots),
        past=past, ongoing=ongoing, elsewhere=elsewhere, homes=homes,
    )


def _drop_unless_forms(rows: list[dict[str | None, str | None]]) -> None:
    """Take the surface forms ("=был") out of the rows' unless columns, with one warning naming the rows. The cancels
    compare lemmas only, so such a form never cancelled anything; a lexicon copied from a file shipped before dd1fd10
    holds some, and it still loads and reads as it always did."""
    named = []
    for row in rows:
        unless = (row["unless"] or "").split("|")
        kept = [a for a in unless if not a.lstrip("^").startswith("=")]
        if len(kept) < len(unless):
            row["unless"] = "|".join(kept)
            named.append(repr(row["name"]))
    if named:
        warnings.warn(McuNlpWarning(f"surface forms (=form) in the unless column of {len(named)} lexicon row(s) "
                                    f"({', '.join(named[:5])}{', ...' if len(named) > 5 else ''}) are dropped: "
                                    f"unless reads lemmas only, so they never cancelled anything; write the lemma"),
                      stacklevel=outside_level())


def _lemmas(alternatives: list[str]) -> frozenset[str]:
    """The lemmas of an unless column: a macro's surface forms ("=было" of @what_if, read in patterns) are left out,
    as the cancels compare lemmas only (an ``=form`` there never cancelled anything)."""
    return frozenset(a for a in alternatives if a and not a.startswith("="))


def _check_row(row: dict[str | None, str | None]) -> None:
    """Refuse a row the rules would misread: more fields than the header (an unquoted comma), an unknown level, or
    no pattern (a rule that never matches)."""
    if None in row:
        raise InputError(f"expected at most {len(row) - 1} fields, got more in {row['name']!r}; put a field that "
                         f"holds a comma in double quotes")
    if row["level"] != "macro" and row["level"] not in RULE_LEVELS:
        raise InputError(f"expected level {', '.join(RULE_LEVELS)} or macro, got "
                         f"{row['level']!r} in {row['name']!r}; fix the lexicon row")
    if not (row["pattern"] or "").split():
        raise InputError(f"expected a pattern of at least one slot, got none in {row['name']!r}; fix the lexicon row")


def _window(row: dict[str | None, str | None]) -> int:
    """The row's window: a whole number >= 1 (1 when left empty)."""
    window = (row["window"] or "").strip() or "1"
    if not (window.isdigit() and int(window) >= 1):
        raise InputError(f"expected a window of a whole number >= 1, got {window!r} in {row['name']!r}; fix the "
                         f"lexicon row")
    return int(window)


def _macros_named(row: dict[str | None, str | None]) -> set[str]:
    """The @macros a rule row names in its pattern, unless, past and place columns."""
    fields = " ".join(row.get(column) or "" for column in ("pattern", "unless", "past", "place")).replace("ё", "е")
    return {item.lstrip("^") for item in SEPARATORS.split(fields) if item.lstrip("^").startswith("@")}


@lru_cache(maxsize=4)
def load_rules(path: Path = LEXICON_PATH) -> tuple[Rule, ...]:
    """The rules of a lexicon file (cached).

    >>> any(rule.name == "gas smell" and rule.level == "critical" for rule in load_rules())
    True
    """
    return parse_rules(Path(path).read_text(encoding="utf-8").splitlines())
