"""What cancels a lexicon match (:func:`blocked`): an ``unless`` word near it, a ``place`` elsewhere in the text, a
``past`` word with no cue that it goes on, or a negator before or after it in its clause ("запаха газа нет", "пожара
в доме уже нет"). The rules of each are in :mod:`mcu_nlp.lexicon`'s docstring; this module is where they are applied.
"""

from __future__ import annotations

from typing import Any

from mcu_nlp.lexicon_past import dated_past, still_goes_on
from mcu_nlp.lexicon_places import elsewhere, street_name
from mcu_nlp.lexicon_repairs import REPAIRS
from mcu_nlp.lexicon_rules import NEGATORS, Rule, Slot
from mcu_nlp.lexicon_words import Word, answered_no, names_responders, opens_clause
from mcu_nlp.morphology import grammemes

#: A rule's ``past`` slot emptied, to tell a match cancelled by a past word from one cancelled otherwise.
NO_PAST = Slot(frozenset(), frozenset(), ())
#: Negators that also deny what stands right before them ("запаха газа нет").
AFTER_NEGATORS = frozenset({"нет", "нету"})
#: Words that may stand between a signal and the negator after it: "запаха газа уже нет".
BY_NOW = frozenset({"уже", "больше", "давно", "теперь", "сейчас", "совсем", "вообще", "пока"})
#: How many words after a match a "нет" ending its clause may stand to deny it ("Пожара в доме уже нет").
CLAUSE_REACH = 5
#: Marks that end the clause a negator negates.
CLAUSE_MARKS = ",()"


def has_past(rule: Rule) -> bool:
    """Whether ``rule`` has ``past`` words (lemmas, forms or prefixes): most have none, and their window is not
    scanned for them."""
    past = rule.past
    return bool(past.lemmas or past.forms or past.prefixes)


def blocked(rule: Rule, seq: list[Word], first: int, last: int,
            known: dict[Any, Any] | None = None, text: str = "") -> bool:
    """Whether a match of ``rule`` over words ``first``..``last`` is cancelled: an ``unless`` word near it (not the
    firefighters of "пожарные не едут", :func:`~mcu_nlp.lexicon_words.names_responders`, nor a street's name, "горит
    дом на Пожарной улице", :func:`~mcu_nlp.lexicon_places.street_name`, when ``text`` is given), a
    ``place`` elsewhere (:func:`~mcu_nlp.lexicon_places.elsewhere`), a ``past`` word with no cue that it goes on, or a
    negator right before or after it in its clause."""
    sentence = seq[first].sentence
    around = range(max(0, first - rule.window), min(len(seq), last + rule.window + 1))
    if rule.unless and any(seq[i].sentence == sentence and seq[i].term in rule.unless
                           and not (text and (names_responders(text, seq, i) or street_name(text, seq, i)))
                           for i in around):
        return True
    if rule.near and _in_clause(rule.near, text, seq, first, last, rule.window):
        return True
    if elsewhere(rule, seq, first, known) or (text and answered_no(text, seq, last, known)):
        return True
    dated = has_past(rule) and any(dated_past(rule, seq, i) for i in around if seq[i].sentence == sentence)
    if dated and not still_goes_on(rule, seq, first, last, known):
        return True
    if rule.speaks_of_absence or rule.level in REPAIRS:
        return False
    before = first > 0 and seq[first - 1].term in NEGATORS and not _clause_starts(text, seq, first)
    nxt = last + 1 + (last + 2 < len(seq) and seq[last + 1].form in BY_NOW)
    after = nxt < len(seq) and seq[nxt].term in AFTER_NEGATORS and not any(
        _clause_starts(text, seq, i) for i in range(last + 1, nxt + 1))
    return before or after or _denied_at_clause_end(text, seq, first, last)


def _in_clause(terms: frozenset[str], text: str, seq: list[Word], first: int, last: int, window: int) -> bool:
    """Whether a word of ``terms`` stands within ``window`` words of the match ``first``..``last`` in its own clause:
    «Дочь пропала из списков» (a record the person is gone from), not «Пропал сын, в журнале отмечено, что был в
    школе»; the words of the match itself are not read («Отец ушёл туда за грибами и не вернулся»)."""
    for i in range(last + 1, min(len(seq), last + window + 1)):
        if _clause_starts(text, seq, i):
            break
        if seq[i].term in terms:
            return True
    for i in range(first - 1, max(-1, first - window - 1), -1):
        if _clause_starts(text, seq, i + 1):
            break
        if seq[i].term in terms:
            return True
    return False


def _denied_at_clause_end(text: str, seq: list[Word], first: int, last: int) -> bool:
    """Whether a "нет" ends the clause of a match that opens with a genitive, within CLAUSE_REACH words after it:
    "Пожара в доме уже нет" ("нет" is that clause's predicate); not "Пахнет газом и воды нет" (no genitive)."""
    if not text:
        return False
    for i in range(last + 1, min(len(seq), last + 1 + CLAUSE_REACH)):
        if _clause_starts(text, seq, i):
            return False
        if seq[i].term in AFTER_NEGATORS:
            return (i + 1 == len(seq) or _clause_starts(text, seq, i + 1)) and "gent" in grammemes(seq[first].form)
    return False


def _clause_starts(text: str, seq: list[Word], i: int) -> bool:
    """Whether word ``i`` opens a clause (first in its sentence, or after a comma or a bracket; after no mark when
    ``text`` is not given): a negator negates its own clause only, so "Пахнет газом, нет никакой реакции" and
    "Света нет, пожар в доме" keep their danger."""
    return opens_clause(text, seq, i, CLAUSE_MARKS) if text else seq[i - 1].sentence != seq[i].sentence
