"""What cancels a lexicon match (:func:`blocked`): an ``unless`` word near it, a ``place`` elsewhere in the text, a
``past`` word with no cue that it goes on, a negator before or after it in its clause ("запаха газа нет", "пожара
в доме уже нет"), or a notice's quoted text around it (:mod:`mcu_nlp.lexicon_quotes`). The rules of each are in
:mod:`mcu_nlp.lexicon`'s docstring; this module is where they are applied.

An ``unless`` or ``past`` word cancels only in the match's part of contrast (:func:`~mcu_nlp.lexicon_spans.same_part`),
or in a later part after a word that refers back (:func:`scope`): "воду дали, но отопления нет" keeps its heating
outage, "год назад был ремонт, а сейчас затопило" its flood; "сломался в мороз, но всех забрал другой" is over. A
reassurance of the row's ``unless`` said of the match ("это нормально", "всё нормально") cancels it beyond the window
too, in a clause after it (:func:`reassured`): "Газовый котёл пищит при включении, мастер сказал это нормально".
"""

from __future__ import annotations

from typing import Any

from mcu_nlp.lexicon_past import dated_past, still_goes_on
from mcu_nlp.lexicon_places import elsewhere, street_name, street_type_of_name
from mcu_nlp.lexicon_quotes import quoted_notice
from mcu_nlp.lexicon_repairs import REPAIRS
from mcu_nlp.lexicon_rules import NEGATORS, Rule, Slot
from mcu_nlp.lexicon_spans import contrasts, crosses, same_part
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
#: ``unless`` words that say a match is no trouble ("нормально"): they cancel it from a clause after it too, when a word
#: of REFERS stands before them in their clause (:func:`reassured`).
REASSURANCES = frozenset({"нормально", "норма", "нормальный", "исправно", "исправный", "безопасно", "безопасный",
                          "штатно", "штатный"})
#: Words that refer what follows them in their part of contrast back to what was said before it ("это нормально",
#: "но всех забрал другой, все доехали"; "все" is "всё" too: ё is read as е): a cancel word after one counts for a
#: match of an earlier part (:func:`scope`). For a reassurance beyond the window (:func:`reassured`), "все" and its
#: forms only within the match's part (within the window, "котёл пищит, а у соседа всё нормально" cancels as before).
REFERS = frozenset({"это", "все", "всех", "всем"})
#: The glued «не» of a word that opens a part of contrast right after its conjunction: the part denies something of
#: what was said before it, whose subject it shares («висят, но не искрят»; not «воду дали, но отопления нет»).
DENIAL = "не_"
#: The key of a text's :func:`~mcu_nlp.lexicon_spans.contrasts` in the ``known`` of :func:`blocked`.
CONTRASTS = "contrasts"
#: How many words after a match a reassurance may stand (:func:`reassured`).
REFER_REACH = 12
#: Marks that open the clause of a reassurance.
REFER_MARKS = ",:;-—–()"


def has_past(rule: Rule) -> bool:
    """Whether ``rule`` has ``past`` words (lemmas, forms or prefixes): most have none, and their window is not
    scanned for them."""
    past = rule.past
    return bool(past.lemmas or past.forms or past.prefixes)


def blocked(rule: Rule, seq: list[Word], first: int, last: int,
            known: dict[Any, Any] | None = None, text: str = "") -> bool:
    """Whether a match of ``rule`` over words ``first``..``last`` is cancelled: an ``unless`` word near it (not the
    firefighters of "пожарные не едут", :func:`~mcu_nlp.lexicon_words.names_responders`, nor a street's name, "горит
    дом на Пожарной улице", :func:`~mcu_nlp.lexicon_places.street_name`, or its type before it, "улица Ленина: света
    нет", :func:`~mcu_nlp.lexicon_places.street_type_of_name`, when ``text`` is given), a
    ``place`` elsewhere (:func:`~mcu_nlp.lexicon_places.elsewhere`), a ``past`` word with no cue that it goes on, or a
    negator right before or after it in its clause, or (``text`` given) a quote of a notice around it
    (:func:`~mcu_nlp.lexicon_quotes.quoted_notice`)."""
    if text and quoted_notice(text, seq[first].start, seq[last].stop, known):
        return True
    bounds = _contrasts(text, known)
    around = scope(seq, first, last, rule.window, bounds)
    if rule.unless and any(seq[i].term in rule.unless
                           and not (text and (names_responders(text, seq, i) or street_name(text, seq, i)
                                              or street_type_of_name(text, seq, i)))
                           for i in around):
        return True
    if text and rule.unless & REASSURANCES and reassured(rule, seq, last, text, bounds):
        return True
    if rule.near and _in_clause(rule.near, text, seq, first, last, rule.window):
        return True
    if elsewhere(rule, seq, first, known, text) or (text and answered_no(text, seq, last, known)):
        return True
    dated = has_past(rule) and any(dated_past(rule, seq, i) for i in around)
    if dated and not still_goes_on(rule, seq, first, last, known):
        return True
    if rule.speaks_of_absence or rule.level in REPAIRS:
        return False
    before = first > 0 and seq[first - 1].term in NEGATORS and not _clause_starts(text, seq, first)
    nxt = last + 1 + (last + 2 < len(seq) and seq[last + 1].form in BY_NOW)
    after = nxt < len(seq) and seq[nxt].term in AFTER_NEGATORS and not any(
        _clause_starts(text, seq, i) for i in range(last + 1, nxt + 1))
    return before or after or _denied_at_clause_end(text, seq, first, last)


