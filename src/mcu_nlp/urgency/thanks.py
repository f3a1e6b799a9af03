"""Thanks for a done action are normal (``data/urgency.md``: thanks, and a problem already fixed).

The lexicon's ``thanks`` rows find the phrase ("спасибо, что убрали", "воду дали, спасибо": past forms only, so
"заранее спасибо, уберите снег" is no thanks). :func:`thanked` then reads the rest of the text: the problem the
action fixed ("снег" in "спасибо, что убрали снег во дворе") is the object of the thanks, not a complaint, when it
stands in the thanked verb's own clause and is no fault in the present tense. A turn after the thanks ("но", "а",
"однако", "опять", "только", "до сих пор"), a later clause that says how things stand now ("теперь", "уже", or a
pronoun with a present verb or an adjective: "он застревает", "она ржавая"), or a problem elsewhere leaves the text
to the model, since a thanks that goes on to complain keeps its level.

A text that opens with thanks (:func:`opens_with_thanks`: «Спасибо водоканалу, аварию устранили за ночь», «Абакан,
спасибо, яму закатали», «Хочу поблагодарить энергетиков...») and has no critical signal is no emergency either,
whatever verbs the lexicon's thanks rows read in it: of the 520 annotated and blind12..46 texts so opened with no
critical signal, none is labelled critical (5 high, sarcasm among them: «ну спасибо за уборку снега... вал по
грудь»), and the shipped model called 8 of them critical (session 51). A polite closing («Заделайте яму. Спасибо.»,
«заранее спасибо») opens nothing, and «ну спасибо» is read as the sarcasm it mostly is: both stay the model's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Any

from mcu_nlp.lexicon import Signal, Word, words
from mcu_nlp.lexicon_words import opens_clause
from mcu_nlp.morphology import analyzer, has_verb
from mcu_nlp.urgency.cover import cover

#: A text that opens with thanks, maybe after a first clause of up to 60 characters and a comma, colon or dash (a
#: place or a greeting: «Ярославль, Брагино: спасибо аварийной бригаде», «Добрый день, спасибо»): «спасибо»,
#: «благодарю» / «благодарим» / «благодарность», «хочу поблагодарить», «хотим сказать спасибо», «огромное спасибо»;
#: not «ну спасибо» (sarcasm) nor a thanks in advance («заранее спасибо», «спасибо заранее»).
OPENING_THANKS = re.compile(
    r"\s*(?:[^.!?:—–\n]{1,60}?(?::|,|\s[—–-])\s*)?(?P<thanks>(?:(?:огромное|большое|отдельное|искреннее)\s+)?"
    r"(?:спасибо|благодар(?!я(?![\w-]))\w+|хо(?:чу|тим|тели|тела|тел)\s+(?:бы\s+)?"
    r"(?:сказать\s+спасибо|поблагодарить|выразить\s+благодарность)))(?![\w-])",
    re.IGNORECASE,
)
#: Words before the thanks that make it no opening one: sarcasm («ну спасибо») and a closing said in advance.
NOT_OPENING = re.compile(r"(?<![\w-])(?:ну|заранее)\s+(?:и\s+)?(?:огромное\s+|большое\s+)?спасибо", re.IGNORECASE)
#: A word just after the thanks that makes it a closing said in advance («Уберите сухое дерево, спасибо заранее»).
IN_ADVANCE = re.compile(r"[\s!,.]*заранее(?![\w-])", re.IGNORECASE)
#: A turn anywhere after an opening thanks: it goes on to complain («Спасибо за ответ, но мальчик провалился под лёд»).
OPENING_TURN = re.compile(r"(?<![\w-])(?:но|однако|опять|снова|по-прежнему|вновь|до\s+сих\s+пор)(?![\w-])",
                          re.IGNORECASE)
#: The group of the lexicon rows that find thanks for a done action.
THANKS = "thanks"
#: Lemmas that turn a thanks into a complaint wherever they stand after it.
TURNS = frozenset({"но", "однако", "опять", "снова", "по-прежнему", "вновь", "всё-таки", "все-таки"})
#: Lemmas that turn it when they open a clause (after a comma or dash, or first in a sentence): "а тротуар нет".
CLAUSE_TURNS = frozenset({"а", "только"})
#: Lemmas that turn it in a clause after the thanked one: how things stand now ("теперь течёт кипяток").
NOW_TURNS = frozenset({"теперь", "уже"})
#: Pronouns that turn it in a clause after the thanked one when a present verb or an adjective follows them within
#: PREDICATE_WINDOW words: the thing fixed is still wrong ("починили лифт, он застревает", "дали воду, она ржавая").
PRONOUNS = frozenset({"он", "она", "оно", "они"})
PREDICATE_WINDOW = 3
#: Parts of speech (pymorphy3) that say how a thing is: an adjective or a short participle ("она ржавая").
PREDICATES = frozenset({"ADJF", "ADJS", "PRTS"})


def _index(seq: list[Word], start: int, stop: int) -> tuple[int, int]:
    """The first and last index of the words inside ``start``-``stop`` ((-1, -1) if none), by bisection: words stand
    in order and do not overlap, so those that start there or later and those that stop there or earlier meet."""
    first, last = bisect_left(seq, start, key=attrgetter("start")), bisect_right(seq, stop, key=attrgetter("stop")) - 1
    return (first, last) if first <= last else (-1, -1)


#: Marks after which a word opens a clause of a thanks text (:func:`mcu_nlp.lexicon.opens_clause`).
CLAUSE_MARKS = ",-—–:"


def _clause(seq: list[Word], i: int, opens: list[int]) -> tuple[int, int]:
    """The first and last index of the clause of word ``i``; ``opens`` are the indices of the words that open a
    clause (:func:`_openings`), found once for a text rather than read back and forth for each word asked of."""
    at = bisect_right(opens, i)
    return opens[at - 1], (opens[at] if at < len(opens) else len(seq)) - 1


def _openings(text: str, seq: list[Word]) -> list[int]:
    return [j for j in range(len(seq)) if opens_clause(text, seq, j, CLAUSE_MARKS)]


def _tag(w: Word) -> Any:
    return analyzer().parse(w.form.removeprefix("не_"))[0].tag


def _present(w: Word) -> bool:
    """A verb in the present tense ("течёт", "не работает")."""
    return "pres" in _tag(w)


def _says_now(seq: list[Word], i: int, opens: list[int]) -> bool:
    """Whether word ``i`` says how things stand now: NOW_TURNS, or a pronoun with a predicate in its clause."""
    if seq[i].term in NOW_TURNS:
        return True
    if seq[i].term not in PRONOUNS:
        return False
    following = seq[i + 1 : min(i + 1 + PREDICATE_WINDOW, _clause(seq, i, opens)[1] + 1)]
    return any(_present(w) or _tag(w).POS in PREDICATES for w in following)


def _turns(text: str, seq: list[Word], after: int, later: int, opens: list[int]) -> bool:
    """Whether a word from ``after`` on turns the thanks into a complaint, or one from ``later`` (the first word
    after the thanked clause) says how things stand now."""
    for i in range(after, len(seq)):
        w, following = seq[i], seq[i + 1].form if i + 1 < len(seq) else ""
        if w.term in TURNS or (w.form == "до" and following == "сих"):
            return True
        # "только что" is "just now"
        if w.term in CLAUSE_TURNS and opens_clause(text, seq, i, CLAUSE_MARKS) and following != "что":
            return True
        if i >= later and _says_now(seq, i, opens):
            return True
    return False


def _done(seq: list[Word], first: int, last: int) -> int:
    """The index of the done action of a thanks phrase: its end in the past tense ("дали" of "спасибо, что дали")."""
    return last if "past" in _tag(seq[last]) else first


def thanked(text: str, signals: list[Signal]) -> bool:
    """Whether ``text`` thanks for a done action and says nothing against it: no turn after the thanks, and every
    high or critical signal is the object of the thanked action (in the thanked verb's clause, with no verb of it in
    the present tense): «Спасибо за спил аварийного дерева» names the danger it thanks for removing (session 54: of
    the annotated, blind, probe-list and SPb texts with a critical signal, two are thanked so, both near misses
    of the lists, none labelled critical).

    >>> from mcu_nlp.lexicon import find_signals
    >>> texts = ("Спасибо, что убрали снег во дворе", "Спасибо, что убрали снег, но тротуар не посыпали",
    ...          "Заранее спасибо, уберите снег", "Спасибо, что починили лифт, он застревает",
    ...          "Спасибо за спил аварийного дерева", "Спасибо за спил дерева, а второе аварийное дерево падает")
    >>> [thanked(t, find_signals(t)) for t in texts]
    [True, False, False, False, True, False]
    """
    said = [s for s in signals if s.group == THANKS]
    if not said:
        return False
    seq = words(text)
    spans = [_index(seq, s.start, s.stop) for s in said]
    opens = _openings(text, seq)
    clauses = [_clause(seq, _done(seq, a, b), opens) for a, b in spans if a >= 0]
    if not clauses:
        return False
    if _turns(text, seq, min(first for first, _ in spans), max(last for _, last in clauses) + 1, opens):
        return False

    in_clause = cover(clauses).holds  # a bisection: a long text has as many thanked clauses as signals

    def fixed(s: Signal) -> bool:
        first, last = _index(seq, s.start, s.stop)
        return (
            s.level in ("high", "critical")
            and first >= 0
            and not any(_present(w) for w in seq[first : last + 1])
            and in_clause(first, last)
        )

    return all(s.level == "normal" or fixed(s) for s in signals)


def opens_with_thanks(text: str) -> bool:
    """Whether ``text`` opens with thanks (:data:`OPENING_THANKS`), not sarcastic nor in advance (:data:`NOT_OPENING`).

    >>> [opens_with_thanks(t) for t in ("Спасибо водоканалу, аварию устранили за ночь", "Абакан, спасибо, яму закатали",
    ...  "Хочу поблагодарить энергетиков Луги", "Ну спасибо УК за капремонт: течёт", "Заделайте яму. Спасибо.",
    ...  "Заранее спасибо, спилите дерево", "Уберите сухое дерево, спасибо заранее")]
    [True, True, True, False, False, False, False]
    """
    found = OPENING_THANKS.match(text)
    if found is None or IN_ADVANCE.match(text, found.end()) or NOT_OPENING.search(text, 0, found.end()):
        return False
    if OPENING_TURN.search(text, found.end()):
        return False
    # a verb in the present tense outside the thanks tells how things stand now: a report, not a thanks («Здравствуйте,
    # спасибо за прошлую помощь. Ребёнок сидит на краю крыши», «Мама третий день не встаёт, спасибо соседям»)
    rest = text[:found.start("thanks")] + " " + text[found.end():]
    return not has_verb(rest, "pres")
