"""How a :class:`~mcu_nlp.topic.TopicClassifier` pickles: one fit gives the same bytes in every process, and a model
saved before a parameter or fitted attribute existed (the shipped file, users' old pickles) reads back with the
value it answered with.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mcu_nlp.normalization import load_stopwords
from mcu_nlp.topic.features import portable
from mcu_nlp.topic.inputs import resolve_fallback

#: Parameters added after models were saved, each with the value that gives such a model its old answers (and that
#: get_params and clone need)
ADDED_PARAMS = {"stop_words": "default", "prior_power": 0.0, "vector_weight": 0.0, "description_weight": 0.0,
                "descriptions": None, "description_backoff": 0.0}


def saved_state(state: dict[str, Any]) -> dict[str, Any]:
    """A model's state (a copy of its ``__dict__``) as it pickles: without the run-time cache, its stop words
    sorted (a set pickles in hash order: one model, other bytes; read back as a frozenset) and its vectorisers
    without the memory address scikit-learn keeps (:func:`~mcu_nlp.topic.features.portable`)."""
    state.pop("_word_columns", None)  # rebuilt on use
    if isinstance(state.get("stop_words_"), frozenset):
        state["stop_words_"] = tuple(sorted(state["stop_words_"]))
    state.update({name: portable(state[name]) for name in ("words_", "chars_") if name in state})
    return state


def restored_state(state: dict[str, Any]) -> dict[str, Any]:
    """A pickled state as the model reads it: what it lacks for having been saved earlier filled in so that it
    answers as it did, and its stop words a frozenset again."""
    if "topics_" in state and "fallback_" not in state:  # saved before fallback_ (the shipped model once)
        state["fallback_"] = resolve_fallback(state.get("fallback"), state["topics_"])
    for name, value in ADDED_PARAMS.items():
        state.setdefault(name, value)
    if "topics_" in state and "prior_" not in state:  # a uniform prior: no shift even if prior_power is set
        state["prior_"] = np.full(len(state["topics_"]), 1.0 / len(state["topics_"]))
    if isinstance(state.get("stop_words_"), tuple):  # saved sorted by saved_state
        state["stop_words_"] = frozenset(state["stop_words_"])
    if state.get("stop_words_") == load_stopwords():
        state["stop_words_"] = load_stopwords()  # the very object, which takes the default list's cache
    return state
