"""A question about a bill for an outage gone by is no emergency (``data/urgency.md``: "questions about procedures,
payments" are normal; "a past problem that is already fixed" is normal).

«Почему в квитанции за май начислено отопление в полном объёме, если батареи отключили ещё 15 апреля?» names a heating
cut-off, and the lexicon reads it («батареи отключили»); but the cut-off is the reason given for a recalculation, in a
subordinate clause («когда», «если», «которой») and in the past. The lexicon's own past words cannot say so: the
outage's words are its cues that it goes on now. :func:`billed_outage` reads it: the text names a bill or a
recalculation (:data:`BILL`), and every critical signal ends in a clause that opens with a subordinator
(:data:`SUBORDINATE`), holds a verb in the past tense after it and no word of now (:data:`NOW`: «которой нет третий
день», «до сих пор»). A heating cut-off dated in the spring, when the season ends by schedule, is gone by in a clause
of its own too: «Батареи отключили 10 мая, а в квитанции за май начислено за весь месяц» (session 71, blind71). The
guideline (:func:`mcu_nlp.urgency.guideline.apply_guideline`) rules critical out for it, as for a question about a
plan.

Measured (session 51): over the annotated appeals, blind12..46 and two hand-written lists of 140 critical texts and 120
near misses, it reads 4 texts, all of blind13..42 and labelled normal, all of which the shipped model (U53d) called
critical; no annotated appeal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mcu_nlp.lexicon import Signal
from mcu_nlp.morphology import has_verb

#: A bill or a recalculation: «перерасчёт», «начислили», «насчитали», «квитанция», «платёжка».
BILL = re.compile(r"(?<![\w-])(?:перерасч\w*|начисл\w*|насчита\w*|квитанци\w*|плат[её]жк\w*)", re.IGNORECASE)
#: A clause that gives the reason or the time: «когда», «если», «пока», «которой» / «который» / ...
SUBORDINATE = re.compile(r"(?:когда|если|пока|котор\w+)(?![\w-])", re.IGNORECASE)
#: A word that says the outage goes on: «нет», «сейчас», «до сих пор», «опять».
NOW = re.compile(r"(?<![\w-])(?:нет|нету|сейчас|до\s+сих\s+пор|по-прежнему|вс[её]\s+ещ[её]|опять|снова|сегодня"
                 r"|так\s+и\s+не|не\s+дали|не\s+дают|не\s+включ\w*|не\s+подключ\w*|в\s+квартире|дома|холодно"
                 r"|м[её]рзн\w*|градус\w*)(?![\w-])|[+−-]\s?\d", re.IGNORECASE)
#: What ends a clause.
CLAUSE_MARK = re.compile(r"[,.;:!?—–()\n]")
#: A day or a month of the spring, when the heating season ends by schedule: «10 мая», «в апреле», «с 15 апреля».
SPRING = re.compile(r"(?<![\w-])(?:апрел[еья]|ма[еяй])(?![\w-])", re.IGNORECASE)
#: The signals of the heating switched off, which a spring date places at the season's end.
HEATING_OFF = frozenset({"no heating"})


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` around the character ``at``: from the last clause mark before it to the next one."""
    starts = [found.end() for found in CLAUSE_MARK.finditer(text, 0, at)]
    stop = CLAUSE_MARK.search(text, at + 1)
    return text[starts[-1] if starts else 0:stop.start() if stop else len(text)]


def billed_outage(text: str, signals: Iterable[Signal]) -> bool:
    """Whether ``text`` asks about a bill (:data:`BILL`) for an outage that every critical signal of ``signals`` places
    in a past subordinate clause (module docstring).

    >>> from mcu_nlp.lexicon import find_signals
    >>> texts = ["Почему начислили за май, если отопление отключили 5-го?",
    ...          "Платим за воду, которой нет третий день", "Прошу перерасчёт: с понедельника нет отопления",
    ...          "Батареи отключили 10 мая, а в квитанции начислено за весь май"]
    >>> [billed_outage(t, find_signals(t)) for t in texts]
    [True, False, False, True]
    """
    critical = [s for s in signals if s.level == "critical"]
    if not critical or BILL.search(text) is None:
        return False
    for signal in critical:
        clause = _clause(text, max(signal.stop - 1, signal.start)).lstrip()
        opening = SUBORDINATE.match(clause)
        if opening is None and not (signal.name in HEATING_OFF and SPRING.search(clause)):
            return False
        if NOW.search(clause) or not has_verb(clause[opening.end() if opening else 0:], "past"):
            return False
    return True
