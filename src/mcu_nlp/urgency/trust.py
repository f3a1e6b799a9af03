"""Which lexicon signals the urgency model's rules trust over the learned model (``UrgencyClassifier.trusted_``).

The learned model reads a text's words beside its lexicon signals, and a word can outweigh a signal it has seen with
other texts: hundreds of SPb stairwell-lighting complaints labelled high taught it that «свет» is high, so «Нет света»
(a power cut, urgency.md's critical) came out high although the lexicon read the cut. A trusted signal lifts the text
past the model (:mod:`mcu_nlp.urgency.guideline`). Which ones, from the training texts and their labels:

- trusted (``trusted_``, :func:`trusted_signals`): a critical or high signal seen in fewer than THIN_EVIDENCE texts
  whose labels, GUIDELINE_PRIOR examples of the guideline's own verdict added, are at least half at its level or above
  (a gas smell: three of 5,113 annotated appeals; "маршрут 12 отменили", in none): the model cannot have learned to
  overrule what it has hardly seen. Its text ranks above all others (P(critical) >= 0.9).
- agreed (``agreed_``, :func:`agreed_signals`): a critical signal whose texts were labelled critical at least half
  the time, the same prior added, however many texts show it: by the training data itself a text with it is at least
  as likely critical as not, above any ``critical`` threshold the decision may be tuned to (at most 0.5,
  :func:`mcu_nlp.urgency.decision.recall_threshold`), so the words around it must not talk the model out of it
  (:func:`~mcu_nlp.urgency.lifts.lift_agreed`: P(critical) >= 0.5, below the trusted band unless the model itself
  says more: a water cut the model has seen often stays below a gas smell it has hardly seen).

A high signal seen more often stays the model's: "опасно", "яма" are high by urgency.md's words but said of anything,
and the model reads their texts better than a share of them does (agreeing on them too cost the held-out macro-F1
0.736 -> 0.725 in a scratch run, ``benchmarks/RESULTS.md`` session 14).
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
    """Among the critical and high signal ``names``, those seen in fewer than THIN_EVIDENCE texts whose labels, with
    GUIDELINE_PRIOR examples of the guideline's verdict added, are still at least half at the signal's level or above
    (critical for a critical signal, critical or high for a high one).

    >>> s = Signal("gas smell", "critical", "gas", 0, 5, "пахнет")
    >>> sorted(trusted_signals([[s], [s], []], np.array(["high", "critical", "normal"]), ["gas smell", "fire"]))
    ['fire', 'gas smell']
    >>> sorted(trusted_signals([[s]] * 3, np.array(["high", "high", "normal"]), ["gas smell"]))
    []
    >>> bus = Signal("route cancelled", "high", "transport", 0, 5, "отменили")
    >>> sorted(trusted_signals([[bus]] * 3, np.array(["critical", "high", "normal"]), ["route cancelled"]))
    ['route cancelled']
    """
    seen: dict[str, list[bool]] = {name: [] for name in names}
    for found, label in zip(signals, labels):
        for name, level in {(s.name, s.level) for s in found if s.level in TRUSTED_LEVELS}:
            seen.setdefault(name, []).append(RANK[label] <= RANK[level])
    return frozenset(name for name, hits in seen.items() if len(hits) < THIN_EVIDENCE and _agree(hits))


def agreed_signals(signals: list[list[Signal]], labels: np.ndarray) -> frozenset[str]:
    """The critical signals of ``signals`` whose texts were labelled critical at least half the time, GUIDELINE_PRIOR
    critical verdicts added, however many texts show them.

    >>> s = Signal("no power", "critical", "power", 0, 9, "нет света")
    >>> sorted(agreed_signals([[s]] * 15, np.array(["critical"] * 8 + ["high"] * 5 + ["normal"] * 2)))
    ['no power']
    >>> sorted(agreed_signals([[s]] * 15, np.array(["critical"] * 4 + ["high"] * 11)))
    []
    """
    seen: dict[str, list[bool]] = {}
    for found, label in zip(signals, labels):
        for name in {s.name for s in found if s.level == "critical"}:
            seen.setdefault(name, []).append(label == "critical")
    return frozenset(name for name, hits in seen.items() if _agree(hits))


def _agree(hits: list[bool]) -> bool:
    """Whether the labels agree with the signal at least half the time, GUIDELINE_PRIOR verdicts added."""
    return (sum(hits) + GUIDELINE_PRIOR) / (len(hits) + GUIDELINE_PRIOR) >= 0.5
