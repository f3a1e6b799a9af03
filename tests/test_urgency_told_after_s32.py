"""Session 32: wrong readings of the lexicon, each a kind of text.

1. An outage told after its repair and dated before it («воду сегодня дали, спасибо, вчера сидели без воды») is a past
   problem already fixed (urgency.md, "Negation and hedges"): normal, as when the repair comes after it. Not when the
   outage is said to be now or to come back after the repair, nor when the repair is of another supply.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def level_of(text: str, name: str) -> str | None:
    """The most severe level of the signals named ``name`` in ``text``, None if there is none."""
    levels = [s.level for s in find_signals(text) if s.name == name]
    return min(levels, key=["critical", "high", "normal"].index) if levels else None


@pytest.mark.parametrize("text,name", [
    ("Воду сегодня дали, спасибо, вчера сидели без воды", "no water"),
    ("Воду наконец дали. Позавчера весь день без воды сидели", "no water"),
    ("Спасибо, свет дали! Ночью не было света", "no power"),
    ("Свет дали, спасибо. Неделю жили без света", "no power"),
    ("Газ подключили, в выходные без газа были", "no gas"),
    ("Свет дали только в пять утра, а до этого всю ночь не было света", "no power"),
    ("Воду и свет дали, благодарим. Накануне сидели без воды и без света", "no water"),
])
def test_outage_told_after_its_repair_and_dated_before_it_is_over(text: str, name: str) -> None:
    assert level_of(text, name) == "normal"


@pytest.mark.parametrize("text,name", [
    # the outage is now, after the repair
    ("Вчера дали воду, а сегодня опять нет", "no water"),
    ("Спасибо, что всё дали, но вчера без воды сидели и сейчас нет", "no water"),
    ("Воду дали, а потом вечером не было воды", "no water"),
    ("Свет дали, спасибо. В выходные не будет света", "no power"),
    # the repair is of another supply, or none is told before it
    ("Спасибо что дали свет, но вчера без воды сидели и сейчас нет", "no water"),
    ("Газ дали, вчера без света сидели", "no power"),
    ("Вчера сидели без воды, кто ответит?", "no water"),
    # dated before the repair, but said in the present
    ("Воду дали, спасибо. А света нет с позавчера", "no power"),
])
def test_outage_now_or_of_another_supply_stays(text: str, name: str) -> None:
    assert level_of(text, name) == "critical"
