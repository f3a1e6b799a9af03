"""Session 10 lexicon rows: thanks for a repair named by a noun, freezing at home (not waiting outdoors), no supply
in a garage, a tiger among the wild animals."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals

# (text, signal name, found): lexicon rows
SIGNALS = [
    ("Спасибо за ремонт дороги", "thanks for a repair", True),
    ("Благодарим за быструю уборку снега во дворе", "thanks for a repair", True),
    ("Автобус 12 не пришел, ждали час на морозе", "freezing at home", False),
    ("Люди мерзнут на остановке", "freezing at home", False),
    ("На улице мороз", "freezing at home", False),
    ("Якутск, третий год нет отопления в гараже", "no heating", False),
    ("Нет света в гараже", "no power", False),
    ("тигр ходит по селу ночью, собак утащил", "wild animal", True),
    # guards
    ("Заранее спасибо за ремонт дороги", "thanks for a repair", False),
    ("В квартире замерзаем, батареи ледяные", "freezing at home", True),
    ("Нет отопления, дети мерзнут", "freezing at home", True),
    ("Якутск, третий год нет отопления в доме", "no heating", True),
    ("Медведь вышел к домам", "wild animal", True),
    ("Тигр в зоопарке болеет", "wild animal", False),
]


@pytest.mark.parametrize(("text", "name", "found"), SIGNALS)
def test_lexicon_rows(text, name, found):
    assert any(s.name == name and s.level != "high" for s in find_signals(text)) is found