def scope(seq: list[Word], first: int, last: int, window: int, bounds: list[int]) -> list[int]:
    """The words within ``window`` of the match ``first``..``last`` in its sentence whose ``unless`` and ``past`` words
    cancel it: those of its part of contrast (``bounds``: :func:`~mcu_nlp.lexicon_spans.contrasts`), and those of a
    later part that follow a word referring back (:data:`REFERS`) or that opens on a denial with no subject of its own
    (:data:`DENIAL`: «провода висят низко, но не искрят и не оборваны» says of the wires that they do not spark;
    walkthrough s42 D3); none of a part before it.

    >>> from mcu_nlp.lexicon import words
    >>> t, u = "Воду дали, но отопления нет", "Автобус сломался, но всех забрал другой"
    >>> scope(words(t), 3, 4, 3, contrasts(t)), scope(words(u), 0, 1, 4, contrasts(u))
    ([2, 3, 4], [0, 1, 3, 4, 5])
    >>> v = "Провода висят низко, но не искрят"
    >>> scope(words(v), 0, 2, 6, contrasts(v))
    [0, 1, 2, 3, 4]
    """
    sentence = seq[first].sentence
    low, high = max(0, first - window), min(len(seq), last + window + 1)
    if not bounds or not crosses(bounds, seq, low, high - 1):  # no contrast in reach: most matches
        return [i for i in range(low, high) if seq[i].sentence == sentence]
    out = [i for i in range(low, last + 1) if seq[i].sentence == sentence
           and (same_part(bounds, seq, i, first) or same_part(bounds, seq, i, last))]
    refers = False
    for i in range(last + 1, high):
        if seq[i].sentence != sentence:
            break
        if crosses(bounds, seq, i - 1, i):  # a part that opens on a denial says it of the match: «висят, но не искрят»
            refers = i + 1 < len(seq) and seq[i + 1].sentence == sentence and seq[i + 1].term.startswith(DENIAL)
        refers = refers or seq[i].form in REFERS
        if refers or same_part(bounds, seq, i, last):
            out.append(i)
    return out


def reassured(rule: Rule, seq: list[Word], last: int, text: str, bounds: list[int]) -> bool:
    """Whether a reassurance of ``rule.unless`` (:data:`REASSURANCES`) stands within REFER_REACH words after the match
    ending at word ``last``, in its sentence or the next, with a word of REFERS before it in its clause and after the
    match: "котёл пищит при включении, мастер сказал это нормально"; not "котёл пищит, нормально не работает" (no word
    refers back), nor a "всё" after a contrast ("котёл пищит, а у соседа всё нормально": :data:`REFERS`).

    >>> from mcu_nlp.lexicon import load_rules, words
    >>> fault = next(rule for rule in load_rules() if rule.name == "gas appliance fault")
    >>> t, u = "Газовый котёл пищит при включении, мастер сказал это нормально", "Котёл пищит, а у соседа всё нормально"
    >>> reassured(fault, words(t), 2, t, contrasts(t)), reassured(fault, words(u), 1, u, contrasts(u))
    (True, False)
    """
    sentence = seq[last].sentence
    refers = False
    for j in range(last + 1, min(len(seq), last + 1 + REFER_REACH)):
        if seq[j].sentence > sentence + 1:
            break
        if opens_clause(text, seq, j, REFER_MARKS):
            refers = False
        if seq[j].form in REFERS:
            refers = seq[j].form == "это" or same_part(bounds, seq, j, last)
        elif refers and seq[j].term in rule.unless and seq[j].term in REASSURANCES:
            return True
    return False


def _contrasts(text: str, known: dict[Any, Any] | None) -> list[int]:
    """:func:`~mcu_nlp.lexicon_spans.contrasts` of ``text``, kept in ``known`` across the matches of one text."""
    if known is None:
        return contrasts(text)
    found = known.get(CONTRASTS)
    if found is None:
        known[CONTRASTS] = found = contrasts(text)
    return found


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
