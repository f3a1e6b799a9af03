"""Helpers shared by test modules (fixtures are in conftest.py): import them as ``from helpers import names``."""

from mcu_nlp.lexicon import find_signals


def names(text: str) -> set[tuple[str, str]]:
    """The (name, level) pairs of the shipped lexicon's signals in ``text``."""
    return {(s.name, s.level) for s in find_signals(text)}
