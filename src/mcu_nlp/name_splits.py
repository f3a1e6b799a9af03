"""Runs of capitalised words split where a person starts after a word that is not his: a town or a street («в
Кирове И.И. Петров», «г. Кирова Т.В. Иванова», «ул. Ленина И.И. Петров», «в Кирове Петров И.И.»), a word in capitals
before a surname and its initials («ЖИЛЬЦЫ БАРАКА ЕФРЕМОВА Н.Г.»: «барака» read as the first name Барак).

:mod:`mcu_nlp.names` joins capitalised words into runs, and initials close the run they follow («Иванов И.И. Петров»
is two people): so the town took the person's initials («в [PERSON] Петров», «Кирове И.И.» read as a surname with
initials) and his surname was left alone; after «г.» or a street's word the run was a place and nothing was masked.
A run that opens with a place and goes on with initials is split before them, and the initials join the surname
right after them (:func:`split_places`). A place is what :func:`mcu_nlp.name_places.is_place` says, or a word after
«в»/«во» in the prepositional case with no first-name or patronymic reading («в Кирове»: no one is «in Петров»;
«в Анне Петровне я уверена» stays a name). Such a word after «в» also leaves a name that follows it whole
(«в Кирове Петров И.И.»: the town was part of the name). A surname with two initials is a whole name: a word in
capitals before it, where a capital says nothing, is not its first name (a first name in capitals so is left, as
the lesser harm: «АННА [PERSON]»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before
from mcu_nlp.name_places import is_place
from mcu_nlp.name_words import name_kinds

#: What may follow the initials after a place, as one person's surname: a surname, or a word the dictionary lacks
#: or shaped like one («И.И. Заремба»)
SURNAME = frozenset("SUL")
IN = frozenset(("в", "во"))
#: Readings that make a word a person's, not a town's, after «в»
PERSONAL = frozenset("NPI")


def split_places(text: str, runs: list[list[re.Match[str]]]) -> list[list[re.Match[str]]]:
    """``runs`` with a place that opens one split off: its initials joined to the surname of the run right after
    it («Кирове И.И.» + «Петров» -> «Кирове», «И.И. Петров»), or the name after it left whole («Кирове Петров И.И.»
    -> «Кирове», «Петров И.И.»)."""
    if all(len(run) < 2 for run in runs):  # most texts: nothing to split
        return runs
    out: list[list[re.Match[str]]] = []
    skip = False
    for i, run in enumerate(runs):
        if skip:
            skip = False
            continue
        after = runs[i + 1] if i + 1 < len(runs) else None
        initials = _initials_from(run)
        if initials and after and _surname_next(text, run[-1], after[0]) and _place(text, run[:initials], run):
            out += [run[:initials], run[initials:] + after]
            skip = True
        elif (len(run) > 2 and not run[1].group().endswith(".") and in_town(text, run[0])) or _before_initials(run):
            out += [run[:1], run[1:]]
        else:
            out.append(run)
    return out


def _before_initials(run: list[re.Match[str]]) -> bool:
    """Whether ``run`` is a word in capitals, a surname and two initials («БАРАКА ЕФРЕМОВА Н.Г.»)."""
    words = [m.group() for m in run]
    return len(words) == 4 and words[0].isupper() and len(words[0]) > 1 and all(w.endswith(".") for w in words[2:]) \
        and "s" in name_kinds(words[1]) and not name_kinds(words[0]) & frozenset("SP")


def _initials_from(run: list[re.Match[str]]) -> int:
    """Where the initials closing ``run`` start (0: none, or the run is nothing but initials)."""
    start = len(run)
    while start > 0 and run[start - 1].group().endswith("."):
        start -= 1
    return start if 0 < start < len(run) and len(run) - start <= 2 else 0


def _surname_next(text: str, last: re.Match[str], first: re.Match[str]) -> bool:
    """Whether ``first`` (a run's first word) is a surname right after the initial ``last``."""
    gap = text[last.end() : first.start()]
    return len(gap) <= 2 and gap.isspace() and bool(name_kinds(first.group()) & SURNAME) \
        and not first.group().endswith(".")


def _place(text: str, head: list[re.Match[str]], run: list[re.Match[str]]) -> bool:
    """Whether the words ``head`` opening ``run`` are a place."""
    return (len(head) == 1 and in_town(text, head[0])) or is_place(text, run, [name_kinds(m.group()) for m in run])


def in_town(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` stands after «в»/«во» in the prepositional case, with no first-name or patronymic reading:
    a town's, not a person's («в Кирове»)."""
    return word_before(text, word.start()) in IN and _town_form(word.group())


@lru_cache(maxsize=2_000)
def _town_form(word: str) -> bool:
    if name_kinds(word) & PERSONAL:
        return False
    return any(p.tag.case in ("loct", "loc2") for p in analyzer().parse(word.lower()))
