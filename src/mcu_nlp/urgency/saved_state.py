"""How a fitted :class:`~mcu_nlp.urgency.UrgencyClassifier` is pickled, and how files saved by older versions load.

A run-time cache is left out of the pickle; attributes added after a model file was saved get the values that make
it predict as it did then (no character n-grams, an even high/normal weight, no trusted or agreed signals, the whole
text read, the out-of-fold cut and weight for every text, and the cuts pickled with the decision they were saved
with, as long as that decision is kept).
"""

from __future__ import annotations

from typing import Any

from mcu_nlp.urgency.decision import decision_cuts
from mcu_nlp.urgency.guideline import settling_signals


class SavedStateMixin:
    """``__getstate__`` / ``__setstate__`` of the urgency classifier (before ``BaseEstimator`` in its bases)."""

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())  # type: ignore[misc]  # a copy: saving leaves the model as it was
        state.pop("_lemma_columns", None)  # a run-time cache, rebuilt on use
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # models saved before character n-grams and the high/normal weight existed predict as they did then
        state.setdefault("char_weight", 0.0)
        state.setdefault("char_weight_", state["char_weight"] if "chars_" in state else 0.0)
        state.setdefault("high_weight_", 1.0)
        state.setdefault("trusted_", frozenset())
        state.setdefault("agreed_", frozenset())
        state.setdefault("blank_context", False)
        state.setdefault("decision", "out_of_fold")  # saved before session 20: one cut for every lexicon reading
        if "critical_threshold_" in state:
            cuts = decision_cuts(state["decision"], state["critical_threshold_"], state["high_weight_"])
            state.setdefault("critical_cuts_", cuts[0])
            state.setdefault("high_weights_", cuts[1])
            state.setdefault("fit_decision_", state["decision"])  # the pickled cuts are this decision's
        if "lexicon_" in state:  # fitted before settling_ was stored
            state.setdefault("settling_", settling_signals(state["lexicon_"].rules))
        super().__setstate__(state)  # type: ignore[misc]
