"""«Стая кидается на велосипедистов. Пока никого не покусали»: dogs that lunge, with the bite denied in a sentence of
its own, are a danger that grows (urgency.md high), not an attack now.

The rows «attack by dogs» and «attack on people» read a lunge («кидаются», «бросаются») as an attack, and their
``unless`` reads a bite denied in the same sentence only («кидаются на прохожих, пока никого не покусали»: the
``denied`` row «dogs lunging»). Written as the next sentence, the denial was lost. :func:`bite_denied` reads it: when
a critical dog signal names a lunge, no word of the text says a bite happened, and a word of it denies one («не
покусали», «не укусили», «не тронули», before the lunge or after it), that signal is the ``denied`` «dogs lunging»
(shown high); dogs that surround a child («окружили») stay an attack.

Measured (session 71) over the 61,291 texts of the lexicon gate: 3 texts change, all labelled high and all called
critical before («Пока никого не укусили — отловите», «Пока никого не тронули, но на школьников бросаются», «Примите
меры пока кого-нибудь не покусали»); a squirrel that «укусила мальчика» and «пока она не покусала ещё кого-то» keeps
its attack (a bite said).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mcu_nlp.lexicon_words import word_span

if TYPE_CHECKING:
    from mcu_nlp.lexicon import Signal
    from mcu_nlp.lexicon_words import Word

#: The rows of an attack that a lunge alone may fill.
ATTACKS = frozenset({"attack by dogs", "attack on people"})
#: Lemmas of a bite or a mauling said to have happened.
BITES = frozenset({"кусать", "укусить", "покусать", "искусать", "загрызть", "вцепиться", "вцепляться", "укус",
                   "цапнуть", "порвать", "подрать"})
#: Lemmas that deny a bite («не_» glued: mcu_nlp.normalization).
DENIALS = frozenset({"не_кусать", "не_укусить", "не_покусать", "не_искусать", "не_загрызть", "не_тронуть",
                     "не_цапнуть", "не_пострадать"})
#: Lemmas of a lunge: the only verbs an attack signal read as a lunge may hold («собаки окружили ребёнка» is no lunge).
LUNGES = frozenset({"кидаться", "кинуться", "бросаться", "броситься", "наброситься", "накинуться"})
#: The ``denied`` row a lunge with its bite denied reads as.
LUNGING = "dogs lunging"


def bite_denied(signals: list[Signal], seq: list[Word]) -> list[Signal]:
    """``signals`` with each critical attack signal of a lunge read as «dogs lunging» (high) when the text says no
    bite and denies one (module docstring).

    >>> from mcu_nlp.lexicon import find_signals
    >>> t = "Стая собак кидается на велосипедистов. Пока никого не покусали, но это вопрос времени"
    >>> sorted({(s.name, s.level) for s in find_signals(t)})
    [('dogs lunging', 'high'), ('stray dog pack', 'high')]
    >>> t = "Стая кидается на детей, вчера укусили мальчика. Пока больше никого не покусали"
    >>> ('attack by dogs', 'critical') in {(s.name, s.level) for s in find_signals(t)}
    True
    """
    attacks = [s for s in signals if s.name in ATTACKS and s.level == "critical"
               and LUNGES.intersection(seq[i].term for i in word_span(seq, s.start, s.stop))]
    if not attacks:
        return signals
    terms = [w.term for w in seq]
    if BITES.intersection(terms):
        return signals
    if not DENIALS.intersection(terms):
        return signals
    return [replace(s, name=LUNGING, level="high") if s in attacks else s for s in signals]
