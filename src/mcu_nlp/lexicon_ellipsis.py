"""«Горячей воды нет пятый день ... ремонт закончился, а воды так и нет»: the second «воды» is the hot water again.

A writer names the hot water once and then says «вода» alone; the lexicon's row for a water cut-off reads that bare
«воды нет» as no water at all (critical), though urgency.md puts hot water out at high. :func:`hot_water_again` reads a
no-water signal whose words name the water bare (no «холодная», «ХВС», «питьевая») right after a hot-water signal of
the same text as the hot water, unless a word between them or just after it widens it («вообще», «совсем», «тоже»,
«никакой», «холодной»: «а теперь и холодной нет», «воды нет вообще»).

Measured (session 71) over the 61,003 texts of the lexicon gate (the annotated appeals, the candidates, the blind sets,
the SPb and Kursk corpora): 7 texts' signals change; 3 of them labelled, all high and all called critical before
(«а воды так и нет», «уже октябрь а воды нет», «без воды» in a complaint about a 14-day hot-water cut), high now; the
4 unlabelled name the hot water and then «воды нет», «воды все нет», «воды не было», and one «отключили воду» that may
be all of it (a trade-off: the writer cannot wash or cook).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mcu_nlp.lexicon_words import word_span

if TYPE_CHECKING:
    from mcu_nlp.lexicon import Signal
    from mcu_nlp.lexicon_words import Word

#: The water named bare.
WATER = frozenset({"вода"})
#: Lemmas that name the water of a no-water signal as more than the hot water, inside the signal or between it and the
#: hot water named before: the cold water, all of it, the other water too.
WIDER = frozenset({"холодный", "холодное", "хол", "хвс", "питьевой", "вообще", "совсем", "тоже", "никакой", "весь",
                   "вся", "ни", "также"})
#: How many words after the signal, in its sentence, may widen it too: «воды нет вообще».
AFTER = 2
#: The signal names this module reads.
NO_WATER, NO_HOT_WATER = "no water", "no hot water"


def hot_water_again(signals: list[Signal], seq: list[Word]) -> list[Signal]:
    """``signals`` with each critical no-water signal that names the water bare right after a hot-water signal (no
    other water signal between) read as that hot water (high; module docstring).

    >>> from mcu_nlp.lexicon import find_signals
    >>> [(s.name, s.level) for s in find_signals("Горячей воды нет неделю. Обещали дать вчера, а воды так и нет")]
    [('no hot water', 'high'), ('no hot water', 'high')]
    >>> [(s.name, s.level) for s in find_signals("Горячей воды нет неделю, а сегодня воды нет вообще")]
    [('no hot water', 'high'), ('no water', 'critical')]
    """
    if not any(s.name == NO_HOT_WATER for s in signals) or not any(s.name == NO_WATER for s in signals):
        return signals
    out: list[Signal] = []
    hot = None  # where the latest signal of the water named ends, if it is the hot water
    for signal in signals:
        if signal.name == NO_WATER and signal.level == "critical" and hot is not None:
            span = word_span(seq, hot, signal.stop)
            terms = {seq[i].term for i in span}
            last = span.stop - 1  # the signal's last word
            terms.update(w.term for w in seq[last + 1:last + 1 + AFTER] if w.sentence == seq[last].sentence)
            if terms & WATER and not terms & WIDER:
                signal = replace(signal, name=NO_HOT_WATER, level="high")
        if signal.name in (NO_WATER, NO_HOT_WATER):
            hot = signal.stop if signal.name == NO_HOT_WATER else None
        out.append(signal)
    return out
