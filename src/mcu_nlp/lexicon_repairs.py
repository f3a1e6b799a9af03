"""Repairs in the lexicon's reading: which outages a repair cancels, and when "сейчас есть"/"идёт" says a supply is
there again ("не было воды, сейчас идёт") rather than something else ("уже есть пострадавшие", "газ идёт из трубы").
Used by :func:`mcu_nlp.lexicon.find_signals`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mcu_nlp.lexicon_rules import Rule

if TYPE_CHECKING:
    from mcu_nlp.lexicon import Word

__all__ = ["REPAIRS", "SUPPLY", "SUPPLY_NOUNS", "answers_outage", "from_where", "repair_cancels"]

#: Outages a later repair can cancel.
SUPPLY = frozenset({"heating", "water", "power", "gas"})
#: Levels of repairs: "fixed" says what was repaired or that it was repaired ("свет дали", "сейчас дали"); "back"
#: only says a supply is there again ("сейчас есть"), so it is a repair only after an outage (:func:`answers_outage`).
REPAIRS = ("fixed", "back")
#: What a "back" verb may have as its subject for it to say a supply is there again ("сейчас есть свет"); any other
#: word after it is its subject instead ("уже есть пострадавшие", "сейчас идёт отопительный сезон").
SUPPLY_NOUNS = frozenset({"вода", "свет", "отопление", "газ", "электричество", "электроэнергия", "тепло", "батарея",
                          "горячий", "холодный", "напряжение", "водоснабжение", "теплоснабжение", "электроснабжение"})
#: After "идёт", a source or a path: "газ идёт из трубы", "вода идёт с потолка" is a leak, not a supply that works;
#: not "с" with an instrumental ("идёт с температурой 28 градусов") or "по" with a schedule ("идёт по графику").
FROM_WHERE = frozenset({"из", "с", "по"})
INSTRUMENTAL = re.compile(r".+(?:ой|ей|ом|ем|ами|ями|ью)")
WHEN = frozenset({"график", "расписание", "час", "утро", "вечер", "ночь", "день", "обед", "сегодня", "вчера", "норма",
                  "понедельник", "число", "перебой"})


def from_where(item: tuple[int, int, Rule], seq: Sequence[Word]) -> bool:
    """Whether a supply-present or "back" match ends in "идёт" followed by a source ("газ идёт из трубы")."""
    _, last, rule = item
    after = seq[last + 1:last + 3]
    return (rule.level in ("present", "back") and seq[last].term == "идти" and len(after) == 2
            and after[1].sentence == seq[last].sentence and after[0].term in FROM_WHERE
            and not INSTRUMENTAL.fullmatch(after[1].form) and after[1].term not in WHEN)


def answers_outage(item: tuple[int, int, Rule], found: list[tuple[int, int, Rule]], seq: Sequence[Word],
                    text: str) -> bool:
    """Whether a "back" match says a supply is there again: a supply outage ends before it in its sentence or the
    previous one, and the match ends its clause or a supply noun follows ("не было воды, сейчас идёт", "сейчас есть
    свет"), so the supply is what is back; not "сейчас идёт дистанционное обучение" or "нет света. Уже есть
    пострадавшие"."""
    first, last, _ = item
    sentence = seq[first].sentence
    outage = any(rule.level in ("critical", "high") and rule.group in SUPPLY and end < first
                 and seq[end].sentence >= sentence - 1 for _, end, rule in found)
    nxt = last + 1
    ends_clause = (nxt >= len(seq) or seq[nxt].sentence != seq[last].sentence
                   or any(c in ",:-—–()" for c in text[seq[last].stop:seq[nxt].start]))
    return outage and (ends_clause or seq[nxt].term in SUPPLY_NOUNS)


def repair_cancels(repair_group: str, group: str) -> bool:
    """Whether a repair of ``repair_group`` cancels a signal of ``group``: its own group ("потушили" a fire), or any
    supply outage for a repair without a group ("дали")."""
    return repair_group == group or (not repair_group and group in SUPPLY)
