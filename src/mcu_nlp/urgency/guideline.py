"""What ``data/urgency.md`` says by rule, not by learning: the level of the lexicon alone, and the rules that act on
the urgency model's probabilities after the model.

- :func:`lexicon_predict`: the most severe danger signal of :mod:`mcu_nlp.lexicon` in a text (after the season
  rule), for comparison with the model.
- The season rule (:mod:`mcu_nlp.season`): a text whose only critical evidence is heating, dated in the warm
  season, is one level lower; its P(critical) moves to high.
- Trusted signals: a critical lexicon signal the training data holds too rarely to learn (a gas smell: three of
  5,113 annotated appeals) keeps P(critical) >= 0.5, unless the few training texts that show it were labelled
  otherwise often enough to outweigh the guideline (:func:`trusted_signals`). The learned model cannot have
  learned to overrule what it has hardly seen.
- One word is read by the lexicon alone: the learned model would read it with the weight of a whole appeal (its
  TF-IDF rows are L2-normalised, so one word carries the full norm a long appeal spreads over many words), which
  made "Яма" critical and "Пожар" normal. urgency.md takes the higher level only when the text names a concrete
  danger: a text of fewer than MIN_DANGER_WORDS words with no critical lexicon signal ("Яма", "Люк") has its
  P(critical) moved to high; one with a critical signal ("Пожар") keeps P(critical) >= 0.5 like a trusted signal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from mcu_nlp.lexicon import LEVELS, Signal, find_signals
from mcu_nlp.normalization import check_texts
from mcu_nlp.season import DateLike, dates_seasons, heating_only, seasonal, warm_heating
from mcu_nlp.tokens import WORD

#: Severity order of the levels: 0 critical, 1 high, 2 normal.
RANK = {level: i for i, level in enumerate(LEVELS)}

#: A critical lexicon signal seen in fewer training texts than this is judged by the guideline (see ``trusted_``).
THIN_EVIDENCE = 10
#: How many critical examples the guideline's own verdict counts for when a signal's evidence is thin.
GUIDELINE_PRIOR = 2
#: The P(critical) a trusted signal guarantees.
TRUSTED_FLOOR = 0.5
#: A text of fewer words names no concrete danger by itself (only its lexicon signals can make it critical).
MIN_DANGER_WORDS = 2


def signal_level(signals: Iterable[Signal]) -> str:
    """The most severe level among signals, "normal" when there are none.

    >>> signal_level(find_signals("Яма на дороге, рядом открытый люк"))
    'critical'
    """
    return min((s.level for s in signals), key=RANK.__getitem__, default="normal")


def lexicon_predict(texts: Iterable[str], dates: Sequence[DateLike] | None = None) -> list[str]:
    """The level of each text by the lexicon alone (most severe signal), for comparison with the model.

    >>> lexicon_predict(["Пахнет газом в подъезде", "Нет горячей воды", "Спасибо за лавочки"])
    ['critical', 'high', 'normal']
    """
    items = check_texts(texts)
    colds = dates_seasons(dates, len(items))
    return [signal_level(seasonal(find_signals(t), c)) for t, c in zip(items, colds)]


def trusted_signals(signals: list[list[Signal]], labels: np.ndarray, names: Iterable[str]) -> frozenset[str]:
    """Among the critical signal ``names``, those seen in fewer than THIN_EVIDENCE texts whose labels, with
    GUIDELINE_PRIOR critical examples added for the guideline's verdict, are still at least half critical.

    >>> s = Signal("gas smell", "critical", "gas", 0, 5, "пахнет")
    >>> sorted(trusted_signals([[s], [s], []], np.array(["high", "critical", "normal"]), ["gas smell", "fire"]))
    ['fire', 'gas smell']
    >>> sorted(trusted_signals([[s]] * 3, np.array(["high", "high", "normal"]), ["gas smell"]))
    []
    """
    seen: dict[str, list[bool]] = {name: [] for name in names}
    for found, label in zip(signals, labels):
        for name in {s.name for s in found if s.level == "critical"}:
            seen.setdefault(name, []).append(label == "critical")
    return frozenset(
        name for name, hits in seen.items()
        if len(hits) < THIN_EVIDENCE and (sum(hits) + GUIDELINE_PRIOR) / (len(hits) + GUIDELINE_PRIOR) >= 0.5
    )


def raise_critical(row: np.ndarray, floor: float) -> np.ndarray:
    """``row`` with P(critical) raised to ``floor``, the other levels scaled down in proportion.

    >>> raise_critical(np.array([0.0, 0.25, 0.75]), 0.5).tolist()
    [0.5, 0.125, 0.375]
    """
    out = row.copy()
    rest = row[1:].sum()
    out[0] = floor
    out[1:] = row[1:] / rest * (1 - floor) if rest > 0 else (1 - floor) / 2
    return out


def one_word(text: str) -> bool:
    """Fewer than MIN_DANGER_WORDS words: too little for the learned model to read.

    >>> one_word("Яма!"), one_word("Яма на дороге"), one_word("")
    (True, False, True)
    """
    return sum(1 for _ in zip(range(MIN_DANGER_WORDS), WORD.finditer(text))) < MIN_DANGER_WORDS


def apply_guideline(proba: np.ndarray, raw: list[list[Signal]], signals: list[list[Signal]],
                    colds: list[bool | None], trusted: frozenset[str], texts: Sequence[str]) -> np.ndarray:
    """``proba`` (changed in place and returned) after the season rule, the one-word rule and the floor of trusted
    signals.

    ``raw`` are each text's lexicon signals as found, ``signals`` the same after the season rule, ``colds`` whether
    each text is dated in the cold season (None: unknown), ``texts`` the texts themselves.
    """
    for i, (found, cold) in enumerate(zip(raw, colds)):
        critical = [s.name for s in signals[i] if s.level == "critical"]
        short = one_word(texts[i])
        if (cold is False and heating_only(found)) or (short and not critical):
            proba[i] = warm_heating(proba[i])  # critical moved to high: one level lower
        elif proba[i, 0] < TRUSTED_FLOOR and critical and (short or not trusted.isdisjoint(critical)):
            proba[i] = raise_critical(proba[i], TRUSTED_FLOOR)
    return proba
