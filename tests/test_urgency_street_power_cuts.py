"""Power cuts of a whole street, house or village said with «электричество», «выключили» or «на (всей/нашей) улице»
(session 15, a fresh-user walkthrough; these sentences are in no evaluation set).

urgency.md: no electricity in homes is critical in any season, street lighting out is high. The lexicon read
«Отключили электричество на всей улице» and «Нет электричества на всей улице» as nothing (the street five words
from the cut was out of the street rule's window, and «улица» near «электричество» cancelled the plain cut as if it
were lamps), «Нет света на всей улице» and «На нашей улице нет света с утра» as street lighting, and «Выключили свет
во всём доме» as nothing; the shipped model called them normal or high with P(critical) 0.01-0.09. A street, a house
or a village without «свет»/«электричество» is its homes without power, unless the text speaks of lamps or of the
dark they leave.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL
from mcu_nlp.urgency.inputs import read_lexicon

STREET_CUTS = [  # failed on 3154b07: no signal, or lighting out only
    "Отключили электричество на всей улице",
    "Нет электричества на всей улице",
    "На нашей улице нет света с утра",
    "Нет света на всей улице",
    "Выключили свет во всем доме",
]
ALREADY_READ = [  # guards: read as power cuts before too
    "С утра нет электричества во всём микрорайоне",
    "Отключение электроэнергии без предупреждения",
    "Пропало электричество в деревне",
    "обесточен весь поселок",
]
LIGHTING = [  # street and stairwell lighting stays high, a what-if is no cut now
    "Не горит фонарь у дома 5",
    "На улице темно, фонари не горят",
    "Нет освещения на всей улице",
    "Нет света на всей улице, фонари не горят уже неделю",
    "На нашей улице нет света, темно, не пройти",
    "Нет света в подъезде",
    "Освещение двора не работает",
    "Если отключат электричество на всей улице, что делать?",
]


def _names(text: str, level: str) -> list[str]:
    return [s.name for s in find_signals(text) if s.level == level]


@pytest.mark.parametrize("text", STREET_CUTS + ALREADY_READ)
def test_a_street_house_or_village_without_power_is_a_cut_in_homes(text):
    assert "no power" in _names(text, "critical")
    assert "lighting out" not in _names(text, "high")  # one reading: the cut is not street lighting as well


@pytest.mark.parametrize("text", LIGHTING)
def test_lamps_or_the_dark_keep_it_lighting(text):
    assert _names(text, "critical") == []


@pytest.fixture(scope="module")
def shipped_today():
    """The shipped model with today's lexicon: what the next refit reads ("no power" is a signal the training
    labels agree with, so the guideline lifts it past the learned «свет» of stairwell lamps)."""
    model = load(DEFAULT_MODEL)
    model.lexicon_ = read_lexicon(None)
    return model


def test_the_hybrid_calls_street_cuts_critical_and_lamps_high(shipped_today):
    assert shipped_today.predict(STREET_CUTS).tolist() == ["critical"] * len(STREET_CUTS)
    lamps = [t for t in LIGHTING if "Если" not in t]
    assert shipped_today.predict(lamps).tolist() == ["high"] * len(lamps)
    assert [s.name for s in shipped_today.explain("Нет света на всей улице")] == ["no power"]
