"""Thanks for a done action are normal (``data/urgency.md``: thanks, and a problem already fixed).

The lexicon's ``thanks`` rows find the phrase ("спасибо, что убрали", "воду дали, спасибо": past forms only, so
"заранее спасибо, уберите снег" is no thanks). :func:`thanked` then reads the rest of the text: the problem the
action fixed ("снег" in "спасибо, что убрали снег во дворе") is the object of the thanks, not a complaint; a turn
after the thanks ("но", "а", "однако", "опять", "только", "до сих пор") or a problem elsewhere leaves the text to
the model, since a thanks that goes on to complain keeps its level.
"""

from __future__ import annotations

from mcu_nlp.lexicon import Signal, Word, words

#: The group of the lexicon rows that find thanks for a done action.
THANKS = "thanks"
#: Lemmas that turn a thanks into a complaint wherever they stand after it.
TURNS = frozenset({"но", "однако", "опять", "снова", "по-прежнему", "вновь", "всё-таки", "все-таки"})
#: Lemmas that turn it when they open a clause (after a comma or dash, or first in a sentence): "а тротуар нет".
CLAUSE_TURNS = frozenset({"а", "только"})
#: A high signal within this many words of a thanks phrase, in its sentence, is what the thanked action fixed.
OBJECT_WINDOW = 4


def _index(seq: list[Word], start: int, stop: int) -> tuple[int, int]:
    inside = [i for i, w in enumerate(seq) if start <= w.start and w.stop <= stop]
    return (inside[0], inside[-1]) if inside else (-1, -1)


def _opens_clause(text: str, seq: list[Word], i: int) -> bool:
    return i == 0 or seq[i - 1].sentence != seq[i].sentence or text[:seq[i].start].rstrip()[-1:] in ",-—–:"


def _turns(text: str, seq: list[Word], after: int) -> bool:
    """Whether a word from ``after`` on turns the thanks into a complaint."""
    for i in range(after, len(seq)):
        w, following = seq[i], seq[i + 1].form if i + 1 < len(seq) else ""
        if w.term in TURNS or (w.form == "до" and following == "сих"):
            return True
        if w.term in CLAUSE_TURNS and _opens_clause(text, seq, i) and following != "что":  # "только что": just now
            return True
    return False


def thanked(text: str, signals: list[Signal]) -> bool:
    """Whether ``text`` thanks for a done action and says nothing against it: no turn after the thanks, no
    critical signal, and every high signal is the object of the thanked action (near it, in its sentence).

    >>> from mcu_nlp.lexicon import find_signals
    >>> texts = ("Спасибо, что убрали снег во дворе", "Спасибо, что убрали снег, но тротуар не посыпали",
    ...          "Заранее спасибо, уберите снег")
    >>> [thanked(t, find_signals(t)) for t in texts]
    [True, False, False]
    """
    said = [s for s in signals if s.group == THANKS]
    if not said:
        return False
    seq = words(text)
    spans = [_index(seq, s.start, s.stop) for s in said]
    if _turns(text, seq, min(first for first, _ in spans)):
        return False

    def fixed(s: Signal) -> bool:
        first, last = _index(seq, s.start, s.stop)
        return s.level == "high" and any(
            seq[first].sentence == seq[a].sentence and first - b <= OBJECT_WINDOW and a - last <= OBJECT_WINDOW
            for a, b in spans)

    return all(s.level == "normal" or fixed(s) for s in signals)
