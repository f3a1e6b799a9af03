"""When a lexicon match is dated in the past, and when it still goes on: the ``past`` column of the lexicon.

A ``past`` word near a match ("назад", "в прошлом году") cancels it, unless the match still goes on: a cue of the
rule's ``ongoing`` slot within its window, or with water as its subject in its sentence or the next ("затопили два
дня назад, вода течёт"), not a cue about something else ("год назад затопили. Кран на кухне капает"). "назад" after
minutes or hours ("полчаса назад затопило") is now, not the past.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mcu_nlp.lexicon_rules import Rule, Slot

if TYPE_CHECKING:
    from mcu_nlp.lexicon_words import Word

__all__ = [
    "AFTER_PAST", "FLOWING_SUBJECTS", "RECENT", "SUBJECT_REACH", "dated_past", "goes_on_after", "ongoing_cues",
    "still_goes_on",
]

#: Words that make "назад" the last hour, not the past: "полчаса назад затопило" floods now.
RECENT = frozenset({"минута", "час", "полчаса", "полчас"})
#: Water that may be the subject of an ongoing cue of ``past`` read outside the match's window ("вода течёт").
FLOWING_SUBJECTS = frozenset({"вода", "кипяток", "паводок", "река", "поток"})
#: How many words after a past word a cue that the outage goes on may stand (:func:`goes_on_after`).
AFTER_PAST = 6
#: How many words before such a cue its subject may stand ("вода до сих пор течёт"); or right after it.
SUBJECT_REACH = 4


def dated_past(rule: Rule, seq: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` dates a match in the past: a ``rule.past`` word, but not "назад" after "минут"/"час"."""
    return seq[i] in rule.past and not (i > 0 and seq[i - 1].term in RECENT)


def goes_on_after(rule: Rule, seq: Sequence[Word], i: int) -> bool:
    """Whether a cue of ``rule.ongoing`` follows the past word ``i`` within AFTER_PAST words in its sentence: an
    outage said again and dated by it that still goes on ("опять отключили на прошлой неделе, так и не включили");
    the words before it (the outage's own "отключили") are no cue."""
    return any(seq[j].sentence == seq[i].sentence and seq[j] in rule.ongoing
               for j in range(i + 1, min(len(seq), i + AFTER_PAST + 1)))


def still_goes_on(rule: Rule, seq: Sequence[Word], first: int, last: int,
                  known: dict[Slot, tuple[list[int], list[int]]] | None = None) -> bool:
    """Whether a match still goes on: a cue of ``rule.ongoing`` within the rule's window of the match, or in its
    sentence or the next one with water as its subject ("затопили два дня назад, вода течёт"); not a cue about something
    else ("год назад затопили. Кран на кухне капает"). ``known`` keeps :func:`ongoing_cues` of ``seq`` by slot across
    the matches of one text, so a long text is not read again for each of them.

    >>> from mcu_nlp.lexicon import load_rules, words
    >>> flooding = next(rule for rule in load_rules() if rule.name == "flooding")
    >>> seq = words("Год назад затопили квартиру. Вода течёт")
    >>> still_goes_on(flooding, seq, 2, 3), still_goes_on(flooding, seq[:4], 2, 3)
    (True, False)
    """
    cues, flowing = _known_cues(rule.ongoing, seq, {} if known is None else known)
    sentence = seq[first].sentence
    at = bisect_left(flowing, sentence, key=lambda i: seq[i].sentence)
    if at < len(flowing) and seq[flowing[at]].sentence <= sentence + 1:
        return True
    near = cues[bisect_left(cues, first - rule.window):bisect_right(cues, last + rule.window)]
    return any(seq[i].sentence == sentence for i in near)


def ongoing_cues(slot: Slot, seq: Sequence[Word]) -> tuple[list[int], list[int]]:
    """Indices of the words of ``seq`` that fill ``slot`` (the ongoing cues of a rule), and of those of them with
    water as their subject: one of FLOWING_SUBJECTS up to SUBJECT_REACH words before it or right after it, in its
    sentence."""
    cues = [i for i, w in enumerate(seq) if w in slot]
    return cues, [i for i in cues if any(seq[j].sentence == seq[i].sentence and seq[j].term in FLOWING_SUBJECTS
                                         for j in range(max(0, i - SUBJECT_REACH), min(len(seq), i + 2)))]


def _known_cues(slot: Slot, seq: Sequence[Word],
                known: dict[Slot, tuple[list[int], list[int]]]) -> tuple[list[int], list[int]]:
    found = known.get(slot)
    if found is None:
        known[slot] = found = ongoing_cues(slot, seq)
    return found
