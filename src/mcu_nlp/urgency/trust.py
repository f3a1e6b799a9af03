"""Which lexicon signals the urgency model's rules trust over the learned model (``UrgencyClassifier.trusted_``).

The learned model reads a text's words beside its lexicon signals, and a word can outweigh a signal it has seen with
other texts: hundreds of SPb stairwell-lighting complaints labelled high taught it that «свет» is high, so «Нет света»
(a power cut, urgency.md's critical) came out high although the lexicon read the cut. A trusted signal lifts the text
past the model (:mod:`mcu_nlp.urgency.guideline`). Which ones, from the training texts and their labels:

- a critical signal whose texts were labelled critical at least half the time, GUIDELINE_PRIOR examples of the
  guideline's own verdict added, however many texts show it: by the training data itself a text with it is at least
  as likely critical as not, above any ``critical`` threshold the decision may be tuned to (at most 0.5,
  :func:`mcu_nlp.urgency.decision.recall_threshold`), so the words around it must not talk the model out of it;
- a critical or high signal seen in fewer than THIN_EVIDENCE texts with the same share at its level or above (a gas
  smell: three of 5,113 annotated appeals; "маршрут 12 отменили", in none): the model cannot have learned to overrule
  what it has hardly seen. A high signal seen more often stays the model's: "опасно", "яма" are high by urgency.md's
  words but said of anything, and the model reads their texts better than a share of them does (trusting them
  cost the held-out macro-F1 0.736 -> 0.725, ``benchmarks/RESULTS.md`` session 14).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from mcu_nlp.lexicon import LEVELS, Signal

#: Severity order of the levels: 0 critical, 1 high, 2 normal.
RANK = {level: i for i, level in enumerate(LEVELS)}
#: A high lexicon signal seen in fewer training texts than this is judged by the guideline (see ``trusted_``).
THIN_EVIDENCE = 10
#: How many examples at its level the guideline's own verdict counts for when a signal's evidence is weighed.
GUIDELINE_PRIOR = 2
#: Levels whose lexicon signals may be trusted over the learned model.
TRUSTED_LEVELS = ("critical", "high")


def trusted_signals(signals: list[list[Signal]], labels: np.ndarray, names: Iterable[str]) -> frozenset[str]:
    """Among the critical and high signal ``names``, those whose texts' labels, with GUIDELINE_PRIOR examples of the
    guideline's verdict added, are at least half at the signal's level or above (critical for a critical signal,
    critical or high for a high one): any critical one, and a high one seen in fewer than THIN_EVIDENCE texts.

    >>> s = Signal("gas smell", "critical", "gas", 0, 5, "пахнет")
    >>> sorted(trusted_signals([[s], [s], []], np.array(["high", "critical", "normal"]), ["gas smell", "fire"]))
    ['fire', 'gas smell']
    >>> sorted(trusted_signals([[s]] * 3, np.array(["high", "high", "normal"]), ["gas smell"]))
    []
    >>> sorted(trusted_signals([[s]] * 12, np.array(["critical"] * 6 + ["high"] * 6), ["gas smell"]))
    ['gas smell']
    >>> bus = Signal("route cancelled", "high", "transport", 0, 5, "отменили")
    >>> sorted(trusted_signals([[bus]] * 3, np.array(["critical", "high", "normal"]), ["route cancelled"]))
    ['route cancelled']
    >>> sorted(trusted_signals([[bus]] * 12, np.array(["high"] * 12), ["route cancelled"]))
    []
    """
    seen: dict[str, list[tuple[bool, bool]]] = {name: [] for name in names}  # (at critical level, label agrees)
    for found, label in zip(signals, labels):
        for name, level in {(s.name, s.level) for s in found if s.level in TRUSTED_LEVELS}:
            seen.setdefault(name, []).append((level == "critical", RANK[label] <= RANK[level]))
    return frozenset(name for name, hits in seen.items() if len(hits) < THIN_EVIDENCE and _agree(hits)) | frozenset(
        name for name, hits in seen.items() if any(c for c, _ in hits) and _agree([h for h in hits if h[0]]))


def _agree(hits: list[tuple[bool, bool]]) -> bool:
    """Whether the labels agree with the signal at least half the time, GUIDELINE_PRIOR verdicts added."""
    return (sum(agrees for _, agrees in hits) + GUIDELINE_PRIOR) / (len(hits) + GUIDELINE_PRIOR) >= 0.5
