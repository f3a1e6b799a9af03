"""When a lexicon match is dated in the past, and when it still goes on: the ``past`` column of the lexicon.

A ``past`` word near a match ("назад", "в прошлом году") cancels it, unless the match still goes on: a cue of the
rule's ``ongoing`` slot within its window, or with water as its subject in its sentence or the next ("затопили два
дня назад, вода течёт"), not a cue about something else ("год назад затопили. Кран на кухне капает"). "назад" after
minutes or hours ("полчаса назад затопило") is now, not the past.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mcu_nlp.lexicon_rules import Rule

if TYPE_CHECKING:
    from mcu_nlp.lexicon import Word

__all__ = ["FLOWING_SUBJECTS", "RECENT", "SUBJECT_REACH", "dated_past", "still_goes_on"]

#: Words that make "назад" the last hour, not the past: "полчаса назад затопило" floods now.
RECENT = frozenset({"минута", "час", "полчаса", "полчас"})
#: Water that may be the subject of an ongoing cue of ``past`` read outside the match's window ("вода течёт").
FLOWING_SUBJECTS = frozenset({"вода", "кипяток", "паводок", "река", "поток"})
#: How many words before such a cue its subject may stand ("вода до сих пор течёт"); or right after it.
SUBJECT_REACH = 4


def dated_past(rule: Rule, seq: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` dates a match in the past: a ``rule.past`` word, but not "назад" after "минут"/"час"."""
    return seq[i] in rule.past and not (i > 0 and seq[i - 1].term in RECENT)


def still_goes_on(rule: Rule, seq: Sequence[Word], first: int, last: int) -> bool:
    """Whether a match still goes on: a cue of ``rule.ongoing`` within the rule's window of the match, or in its
    sentence or the next one with water as its subject ("затопили два дня назад, вода течёт"); not a cue about something
    else ("год назад затопили. Кран на кухне капает")."""
    sentence = seq[first].sentence
    for i, w in enumerate(seq):
        if not (sentence <= w.sentence <= sentence + 1) or w not in rule.ongoing:
            continue
        if w.sentence == sentence and first - rule.window <= i <= last + rule.window:
            return True
        if any(seq[j].sentence == w.sentence and seq[j].term in FLOWING_SUBJECTS
               for j in range(max(0, i - SUBJECT_REACH), min(len(seq), i + 2))):
            return True
    return False
