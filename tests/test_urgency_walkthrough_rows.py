"""Lexicon rows for urgency.md items a fresh-user walkthrough found read at the wrong level (session 13; these
sentences are not in any evaluation set): flats flooded said as "подтопить", a boiler house stopped, tyres or a
landfill burning, weak heating read as none ("батареи чуть тёплые"), a thanks said as "поблагодарить"."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency import lexicon_predict
from mcu_nlp.urgency.thanks import thanked

# (text, date, the lexicon's level after the season rule)
FOUND = [
    ("после тайфуна подтопило первые этажи, люди на улице", None, "critical"),
    ("Подтопило квартиры на первом этаже, вода по колено", None, "critical"),
    ("Котельная в с. Ворошнево встала, в домах холодно, на улице -25", None, "critical"),
    ("Котельная не работает третий день", "2024-01-20", "critical"),
    ("Котельная не работает третий день", "2024-07-20", "high"),  # the season rule: heating one level lower
    ("На берегу реки свалка, горят покрышки, дым на весь поселок", None, "critical"),
    ("Горит свалка у реки", None, "critical"),
    ("отопление есть но еле теплое, батареи чуть теплые", "2024-01-20", "high"),
]

# (text, a row's name): what these rows must not read
NOT_FOUND = [
    ("Подтопило подвал дома после дождя", "flooding"),
    ("подтопление двора у дома 5 после каждого дождя", "flooding"),
    ("котельная работает с перебоями, батареи еле теплые", "no heating"),
    ("батареи чуть теплые, отопление слабое", "no heating"),
    ("Свалка у дороги может загореться, уберите", "open fire"),
    ("Шина у машины спустила во дворе", "open fire"),
]

THANKS = ["Хочу поблагодарить за уборку снега!", "Хочу поблагодарить дворника, что убрали снег во дворе"]


@pytest.mark.parametrize(("text", "date", "level"), FOUND)
def test_walkthrough_items_found(text, date, level):
    assert lexicon_predict([text], [date]) == [level]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_walkthrough_rows_read_nothing_else(text, name):
    assert name not in [s.name for s in find_signals(text)]


def test_heating_present_but_weak_is_no_heating_cut():
    # urgency.md: "отопление есть, но слабое" is high; "батареи чуть тёплые" says weak, not absent
    signals = find_signals("отопление есть но еле теплое, батареи чуть теплые")
    assert "no heating" not in [s.name for s in signals] and "weak heating" in [s.name for s in signals]


@pytest.mark.parametrize("text", THANKS)
def test_thanks_said_with_poblagodarit(text):
    assert thanked(text, find_signals(text))
