"""Where a rule's slots meet: the spans of its matches in a text's words, each slot's word nearest the first slot's
in its sentence and window (used by :class:`mcu_nlp.lexicon.Lexicon`).

A sentence is the one :func:`~mcu_nlp.lexicon_words.words` numbers, except that a short exclamation goes on the
sentence before it for a danger rule (:func:`~mcu_nlp.lexicon_words.sentence_groups`: "Жгут мусор. Дышать нечем!"
reads as "Жгут мусор, дышать нечем"), and so does a sentence that goes on with its subject left out ("...газовую
трубу. Шипит из земли"); a rule that speaks of absence, a repair or a supply said to work reads each
sentence alone, so "Света нет. Газом пахнет!" is no "нет ... газ". Within a sentence, a slot's word in the first
slot's clause (:func:`clauses`) is taken before one as near or nearer in another clause: "нет газа, пахнет газом" is
the smell of "пахнет газом", not "газа, пахнет", whose "нет" would deny it.

A sentence also falls into parts of contrast (:func:`contrasts`, :func:`same_part`): "воду дали, но отопления нет" has
two, and a word that cancels or hedges a match in one does not reach a match in the other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from mcu_nlp.lexicon_rules import Rule
from mcu_nlp.lexicon_words import Word, elliptic_groups, opens_clause, sentence_groups

__all__ = [
    "CONTRAST", "DANGERS", "clauses", "contrasts", "crosses", "match_spans", "nearest", "reads_on", "same_part",
    "sentences",
]

#: Levels of the rules a short exclamation after a match's own sentence may complete.
DANGERS = ("critical", "high")
#: A word that opens a part of contrast in a sentence ("воду дали, но отопления нет", "год назад был ремонт, а сейчас
#: затопило", "однако", "зато", "хотя"); not "а также", "а именно", "хотя бы", nor a house's letter ("дом 5 а").
#: The one list of them: the cancels and hedges (:func:`same_part`), the clause of a repair
#: (:mod:`mcu_nlp.lexicon_repairs`) and a contrast after a settling phrase (:mod:`mcu_nlp.urgency.settled`) read it.
CONTRAST = re.compile(r"(?<![\w-])(?<!\d)(?<!\d )(?:но|а|однако|зато|хотя)(?![\w-])(?!\s+(?:также|так же|именно|бы)\b)",
                      re.IGNORECASE)


def reads_on(rule: Rule) -> bool:
    """Whether ``rule`` reads a short exclamation with the sentence before it: a danger that does not speak of
    absence."""
    return rule.level in DANGERS and not rule.speaks_of_absence


def sentences(text: str, seq: list[Word]) -> tuple[list[int], list[int]]:
    """Each word's own sentence (a sentence that only says how long something is absent read with the one before it:
    :func:`~mcu_nlp.lexicon_words.elliptic_groups`) and its sentence with short exclamations joined
    (:func:`sentence_groups`).

    >>> from mcu_nlp.lexicon_words import words
    >>> sentences("Жгут мусор. Дышать нечем!", words("Жгут мусор. Дышать нечем!"))
    ([0, 0, 1, 1], [0, 0, 0, 0])
    >>> sentences("Где свет? Сутки нет", words("Где свет? Сутки нет"))
    ([0, 0, 0, 0], [0, 0, 1, 1])
    """
    groups, own = sentence_groups(text, seq), elliptic_groups(seq)
    return [own[w.sentence] for w in seq], [groups[w.sentence] for w in seq]


def contrasts(text: str) -> list[int]:
    """The offsets in ``text`` of the words that open a part of contrast (:data:`CONTRAST`), ascending.

    >>> contrasts("Воду дали, но отопления нет, а также газа"), contrasts("Дом 5 а, хотя бы свет")
    ([11], [])
    """
    return [found.start() for found in CONTRAST.finditer(text)]


def same_part(bounds: list[int], seq: list[Word], i: int, j: int) -> bool:
    """Whether words ``i`` and ``j`` stand in one sentence and no part of contrast opens between them (``bounds``:
    :func:`contrasts` of the text of ``seq``).

    >>> from mcu_nlp.lexicon_words import words
    >>> t = "Год назад был ремонт, а сейчас затопило"
    >>> same_part(contrasts(t), words(t), 1, 3), same_part(contrasts(t), words(t), 1, 6)
    (True, False)
    """
    return seq[i].sentence == seq[j].sentence and not crosses(bounds, seq, i, j)


def crosses(bounds: list[int], seq: list[Word], i: int, j: int) -> bool:
    """Whether a part of contrast opens between words ``i`` and ``j`` (``bounds``: :func:`contrasts`), whatever their
    sentences.

    >>> from mcu_nlp.lexicon_words import words
    >>> t = "Отопления нет, зато воду дали"
    >>> crosses(contrasts(t), words(t), 1, 3), crosses(contrasts(t), words(t), 0, 1)
    (True, False)
    """
    return bisect_right(bounds, seq[i].start) != bisect_right(bounds, seq[j].start)


def clauses(text: str, seq: list[Word], marks: str) -> list[int]:
    """Each word's clause number: a clause opens a sentence or follows one of ``marks``
    (:func:`~mcu_nlp.lexicon_words.opens_clause`).

    >>> from mcu_nlp.lexicon_words import words
    >>> clauses("нет газа, пахнет газом. Да", words("нет газа, пахнет газом. Да"), ",()")
    [0, 0, 1, 1, 2]
    """
    out, clause = [], -1
    for i in range(len(seq)):
        clause += opens_clause(text, seq, i, marks)
        out.append(clause)
    return out


def nearest(other: list[int], anchor: int, window: int, group: list[int],
            clause: list[int] | None = None) -> int | None:
    """The word of ``other`` (ascending indices) nearest ``anchor`` in its sentence (``group``: each word's
    :func:`~mcu_nlp.lexicon_words.sentence_groups`) and less than ``window`` words away, the earlier of two as near;
    None if there is none. With ``clause`` (each word's :func:`clauses`), a word in the anchor's clause comes before a
    nearer one in another ("нет газа, пахнет в подъезде газом"). Only the nearest word on each side can qualify: one
    farther away is no nearer, no more in the anchor's sentence and no more in its clause, so a bisection finds it in a
    long text.

    >>> from mcu_nlp.lexicon_words import words
    >>> seq = words("нет воды. нет, нет воды")
    >>> [nearest([0, 2, 3], anchor, 3, [w.sentence for w in seq]) for anchor in (1, 4)]
    [0, 3]
    >>> t = "нет газа, пахнет газом"
    >>> nearest([1, 3], 2, 4, [0, 0, 0, 0]), nearest([1, 3], 2, 4, [0, 0, 0, 0], clauses(t, words(t), ","))
    (1, 3)
    """
    at = bisect_left(other, anchor)
    near = [i for i in other[max(0, at - 1):at + 1] if abs(i - anchor) < window and group[i] == group[anchor]]
    if not near:
        return None
    return min(near, key=lambda i: (clause is not None and clause[i] != clause[anchor], abs(i - anchor)))


def match_spans(rule: Rule, hits: list[list[int]], group: list[int],
                clause: list[int] | None = None) -> list[tuple[int, int]]:
    """(first, last) word indices of non-overlapping matches of ``rule``, given where each slot matched (ascending):
    for each word of the first slot, the nearest word of each other slot in its sentence (``group``) and window, one in
    its clause first (``clause``: each word's :func:`clauses`, if given)."""
    if any(not h for h in hits):
        return []
    spans: list[tuple[int, int]] = []
    window = rule.window
    for anchor in hits[0]:
        first = last = anchor
        for other in hits[1:]:
            near = nearest(other, anchor, window, group, clause)
            if near is None:
                break
            first, last = min(first, near), max(last, near)
        else:
            if last - first < window and not (spans and first <= spans[-1][1]):
                spans.append((first, last))
    return spans
